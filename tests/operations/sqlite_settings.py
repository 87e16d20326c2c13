"""The local site's settings (`make run`: embedded SQLite) on a database and media folder of a test's own."""

import os

from aple_site.settings.dev import *  # noqa: F403

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["SQLITE_PATH"]}}
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
