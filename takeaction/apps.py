from django.apps import AppConfig


class TakeactionConfig(AppConfig):
    name = "takeaction"
