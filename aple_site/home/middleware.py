import logging
from functools import wraps
from pathlib import Path
from urllib.parse import urlsplit

from csp.decorators import csp
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http import HttpResponseBadRequest
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
        elif statistics := _statistics_origin(request):
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


def _statistics_origin(request):
    """The origin of the statistics service named in the consent settings, if any (its script and beacons).
    None while the database cannot be read: the page itself then says so."""
    from aple_site.consent.state import get_config

    try:
        address = get_config(request).get("statistics_url") or ""
    except DatabaseError:
        return None
    url = urlsplit(address)
    return f"{url.scheme}://{url.netloc}" if url.scheme in ("http", "https") and url.netloc else None
