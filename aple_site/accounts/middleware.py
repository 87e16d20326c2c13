from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from .two_factor import needs_verification

# What a session waiting for its code may still open in the admin: signing in and out, a forgotten password,
# the two-factor page itself, and what those pages load.
OPEN_TO_UNVERIFIED = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor",
}


class TwoFactorMiddleware:
    """After django-otp's OTPMiddleware. A session that still owes its code (see two_factor.py) is sent to the
    two-factor page from every admin address (the strings editor's included), and counts as signed out
    everywhere else (private pages and documents)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not needs_verification(request.user):
            return self.get_response(request)
        admin = reverse("wagtailadmin_home")
        if not request.path_info.startswith(admin):
            request.user = AnonymousUser()
            return self.get_response(request)
        try:
            name = resolve(request.path_info).url_name
        except Resolver404:
            name = None
        if name in OPEN_TO_UNVERIFIED:
            return self.get_response(request)
        target = reverse("two_factor")
        if request.method == "GET":
            target += "?" + urlencode({"next": request.get_full_path()})
        return redirect(target)
