from pathlib import Path

from django.conf import settings
from django.utils.translation.reloader import translation_file_changed

from . import page_cache, structure


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


class SiteMiddleware:
    """The request's Wagtail site from the worker's copy for the current page-cache generation instead of a
    query on every request (Wagtail's own lookup; any change to a site or page starts a new generation).
    After PageCacheMiddleware, which reads the generation once for the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = structure.site_for(request)
        return self.get_response(request)
