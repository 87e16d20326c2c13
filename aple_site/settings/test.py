"""The pytest suite. The database is a throwaway PostgreSQL server started by tests/conftest.py."""

import os
import secrets
import tempfile
from pathlib import Path

from cryptography.fernet import Fernet

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret-7d1e4c"  # noqa: S105
ALLOWED_HOSTS = ["*"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        # HOST and PORT are filled in by tests/conftest.py once its server is up.
        "NAME": "aple",
        "USER": "postgres",
        "HOST": "",
        "PORT": "",
    }
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = BASE_DIR / "media" / "test"  # noqa: F405
# Static files come straight from the source folders (no collectstatic outside production).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Fresh report keys for every test run.
REPORT_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
REPORT_HASH_KEY = secrets.token_urlsafe(32)
# The live interface-strings catalogue of this test run (tests edit it as translators do); created
# and removed by tests/conftest.py, merged from the repository's by sync_translations.
TRANSLATIONS_DIR = Path(tempfile.gettempdir()) / f"aple-test-locale-{os.getpid()}"
LOCALE_PATHS = [TRANSLATIONS_DIR, REPOSITORY_LOCALE]  # noqa: F405
ROSETTA_EXCLUDED_PATHS = [str(REPOSITORY_LOCALE)]  # noqa: F405
