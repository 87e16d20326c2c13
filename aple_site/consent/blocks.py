"""The cookie policy's table, a block editors place on the cookie policy page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class CookieTableBlock(blocks.StaticBlock):
    """Every consent category with its cookies, from the same data as the banner: the two never disagree."""

    class Meta:
        icon = "table"
        label = _("Cookie table")
        admin_text = _("Lists the cookie categories and their cookies, as set in Settings › Cookie categories.")
        template = "consent/cookie_policy_block.html"
