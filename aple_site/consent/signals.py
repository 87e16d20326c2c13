"""The cached consent configuration is rebuilt after any change to what it shows."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import ConsentCategory, ConsentCookie, ConsentSettings
from .state import clear_cache


@receiver(post_save, sender=ConsentCategory)
@receiver(post_delete, sender=ConsentCategory)
@receiver(post_save, sender=ConsentCookie)
@receiver(post_delete, sender=ConsentCookie)
@receiver(post_save, sender=ConsentSettings)
def consent_changed(sender, **kwargs):
    clear_cache()
