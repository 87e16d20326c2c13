from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "aple_site.operations"
    label = "operations"
    verbose_name = "Operations: backups, health, roles"
