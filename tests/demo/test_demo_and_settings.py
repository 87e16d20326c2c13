import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from aple_site.navigation.models import FooterLink, MenuItem
from news.models import ArticlePage, ArticleViews
from tests.helpers import url_in

ROOT = Path(__file__).resolve().parents[2]


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "menu": MenuItem.objects.count(),
        "footer": FooterLink.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_load_demo_twice_changes_nothing(db):
    before = counts()
    assert before["pages"] >= 56 and before["menu"] >= 30
    assert before["images"] == 0  # no drawn stand-ins: photographs are the editors' to add
    call_command("load_demo", "--users", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert counts() == before


def test_demo_users_exist_for_every_role(db):
    users = {user.username: user for user in get_user_model().objects.prefetch_related("groups")}
    assert users["admin"].is_superuser
    assert {g.name for g in users["translator"].groups.all()} == {"Translators"}
    assert {g.name for g in users["analyst"].groups.all()} == {"Hotline analysts"}
    assert users["editor"].check_password("aple-editor-local-2026")


def test_the_old_sites_known_addresses_lead_to_the_pages_that_replaced_them(client, db):
    institutions = ArticlePage.objects.get(date=datetime.date(2016, 2, 2))
    for old, new in [
        ("/?p=1525", "/en/our-work/legal-reforms/"),
        ("/?p=3243", url_in(institutions, "en")),
        ("/reporting-page/", "/en/take-action/report-abuse/"),
        ("/about-the-hotline/", "/en/our-work/hotline/"),
        ("/kh/about-the-hotline", "/km/our-work/hotline/"),
        ("/faq/", "/en/about-us/faq/"),
        ("/who-we-are/", "/en/about-us/"),
    ]:
        response = client.get(old)
        assert response.status_code == 301 and response["Location"] == new, (old, response.get("Location"))
        assert client.get(new).status_code == 200, new


def test_articles_carry_the_view_counts_of_the_old_site(db):
    # Readers of the test session (the browser tests) may add to them, never take away.
    views = dict(ArticleViews.objects.values_list("page__articlepage__date", "views"))
    assert views[datetime.date(2021, 6, 29)] >= 552 and views[datetime.date(2016, 2, 2)] >= 482


def run_manage(*args, env_extra=None):
    # As a deploy would: without the test run's settings module or the browser tests' async switch.
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update({"DJANGO_SETTINGS_MODULE": "aple_site.settings.production", **(env_extra or {})})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-0123456789",
    "DATABASE_URL": "postgres://aple:secret@db.internal:5432/aple",
    "ALLOWED_HOSTS": "www.aplecambodia.org",
    "CSRF_TRUSTED_ORIGINS": "https://www.aplecambodia.org",
    "REPORT_ENCRYPTION_KEYS": "x1fG0qQ3o6cC4l5yBv2l3zU8bW1mN0pR7sT9uV2wXyA=",
    "REPORT_HASH_KEY": "a-separate-hash-key-for-report-references",
    "TRANSLATIONS_DIR": "/var/lib/aple/locale",
}


def test_production_settings_pass_check_deploy():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_extra=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION_ENV, "SECRET_KEY": ""}
    result = run_manage("check", env_extra=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_report_keys():
    env = {key: value for key, value in PRODUCTION_ENV.items() if not key.startswith("REPORT_")}
    result = run_manage("check", env_extra=env)
    assert result.returncode != 0
    assert "REPORT_ENCRYPTION_KEYS" in result.stderr


def test_production_static_files_are_compressed_and_hashed(tmp_path):
    result = run_manage("collectstatic", "--noinput", "-v0", env_extra={**PRODUCTION_ENV, "STATIC_ROOT": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    css = list((tmp_path / "css").glob("site.*.css"))
    assert css, "hashed site.css missing"
    assert Path(f"{css[0]}.gz").exists() or Path(f"{css[0]}.br").exists()
    assert (tmp_path / "staticfiles.json").exists()


@pytest.mark.parametrize(
    "cache_url,backend,page_cache",
    [("redis://cache.internal:6379/1", "RedisCache Redis", "600"), ("", "LocMemCache", "0")],
)
def test_production_page_cache_is_on_only_with_a_shared_cache(cache_url, backend, page_cache):
    # Builds the Redis client (it connects on first use only), as the first request would.
    code = (
        "from django.conf import settings; from django.core.cache import caches; cache = caches['default']; "
        "client = cache.client.get_client() if hasattr(cache, 'client') else None; "
        "print(type(cache).__name__, type(client).__name__ if client else '', settings.PAGE_CACHE_SECONDS)"
    )
    result = run_manage("shell", "-c", code, env_extra={**PRODUCTION_ENV, "CACHE_URL": cache_url})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [*backend.split(), page_cache]


FRONTEND_CACHE_REPORT = (
    "from django.conf import settings; from wagtail.contrib.frontend_cache.utils import get_backends; "
    "backends = get_backends(); "
    "print(sorted(type(b).__name__ for b in backends.values()), "
    "[b.cache_netloc for b in backends.values() if hasattr(b, 'cache_netloc')])"
)


@pytest.mark.parametrize(
    "extra,expected",
    [
        (
            {"FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:8080"},
            "['HTTPBackend'] ['127.0.0.1:8080']",
        ),
        (
            {"CLOUDFLARE_API_TOKEN": "a-token", "CLOUDFLARE_ZONE_ID": "a-zone"},
            "['CloudflareBackend'] []",
        ),
        ({"CLOUDFLARE_API_TOKEN": "a-token"}, "[] []"),  # a token without its zone is not enough
        ({}, "[] []"),
    ],
)
def test_production_front_end_cache_is_purged_only_when_configured(extra, expected):
    # Publishing purges the page from the proxy or CDN in front, in both languages; without one, nothing is sent.
    result = run_manage("shell", "-c", FRONTEND_CACHE_REPORT, env_extra={**PRODUCTION_ENV, **extra})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected


@pytest.mark.parametrize("bucket,backend", [("aple-media", "S3Storage"), ("", "FileSystemStorage")])
def test_production_uploads_go_to_s3_only_with_a_bucket(bucket, backend):
    code = (
        "from django.core.files.storage import storages; s = storages['default']; "
        "print(type(s).__name__, getattr(s, 'bucket_name', ''), getattr(s, 'file_overwrite', ''))"
    )
    result = run_manage("shell", "-c", code, env_extra={**PRODUCTION_ENV, "AWS_STORAGE_BUCKET_NAME": bucket})
    assert result.returncode == 0, result.stderr
    words = result.stdout.strip().splitlines()[-1].split()
    assert words[0] == backend
    if bucket:
        assert words[1:] == [bucket, "False"]  # an upload never replaces another of the same name


def test_check_deploy_still_catches_a_missing_csrf_middleware():
    from django.test import override_settings

    from aple_site.core.apps import csrf_middleware_check

    assert csrf_middleware_check(None) == []
    with override_settings(MIDDLEWARE=["django.middleware.security.SecurityMiddleware"]):
        assert [warning.id for warning in csrf_middleware_check(None)] == ["core.W002"]
