"""The directory of help services shown on Seek Help: edited as snippets, translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from aple_site.core.blocks import validate_phone


class HelpService(ClusterableModel):
    class Kind(models.TextChoices):
        POLICE = "police", _("Police")
        HOTLINE = "hotline", _("Hotline")
        SHELTER = "shelter", _("Shelter")
        COUNSELLING = "counselling", _("Counselling")
        LEGAL = "legal", _("Legal aid")
        HEALTH = "health", _("Health care")
        ONLINE = "online", _("Online help")

    name = models.CharField(_("name"), max_length=160, help_text=_("The name people know the service by."))
    kind = models.CharField(_("kind of help"), max_length=20, choices=Kind.choices)
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences: what the service does and for whom.")
    )
    nationwide = models.BooleanField(
        _("serves all of Cambodia"),
        default=False,
        help_text=_("Tick for national services; they are listed whatever province a visitor chooses."),
    )
    provinces = ParentalManyToManyField(
        "takeaction.Province",
        verbose_name=_("provinces served"),
        blank=True,
        related_name="help_services",
        help_text=_("Where the service works, if it is not nationwide."),
    )
    hours = models.CharField(_("opening hours"), max_length=120, blank=True, help_text=_("e.g. 24 hours, every day."))
    languages = models.CharField(
        _("languages"), max_length=120, blank=True, help_text=_("The languages spoken, e.g. Khmer and English.")
    )
    address = models.TextField(_("address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    sort_order = models.IntegerField(
        _("order"), default=100, help_text=_("Services with a lower number are listed first (e.g. emergency lines).")
    )
    live = models.BooleanField(_("shown on the site"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        InlinePanel("phones", label=_("Phone number"), heading=_("Phone numbers")),
        MultiFieldPanel([FieldPanel("nationwide"), FieldPanel("provinces")], heading=_("Where it helps")),
        FieldPanel("hours"),
        FieldPanel("languages"),
        FieldPanel("address"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("sort_order"),
        FieldPanel("live"),
    ]

    class Meta:
        ordering = ["sort_order", "name_en"]
        verbose_name = _("help service")
        verbose_name_plural = _("help services")

    def __str__(self):
        return self.name


class HelpServicePhone(Orderable):
    service = ParentalKey(HelpService, on_delete=models.CASCADE, related_name="phones")
    label = models.CharField(_("label"), max_length=80, blank=True, help_text=_("e.g. Free hotline, Office."))
    number = models.CharField(
        _("number"),
        max_length=20,
        validators=[validate_phone],
        help_text=_("As people dial it, e.g. 092 311 511."),
    )

    panels = [FieldPanel("label"), FieldPanel("number")]

    def __str__(self):
        return self.number
