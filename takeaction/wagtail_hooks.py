from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import HelpService, Report, ReportAuditLog, is_analyst, is_volunteer_coordinator
from .views import URL_NAMESPACE, AnalystsOnlyPolicy, AuditLogView, ReportDetailView, ReportIndexView

# Before anything asks Wagtail for a policy: reports answer to group membership, not model permissions.
register_permission_policy(Report, AnalystsOnlyPolicy(Report))
register_permission_policy(ReportAuditLog, AnalystsOnlyPolicy(ReportAuditLog))


class AnalystsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_analyst(request.user)


class HotlineDeskViewSet(ViewSet):
    name = URL_NAMESPACE
    url_prefix = "hotline-reports"
    icon = "warning"
    menu_label = _("Hotline reports")
    menu_order = 120
    add_to_admin_menu = True
    menu_item_class = AnalystsMenuItem

    def get_urlpatterns(self):
        return [
            path("", ReportIndexView.as_view(), name="index"),
            path("results/", ReportIndexView.as_view(results_only=True), name="index_results"),
            path("<int:pk>/", ReportDetailView.as_view(), name="open"),
            path("audit-log/", AuditLogView.as_view(), name="audit_log"),
            path("audit-log/results/", AuditLogView.as_view(results_only=True), name="audit_log_results"),
        ]


@hooks.register("filter_form_submissions_for_user")
def only_volunteer_coordinators(user, form_pages):
    """Get Involved submissions hold names, emails and phones: Volunteer coordinators read them, nobody else (not
    every editor, translator or superuser who may edit the page)."""
    return form_pages if is_volunteer_coordinator(user) else form_pages.none()


@hooks.register("register_admin_viewset")
def register_hotline_desk():
    return HotlineDeskViewSet()


class HelpServiceViewSet(SnippetViewSet):
    model = HelpService
    icon = "help"
    menu_label = _("Help services")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["name", "kind", "nationwide", "live"]
    list_filter = ["kind", "nationwide", "live"]
    search_fields = ["name_en", "name_km"]
    ordering = ["sort_order", "name_en"]


register_snippet(HelpServiceViewSet)
