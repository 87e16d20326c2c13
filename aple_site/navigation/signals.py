"""Clear the cached menu, header and footer whenever something they show changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .menus import clear_cache
from .models import FooterLink, MenuItem, SiteSettings


@receiver(post_save, sender=MenuItem)
@receiver(post_delete, sender=MenuItem)
@receiver(post_save, sender=SiteSettings)
@receiver(post_save, sender=FooterLink)
@receiver(post_delete, sender=FooterLink)
@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
def navigation_changed(sender, **kwargs):
    clear_cache()


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        clear_cache()
