"""Cookie consent: the categories visitors choose from, the settings, and the log of decisions.

The visitor's choice lives in one strictly necessary cookie (see consent.py); the server strips every
cookie of a category not accepted (middleware.py) and the browser activates scripts and embeds only
for accepted categories (static/js/consent.js). Pages stay the same for every visitor.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

FUNCTIONAL = "functional"


class ConsentCategory(ClusterableModel):
    key = models.SlugField(
        _("key"),
        unique=True,
        max_length=30,
        help_text=_(
            "Short name used by the site: functional, preferences, statistics or marketing. Scripts and embeds "
            "of this category carry it in data-category."
        ),
    )
    name = models.CharField(_("name"), max_length=80)
    description = models.TextField(_("description"), help_text=_("What this category is for, in plain words."))
    required = models.BooleanField(
        _("always active"),
        default=False,
        help_text=_("Only for what the site cannot work without (strictly necessary). Visitors cannot switch it off."),
    )
    sort_order = models.IntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("key")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("required"), FieldPanel("sort_order")]),
        InlinePanel("cookies", label=_("Cookie or service"), heading=_("Cookies and services")),
    ]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("cookie category")
        verbose_name_plural = _("cookie categories")

    def __str__(self):
        return self.name


class ConsentCookie(Orderable):
    category = ParentalKey(ConsentCategory, on_delete=models.CASCADE, related_name="cookies")
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("The cookie's name; end it with * for all names that start so, e.g. _pk_id*."),
    )
    provider = models.CharField(_("provider"), max_length=100, help_text=_("Who sets it, e.g. this site, YouTube."))
    purpose = models.CharField(_("purpose"), max_length=250)
    lifetime = models.CharField(_("lifetime"), max_length=80, help_text=_("e.g. 6 months, until the browser closes."))

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("provider")]),
        FieldPanel("purpose"),
        FieldPanel("lifetime"),
    ]

    def __str__(self):
        return self.name

    def matches(self, cookie_name):
        if self.name.endswith("*"):
            return cookie_name.startswith(self.name[:-1])
        return cookie_name == self.name


@register_setting(icon="lock")
class ConsentSettings(BaseSiteSetting):
    policy_version = models.PositiveIntegerField(
        _("policy version"),
        default=1,
        help_text=_("Raise this number when the cookies or their purposes change: every visitor is asked again."),
    )
    remember_days = models.PositiveIntegerField(
        _("remember the choice for (days)"), default=180, help_text=_("After this, visitors are asked again.")
    )
    banner_title = models.CharField(_("banner heading"), max_length=120, default="Cookies on this site")
    banner_text = models.TextField(
        _("banner text"),
        blank=True,
        help_text=_("Two or three sentences: what is used, and that saying no changes nothing important."),
    )
    policy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("cookie policy page"),
        help_text=_(
            'Linked from the banner. Put a "Cookie table" block on that page: it lists these categories and '
            "their cookies, so the policy and the banner always agree."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    statistics = models.CharField(
        _("statistics service"),
        max_length=20,
        blank=True,
        choices=[("", _("None")), ("matomo", "Matomo"), ("plausible", "Plausible")],
        help_text=_("A self-hosted statistics service, loaded only for visitors who accept Statistics."),
    )
    statistics_url = models.URLField(
        _("statistics address"), blank=True, help_text=_("Where the service runs, e.g. https://stats.example.org/")
    )
    statistics_site_id = models.CharField(
        _("site id or domain"),
        max_length=100,
        blank=True,
        help_text=_("Matomo: the site's number. Plausible: the domain it counts, e.g. aplecambodia.org."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("banner_title"), FieldPanel("banner_text"), FieldPanel("policy_page")], heading=_("Banner")
        ),
        MultiFieldPanel([FieldPanel("policy_version"), FieldPanel("remember_days")], heading=_("Consent")),
        MultiFieldPanel(
            [FieldPanel("statistics"), FieldPanel("statistics_url"), FieldPanel("statistics_site_id")],
            heading=_("Statistics"),
        ),
    ]

    class Meta:
        verbose_name = _("cookie consent")


class ConsentDecision(models.Model):
    """One decision of one visitor: no address, no browser, just the random consent id."""

    class Action(models.TextChoices):
        ACCEPT = "accept", _("Accepted all")
        REJECT = "reject", _("Rejected all")
        CHOOSE = "choose", _("Chose some")
        CHANGE = "change", _("Changed an earlier choice")
        WITHDRAW = "withdraw", _("Withdrew consent")

    consent_id = models.UUIDField(_("consent id"), default=uuid.uuid4, db_index=True)
    action = models.CharField(_("decision"), max_length=10, choices=Action.choices)
    categories = models.CharField(_("accepted categories"), max_length=200, blank=True)
    policy_version = models.PositiveIntegerField(_("policy version"))
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("consent decision")
        verbose_name_plural = _("consent decisions")

    def __str__(self):
        return f"{self.consent_id} {self.action} {self.categories or '-'}"
