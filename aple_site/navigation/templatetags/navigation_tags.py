from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from aple_site.navigation.menus import get_navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def navigation(context):
    """Header, menu and footer data for the current site and language (cached)."""
    request = context.get("request")
    if request is None:
        return {}
    if not hasattr(request, "_aple_navigation"):
        request._aple_navigation = get_navigation(request)
    return request._aple_navigation


@register.filter
def mark_current(menu_html, path):
    """The menu (rendered once for every page) with its links to this page marked aria-current="page"."""
    link = f'href="{escape(path)}"'
    return mark_safe(menu_html.replace(link, f'{link} aria-current="page"'))  # noqa: S308 - our rendered menu, path escaped  # nosec B308 B703
