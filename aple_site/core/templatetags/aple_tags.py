import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils import dateformat
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override
from wagtail.models import Page

from aple_site.core.i18n import KHMER_DIGITS, fallback_language, local_digits

register = template.Library()


@register.simple_tag
def fallback_lang(obj, field):
    """` lang="en"` when the field is shown in English on a Khmer page, otherwise nothing."""
    language = fallback_language(obj, field)
    return format_html(' lang="{}"', language) if language else ""


@register.filter
def breadcrumb_ancestors(page):
    """The pages above this one, the tree's root left out: those found on the way by the router, if it ran."""
    ancestors = getattr(page, "route_ancestors", None)
    if ancestors is None:
        ancestors = page.get_ancestors()
    return [ancestor for ancestor in ancestors if not ancestor.is_root()]


def _page_urls(page, request):
    """The page's address in every language."""
    found = {}
    for code, _name in settings.LANGUAGES:
        with override(code):
            found[code] = page.get_url(request=request)
    return found


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current address in every language: the same page, sub-path and query string.

    Returns a list of dicts (code, name, url, absolute_url, current) for the language switch and
    the hreflang links.
    """
    request = context.get("request")
    if request is None:
        return []
    current = get_language()
    page = context.get("page") or context.get("self")
    query = request.META.get("QUERY_STRING", "")
    links = []
    for code, _name in settings.LANGUAGES:
        url = None
        if isinstance(page, Page) and page.pk:
            urls = _page_urls(page, request)
            here, there = urls[current], urls[code]
            if here and there:
                # Keep whatever follows the page's own address (routable sub-pages).
                rest = request.path[len(here) :] if request.path.startswith(here) else ""
                url = there + rest
        if url is None:
            url = translate_url(request.path, code)
            if url == request.path and code != current:
                url = f"/{code}/"
        if query:
            url = f"{url}?{query}"
        links.append(
            {
                "code": code,
                "name": settings.LANGUAGE_NATIVE_NAMES[code],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
            }
        )
    return links


@register.filter
def missing_translation(page):
    """True when a page has no Khmer title yet and the reader is on the Khmer site."""
    return fallback_language(page, "title") is not None


KHMER_MONTHS = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]


@register.filter
def local_number(value):
    """A number with thousands separators, in Khmer digits on the Khmer site."""
    try:
        text = f"{int(value):,}"
    except (TypeError, ValueError):
        return value
    return text.translate(KHMER_DIGITS) if get_language() == "km" else text


@register.filter
def local_date(value):
    """'22 June 2021' in English, '២២ មិថុនា ២០២១' in Khmer."""
    if not value:
        return ""
    if get_language() == "km":
        return f"{value.day} {KHMER_MONTHS[value.month - 1]} {value.year}".translate(KHMER_DIGITS)
    return dateformat.format(value, "j F Y")


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None or "" removes one)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()


JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """Structured data for search engines: a JSON data block, not a script that runs."""
    if not data:
        return ""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 - JSON escaped for a script element above  # nosec B308 B703


@register.filter
def view_number(value):
    """The view count wrapped so that site.js can update it after counting this visit."""
    return format_html('<span data-view-number="{}">{}</span>', value or 0, local_number(value or 0))


@register.filter
def local_year(value):
    """A year without separators, in Khmer digits on the Khmer site."""
    return local_digits(value) if value else ""


@register.filter
def local_filesize(size):
    """A file's real size, e.g. '2.4 MB' (Khmer digits on the Khmer site)."""
    if size is None:
        return ""
    for unit, factor in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= factor:
            return local_digits(f"{size / factor:.1f} {unit}")
    return local_digits(f"{size} B")


@register.filter
def stable_id(value):
    """A short id derived from a text (in any script), for form controls built from content."""
    import hashlib

    return hashlib.sha1(str(value).encode(), usedforsecurity=False).hexdigest()[:10]
