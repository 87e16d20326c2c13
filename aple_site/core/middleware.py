import functools
import logging
from functools import wraps
from pathlib import Path

from csp.decorators import csp
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponseBadRequest
from django.middleware import csrf
from django.template.response import TemplateResponse
from django.utils.module_loading import import_string
from django.utils.translation.reloader import translation_file_changed

from . import page_cache

security_log = logging.getLogger("django.security.DisallowedHost")


class HostCheckMiddleware:
    """First of all: a request for a host name this site does not serve (ALLOWED_HOSTS) gets a short 400 at once.
    Django would raise in the first middleware that reads the host and answer with our 400 page, whose rendering
    reads the host again (the site's menus and settings are found by it): a 500. Logged in one line, no traceback."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.get_host()
        except DisallowedHost as error:
            security_log.warning("%s", error)
            response = HttpResponseBadRequest("Bad Request (400)", content_type="text/plain; charset=utf-8")
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)


def _compiled_catalogues():
    return [
        Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.mo"
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


def _stamp():
    stamps = []
    for path in _compiled_catalogues():
        try:
            stamps.append(path.stat().st_mtime_ns)
        except OSError:
            stamps.append(None)
    return stamps


class TranslationReloadMiddleware:
    """When a translator saves interface strings (in any process or on any server sharing the
    catalogue), every process reloads its translations on its next request: one stat() a request."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.stamp = _stamp()

    def __call__(self, request):
        stamp = _stamp()
        if stamp != self.stamp:
            self.stamp = stamp
            translation_file_changed(sender=None, file_path=Path("django.mo"))
            page_cache.clear()  # pages (and fragments) kept with the old strings
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with three policies: CONTENT_SECURITY_POLICY for the public site, with the
    statistics service of the consent settings added when there is one; PRIVATE_CONTENT_SECURITY_POLICY, this
    site only, for pages that keep third parties out (set by `this_site_only`, below); and
    ADMIN_CONTENT_SECURITY_POLICY under /admin/ and for previews. Uploads served from elsewhere (MEDIA_ORIGINS)
    may be shown as images on the public pages and in the admin."""

    ADMIN_PREFIX = "/admin/"

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        extra = {"img-src": list(settings.MEDIA_ORIGINS)}
        # Previews are admin pages too, shown in the editor's frame (Wagtail renders them through the middleware
        # with the page's own address).
        preview = getattr(request, "is_preview", False)
        if request.path_info.startswith(self.ADMIN_PREFIX) or preview:
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            if not preview and _inline_scripts_needed(request):
                extra["script-src"] = ["'unsafe-inline'"]
        elif parts.config is not None:  # the page's own policy, complete: nothing from elsewhere is added
            return parts
        elif statistics := _statistics_origin()(request):
            extra = {
                "script-src": [statistics],
                "connect-src": [statistics],
                "img-src": [*extra["img-src"], statistics],
            }
        extra = {directive: origins for directive, origins in extra.items() if origins}
        if extra:
            parts.update = {**extra, **(parts.update or {})}
        return parts


def this_site_only(view):
    """A view (or a page's serve method) answered with PRIVATE_CONTENT_SECURITY_POLICY: this site only."""

    @wraps(view)
    def answer(*args, **kwargs):
        return csp(settings.PRIVATE_CONTENT_SECURITY_POLICY["DIRECTIVES"])(view)(*args, **kwargs)

    return answer


def _inline_scripts_needed(request):
    """Whether the admin screen is one of Wagtail's own views (ADMIN_INLINE_SCRIPT_APPS), which start their widgets
    with inline scripts."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    view = getattr(match.func, "view_class", None) or match.func
    return view.__module__.split(".")[0] in settings.ADMIN_INLINE_SCRIPT_APPS


class RefuseUploadsMiddleware:
    """The public site takes no files: a multipart request outside the admin is answered with 400
    before anything reads its body, so no upload ever reaches memory or a temporary file."""

    ADMIN_PREFIX = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.content_type == "multipart/form-data" and not request.path.startswith(self.ADMIN_PREFIX):
            response = TemplateResponse(request, "core/upload_refused.html", {}, status=400)
            response["Cache-Control"] = "no-store"
            return response.render()
        return self.get_response(request)


class CsrfViewMiddleware(csrf.CsrfViewMiddleware):
    """Django's CSRF protection, accepting the "null" Origin that browsers send from pages with
    `Referrer-Policy: no-referrer` (the report pages). Such requests still need the CSRF cookie,
    which is SameSite=Lax and so never sent from another site, and the matching form token; the
    admin keeps the strict Origin check.

    Django offers no setting for it ("null" is not an origin CSRF_TRUSTED_ORIGINS accepts), so this extends its
    private `_origin_verified`: without it every report sent from the report page is refused.
    tests/takeaction/test_report_abuse.py (the null-origin test) fails if Django stops asking it."""

    def _origin_verified(self, request):
        if request.META.get("HTTP_ORIGIN") == "null" and not request.path.startswith(
            RefuseUploadsMiddleware.ADMIN_PREFIX
        ):
            return True
        return super()._origin_verified(request)


@functools.cache
def _statistics_origin():
    """The function naming the statistics service's origin for a request (settings.STATISTICS_ORIGIN_FUNCTION:
    the consent app's, which reads the consent settings): core imports no app of ours."""
    return import_string(settings.STATISTICS_ORIGIN_FUNCTION)
