"""The site's own drawn treatment for a card or page without a photograph: a coloured band with a line icon.

Each icon is drawn for the site in templates/includes/card_art.html (48 by 48, lines in the band's colour) and
sent inline, so a card needs no extra request. The programme pages are recognised by their English slugs (the
addresses the organisation has always used), case stories by their category's, videos by their resource type's;
anything else gets the brand's sheltering arch."""

from django import template

register = template.Library()

# The drawings in templates/includes/card_art.html.
KINDS = {"prevention", "justice", "support", "reform", "hotline", "article", "story", "document", "video", "course"}

# Pages, categories and resource types with a drawing of their own, by their English slug.
SLUG_KINDS = {
    "early-prevention": "prevention",
    "criminal-justice": "justice",
    "victim-support": "support",
    "legal-reforms": "reform",
    "hotline": "hotline",
    "case-stories": "story",
    "video": "video",
}


@register.filter
def art_for(item, default="page"):
    """The drawing for a page, category or resource type: its own if it has one, else `default`."""
    slug = getattr(item, "slug_en", None) or getattr(item, "slug", "")
    return SLUG_KINDS.get(slug, default)


@register.inclusion_tag("includes/card_art.html")
def card_art(kind, label="", shape="band"):
    """The band for `kind` (shape "cover": upright, where a cover would be; "panel": beside a page's title)."""
    return {"kind": kind if kind in KINDS else "page", "label": label, "shape": shape}
