from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

MAX_MENU_DEPTH = 3


class LinkFields(models.Model):
    """A label and a target: a page of this site or an address elsewhere."""

    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("Text shown to visitors. Leave empty to use the page title.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page of this site…"),
    )
    link_url = models.URLField(_("web address"), blank=True, help_text=_("…or an address on another site."))

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError(_("Choose either a page or a web address, not both and not neither."))
        if self.link_url and not self.label:
            raise ValidationError({"label": _("A link to another site needs a label.")})

    def __str__(self):
        return self.label or (self.link_page.title if self.link_page_id else self.link_url)


class MenuItem(LinkFields, Orderable):
    """One entry of the main menu. Items without a parent form the top row; the menu has three levels."""

    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent item"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
        help_text=_("Leave empty for a top-level item. Sub-items appear in their parent's drop-down."),
    )

    panels = [FieldPanel("label"), FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("parent")]

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("main menu")

    def depth(self):
        depth, item, seen = 1, self, {self.pk}
        while item.parent_id:
            item = item.parent
            if item.pk in seen:
                return None  # a cycle
            seen.add(item.pk)
            depth += 1
        return depth

    def clean(self):
        super().clean()
        if self.parent_id:
            depth = self.depth()
            if depth is None:
                raise ValidationError({"parent": _("An item cannot be inside itself.")})
            if depth > MAX_MENU_DEPTH:
                raise ValidationError({"parent": _("The menu has at most three levels.")})

    def __str__(self):
        name = super().__str__()
        return f"{self.parent} › {name}" if self.parent_id else name


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """Header, footer and contact details of one site: everything visitors see on every page."""

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=120,
        default="APLE Cambodia",
        help_text=_("Shown beside the logo and in the footer."),
    )
    tagline = models.CharField(_("tagline"), max_length=160, blank=True, help_text=_("A few words under the name."))
    hotline_number = models.CharField(
        _("24/7 hotline"), max_length=20, blank=True, help_text=_("The hotline shown in the header, e.g. 092 311 511.")
    )
    police_hotline = models.CharField(
        _("police hotline"),
        max_length=20,
        blank=True,
        help_text=_("The national police child-protection line, e.g. 1288."),
    )
    phone_number = models.CharField(_("office phone"), max_length=20, blank=True)
    email = models.EmailField(_("email"), blank=True, help_text=_("Shown in the header and footer."))
    address = models.TextField(_("address"), blank=True)
    report_button_label = models.CharField(
        _("report button label"), max_length=40, default="Report abuse", help_text=_("The red button in the header.")
    )
    report_button_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("report button target"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the header's report button opens."),
    )
    footer_about = models.TextField(
        _("about blurb"), blank=True, help_text=_("Two or three sentences about the organisation.")
    )
    footer_vision = models.TextField(_("vision"), blank=True, help_text=_("The vision statement in the footer."))
    registration_number = models.CharField(
        _("registration"),
        max_length=120,
        blank=True,
        help_text=_("e.g. the NGO registration number with the Ministry of Interior."),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    quick_exit_url = models.URLField(
        _("quick exit address"),
        default="https://www.google.com/",
        help_text=_(
            'The neutral website the "Quick exit" button opens, e.g. a search engine or a weather site. '
            "It replaces the current page in the browser's history."
        ),
    )
    take_it_down_url = models.URLField(
        _("Take It Down address"),
        default="https://takeitdown.ncmec.org/",
        help_text=_(
            "NCMEC's free service that helps remove nude or sexual images of someone taken before they were 18."
        ),
    )

    header_panels = [
        FieldPanel("organisation_name"),
        FieldPanel("tagline"),
        FieldPanel("report_button_label"),
        FieldPanel("report_button_page"),
    ]
    contact_panels = [
        FieldPanel("hotline_number"),
        FieldPanel("police_hotline"),
        FieldPanel("phone_number"),
        FieldPanel("email"),
        FieldPanel("address"),
        FieldPanel("facebook_url"),
    ]
    safety_panels = [FieldPanel("quick_exit_url"), FieldPanel("take_it_down_url")]
    footer_panels = [
        FieldPanel("footer_about"),
        FieldPanel("footer_vision"),
        FieldPanel("registration_number"),
        MultiFieldPanel([InlinePanel("footer_links", label=_("Link"))], heading=_("Footer links")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(header_panels, heading=_("Header")),
            ObjectList(contact_panels, heading=_("Contact")),
            ObjectList(footer_panels, heading=_("Footer")),
            ObjectList(safety_panels, heading=_("Safety")),
        ]
    )

    class Meta:
        verbose_name = _("header, footer and contacts")


class FooterLink(LinkFields, Orderable):
    QUICK = "quick"
    ACTION = "action"
    POLICIES = "policies"
    GROUPS = [(QUICK, _("Quick links")), (ACTION, _("Take action")), (POLICIES, _("Last line (policies)"))]

    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")
    group = models.CharField(_("column"), max_length=10, choices=GROUPS, default=QUICK)

    panels = [FieldPanel("group"), FieldPanel("label"), FieldPanel("link_page"), FieldPanel("link_url")]
