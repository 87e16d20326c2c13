from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, override
from wagtail.models import Page

from aple_site.home.i18n import fallback_language

register = template.Library()


@register.simple_tag
def fallback_lang(obj, field):
    """` lang="en"` when the field is shown in English on a Khmer page, otherwise nothing."""
    language = fallback_language(obj, field)
    return format_html(' lang="{}"', language) if language else ""


def _page_url_in(page, request, language):
    with override(language):
        return page.get_url(request=request)


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
            here = _page_url_in(page, request, current)
            there = _page_url_in(page, request, code)
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
