"""Production: every secret and address comes from the environment.

Required: SECRET_KEY, DATABASE_URL (postgres://...), ALLOWED_HOSTS (comma-separated).
Optional: CSRF_TRUSTED_ORIGINS, EMAIL_URL parts (EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER,
EMAIL_HOST_PASSWORD, EMAIL_USE_TLS), DEFAULT_FROM_EMAIL, STATIC_ROOT, MEDIA_ROOT, CACHE_URL
(redis://... or memcached host:port), WAGTAILADMIN_BASE_URL, SECURE_SSL_REDIRECT, PAGE_CACHE_SECONDS
(how long the page cache keeps a page; 600 with CACHE_URL, off without it), FRONTEND_CACHE_PURGE_URL or
CLOUDFLARE_API_TOKEN + CLOUDFLARE_ZONE_ID (front-end cache purged on publish), AWS_STORAGE_BUCKET_NAME and
the other AWS_* variables (uploads on S3-compatible storage). deploy/aple.env.example lists them all.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, CONTENT_SECURITY_POLICY, PRIVATE_CONTENT_SECURITY_POLICY, REPOSITORY_LOCALE


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
# An unreachable database server is given up on after 2 seconds (libpq's least), so that visitors get the
# "briefly unavailable" page at once rather than a hung request; a restarted one is found again by itself
# (the health check above drops a broken connection at the start of a request).
DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 2

_cache_url = env("CACHE_URL", "")
if _cache_url.startswith("redis"):
    CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": _cache_url}}
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
# Uploads (images, documents) on S3-compatible storage instead of MEDIA_ROOT, so that several application
# servers share them (django-storages). Static files stay with WhiteNoise. Credentials: AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, read by boto3 itself (or the machine's role).
if env("AWS_STORAGE_BUCKET_NAME", ""):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,  # another provider than AWS
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN") or None,  # a CDN in front of the bucket
            # Signed, expiring addresses by default (a private bucket); false for a public-read bucket or a
            # CDN, so that image addresses stay the same and browsers keep them.
            "querystring_auth": env_bool("AWS_QUERYSTRING_AUTH", True),
            "file_overwrite": False,  # two uploads of "photo.jpg" stay two files
        },
    }

    # Where the pictures come from, for the Content-Security-Policy (settings/base.py).
    if env("AWS_S3_CUSTOM_DOMAIN", ""):
        MEDIA_ORIGINS = ["https://" + env("AWS_S3_CUSTOM_DOMAIN")]
    elif env("AWS_S3_ENDPOINT_URL", ""):
        MEDIA_ORIGINS = [
            env("AWS_S3_ENDPOINT_URL").rstrip("/"),
            "https://*." + env("AWS_S3_ENDPOINT_URL").split("://")[-1],
        ]
    else:
        MEDIA_ORIGINS = ["https://*.amazonaws.com"]
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True
PRIVATE_CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True

# HTTPS everywhere: the site sits behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True

# Front-end cache (nginx, Varnish or Cloudflare in front of the application): Wagtail purges a page's
# addresses, in both languages, when it is published or unpublished. FRONTEND_CACHE_PURGE_URL is where the
# proxy accepts PURGE requests (deploy/nginx.conf: http://127.0.0.1:8080); or CLOUDFLARE_API_TOKEN (with the
# "Cache Purge" permission) and CLOUDFLARE_ZONE_ID. Off when neither is set.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL", ""):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }
if env("CLOUDFLARE_API_TOKEN", "") and env("CLOUDFLARE_ZONE_ID", ""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_API_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
    }
# The purges are sent by aple_site/core/page_cache.py (the page first, in both languages, then the pages
# listing it); Wagtail's app wagtail.contrib.frontend_cache, which would purge the page once more, is not
# installed.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
