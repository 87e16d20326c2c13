"""The site's image and document models: Wagtail's, with a Khmer title and a Khmer description.

The description is an image's alt text (Wagtail uses it when a template gives none); on the Khmer
site the Khmer one is used, falling back to the English. Documents show their Khmer title there.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


def _in_khmer(english, khmer):
    return khmer if get_language() == "km" and khmer else english


class SiteImage(AbstractImage):
    title_km = models.CharField(_("title in Khmer"), max_length=255, blank=True)
    description_km = models.CharField(
        _("description in Khmer"),
        max_length=255,
        blank=True,
        help_text=_("Describes the picture on Khmer pages for people who cannot see it. Empty: the English is used."),
    )

    admin_form_fields = Image.admin_form_fields + ("title_km", "description_km")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        return _in_khmer(
            super().default_alt_text, self.description_km or (self.title_km if not self.description else "")
        )

    @property
    def display_title(self):
        return _in_khmer(self.title, self.title_km)


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, related_name="renditions", on_delete=models.CASCADE)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class SiteDocument(AbstractDocument):
    title_km = models.CharField(_("title in Khmer"), max_length=255, blank=True)

    admin_form_fields = Document.admin_form_fields + ("title_km",)

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def display_title(self):
        return _in_khmer(self.title, self.title_km)
