from django import template

from ..state import get_config

register = template.Library()


@register.simple_tag(takes_context=True)
def consent_config(context):
    """The consent banner's data for this site and language (the same for every visitor; cached)."""
    request = context.get("request")
    return get_config(request) if request is not None else None
