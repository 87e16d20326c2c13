import logging

from django.apps import AppConfig
from django.conf import settings
from django.core import checks

CSRF_MIDDLEWARE = "takeaction.middleware.CsrfViewMiddleware"


class TakeactionConfig(AppConfig):
    name = "takeaction"

    def ready(self):
        from .protection import TemplateContextLogFilter

        checks.register(csrf_middleware_check, checks.Tags.security, deploy=True)
        # Whatever LOGGING says (production's LOG_LEVEL may be DEBUG), template contexts are never logged.
        template_logger = logging.getLogger("django.template")
        if not any(isinstance(f, TemplateContextLogFilter) for f in template_logger.filters):
            template_logger.addFilter(TemplateContextLogFilter())


def csrf_middleware_check(app_configs, **kwargs):
    """Stands in for Django's security.W003, which only knows Django's own class name: our CSRF
    middleware is Django's, accepting the "null" Origin of no-referrer pages (see middleware.py)."""
    if CSRF_MIDDLEWARE in settings.MIDDLEWARE or "django.middleware.csrf.CsrfViewMiddleware" in settings.MIDDLEWARE:
        return []
    return [checks.Warning("No CSRF middleware is installed.", hint=f"Add {CSRF_MIDDLEWARE}.", id="takeaction.W001")]
