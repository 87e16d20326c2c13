"""The pytest suite. The database is a throwaway PostgreSQL server started by tests/conftest.py."""

import secrets

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
