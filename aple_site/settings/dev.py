"""Local development: `make run`. Embedded SQLite, mail printed to the console, uploads served by Django.

Debug is off, so a wrong address shows the site's own 404 page as in production; `DEBUG=1` (`make run DEBUG=1`)
turns on Django's technical pages."""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG") == "1"
SERVE_MEDIA = True
SECRET_KEY = "dev-only-not-secret-2b7c1f0e9a"  # noqa: S105 - never used outside the local run
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Static files come straight from the source folders (no collectstatic outside production).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Report encryption keys for this machine only: created on first use, never committed.
REPORT_KEY_FILE = BASE_DIR / ".secrets" / "report-keys.json"  # noqa: F405
REPORT_KEY_FILE_CREATE = True
