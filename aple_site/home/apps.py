from pathlib import Path

from django.apps import AppConfig
from django.conf import settings
from django.core import checks


class HomeConfig(AppConfig):
    name = "aple_site.home"
    label = "home"
    verbose_name = "Home and content pages"

    def ready(self):
        checks.register(translations_dir_check, checks.Tags.compatibility, deploy=True)
        from . import page_cache, routing
        from .models import HomePage

        page_cache.connect()
        # Every address starts at the home page, which looks up all its levels at once. Set here because
        # wagtail-modeltranslation gives every page model its own `route` when it starts, before this app.
        HomePage.route = routing.route


def translations_dir_check(app_configs, **kwargs):
    """In production the live catalogue must not be the repository's: a deploy would overwrite translators' work."""
    if Path(settings.TRANSLATIONS_DIR).resolve() == Path(settings.REPOSITORY_LOCALE).resolve():
        return [
            checks.Warning(
                "Translators' edits to the interface strings would be overwritten by the next deploy.",
                hint="Set TRANSLATIONS_DIR to a folder on persistent storage and run `manage.py sync_translations` "
                "on every deploy.",
                id="home.W001",
            )
        ]
    return []
