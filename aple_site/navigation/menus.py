"""Menu, header and footer data, built once per site and language and kept in the cache.

Every page shows the same header and footer, so they are built from a fixed number of queries and then
kept for the page-cache generation: until an editor changes a menu item, the site settings or a page.
"""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Site

from aple_site.core.i18n import fallback_language
from aple_site.core.page_cache import shared_part

from .models import FooterLink, MenuItem, SiteSettings


def _link(item, request):
    """Label, its language if it fell back to English, and URL of a menu item or footer link."""
    if item.link_page_id:
        page = item.link_page
        if not page.live:
            return None
        url = page.get_url(request=request)
        if item.label:
            label, label_lang = item.label, fallback_language(item, "label")
        else:
            label, label_lang = page.title, fallback_language(page, "title")
    else:
        url, label, label_lang = item.link_url, item.label, fallback_language(item, "label")
    if not url:
        return None
    return {"label": label, "lang": label_lang, "url": url, "external": not item.link_page_id}


def _build_menu(request):
    items = list(MenuItem.objects.select_related("link_page").order_by("sort_order", "pk"))
    nodes, children = {}, {}
    for item in items:
        link = _link(item, request)
        if link is not None:
            nodes[item.pk] = {**link, "id": item.pk, "children": []}
            children.setdefault(item.parent_id, []).append(item.pk)

    def attach(parent_id, depth):
        result = []
        for pk in children.get(parent_id, []):
            node = nodes[pk]
            if depth < 3:
                node["children"] = attach(pk, depth + 1)
            result.append(node)
        return result

    return attach(None, 1)


def _build(site, request):
    site_settings = SiteSettings.for_site(site) if site else SiteSettings()
    footer = {FooterLink.QUICK: [], FooterLink.ACTION: [], FooterLink.POLICIES: []}
    if site_settings.pk:
        for link in site_settings.footer_links.select_related("link_page").order_by("sort_order"):
            data = _link(link, request)
            if data:
                footer[link.group].append(data)
    report_page = site_settings.report_button_page if site_settings.report_button_page_id else None

    def text(field):
        return {"text": getattr(site_settings, field), "lang": fallback_language(site_settings, field)}

    return {
        "menu": _build_menu(request),
        "organisation_name": text("organisation_name"),
        "tagline": text("tagline"),
        "hotline_number": site_settings.hotline_number,
        "police_hotline": site_settings.police_hotline,
        "phone_number": site_settings.phone_number,
        "email": site_settings.email,
        "address": text("address"),
        "facebook_url": site_settings.facebook_url,
        "quick_exit_url": site_settings.quick_exit_url,
        "take_it_down_url": site_settings.take_it_down_url,
        "report_button": {
            **text("report_button_label"),
            "url": report_page.get_url(request=request) if report_page and report_page.live else "",
        },
        "footer_about": text("footer_about"),
        "footer_vision": text("footer_vision"),
        "registration_number": text("registration_number"),
        "quick_links": footer[FooterLink.QUICK],
        "action_links": footer[FooterLink.ACTION],
        "policy_links": footer[FooterLink.POLICIES],
    }


def get_navigation(request):
    """The header and footer data for this request's site and language, kept until anything changes."""
    site = Site.find_for_request(request)

    def build():
        data = _build(site, request)
        # The menu and the footer are the same on every page: rendered here once (a large part of a page's
        # rendering time otherwise).
        data["menu_html"] = render_to_string("navigation/main_menu.html", {"nav": data})
        data["footer_html"] = render_to_string("navigation/footer_links.html", {"nav": data})
        return data

    return shared_part(f"navigation:{site.pk if site else 0}:{get_language()}", build)
