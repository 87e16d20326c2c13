from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .views import TwoFactorView


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [path("two-factor/", TwoFactorView.as_view(), name="two_factor")]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor"),
        "label": _("Two-factor sign-in"),
        "help_text": _(
            "An authenticator app on your phone and backup codes: a stolen password alone no longer opens your account."
        ),
    }
