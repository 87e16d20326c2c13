"""Production: every secret and address comes from the environment.

Required: SECRET_KEY, DATABASE_URL (postgres://...), ALLOWED_HOSTS (comma-separated).
Optional: CSRF_TRUSTED_ORIGINS, EMAIL_URL parts (EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER,
EMAIL_HOST_PASSWORD, EMAIL_USE_TLS), DEFAULT_FROM_EMAIL, STATIC_ROOT, MEDIA_ROOT, CACHE_URL
(redis://... or memcached host:port), WAGTAILADMIN_BASE_URL, SECURE_SSL_REDIRECT, PAGE_CACHE_SECONDS
(how long the page cache keeps a page; 600 with CACHE_URL, off without it).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, REPOSITORY_LOCALE


def env(name, default=None, required=False):
    value = os.environ.get(name, default)
    if required and not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_bool(name, default):
    return env(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = env("SECRET_KEY", required=True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("The environment variable ALLOWED_HOSTS must be set in production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

DATABASES = {
    "default": dj_database_url.parse(env("DATABASE_URL", required=True), conn_max_age=600, conn_health_checks=True)
}

_cache_url = env("CACHE_URL", "")
if _cache_url.startswith("redis"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _cache_url}}
elif _cache_url:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
            "LOCATION": _cache_url.removeprefix("memcached://"),
        }
    }
# The page cache needs a cache every worker shares (its invalidation is a counter kept there): without
# CACHE_URL each worker would have its own and keep stale pages, so it is off unless CACHE_URL is set.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600" if _cache_url else "0"))

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "https://" + ALLOWED_HOSTS[0])
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))

# Report encryption: keys of their own, outside the database and not derived from SECRET_KEY.
REPORT_ENCRYPTION_KEYS = env_list("REPORT_ENCRYPTION_KEYS")  # Fernet keys, newest first
REPORT_HASH_KEY = env("REPORT_HASH_KEY", "")
REPORT_KEY_FILE = env("REPORT_KEY_FILE", "")  # or a JSON key file readable by the app only
if not REPORT_KEY_FILE and not (REPORT_ENCRYPTION_KEYS and REPORT_HASH_KEY):
    raise ImproperlyConfigured("Set REPORT_ENCRYPTION_KEYS and REPORT_HASH_KEY, or REPORT_KEY_FILE, in production.")
REPORT_RETENTION_DAYS = int(env("REPORT_RETENTION_DAYS", "365"))

# Translators' edits to the interface strings live on persistent storage, ahead of the repository's
# catalogue; `manage.py sync_translations` merges new strings in on every deploy.
TRANSLATIONS_DIR = Path(env("TRANSLATIONS_DIR", str(REPOSITORY_LOCALE)))
LOCALE_PATHS = list(dict.fromkeys([TRANSLATIONS_DIR, REPOSITORY_LOCALE]))
ROSETTA_EXCLUDED_PATHS = [str(REPOSITORY_LOCALE)] if TRANSLATIONS_DIR != REPOSITORY_LOCALE else []
CLIENT_IP_META_KEY = env("CLIENT_IP_META_KEY", "REMOTE_ADDR")

STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "static_collected"))
MEDIA_ROOT = env("MEDIA_ROOT", str(BASE_DIR / "media"))
# Compressed files with content hashes in their names, served by WhiteNoise with far-future caching.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS everywhere: the site sits behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
