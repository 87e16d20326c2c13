from django.apps import AppConfig


class SeoConfig(AppConfig):
    name = "aple_site.seo"
    label = "seo"
    verbose_name = "Search engines and share cards"

    def ready(self):
        from . import redirects  # noqa: F401  (its signal receiver)
