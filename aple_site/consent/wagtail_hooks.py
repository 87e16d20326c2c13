from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ConsentCategory, ConsentDecision


class ConsentCategoryViewSet(SnippetViewSet):
    model = ConsentCategory
    icon = "lock"
    menu_label = _("Cookie categories")
    add_to_settings_menu = True
    list_display = ["name", "key", "required"]
    ordering = ["sort_order"]


register_snippet(ConsentCategoryViewSet)


class StaffMenuItem(MenuItem):
    @staticmethod
    def is_staff(user):
        return user.is_superuser or user.groups.filter(name__in=["Editors", "Moderators"]).exists()

    def is_shown(self, request):
        return self.is_staff(request.user)


class ConsentDecisionsView(ReportView):
    """How visitors decided, per policy version and decision (no visitor can be told apart)."""

    page_title = _("Cookie consent decisions")
    header_icon = "lock"
    index_url_name = "consent_decisions"
    index_results_url_name = "consent_decisions_results"
    list_export = ["policy_version", "action_label", "categories", "count"]
    export_headings = {
        "policy_version": _("Policy version"),
        "action_label": _("Decision"),
        "categories": _("Accepted categories"),
        "count": _("Decisions"),
    }
    columns = [
        Column("policy_version", label=_("Policy version")),
        Column("action_label", label=_("Decision")),
        Column("categories", label=_("Accepted categories")),
        Column("count", label=_("Decisions")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not StaffMenuItem.is_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return (
            ConsentDecision.objects.values("policy_version", "action", "categories")
            .annotate(count=Count("pk"))
            .order_by("-policy_version", "action", "categories")
        )

    def decorate_paginated_queryset(self, object_list):
        labels = dict(ConsentDecision.Action.choices)
        rows = list(object_list)
        for row in rows:
            row["action_label"] = labels.get(row["action"], row["action"])
            row["categories"] = row["categories"] or "—"
        return rows


@hooks.register("register_admin_urls")
def register_consent_urls():
    return [
        path("reports/consent/", ConsentDecisionsView.as_view(), name="consent_decisions"),
        path(
            "reports/consent/results/",
            ConsentDecisionsView.as_view(results_only=True),
            name="consent_decisions_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_consent_menu_item():
    return StaffMenuItem(_("Cookie consent"), reverse("consent_decisions"), icon_name="lock", order=660)
