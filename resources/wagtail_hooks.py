import datetime

from django.db.models import Q, Sum
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from .models import ResourcePage


class DownloadsReportView(ReportView):
    """The most downloaded resources: last 30 days and all time."""

    page_title = _("Resource downloads")
    header_icon = "download"
    index_url_name = "resource_downloads_report"
    index_results_url_name = "resource_downloads_report_results"
    list_export = ["title", "downloads_30", "downloads_total"]
    export_headings = {"downloads_30": _("Last 30 days"), "downloads_total": _("All time")}
    columns = [
        TitleColumn("title", label=_("Resource"), url_name="wagtailadmin_pages:edit"),
        Column("downloads_30", label=_("Last 30 days")),
        Column("downloads_total", label=_("All time")),
    ]

    def get_queryset(self):
        since = timezone.localdate() - datetime.timedelta(days=30)
        return (
            ResourcePage.objects.annotate(
                downloads_total=Sum("downloads__count"),
                downloads_30=Sum("downloads__count", filter=Q(downloads__day__gt=since), default=0),
            )
            .filter(downloads_total__gt=0)
            .order_by("-downloads_30", "-downloads_total", "title")
        )


@hooks.register("register_admin_urls")
def register_downloads_report_urls():
    return [
        path("reports/downloads/", DownloadsReportView.as_view(), name="resource_downloads_report"),
        path(
            "reports/downloads/results/",
            DownloadsReportView.as_view(results_only=True),
            name="resource_downloads_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return AdminOnlyMenuItem(
        _("Resource downloads"), reverse("resource_downloads_report"), icon_name="download", order=700
    )
