from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from aple_site.core.blocks import BodyBlock


class ReportCalloutBlock(blocks.StructBlock):
    """A highlighted call to report, with the hotline numbers from the site settings."""

    title = blocks.CharBlock(max_length=120, default="Report it. Don't share it.")
    text = blocks.TextBlock(required=False, help_text=_("One or two sentences. The hotline numbers are added for you."))

    class Meta:
        icon = "warning"
        template = "blocks/report_callout.html"
        label = _("Report call-out")


class ArticleBodyBlock(BodyBlock):
    report_callout = ReportCalloutBlock()
