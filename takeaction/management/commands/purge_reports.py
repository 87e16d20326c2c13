"""Delete closed reports once their retention period has passed. Safe to run from cron (daily)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from takeaction.models import Report, ReportAuditLog


class Command(BaseCommand):
    help = "Delete reports closed (or marked as likely spam) more than REPORT_RETENTION_DAYS ago, with their notes."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say how many reports would be purged.")

    def handle(self, *args, dry_run=False, **options):
        purged = 0
        while True:
            with transaction.atomic():
                # Lock a batch so that two runs (or an analyst reopening a report) never race.
                batch = list(
                    Report.due_for_purge()
                    .select_for_update(skip_locked=True)
                    .order_by("pk")
                    .values_list("pk", flat=True)[:500]
                )
                if not batch or dry_run:
                    purged += len(batch)
                    break
                ReportAuditLog.objects.bulk_create(
                    ReportAuditLog(report_id=pk, action=ReportAuditLog.Action.PURGED, username="purge_reports")
                    for pk in batch
                )
                Report.objects.filter(pk__in=batch).delete()
                purged += len(batch)
        verb = "would be purged" if dry_run else "purged"
        self.stdout.write(f"{purged} report(s) {verb}.")
