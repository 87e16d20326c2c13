"""The glossary: the words the hotline pages use (child sexual abuse material, grooming, sextortion…), edited
once as snippets and shown wherever an editor adds the "Glossary" block. Each term has an anchor of its own
(#glossary-<slug>), so a link in any text can lead straight to its definition."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

GLOSSARY_FEATURES = ["bold", "italic", "link"]


class GlossaryTerm(Orderable):
    term = models.CharField(_("term"), max_length=120, help_text=_("The word or phrase, as readers meet it."))
    slug = models.SlugField(
        _("anchor"),
        max_length=80,
        unique=True,
        allow_unicode=False,
        help_text=_(
            "Latin letters, digits and hyphens, e.g. grooming. Link to the term from any text with #glossary-grooming."
        ),
    )
    definition = RichTextField(
        _("definition"), features=GLOSSARY_FEATURES, help_text=_("A few plain sentences: what it means and why.")
    )

    panels = [FieldPanel("term"), FieldPanel("slug"), FieldPanel("definition")]

    class Meta(Orderable.Meta):
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.term

    @property
    def anchor(self):
        return f"glossary-{self.slug}"
