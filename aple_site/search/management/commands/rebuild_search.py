from django.core.management.base import BaseCommand
from django.db import transaction

from aple_site.search.index import rebuild


class Command(BaseCommand):
    help = "Index every live page again for the site search, in English and Khmer."

    @transaction.atomic
    def handle(self, *args, **options):
        self.stdout.write(f"{rebuild()} pages indexed.")
