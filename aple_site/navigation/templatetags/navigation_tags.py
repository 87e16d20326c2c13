from django import template

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
