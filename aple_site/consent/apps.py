from django.apps import AppConfig


class ConsentConfig(AppConfig):
    name = "aple_site.consent"
    label = "consent"
    verbose_name = "Cookie consent"
