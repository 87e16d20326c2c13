from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "aple_site.search"
    label = "site_search"
    verbose_name = "Site search"

    def ready(self):
        from . import signals  # noqa: F401
