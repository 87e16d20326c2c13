from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from aple_site.consent import views as consent_views
from aple_site.core import strings_editor
from aple_site.core import views as core_views
from aple_site.operations import views as operations_views
from aple_site.search import views as search_views
from aple_site.seo import views as seo
from news import views as news_views
from resources import views as resource_views

urlpatterns = [
    # The interface strings editor (django-rosetta), for the Translators group; linked from the admin menu. Its
    # form refuses a translation that adds markup (core/strings_editor.py).
    re_path(
        r"^admin/strings/files/(?P<po_filter>[\w-]+)/(?P<lang_id>[\w\-_\.@]+)/(?P<idx>\d+)/$",
        strings_editor.CheckedTranslationFormView.as_view(),
        name="rosetta-form",
    ),
    path("admin/strings/", include("rosetta.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", cache_control(max_age=60 * 60)(sitemap), {"sitemaps": seo.SITEMAPS}, name="sitemap"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("healthz", operations_views.healthz, name="healthz"),
    re_path(r"^kh(?:/(?P<rest>.*))?$", core_views.old_khmer_address),
    path("", core_views.language_redirect, name="language_redirect"),
]

if settings.SERVE_MEDIA:  # make run only: in production the web server sends uploads
    from django.views.static import serve

    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

# Every public page carries its language: /en/... and /km/...
urlpatterns += i18n_patterns(
    path("consent/", consent_views.decide, name="consent"),
    path("search/", search_views.search, name="search"),
    path("views/<int:page_id>/", news_views.count_view, name="count_view"),
    path("downloads/<int:resource_id>/<str:language>/", resource_views.download, name="resource_download"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "aple_site.core.views.bad_request"
handler404 = "aple_site.core.views.page_not_found"
handler500 = "aple_site.core.views.server_error"
