from django import template

from ..metadata import organization, share_meta

register = template.Library()


@register.simple_tag(takes_context=True)
def share_card(context):
    """Open Graph and Twitter card data for this page (or for the site, on pages that are not pages)."""
    request = context.get("request")
    if request is None:
        return None
    page = context.get("page")
    site_name = context["nav"]["organisation_name"]["text"] if context.get("nav") else ""
    return share_meta(request, page if hasattr(page, "specific_class") else None, site_name)


@register.simple_tag(takes_context=True)
def organization_data(context):
    return organization(context["request"], context["nav"])
