from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from . import two_factor


class CodeField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Code from your authenticator app, or a backup code"))
        kwargs.setdefault("max_length", 32)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}),
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        """Spaces dropped (apps show "123 456"), lower case (backup codes are; app codes are digits)."""
        return "".join(super().to_python(value).split()).lower()


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form with the second factor: staff who have set it up give a code with their password."""

    otp_token = CodeField(required=False, help_text=_("Leave empty if you have not set up two-factor sign-in."))

    # One answer for every failure: a right password without its code must not read differently from a wrong one.
    error_messages = {
        **WagtailLoginForm.error_messages,
        "invalid_login": _("Your username, password or code is wrong. Please try again."),
        "inactive": _("Your username, password or code is wrong. Please try again."),
        "invalid_code": _("Your username, password or code is wrong. Please try again."),
    }

    def clean(self):
        cleaned = super().clean()  # the password, checked (and counted by django-axes)
        user = self.get_user()
        if user is None or not two_factor.user_has_device(user):
            return cleaned
        device = two_factor.match(user, cleaned.get("otp_token"))
        if device is None:
            two_factor.record_failure(self.request, cleaned.get("username"))
            self.user_cache = None
            raise forms.ValidationError(self.error_messages["invalid_code"], code="invalid_code")
        user.otp_device = device  # django-otp marks the session verified when it signs the user in
        return cleaned


class CodeForm(forms.Form):
    otp_token = CodeField()
