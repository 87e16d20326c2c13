"""Back up the site: its database and its uploads, in one new folder (see aple_site/operations/backups.py)."""

from django.core.management.base import BaseCommand, CommandError

from aple_site.operations import backups


class Command(BaseCommand):
    help = (
        "Write DEST_DIR/aple-backup-<UTC time>/ with the database (pg_dump), the uploads under MEDIA_ROOT and a "
        "manifest of checksums; prints the folder's path. The report encryption keys are not included: keep "
        "them apart, a restored site needs them to read its reports."
    )

    def add_arguments(self, parser):
        parser.add_argument("dest_dir", help="Where the backup folder is made (created, owner-only, if missing).")
        parser.add_argument(
            "--keep",
            type=int,
            metavar="N",
            help="Afterwards delete all but the N newest backups in DEST_DIR (folders made by this command only).",
        )

    def handle(self, *args, dest_dir, keep=None, **options):
        if keep is not None and keep < 1:
            raise CommandError("--keep must be 1 or more.")
        folder = backups.backup(dest_dir, log=self.stderr.write, keep=keep)
        self.stdout.write(str(folder))
