import logging
from pathlib import Path

from django.apps import AppConfig
from django.conf import settings
from django.core import checks

CSRF_MIDDLEWARE = "aple_site.core.middleware.CsrfViewMiddleware"


class CoreConfig(AppConfig):
    name = "aple_site.core"
    label = "core"
    verbose_name = "What every section shares"

    def ready(self):
        from . import page_cache
        from .logs import TemplateContextLogFilter

        checks.register(translations_dir_check, checks.Tags.compatibility, deploy=True)
        checks.register(csrf_middleware_check, checks.Tags.security, deploy=True)
        page_cache.connect()
        # Whatever LOGGING says (production's LOG_LEVEL may be DEBUG), template contexts are never logged.
        template_logger = logging.getLogger("django.template")
        if not any(isinstance(f, TemplateContextLogFilter) for f in template_logger.filters):
            template_logger.addFilter(TemplateContextLogFilter())


def translations_dir_check(app_configs, **kwargs):
    """In production the live catalogue must not be the repository's: a deploy would overwrite translators' work."""
    if Path(settings.TRANSLATIONS_DIR).resolve() == Path(settings.REPOSITORY_LOCALE).resolve():
        return [
            checks.Warning(
                "Translators' edits to the interface strings would be overwritten by the next deploy.",
                hint="Set TRANSLATIONS_DIR to a folder on persistent storage and run `manage.py sync_translations` "
                "on every deploy.",
                id="core.W001",
            )
        ]
    return []


def csrf_middleware_check(app_configs, **kwargs):
    """Stands in for Django's security.W003, which only knows Django's own class name: our CSRF
    middleware is Django's, accepting the "null" Origin of no-referrer pages (see middleware.py)."""
    if CSRF_MIDDLEWARE in settings.MIDDLEWARE or "django.middleware.csrf.CsrfViewMiddleware" in settings.MIDDLEWARE:
        return []
    return [checks.Warning("No CSRF middleware is installed.", hint=f"Add {CSRF_MIDDLEWARE}.", id="core.W002")]
