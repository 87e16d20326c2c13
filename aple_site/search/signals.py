from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .index import index_page
from .models import SearchEntry


@receiver(page_published)
def page_was_published(sender, instance, **kwargs):
    index_page(instance)


@receiver(page_unpublished)
def page_was_unpublished(sender, instance, **kwargs):
    SearchEntry.objects.filter(page=instance).delete()
