"""The launch checklist: what the organisation still has to enter before the site goes live.

Every detail the site shows about the organisation comes from a setting an editor fills in. A detail nobody has
confirmed is left empty and its element is hidden, so nothing invented is ever shown; this list tells editors what
is still empty. Each check is (section, what, filled?, needed before launch?, where to fill it in).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from aple_site.consent.models import ConsentSettings
from aple_site.core.roles import analysts
from aple_site.navigation.models import SiteSettings
from takeaction.models import DonatePage, HelpService


@dataclass
class Check:
    section: str
    label: str
    filled: bool
    required: bool
    edit_url: str
    hint: str = ""

    @property
    def status(self):
        if self.filled:
            return _("Filled in")
        return _("Missing: needed before launch") if self.required else _("Empty: hidden on the site until entered")


def _both(instance, name):
    """Filled in English and in Khmer (modeltranslation keeps one column per language)."""
    return bool(getattr(instance, f"{name}_en", "")) and bool(getattr(instance, f"{name}_km", ""))


def checks(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    settings_url = reverse("wagtailsettings:edit", args=["navigation", "sitesettings", site.pk])
    contacts = _("Header, footer and contacts")
    rows = [
        Check(contacts, _("24/7 hotline number"), bool(site_settings.hotline_number), True, settings_url),
        Check(contacts, _("Police hotline"), bool(site_settings.police_hotline), True, settings_url),
        Check(contacts, _("Email address"), bool(site_settings.email), True, settings_url),
        Check(contacts, _("Office telephone"), bool(site_settings.phone_number), False, settings_url),
        Check(
            contacts,
            _("Office address (English and Khmer)"),
            _both(site_settings, "address"),
            False,
            settings_url,
            _("Enter it once the organisation has confirmed it."),
        ),
        Check(
            contacts,
            _("Registration number (English and Khmer)"),
            _both(site_settings, "registration_number"),
            True,
            settings_url,
        ),
        Check(contacts, _("About text (English and Khmer)"), _both(site_settings, "footer_about"), True, settings_url),
        Check(contacts, _("Facebook page"), bool(site_settings.facebook_url), False, settings_url),
    ]
    consent = ConsentSettings.for_site(site)
    consent_url = reverse("wagtailsettings:edit", args=["consent", "consentsettings", site.pk])
    cookies = _("Cookies")
    rows += [
        Check(cookies, _("Cookie policy page"), bool(consent.policy_page_id), True, consent_url),
        Check(
            cookies,
            _("Visitor statistics address"),
            bool(consent.statistics_url),
            False,
            consent_url,
            _("Only if the organisation runs a statistics service; without it no statistics are collected."),
        ),
    ]
    donate = DonatePage.objects.live().first()
    if donate is not None:
        donate_url = reverse("wagtailadmin_pages:edit", args=[donate.pk])
        rows += donation_checks(donate, donate_url)
    reports = _("Reports and help")
    rows += [
        Check(
            reports,
            _("A hotline analyst with an email address (new reports are announced to them)"),
            analysts().exclude(email="").exists(),
            True,
            reverse("wagtailusers_users:index"),
        ),
        Check(
            reports,
            _("Help services on Seek Help"),
            HelpService.objects.filter(live=True).exists(),
            True,
            reverse("wagtailsnippets_takeaction_helpservice:list"),
        ),
    ]
    return rows


def donation_checks(donate, donate_url):
    """What Donate shows only once it is entered: the KHQR account, bank details, the GlobalGiving project."""
    giving = _("Donate")
    return [
        Check(
            giving,
            _("KHQR (Bakong) account for gifts in Cambodia"),
            bool(donate.khqr_account_id and donate.khqr_name),
            True,
            donate_url,
            _("Without it Donate shows no KHQR code."),
        ),
        Check(
            giving,
            _("Bank transfer details"),
            bool(donate.bank_name and donate.bank_account_number),
            False,
            donate_url,
        ),
        Check(
            giving,
            _("GlobalGiving project link, for donors abroad"),
            donate.ways.filter(link_url__icontains="globalgiving").exists(),
            False,
            donate_url,
            _("Add it under other ways to give once its address is confirmed."),
        ),
    ]
