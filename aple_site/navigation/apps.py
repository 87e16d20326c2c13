from django.apps import AppConfig


class NavigationConfig(AppConfig):
    name = "aple_site.navigation"
    label = "navigation"
    verbose_name = "Menus, header and footer"

    def ready(self):
        from . import signals  # noqa: F401 - connects cache invalidation
