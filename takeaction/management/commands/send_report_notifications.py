"""Send (or retry) the analysts' "new report" emails waiting in the outbox. Run from cron every few minutes."""

from django.core.management.base import BaseCommand

from takeaction.notifications import send_pending


class Command(BaseCommand):
    help = "Email the hotline analysts about reports whose notification has not gone out yet."

    def handle(self, *args, **options):
        sent = send_pending()
        self.stdout.write(f"{sent} report(s) announced.")
