import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connections

from tests.postgres import PostgresServer


@pytest.fixture(scope="session")
def postgres_server():
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(postgres_server):
    """Point Django at the throwaway server before pytest-django creates the test database."""
    for alias in connections:
        db = connections[alias].settings_dict
        db.update(HOST=str(postgres_server.socket_dir), PORT=str(postgres_server.port))
        settings.DATABASES[alias].update(HOST=db["HOST"], PORT=db["PORT"])


@pytest.fixture(autouse=True)
def clear_cache():
    """Menus and footers are cached; each test starts with an empty cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def one_rate_limit_window(monkeypatch):
    """django-ratelimit counts in fixed windows that end at a moment of their own: one ending in the middle of
    a test would reset its count. Each test starts with an empty cache, so it gets a single window."""
    monkeypatch.setattr("django_ratelimit.core._get_window", lambda value, period: 0)


@pytest.fixture(scope="session", autouse=True)
def live_translations():
    """The live interface-strings catalogue of this run, merged from the repository's (as on a deploy)."""
    import shutil
    from pathlib import Path

    from django.core.management import call_command
    from django.utils.translation.reloader import translation_file_changed

    call_command("sync_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    translation_file_changed(sender=None, file_path=Path("django.mo"))
    yield Path(settings.TRANSLATIONS_DIR)
    shutil.rmtree(settings.TRANSLATIONS_DIR, ignore_errors=True)


@pytest.fixture
def scratch_catalogue(live_translations):
    """The live catalogue, put back as it was after the test (other tests read its strings)."""
    from pathlib import Path

    from django.utils.translation.reloader import translation_file_changed

    folder = live_translations / "km" / "LC_MESSAGES"
    saved = {name: (folder / name).read_bytes() for name in ("django.po", "django.mo")}
    yield live_translations
    for name, content in saved.items():
        (folder / name).write_bytes(content)
    translation_file_changed(sender=None, file_path=Path("django.mo"))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, tmp_path_factory):
    """The whole demo site, loaded once for the session; every test runs in a rolled-back transaction."""
    from django.core.management import call_command

    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))
    with django_db_blocker.unblock():
        call_command("load_demo", "--users", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
        give_staff_addresses()
        render_every_page()


def give_staff_addresses():
    """The demo's staff have no email address; the tests give each one (USERNAME@example.org), so that the
    analysts' "new report" emails have somebody to go to."""
    from django.contrib.auth import get_user_model
    from django.db.models import Value
    from django.db.models.functions import Concat

    get_user_model().objects.update(email=Concat("username", Value("@example.org")))


def render_every_page():
    """Render every demo page once, so that its pictures' renditions are made and kept for the session. Made
    inside a test, a rendition is rolled back with it and made again by the next test: a first rendering of
    the demo's pages takes ten times as long as a later one (60 pages: 41.7 s, then 4.3 s)."""
    from django.test import Client
    from wagtail.models import Page

    from tests.helpers import url_in

    client = Client()
    for page in Page.objects.live().filter(depth__gte=2).specific():
        client.get(url_in(page, "en"))


@pytest.fixture
def demo_pages(db):
    """Every live page of the demo tree below the root, most specific class."""
    from wagtail.models import Page

    return list(Page.objects.live().filter(depth__gte=2).specific().order_by("path"))


@pytest.fixture
def analyst(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="analyst")


@pytest.fixture
def analyst_client(client, analyst):
    from tests.helpers import sign_in_verified

    sign_in_verified(client, analyst)
    return client


@pytest.fixture
def admin_client(db, admin_user):
    """pytest-django's superuser client, with its two-factor code given (superusers must)."""
    from django.test import Client

    from tests.helpers import sign_in_verified

    client = Client()
    sign_in_verified(client, admin_user)
    return client
