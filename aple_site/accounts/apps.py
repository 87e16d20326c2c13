from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "aple_site.accounts"
    label = "accounts"
    verbose_name = "Staff accounts"
