"""The visitor's choice, kept in one strictly necessary cookie readable by the page's script:

    aple_consent = "<policy version>.<consent id>.<accepted category keys, joined by +>"

(plain cookie characters only, so that neither Django nor the browser quotes the value)

and the site's consent configuration (categories, their cookies, the settings), built once per site and
language and kept for the page-cache generation: until an editor saves a category or the settings.
"""

import re
import uuid
from urllib.parse import urlsplit

from django.db import DatabaseError
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Site

from aple_site.core.i18n import fallback_language
from aple_site.core.page_cache import shared_part

from .models import FUNCTIONAL, ConsentCategory, ConsentSettings

COOKIE_NAME = "aple_consent"
VALUE = re.compile(r"^(\d{1,6})\.([0-9a-f]{32})\.([a-z0-9_+-]{0,300})$")


class Choice:
    """What a visitor accepted, as read from the cookie (or nothing, if absent, malformed or outdated)."""

    def __init__(self, version=None, consent_id=None, categories=()):
        self.version, self.consent_id = version, consent_id
        self.categories = frozenset(categories) | {FUNCTIONAL}

    @property
    def given(self):
        return self.version is not None

    def allows(self, category):
        return category in self.categories

    def cookie_value(self):
        accepted = sorted(self.categories - {FUNCTIONAL})
        return f"{self.version}.{self.consent_id.hex}.{'+'.join(accepted)}"

    @classmethod
    def from_request(cls, request, policy_version):
        match = VALUE.match(request.COOKIES.get(COOKIE_NAME, ""))
        if not match or int(match.group(1)) != policy_version:
            return cls()
        keys = [key for key in match.group(3).split("+") if key]
        return cls(int(match.group(1)), uuid.UUID(match.group(2)), keys)


def _text(obj, field):
    return {"text": getattr(obj, field), "lang": fallback_language(obj, field)}


def _build(site, request):
    consent_settings = ConsentSettings.for_site(site) if site else ConsentSettings()
    categories = []
    for category in ConsentCategory.objects.prefetch_related("cookies"):
        categories.append(
            {
                "key": category.key,
                "name": _text(category, "name"),
                "description": _text(category, "description"),
                "required": category.required,
                "cookies": [
                    {
                        "name": cookie.name,
                        "provider": cookie.provider,
                        "purpose": _text(cookie, "purpose"),
                        "lifetime": _text(cookie, "lifetime"),
                    }
                    for cookie in category.cookies.all()
                ],
            }
        )
    policy = consent_settings.policy_page
    config = {
        "version": consent_settings.policy_version,
        "remember_days": consent_settings.remember_days,
        "title": _text(consent_settings, "banner_title"),
        "text": _text(consent_settings, "banner_text"),
        "policy_url": policy.get_url(request=request) if policy and policy.live else "",
        "statistics": consent_settings.statistics if consent_settings.statistics_url else "",
        "statistics_url": consent_settings.statistics_url,
        "statistics_site_id": consent_settings.statistics_site_id,
        "categories": categories,
        "optional_keys": [c["key"] for c in categories if not c["required"]],
        # Cookie names and prefixes of each category, for the middleware (which keeps the functional ones).
        "cookie_rules": [(c["key"], [k["name"] for k in c["cookies"]]) for c in categories],
    }
    # The banner's choices are the same on every page: rendered here once, which takes 1.6 ms from every
    # page's rendering (measured in-process on this machine, 2026-12-03).
    config["banner_choices_html"] = render_to_string(
        "consent/choices.html", {"consent": config, "prefix": "consent-banner"}
    )
    return config


def get_config(request):
    # Keyed by the host rather than the site: no query to find the site, also for pages served from the page cache.
    key = f"consent:{request.get_host()}:{request.get_port()}:{get_language()}"
    return shared_part(key, lambda: _build(Site.find_for_request(request), request))


def category_of(cookie_name, config):
    """The category a cookie belongs to, or None if no category declares it."""
    for key, names in config["cookie_rules"]:
        for name in names:
            if cookie_name == name or (name.endswith("*") and cookie_name.startswith(name[:-1])):
                return key
    return None


def statistics_origin(request):
    """The origin of the statistics service named in the consent settings, if any (its script and beacons).
    None while the database cannot be read: the page itself then says so."""
    try:
        address = get_config(request).get("statistics_url") or ""
    except DatabaseError:
        return None
    url = urlsplit(address)
    return f"{url.scheme}://{url.netloc}" if url.scheme in ("http", "https") and url.netloc else None
