"""Spam and flood protection for the public forms, without tracking anyone.

* Rate limits count submissions per client in the shared cache under a hash of the client's
  address with a random salt that changes every day; the address itself is never stored, logged
  or kept in the cache, and each counter expires with its window (ten minutes by default).
* A honeypot field and a minimum fill time mark a submission as likely spam. They never reject
  it: a browser's autofill can fill a hidden field, and one lost real report is worse than a spam
  row for an analyst to close.
"""

import hashlib
import ipaddress
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage

TOKEN_SALT = "takeaction.form-token"  # noqa: S105 - a signing namespace, not a secret
TOKEN_MAX_AGE = 60 * 60 * 24 * 2
SALT_TIMEOUT = 60 * 60 * 25


def _daily_salt():
    cache = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    key = f"client-salt:{timezone.localdate().isoformat()}"
    cache.add(key, secrets.token_hex(16), SALT_TIMEOUT)
    return cache.get(key) or ""


def client_key(group, request):
    """A hash of the client's network (IPv4 address, IPv6 /64) with today's random salt."""
    address = request.META.get(getattr(settings, "CLIENT_IP_META_KEY", "REMOTE_ADDR"), "") or ""
    address = address.split(",")[0].strip()
    try:
        network = ipaddress.ip_network(f"{address}/{64 if ':' in address else 32}", strict=False)
        address = str(network.network_address)
    except ValueError:
        address = "unknown"
    return hashlib.sha256(f"{_daily_salt()}|{address}".encode()).hexdigest()


class RateLimit:
    """At most `rate` ("5/10m") counted actions per client in `group`."""

    def __init__(self, group, setting):
        self.group, self.setting = group, setting

    @property
    def rate(self):
        return getattr(settings, self.setting)

    def take(self, request):
        """Count one action and say whether it is allowed. Counting and checking are one step in the cache, so
        requests sent at the same moment cannot all slip under the limit (if the cache is down: allowed)."""
        usage = get_usage(request, group=self.group, key=client_key, rate=self.rate, increment=True)
        return usage is None or usage["count"] <= usage["limit"]


class HoneypotWidget(forms.TextInput):
    template_name = "takeaction/widgets/honeypot.html"


class ProtectedFormMixin(forms.Form):
    """A hidden signed token (when the form was shown) and a field only robots fill in."""

    form_token = forms.CharField(required=False, widget=forms.HiddenInput, max_length=200)
    homepage_url = forms.CharField(
        required=False,
        max_length=500,
        label=_("Leave this field empty"),
        widget=HoneypotWidget(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    PROTECTION_FIELDS = ("form_token", "homepage_url")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.fields["form_token"].initial = issue_token()

    def spam_signals(self):
        """Why this submission looks automated: a list of short reasons (empty if none)."""
        reasons = []
        if self.cleaned_data.get("homepage_url"):
            reasons.append("honeypot")
        shown_at = token_time(self.cleaned_data.get("form_token", ""))
        if shown_at is None:
            reasons.append("no-token")
        elif time.time() - shown_at < settings.FORM_MIN_FILL_SECONDS:
            reasons.append("too-fast")
        return reasons

    def submission_nonce(self):
        token = self.cleaned_data.get("form_token", "")
        try:
            return signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)["n"]
        except (signing.BadSignature, KeyError, TypeError):
            return None


def issue_token():
    return signing.dumps({"t": int(time.time()), "n": secrets.token_hex(16)}, salt=TOKEN_SALT, compress=True)


def token_time(token):
    try:
        return int(signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
