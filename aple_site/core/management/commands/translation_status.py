"""Rebuild the translation status of every translated page and snippet (for content that existed before it
was tracked; afterwards every save keeps it up to date)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from aple_site.core.translation_status import TranslationState, rebuild


class Command(BaseCommand):
    help = "Recompute which content lacks Khmer (keeps the recorded dates of English and Khmer changes)."

    @transaction.atomic
    def handle(self, *args, **options):
        count = rebuild()
        listed = TranslationState.objects.exclude(missing="").count()
        self.stdout.write(f"{count} objects checked; {listed} lack some Khmer.")
