"""Old addresses (the WordPress site's `/?p=1525`, `/reporting-page/`, `/kh/...`) kept working with
Wagtail's redirects app. A redirect whose target is one of our own pages' addresses (as a CSV import
writes it, as a full URL) is stored as a redirect to that page, so each visitor lands on it in their own language."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.http import Http404
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def own_hosts():
    """Host names this site answers to (Wagtail sites, the admin's base URL, the allowed hosts)."""
    hosts = set(Site.objects.values_list("hostname", flat=True))
    hosts.add(urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname)
    hosts.update(host for host in settings.ALLOWED_HOSTS if "*" not in host and not host.startswith("."))
    return hosts


def page_at(address, site=None):
    """The live page at an address of this site, such as `https://aple.org.kh/en/take-action/donate/`
    or `/en/take-action/donate/`; None for other addresses (another site, a query, a sub-route)."""
    parts = urlsplit(address)
    if parts.query or parts.fragment or (parts.netloc and parts.hostname not in own_hosts()):
        return None
    site = site or Site.objects.filter(is_default_site=True).select_related("root_page").first()
    language, _slash, rest = parts.path.lstrip("/").partition("/")
    if site is None or language not in LANGUAGE_CODES or not parts.path.endswith("/"):
        return None
    with translation.override(language):
        try:
            page, args, kwargs = site.root_page.specific.route(None, [part for part in rest.split("/") if part])
        except Http404:
            return None
    return None if args or kwargs else page.specific


@receiver(pre_save, sender=Redirect)
def redirect_to_page(sender, instance, **kwargs):
    if instance.redirect_link and instance.redirect_page_id is None:
        page = page_at(instance.redirect_link, instance.site)
        if page is not None:
            instance.redirect_page = page
            instance.redirect_link = ""
