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
        from wagtail.models import get_page_models

        from . import page_cache, structure
        from .models import HomePage

        page_cache.connect()
        # Every address starts at the home page, which looks up all its levels at once; page URLs come from the
        # worker's copy of the site root paths. Set here because wagtail-modeltranslation replaces every page
        # model's `route` and `_get_site_root_paths` when it starts, before this app.
        HomePage.route = structure.route
        for model in get_page_models():
            model._get_site_root_paths = structure.site_root_paths


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
