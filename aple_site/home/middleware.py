from pathlib import Path

from django.conf import settings
from django.utils.translation.reloader import translation_file_changed


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
        return self.get_response(request)
