"""Take Action pages: Report Abuse, Seek Help, Donate, Get Involved, Work with Us and vacancies."""

import logging

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel as WagtailFormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from aple_site.core.blocks import RICH_FEATURES, BodyBlock
from aple_site.core.fields import StreamField
from aple_site.core.listing import FilterForm, filtered
from aple_site.core.middleware import this_site_only
from aple_site.core.restrictions import ViewRestrictionsMixin, public

from .. import giving, khqr, reporting
from ..protection import ProtectedFormMixin
from ..reporting import FORM_LIMIT, private
from .places import Province
from .services import HelpService

logger = logging.getLogger(__name__)


def rich_text(label, help_text):
    return RichTextField(label, features=RICH_FEATURES, blank=True, help_text=help_text)


class ReportAbusePage(ViewRestrictionsMixin, RoutablePageMixin, Page):
    """The hotline's online report form, its confirmation and "Check my report". One per site.

    Reports are stored by our own model (encrypted, see reports.py), never by Wagtail's form
    builder, which would keep them in clear and mail their content."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the title, before the emergency numbers."),
    )
    why_report = rich_text(
        _("why report"),
        _("Shown beside the form: why a report matters, even when someone is not sure."),
    )
    what_happens = rich_text(
        _("what happens to a report"),
        _("Shown beside the form: who reads a report, what they do with it, and how the reporter is protected."),
    )
    law = rich_text(
        _("the law"),
        _("A short explanation of the law on possessing and sharing images of child sexual abuse, in plain words."),
    )
    next_steps = rich_text(
        _("after sending"),
        _("Shown on the confirmation page under the reference: what happens next and when to call instead."),
    )
    sidebar = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("more beside the form"),
        help_text=_("Shown after the Take It Down card, e.g. the glossary. On phones it comes after the form."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("why_report"),
        FieldPanel("what_happens"),
        FieldPanel("law"),
        FieldPanel("sidebar"),
        FieldPanel("next_steps"),
    ]
    parent_page_types = ["home.StandardPage"]
    subpage_types = []
    max_count = 1
    shows_quick_exit = True
    keeps_third_parties_out = True  # no statistics, video player or picture from elsewhere, whatever was accepted

    class Meta:
        verbose_name = _("report abuse page")

    @this_site_only
    def serve(self, request, *args, **kwargs):
        return private(super().serve(request, *args, **kwargs))

    def serve_preview(self, request, mode_name):
        return private(super().serve_preview(request, mode_name))

    @path("")
    @method_decorator(sensitive_post_parameters())
    def report(self, request):
        response = reporting.report_view(self, request)
        if request.method in ("GET", "HEAD") and not request.GET and response.status_code == 200:
            # The empty form is what someone searching "report child abuse Cambodia" must find;
            # what follows a submission and "Check my report" stay out of search engines.
            response["X-Robots-Tag"] = "noarchive"
        return response

    @path("check/", name="check")
    @method_decorator(sensitive_post_parameters())
    def check_status(self, request):
        return reporting.check_view(self, request)

    def csrf_failure(self, request):
        """Asked by the site's CSRF failure view (aple_site/core/views.py) for a POST to this page's own address."""
        if request.path == self.get_url(request=request):
            return reporting.csrf_failure(self, request)
        return None


class HelpFilterForm(FilterForm):
    province = forms.ModelChoiceField(
        queryset=Province.objects.all(),
        to_field_name="code",
        required=False,
        label=_("Province"),
        empty_label=_("All provinces"),
    )
    kind = forms.ChoiceField(
        required=False, label=_("Kind of help"), choices=[("", _("All kinds of help"))] + HelpService.Kind.choices
    )


class SeekHelpPage(ViewRestrictionsMixin, Page):
    """Where to find help: safety guidance and the directory of help services, filtered by province and kind."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("safety guidance"))
    directory_title = models.CharField(
        _("directory heading"), max_length=120, blank=True, help_text=_("Heading above the list of help services.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("directory_title")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.StandardPage"]
    subpage_types = []
    max_count = 1
    shows_quick_exit = True
    keeps_third_parties_out = True

    class Meta:
        verbose_name = _("seek help page")

    search_sources = ["takeaction.HelpService"]  # re-indexed when a help service changes

    def search_text(self, language):
        """The directory is part of what visitors find this page by (e.g. "shelter", a province)."""
        lines = []
        for service in HelpService.objects.filter(live=True).prefetch_related("provinces"):
            for field in ("name", "description", "hours", "languages", "address"):
                lines.append(getattr(service, f"{field}_{language}", "") or "")
            lines.extend(getattr(p, f"name_{language}", "") or "" for p in service.provinces.all())
        return "\n".join(line for line in lines if line)

    def services(self, form):
        services = HelpService.objects.filter(live=True).prefetch_related("phones", "provinces")
        if form.is_valid():
            if form.cleaned_data.get("province"):
                province = form.cleaned_data["province"]
                services = services.filter(models.Q(nationwide=True) | models.Q(provinces=province)).distinct()
            if form.cleaned_data.get("kind"):
                services = services.filter(kind=form.cleaned_data["kind"])
        else:
            services = services.none()
        return list(services)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = HelpFilterForm(request.GET)
        context["filter_form"] = form
        context["services"] = self.services(form)
        return context

    @this_site_only
    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response["Referrer-Policy"] = "no-referrer"
        return filtered(response, request)


LATIN_TEXT = RegexValidator(r"^[ -~]*$", _("Use Latin letters, digits and simple punctuation only."))


class DonatePage(ViewRestrictionsMixin, Page):
    """Why to give and the ways to give, all edited in the admin: a KHQR code for any Cambodian banking app (drawn
    for the amount a donor picks, from the Bakong account an editor enters), bank transfer details and other
    ways. What is not entered is not shown."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("what gifts fund"))
    khqr_account_id = models.CharField(
        _("Bakong account ID"),
        max_length=32,
        blank=True,
        validators=[
            RegexValidator(r"^[A-Za-z0-9._-]+@[A-Za-z0-9._-]+$", _("A Bakong account ID looks like name@bank."))
        ],
        help_text=_(
            "The account that receives gifts, exactly as the bank gives it (name@bank). While it is empty, the page "
            "shows no KHQR code."
        ),
    )
    khqr_name = models.CharField(
        _("receiver name"),
        max_length=25,
        blank=True,
        validators=[LATIN_TEXT],
        help_text=_("The name banking apps show donors before they confirm, in Latin letters, as the bank holds it."),
    )
    khqr_city = models.CharField(
        _("city"), max_length=15, default="Phnom Penh", validators=[LATIN_TEXT], help_text=_("In Latin letters.")
    )
    khqr_merchant_id = models.CharField(
        _("merchant ID"),
        max_length=32,
        blank=True,
        help_text=_("Only for a merchant account: the merchant ID the bank gave. Leave empty for other accounts."),
    )
    khqr_acquiring_bank = models.CharField(
        _("acquiring bank"),
        max_length=32,
        blank=True,
        validators=[LATIN_TEXT],
        help_text=_("Only for a merchant account: the name of the bank that holds it."),
    )
    khqr_currencies = models.CharField(
        _("currencies"),
        max_length=7,
        choices=[("KHR USD", _("Riel and US dollars")), ("KHR", _("Riel only")), ("USD", _("US dollars only"))],
        default="KHR USD",
        help_text=_("The currencies donors may choose for this account."),
    )
    bank_name = models.CharField(_("bank"), max_length=120, blank=True)
    bank_account_name = models.CharField(_("account name"), max_length=120, blank=True)
    bank_account_number = models.CharField(_("account number"), max_length=40, blank=True)
    bank_swift = models.CharField(
        _("SWIFT code"),
        max_length=11,
        blank=True,
        validators=[
            RegexValidator(r"^[A-Z0-9]{8}([A-Z0-9]{3})?$", _("A SWIFT code has 8 or 11 capital letters or digits."))
        ],
        help_text=_("For gifts from abroad."),
    )
    ways_title = models.CharField(
        _("ways to give heading"), max_length=120, blank=True, help_text=_("Heading above the other ways to give.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("khqr_account_id"),
                FieldRowPanel([FieldPanel("khqr_name"), FieldPanel("khqr_city")]),
                FieldRowPanel([FieldPanel("khqr_merchant_id"), FieldPanel("khqr_acquiring_bank")]),
                FieldPanel("khqr_currencies"),
            ],
            heading=_("Giving in Cambodia (KHQR)"),
            help_text=_("A KHQR code appears once the Bakong account ID and the receiver name are entered."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("bank_name"),
                FieldRowPanel([FieldPanel("bank_account_name"), FieldPanel("bank_account_number")]),
                FieldPanel("bank_swift"),
            ],
            heading=_("Bank transfer"),
            help_text=_("Each detail is shown only once it is entered."),
        ),
        FieldPanel("ways_title"),
        InlinePanel("ways", label=_("Way to give"), heading=_("Other ways to give")),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.StandardPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("donate page")

    def clean(self):
        super().clean()
        errors = {}
        if self.khqr_account_id and not self.khqr_name:
            errors["khqr_name"] = _("Enter the name banking apps show for this account.")
        if bool(self.khqr_merchant_id) != bool(self.khqr_acquiring_bank):
            field = "khqr_acquiring_bank" if self.khqr_merchant_id else "khqr_merchant_id"
            errors[field] = _("A merchant account needs both its merchant ID and its acquiring bank.")
        elif (
            self.khqr_merchant_id and len(self.khqr_account_id + self.khqr_merchant_id + self.khqr_acquiring_bank) > 87
        ):
            errors["khqr_merchant_id"] = _(
                "Together, the account ID, merchant ID and acquiring bank may have at most 87 characters."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def khqr_account(self):
        if not (self.khqr_account_id and self.khqr_name):
            return None
        return khqr.Account(
            self.khqr_account_id,
            self.khqr_name,
            self.khqr_city or "Phnom Penh",
            self.khqr_merchant_id,
            self.khqr_acquiring_bank,
        )

    @property
    def has_bank_details(self):
        return any((self.bank_name, self.bank_account_name, self.bank_account_number, self.bank_swift))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ways"] = list(self.ways.all())
        account = self.khqr_account
        if account:
            currencies = self.khqr_currencies.split()
            form = giving.GiftForm(request.GET or None, currencies)
            context["gift_form"] = form
            if not form.is_bound or form.is_valid():
                context["khqr"] = giving.code(account, currencies, form.gift())
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.GET:
            response["X-Robots-Tag"] = "noindex"  # a code for one amount, with its time stamp, is no page to index
            form = getattr(response, "context_data", {}).get("gift_form")
            if form is not None and form.is_bound and not form.is_valid():
                response.status_code = 400  # the page, with the amount kept and what is wrong with it
        return response


class WayToGive(Orderable):
    class Kind(models.TextChoices):
        ONLINE = "online", _("Online payment")
        IN_KIND = "in_kind", _("Gifts in kind")

    page = ParentalKey(DonatePage, on_delete=models.CASCADE, related_name="ways")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=120)
    details = models.TextField(_("details"), blank=True, help_text=_("How to give this way; one item per line."))
    link_url = models.URLField(
        _("link"),
        blank=True,
        help_text=_("Optional: the page where donors give, e.g. the project's GlobalGiving page."),
    )
    link_label = models.CharField(_("link text"), max_length=80, blank=True, help_text=_("e.g. Give online"))

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("details"),
        FieldRowPanel([FieldPanel("link_url"), FieldPanel("link_label")]),
    ]


VOLUNTEER_COORDINATORS = "Volunteer coordinators"


def is_volunteer_coordinator(user):
    """Who reads the Get Involved submissions: active members of the group (superusers only if they join it)."""
    return bool(user and user.is_active and user.groups.filter(name=VOLUNTEER_COORDINATORS).exists())


class FormSubmissionsPanel(WagtailFormSubmissionsPanel):
    """Wagtail's count of the form's submissions on its edit page, for those who may read them only."""

    class BoundPanel(WagtailFormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            return is_volunteer_coordinator(self.request.user) and super().is_shown()


class GetInvolvedFormField(AbstractFormField):
    page = ParentalKey("GetInvolvedPage", on_delete=models.CASCADE, related_name="form_fields")


class GetInvolvedSubmission(AbstractFormSubmission):
    """A submission of the Get Involved form; likely spam is kept, marked, and not emailed."""

    likely_spam = models.BooleanField(_("likely spam"), default=False)

    def get_data(self):
        return {**super().get_data(), "likely_spam": _("yes") if self.likely_spam else ""}


class GetInvolvedPage(ViewRestrictionsMixin, AbstractEmailForm):
    """Volunteering and partnership, with a contact form built in the admin (Wagtail's form builder)."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("ways to get involved"))
    form_title = models.CharField(
        _("form heading"), max_length=120, blank=True, help_text=_("Heading above the contact form.")
    )
    thank_you_text = rich_text(_("thank-you message"), _("Shown after the form is sent."))

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("form_title"),
        InlinePanel("form_fields", label=_("Form field"), heading=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email notification"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.StandardPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("get involved page")

    def get_submission_class(self):
        return GetInvolvedSubmission

    def get_data_fields(self):
        return super().get_data_fields() + [("likely_spam", _("Likely spam"))]

    def get_form_class(self):
        return type("GetInvolvedForm", (super().get_form_class(), ProtectedFormMixin), {})

    def process_form_submission(self, form):
        spam = bool(form.spam_signals())
        data = {name: value for name, value in form.cleaned_data.items() if name not in form.PROTECTION_FIELDS}
        submission = self.get_submission_class().objects.create(form_data=data, page=self, likely_spam=spam)
        if self.to_address and not spam:
            transaction.on_commit(lambda: self._notify(form))
        return submission

    def _notify(self, form):
        try:
            self.send_mail(form)
        except Exception:  # noqa: BLE001 - the submission is stored; staff see it in the admin
            logger.exception("The Get Involved notification email failed; the submission is stored.")

    def render_email(self, form):
        for name in form.PROTECTION_FIELDS:
            form.cleaned_data.pop(name, None)
        return super().render_email(form)

    def serve(self, request, *args, **kwargs):
        # Every post counts, checked in the same step: sign-ups sent all at once are limited too.
        if request.method == "POST" and not FORM_LIMIT.take(request):
            context = self.get_context(request)
            context["form"] = self.get_form(request.POST, page=self, user=request.user)
            context["rate_limited"] = True
            return TemplateResponse(request, self.get_template(request), context, status=429)
        response = super().serve(request, *args, **kwargs)
        if request.method == "POST" and not response.context_data.get("form_submission"):
            response.status_code = 400
        return response


class WorkWithUsPage(ViewRestrictionsMixin, Page):
    """Open vacancies (their own pages, hidden once their closing date has passed)."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    no_vacancies_text = models.TextField(
        _("when nothing is open"),
        blank=True,
        help_text=_("Shown when there are no open vacancies, e.g. how to send a spontaneous application."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("no_vacancies_text")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.StandardPage"]
    subpage_types = ["takeaction.VacancyPage"]
    max_count = 1

    class Meta:
        verbose_name = _("work with us page")

    def open_vacancies(self):
        return (
            public(VacancyPage.objects.live())
            .child_of(self)
            .filter(closing_date__gte=timezone.localdate())
            .order_by("closing_date", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["vacancies"] = list(self.open_vacancies())
        return context


class VacancyPage(ViewRestrictionsMixin, Page):
    location = models.CharField(
        _("location"), max_length=120, help_text=_("e.g. Phnom Penh, with travel to provinces.")
    )
    employment = models.CharField(
        _("type of post"), max_length=120, blank=True, help_text=_("e.g. Full time, two-year contract.")
    )
    closing_date = models.DateField(
        _("closing date"), help_text=_("The last day to apply. After it the vacancy disappears from the list.")
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences shown in the list of vacancies."))
    description = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    how_to_apply = rich_text(_("how to apply"), _("What to send, to whom, and what happens next."))

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("location"), FieldPanel("employment"), FieldPanel("closing_date")]),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("how_to_apply"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("description")]
    parent_page_types = ["takeaction.WorkWithUsPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")

    @property
    def is_open(self):
        return self.closing_date >= timezone.localdate()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not self.is_open:
            response["X-Robots-Tag"] = "noindex"
        return response


__all__ = [
    "DonatePage",
    "GetInvolvedFormField",
    "GetInvolvedPage",
    "GetInvolvedSubmission",
    "HelpFilterForm",
    "ReportAbusePage",
    "SeekHelpPage",
    "VacancyPage",
    "WayToGive",
    "WorkWithUsPage",
    "VOLUNTEER_COORDINATORS",
    "is_volunteer_coordinator",
]
