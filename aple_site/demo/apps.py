from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "aple_site.demo"
    label = "demo"
    verbose_name = "Demo content"
