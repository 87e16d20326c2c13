"""The shared block library used by every StreamField body on the site."""

import re
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading (H2)")), ("h3", _("Sub-heading (H3)"))],
        default="h2",
        help_text=_("Use H2 for sections, H3 for parts of a section."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=300)
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Leave empty to use the image's own description."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    text = blocks.RichTextBlock(features=RICH_FEATURES)
    style = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("urgent", _("Urgent (red, for emergencies)"))],
        default="info",
    )

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"


class ButtonBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=80)
    page = blocks.PageChooserBlock(required=False, help_text=_("A page of this site, or…"))
    url = blocks.URLBlock(required=False, help_text=_("…a web address elsewhere."))

    class Meta:
        icon = "link"
        template = "blocks/button.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.ValidationError(_("Choose a page or enter a web address."))}
            )
        return value


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=300)
    answer = blocks.RichTextBlock(features=RICH_FEATURES)


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock())

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"
        help_text = _("Questions and answers that open one at a time, e.g. for an FAQ.")


class StatisticBlock(blocks.StructBlock):
    value = blocks.CharBlock(max_length=30, help_text=_("e.g. 20+ or ២០+"))
    label = blocks.CharBlock(max_length=120)


class StatisticsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    items = blocks.ListBlock(StatisticBlock())

    class Meta:
        icon = "pick"
        template = "blocks/statistics.html"


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120)
    role = blocks.CharBlock(required=False, max_length=120)
    photo = ImageChooserBlock(required=False)
    bio = blocks.TextBlock(required=False)


class PeopleBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    items = blocks.ListBlock(PersonBlock())

    class Meta:
        icon = "group"
        template = "blocks/people.html"


class LogoBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=200)
    logo = ImageChooserBlock(required=False)
    url = blocks.URLBlock(required=False)


class LogosBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    items = blocks.ListBlock(LogoBlock())

    class Meta:
        icon = "table"
        template = "blocks/logos.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, max_length=200, help_text=_("Leave empty to use the document's title."))


class DocumentsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    items = blocks.ListBlock(DocumentLinkBlock())

    class Meta:
        icon = "doc-full"
        template = "blocks/documents.html"


PHONE_REGEX = r"^\+?[0-9 ()-]{3,20}$"
PHONE_MESSAGE = _("Enter a phone number using digits, spaces and + ( ) - only.")
validate_phone = RegexValidator(PHONE_REGEX, PHONE_MESSAGE)


class PhoneNumberBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=120)
    number = blocks.RegexBlock(
        regex=PHONE_REGEX,
        max_length=20,
        error_messages={"invalid": PHONE_MESSAGE},
        help_text=_("As people dial it, e.g. 092 311 511."),
    )


class ContactBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    numbers = blocks.ListBlock(PhoneNumberBlock())
    email = blocks.EmailBlock(required=False)

    class Meta:
        icon = "mail"
        template = "blocks/contact.html"


VIDEO_PROVIDERS = [
    # (name, address pattern, player address without tracking cookies where the provider offers one)
    (
        "YouTube",
        re.compile(
            r"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:.*&)?v=|shorts/|embed/)|youtu\.be/)([\w-]{11})"
        ),
        "https://www.youtube-nocookie.com/embed/{}",
    ),
    ("Vimeo", re.compile(r"^https?://(?:www\.)?vimeo\.com/(\d+)"), "https://player.vimeo.com/video/{}?dnt=1"),
    (
        "Facebook",
        re.compile(r"^(https?://(?:www\.|m\.)?facebook\.com/.+/videos/.+|https?://fb\.watch/.+)"),
        "https://www.facebook.com/plugins/video.php?href={}",
    ),
]


def video_player(url):
    """(provider name, player address) for a video address we know how to embed, or None."""
    for name, pattern, player in VIDEO_PROVIDERS:
        match = pattern.match(url or "")
        if match:
            found = match.group(1)
            return name, player.format(quote(found, safe="") if name == "Facebook" else found)
    return None


def validate_video_url(url):
    if video_player(url) is None:
        raise ValidationError(_("Give the address of a YouTube, Vimeo or Facebook video."))


class VideoBlock(blocks.StructBlock):
    """A video from YouTube, Vimeo or Facebook. Nothing loads from the video host until the visitor asks
    for this video or accepts Marketing cookies: until then a picture stored on our side stands in."""

    video = blocks.URLBlock(
        validators=[validate_video_url], help_text=_("Address of a YouTube, Vimeo or Facebook video.")
    )
    title = blocks.CharBlock(max_length=200, help_text=_("What the video is about (read out by screen readers)."))
    thumbnail = ImageChooserBlock(
        required=False, help_text=_("A still from the video, shown until it is played. Upload it here.")
    )
    caption = blocks.CharBlock(required=False, max_length=300)

    class Meta:
        icon = "media"
        template = "blocks/video.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["provider"], context["player"] = video_player(value.get("video")) or ("", "")
        return context


class GlossaryBlock(blocks.StructBlock):
    """Every term of the glossary (snippets), in the page's language, each with its anchor (#glossary-<slug>)."""

    title = blocks.CharBlock(required=False, max_length=200, help_text=_("Leave empty for “Glossary”."))

    class Meta:
        icon = "help"
        template = "blocks/glossary.html"
        help_text = _(
            "Shows all the terms of the glossary (edit them under Glossary in the menu). Link a word in any text to "
            "its definition with #glossary- and the term's anchor, e.g. #glossary-grooming."
        )

    def get_context(self, value, parent_context=None):
        from .glossary import GlossaryTerm  # blocks are defined before the apps' models are ready

        context = super().get_context(value, parent_context)
        context["terms"] = list(GlossaryTerm.objects.all())
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_FEATURES, icon="pilcrow", template="blocks/paragraph.html")
    image = ImageBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    button = ButtonBlock()
    accordion = AccordionBlock()
    statistics = StatisticsBlock()
    people = PeopleBlock()
    logos = LogosBlock()
    documents = DocumentsBlock()
    contact = ContactBlock()
    glossary = GlossaryBlock()
