from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "aple_site.home"
    label = "home"
    verbose_name = "Home and content pages"
