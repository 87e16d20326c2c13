"""The analysts' desk in the Wagtail admin: the list of reports, one report, and the audit log.

Only members of the "Hotline analysts" group get in (the permission policy below checks the
group, not model permissions, so superusers and editors are refused unless they are members).
Opening a report (models.reveal: the only way the desk decrypts one), changing its status and adding
a note are written to the append-only audit log.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import BasePermissionPolicy

from .forms import defang
from .models import Province, Report, ReportAuditLog, analysts, is_analyst, reveal

URL_NAMESPACE = "hotline_reports"


class AnalystsOnlyPolicy(BasePermissionPolicy):
    """Analysts may view and change reports; nobody may add or delete them through the admin."""

    ALLOWED = {"view", "change"}

    def user_has_permission(self, user, action):
        return action in self.ALLOWED and is_analyst(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return analysts() if self.ALLOWED & set(actions) else analysts().none()


class DateRangeWidget(DateRangePickerWidget):
    """Wagtail's "from / to" dates as the browser's own date inputs: Wagtail's date picker starts with an inline
    script, and the desk's screens allow none (settings.ADMIN_INLINE_SCRIPT_APPS)."""

    def __init__(self, attrs=None):
        super().__init__(attrs)
        self.widgets = [
            forms.DateInput(attrs={"type": "date", "placeholder": widget.attrs.get("placeholder", "")})
            for widget in self.widgets
        ]


class ReportFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Report.Kind.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Report.Status.choices)
    received_on = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangeWidget)
    province = django_filters.ModelChoiceFilter(label=_("Province"), queryset=Province.objects.all())

    class Meta:
        model = Report
        fields = ["kind", "status", "received_on", "province"]


class ReportIndexView(IndexView):
    model = Report
    page_title = _("Hotline reports")
    header_icon = "warning"
    index_url_name = f"{URL_NAMESPACE}:index"
    index_results_url_name = f"{URL_NAMESPACE}:index_results"
    edit_url_name = f"{URL_NAMESPACE}:open"
    any_permission_required = ["view"]
    filterset_class = ReportFilterSet
    default_ordering = "-pk"
    paginate_by = 50

    @cached_property
    def columns(self):
        # Only fields stored in clear: the list never decrypts anything.
        return [
            TitleColumn("number", label=_("Report"), accessor="__str__", get_url=self.get_edit_url, sort_key="pk"),
            Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
            Column("received_on", label=_("Received"), sort_key="received_on"),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column("province", label=_("Province"), accessor="province"),
        ]

    def get_base_queryset(self):
        return Report.objects.select_related("province")

    def get_edit_url(self, instance):
        return reverse(self.edit_url_name, args=(instance.pk,))

    @cached_property
    def header_buttons(self):
        return [HeaderButton(_("Audit log"), url=reverse(f"{URL_NAMESPACE}:audit_log"), icon_name="history")]


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Report.Status.choices)


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Add a note"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Notes are encrypted like the report and seen only by analysts."),
    )


class ReportDetailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "takeaction/admin/report.html"
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not is_analyst(request.user):
            raise PermissionDenied
        self.report = get_object_or_404(Report.objects.select_related("province"), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return str(self.report)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{URL_NAMESPACE}:index"), "label": _("Hotline reports")},
            {"url": "", "label": str(self.report)},
        ]

    def post(self, request, *args, **kwargs):
        if "status" in request.POST:
            form = StatusForm(request.POST)
            if form.is_valid():
                if self.report.set_status(form.cleaned_data["status"], request.user):
                    messages.success(request, _("Status changed to “%s”.") % self.report.get_status_display())
                return redirect(f"{URL_NAMESPACE}:open", pk=self.report.pk)
            return self.render_to_response(self.get_context_data(status_form=form), status=400)
        form = NoteForm(request.POST)
        if form.is_valid():
            self.report.add_note(form.cleaned_data["note"], request.user)
            messages.success(request, _("Note added."))
            return redirect(f"{URL_NAMESPACE}:open", pk=self.report.pk)
        return self.render_to_response(self.get_context_data(note_form=form), status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        report = self.report
        details, notes = reveal(report, self.request)
        context.update(
            report=report,
            details=details and self.readable(details, report.kind),
            notes=notes,
            status_form=kwargs.get("status_form") or StatusForm(initial={"status": report.status}),
            note_form=kwargs.get("note_form") or NoteForm(),
            audit=ReportAuditLog.objects.filter(report_id=report.pk)[:50],
            audit_url=reverse(f"{URL_NAMESPACE}:audit_log") + f"?report_id={report.pk}",
        )
        return context

    @staticmethod
    def readable(details, kind):
        """The decrypted answers with their questions' labels; web addresses defanged, never links.
        (The province is shown with the report's clear fields, not again here.)"""
        from .forms import AGE_CHOICES, LANGUAGE_CHOICES, ReportForm

        answers = []
        for key, value in details.get("answers", {}).items():
            field = ReportForm.base_fields.get(f"{kind}_{key}")
            label = field.label if field else key
            if key == "urls":
                answers.append({"label": label, "urls": [defang(url) for url in value]})
                continue
            if key == "province":
                continue
            if key == "age":
                value = dict(AGE_CHOICES).get(value, value)
            answers.append({"label": label, "text": value})
        contact = details.get("contact")
        if contact:
            contact = {**contact, "language": dict(LANGUAGE_CHOICES).get(contact.get("language"), "")}
        return {
            "answers": answers,
            "description": details.get("description", ""),
            "contact": contact,
            "language": dict(LANGUAGE_CHOICES).get(details.get("language"), ""),
            "screening": details.get("screening", []),
        }


class AuditLogFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Action"), choices=ReportAuditLog.Action.choices)
    report_id = django_filters.NumberFilter(label=_("Report number"))
    at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangeWidget)

    class Meta:
        model = ReportAuditLog
        fields = ["action", "report_id", "at"]


class AuditLogView(IndexView):
    model = ReportAuditLog
    page_title = _("Report audit log")
    header_icon = "history"
    index_url_name = f"{URL_NAMESPACE}:audit_log"
    index_results_url_name = f"{URL_NAMESPACE}:audit_log_results"
    any_permission_required = ["view"]
    filterset_class = AuditLogFilterSet
    default_ordering = "-at"
    paginate_by = 100

    @cached_property
    def columns(self):
        return [
            Column("at", label=_("When"), accessor="at", sort_key="at"),
            Column("username", label=_("User"), sort_key="username"),
            Column("report_id", label=_("Report"), sort_key="report_id"),
            Column("action", label=_("What happened"), accessor="description", sort_key="action"),
        ]

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{URL_NAMESPACE}:index"), "label": _("Hotline reports")},
            {"url": "", "label": self.page_title},
        ]
