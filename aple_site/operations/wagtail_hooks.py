from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from .launch import checks


def can_see_checklist(user):
    return user.is_superuser or user.groups.filter(name__in=["Editors", "Moderators"]).exists()


class LaunchChecklistView(ReportView):
    """What is still empty before launch: the organisation's details the site hides until an editor enters them."""

    page_title = _("Launch checklist")
    header_icon = "tasks"
    index_url_name = "launch_checklist"
    index_results_url_name = "launch_checklist_results"
    paginate_by = None
    list_export = ["section", "label", "status", "hint"]
    export_headings = {"section": _("Section"), "label": _("Detail"), "status": _("Status"), "hint": _("Note")}
    columns = [
        Column("section", label=_("Section")),
        TitleColumn("label", label=_("Detail"), get_url=lambda check: check.edit_url),
        Column("status", label=_("Status")),
        Column("hint", label=_("Note")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_see_checklist(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        # What is still to do comes first, then what is done, each in the order of the list.
        return sorted(checks(self.request), key=lambda check: (check.filled, not check.required))


@hooks.register("register_admin_urls")
def register_launch_checklist_urls():
    return [
        path("reports/launch-checklist/", LaunchChecklistView.as_view(), name="launch_checklist"),
        path(
            "reports/launch-checklist/results/",
            LaunchChecklistView.as_view(results_only=True),
            name="launch_checklist_results",
        ),
    ]


class ChecklistMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_checklist(request.user)


@hooks.register("register_reports_menu_item")
def register_launch_checklist_menu_item():
    return ChecklistMenuItem(_("Launch checklist"), reverse("launch_checklist"), icon_name="tasks", order=640)
