"""Rebuild the site from a folder made by `manage.py backup` (see aple_site/operations/backups.py)."""

from django.core.management.base import BaseCommand
from django.db import connections
from django.db.migrations.executor import MigrationExecutor

from aple_site.operations import backups


class Command(BaseCommand):
    help = (
        "Check a backup against its manifest, load its database into the configured (empty) database and unpack "
        "its uploads into MEDIA_ROOT, then empty the caches. Stop the site first; restart it afterwards. Reports "
        "are read with the same REPORT_ENCRYPTION_KEYS and REPORT_HASH_KEY as before (they are not in a backup)."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup_dir", help="A folder made by `manage.py backup` (aple-backup-...).")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Overwrite a database that already has tables, and files already in MEDIA_ROOT.",
        )

    def handle(self, *args, backup_dir, replace=False, **options):
        manifest = backups.restore(backup_dir, replace=replace, log=self.stderr.write)
        self.stdout.write(self.style.SUCCESS(f"Restored the backup of {manifest['created']}."))
        executor = MigrationExecutor(connections["default"])
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            self.stdout.write(
                f"This code has {len(pending)} migration(s) newer than the backup: run `manage.py migrate`."
            )
        self.stdout.write("Restart the application (and empty the cache of the proxy in front) before serving.")
