from django.apps import AppConfig


class NavigationConfig(AppConfig):
    name = "aple_site.navigation"
    label = "navigation"
    verbose_name = "Menus, header and footer"
