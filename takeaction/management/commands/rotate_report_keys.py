"""Re-encrypt every report and note with the newest report encryption key.

To rotate: generate a key (`manage.py rotate_report_keys --new-key`), put it first in
REPORT_ENCRYPTION_KEYS (or first in the key file's "encryption_keys") keeping the old ones after it,
restart the site, run this command, then remove the old keys.
"""

from cryptography.fernet import Fernet
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from takeaction import crypto
from takeaction.models import Report, ReportNote


class Command(BaseCommand):
    help = "Re-encrypt all reports and notes with the first (newest) configured report encryption key."

    def add_arguments(self, parser):
        parser.add_argument("--new-key", action="store_true", help="Print a new key to add, and change nothing.")

    def handle(self, *args, new_key=False, **options):
        if new_key:
            self.stdout.write(Fernet.generate_key().decode())
            return
        counts = {}
        with transaction.atomic():
            for model, field in ((Report, "payload"), (ReportNote, "body")):
                done = 0
                for obj in model.objects.select_for_update().only("pk", field).iterator(chunk_size=500):
                    try:
                        setattr(obj, field, crypto.rotate(getattr(obj, field)))
                    except crypto.InvalidToken as error:
                        raise CommandError(
                            f"{model.__name__} {obj.pk} cannot be decrypted with any configured key; "
                            "nothing was changed."
                        ) from error
                    obj.save(update_fields=[field])
                    done += 1
                counts[model.__name__] = done
        self.stdout.write(
            f"Re-encrypted {counts['Report']} report(s) and {counts['ReportNote']} note(s) "
            f"with key {crypto.primary_key_id()}."
        )
