"""Browser tests: Debian's Chromium driven by Playwright against the site served on a local port.

The server shares the session's test database (the demo site, loaded once). Requests to any other host
are answered by stubs and recorded, so a test can assert that nothing left the site before consent.
Failures keep a screenshot under test-artifacts/ (and a trace of every step with BROWSER_TRACE=1).
"""

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.helpers import committed, url_in

# Playwright's synchronous API keeps an event loop on the test's thread; Django's ORM (used by the tests to
# read what the server stored) would otherwise refuse to run beside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PRODUCTION_STATIC_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# A Playwright trace (every step's screenshot and page) of a failing test: BROWSER_TRACE=1 make test. Off by
# default, as recording it makes every browser test 40 % slower (4.5 s instead of 2.7 s an accessibility check).
TRACE = os.environ.get("BROWSER_TRACE") == "1"
STUB_SCRIPT = "window.__stubLoaded = (window.__stubLoaded || []).concat([document.currentScript.src]);"


def pytest_collection_modifyitems(items):
    # Browser tests read the session's demo database (and each runs in a transaction of its own that the
    # server, on other connections, does not see: what the server writes is committed; see committed()).
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.django_db)


def production_static(root):
    """Static files as production serves them: collected, with hashed names, precompressed, by WhiteNoise."""
    from django.conf import settings
    from django.test import override_settings

    return override_settings(
        STATIC_ROOT=str(root),
        STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTION_STATIC_STORAGE}},
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    )


@pytest.fixture(autouse=True)
def visitors_writes_removed(site_server):
    """What visitors' answers through the server committed (consent decisions, reports) is removed after each
    browser test, so no other test finds it (test files run in any order, on any worker)."""
    yield

    def remove():
        from aple_site.consent.models import ConsentDecision
        from takeaction.models import Report, ReportNotification

        ConsentDecision.objects.all().delete()
        Report.objects.all().delete()
        ReportNotification.objects.all().delete()

    committed(remove)


@pytest.fixture(scope="session")
def static_root(tmp_path_factory):
    from django.core.management import call_command

    root = tmp_path_factory.mktemp("static")
    with production_static(root):
        call_command("collectstatic", "--noinput", verbosity=0)
    return root


@pytest.fixture(autouse=True)
def static_as_in_production(static_root):
    """Pages rendered during a browser test name the collected, hashed static files."""
    with production_static(static_root):
        yield


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker, static_root):
    from django.db import connection
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock(), production_static(static_root):
        server = LiveServer("localhost", start=False)
        # No test-only static handler in front: WhiteNoise serves the compressed files, as in production.
        server.thread.static_handler = lambda application: application
        server.start()
    with django_db_blocker.unblock():
        yield server
        server.stop()
        # The server's request threads may leave connections behind; end them so the test database can go.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


VIDEO_ID = "dQw4w9WgXcQ"
STATISTICS = "https://stats.example.org/"


@pytest.fixture
def video_page(site_server):
    """A page of this test's own with a video, and a statistics service at an address of its own (the demo names
    none), committed for the server to see and removed afterwards. Gives the page's address in each language."""
    from wagtail.images import get_image_model
    from wagtail.models import Page, Site

    from aple_site.consent.models import ConsentSettings
    from tests.factories import ImageFactory, StandardPageFactory

    saved = {}

    def create():
        consent = ConsentSettings.for_site(Site.objects.get(is_default_site=True))
        saved["statistics"] = (consent.statistics, consent.statistics_url, consent.statistics_site_id)
        consent.statistics, consent.statistics_url, consent.statistics_site_id = "matomo", STATISTICS, "1"
        consent.save()
        image = ImageFactory()
        video = {"video": f"https://youtu.be/{VIDEO_ID}", "title": "Online safety", "thumbnail": image.pk}
        body = [{"type": "video", "value": video}]
        page = StandardPageFactory(title_en="Watching together", body_en=body, body_km=body)
        saved.update(page=page.pk, image=image.pk)
        return {language: url_in(page, language) for language in ("en", "km")}

    def remove():
        consent = ConsentSettings.for_site(Site.objects.get(is_default_site=True))
        consent.statistics, consent.statistics_url, consent.statistics_site_id = saved["statistics"]
        consent.save()
        Page.objects.get(pk=saved["page"]).delete()
        get_image_model().objects.filter(pk=saved["image"]).delete()

    addresses = committed(create)
    yield addresses
    committed(remove)


@pytest.fixture(scope="session")
def chromium():
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visitor:
    """A fresh browser profile that records every request and answers other hosts with stubs."""

    def __init__(self, browser, server, **options):
        self.base = server.url
        self.context = browser.new_context(**options)
        self.context.set_default_timeout(30_000)  # two test workers share the cores: a first visit may wait
        if TRACE:
            self.context.tracing.start(screenshots=True, snapshots=True)
        self.requests = []
        self.context.route("**/*", self._route)
        # Whatever the Content-Security-Policy blocks (public site or admin), on every page of every journey.
        self.blocked = []
        self.context.on("console", self._console)
        self.page = self.context.new_page()

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.blocked.append(f"{message.page.url if message.page else ''}: {message.text}")

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if url.startswith(self.base):
            route.continue_()
        elif url.endswith(".js"):
            route.fulfill(status=200, content_type="text/javascript", body=STUB_SCRIPT)
        else:
            route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>stub</title>")

    def go(self, path):
        self.page.goto(self.base + path)
        return self.page

    def other_hosts(self):
        own = urlsplit(self.base).netloc
        return sorted({urlsplit(url).netloc for url in self.requests if urlsplit(url).netloc != own})

    def cookies(self):
        return {cookie["name"]: cookie["value"] for cookie in self.context.cookies()}

    def close(self, failed, name):
        if failed:
            ARTIFACTS.mkdir(exist_ok=True)
            self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        if TRACE:
            self.context.tracing.stop(path=str(ARTIFACTS / f"{name}-trace.zip") if failed else None)
        self.context.close()


def wait_until_decided(page):
    """Until the page's script has recorded the visitor's choice. (Not wait_for_function, which evaluates a
    string inside the page: the site's Content-Security-Policy forbids that, as it should.)"""
    expect(page.locator("html")).to_have_class(re.compile(r"\bconsent-decided\b"))


def reject_cookies(page):
    """Answer the consent banner with "Reject all" (on the preferences page, which has no banner, its own form)."""
    banner = page.locator("[data-consent-banner] button[value=reject_all]")
    if banner.count():
        banner.click()
        wait_until_decided(page)
    else:
        with page.expect_navigation():
            page.locator("button[value=reject_all]").first.click()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.failed_in_call = report.failed
    return report


@pytest.fixture
def visitor(request, chromium, site_server):
    """visitor(**context options) -> a Visitor; all are closed (and their failures saved) after the test."""
    visitors = []

    def make(**options):
        options.setdefault("viewport", {"width": 390, "height": 844})
        visitors.append(Visitor(chromium, site_server, **options))
        return visitors[-1]

    yield make
    failed = getattr(request.node, "failed_in_call", False)
    for number, visitor in enumerate(visitors):
        visitor.close(failed, f"{request.node.name}-{number}")
    blocked = [line for visitor in visitors for line in visitor.blocked]
    assert not blocked, "blocked by the Content-Security-Policy:\n" + "\n".join(blocked)
