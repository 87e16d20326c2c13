"""The headers every page sends (the set that earns an A+ on Mozilla's HTTP Observatory): a strict
Content-Security-Policy on the public site, a looser one in Wagtail's admin, and, under the production
settings, HSTS and secure cookies."""

import json
import re

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Site

from aple_site.consent.models import ConsentSettings
from aple_site.core.blocks import VIDEO_PROVIDERS
from tests.core.test_query_budgets import addresses
from tests.demo.test_demo_and_settings import PRODUCTION_ENV, run_manage
from tests.factories import ArticleFactory
from tests.helpers import form_post, report_data

# Pages whose visitors may be in danger: no address of theirs travels to another site.
NO_REFERRER = ("/take-action/report-abuse/", "/take-action/seek-help/")


@pytest.fixture
def statistics_service(db):
    """A self-hosted statistics service of the test's own (the demo names none until the organisation has one)."""
    consent = ConsentSettings.for_site(Site.objects.get(is_default_site=True))
    consent.statistics, consent.statistics_url, consent.statistics_site_id = "matomo", "https://stats.example.org/", "1"
    consent.save()
    return consent


def policy(response):
    """The Content-Security-Policy as {directive: [values]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("language", ["en", "km"])
def test_every_public_page_type_sends_the_security_headers(client, statistics_service, language):
    statistics = statistics_service.statistics_url.rstrip("/")
    for url in addresses(language):
        response = client.get(url)
        assert response.status_code == 200, url
        csp = policy(response)
        assert csp["default-src"] == ["'self'"], url
        private = url[3:].startswith(NO_REFERRER)  # nothing from elsewhere: see the test below
        assert csp["script-src"] == ["'self'"] + ([] if private else [statistics]), url  # no inline script, no eval
        assert csp["style-src"] == ["'self'"], url
        assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"], url
        assert csp["base-uri"] == ["'self'"] and csp["form-action"] == ["'self'"], url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["X-Frame-Options"] == "DENY", url
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", url
        expected = "no-referrer" if url[3:].startswith(NO_REFERRER) else "strict-origin-when-cross-origin"
        assert response["Referrer-Policy"] == expected, url
        permissions = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
            assert feature in permissions, url


@pytest.mark.parametrize("language", ["en", "km"])
def test_report_check_and_help_pages_load_nothing_from_elsewhere_even_after_accepting_all(
    client, statistics_service, language
):
    """With a statistics service configured and every cookie category accepted, the report form, its "check my
    report" page and the help page name no other origin in their policy, and hold no statistics script or player."""
    from aple_site.consent.models import ConsentCategory
    from aple_site.consent.state import COOKIE_NAME, Choice
    from takeaction.models import ReportAbusePage, SeekHelpPage
    from tests.helpers import url_in

    site = Site.objects.get(is_default_site=True)
    version = ConsentSettings.for_site(site).policy_version
    every = ConsentCategory.objects.values_list("key", flat=True)
    client.cookies[COOKIE_NAME] = Choice(version, __import__("uuid").uuid4(), every).cookie_value()
    report = url_in(ReportAbusePage.objects.live().get(), language)
    help_page = url_in(SeekHelpPage.objects.live().get(), language)
    elsewhere = 0
    for url in (report, report + "check/", help_page, report + "?kind=csam"):
        response = client.get(url)
        assert response.status_code == 200, url
        csp = policy(response)
        values = [value for values in csp.values() for value in values]
        assert not [value for value in values if "://" in value or value.endswith(":") and value != "data:"], url
        assert csp["frame-src"] == ["'none'"] and csp["script-src"] == ["'self'"], url
        html = response.content.decode()
        assert 'data-category="statistics"' not in html and "data-embed-src" not in html, url
        assert not re.search(r'(src|href)="(https?:)?//(?!testserver)[^"]*"[^>]*>\s*</script>', html), url
    posted = form_post(client, report, report_data("other"))
    assert posted.status_code == 200 and "://" not in " ".join(policy(posted)["script-src"])
    for url in (url_in(site.root_page.specific, language),):  # elsewhere, the statistics script is offered
        elsewhere += 'data-category="statistics"' in client.get(url).content.decode()
    assert elsewhere == 1


def test_pages_from_the_page_cache_keep_their_headers(client, db):
    first, again = client.get("/en/"), client.get("/en/")
    assert again["X-Page-Cache"] == "hit"
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "camera=()" in again["Permissions-Policy"]


def test_the_video_players_may_be_framed_and_nothing_else():
    frames = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]
    for _name, _pattern, player in VIDEO_PROVIDERS:
        assert "/".join(player.split("/")[:3]) in frames


def test_a_statistics_service_is_allowed_once_configured(client, db):
    assert "stats.example.org" not in client.get("/en/")["Content-Security-Policy"]
    consent = ConsentSettings.for_site(Site.objects.get(is_default_site=True))
    consent.statistics, consent.statistics_url = "matomo", "https://stats.example.org/"
    consent.save()
    csp = policy(client.get("/en/"))
    assert "https://stats.example.org" in csp["script-src"] and "https://stats.example.org" in csp["connect-src"]
    assert "'unsafe-inline'" not in csp["script-src"]


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.I)


def test_the_admin_has_a_looser_policy_of_its_own(admin_client, client, db):
    admin = policy(admin_client.get("/admin/"))
    assert "'unsafe-inline'" in admin["script-src"]  # Wagtail's own screens start their widgets inline
    assert admin["frame-ancestors"] == ["'self'"]  # its previews are framed by itself
    assert "'unsafe-eval'" not in admin["script-src"]
    login = policy(client.get("/admin/login/"))
    assert login["object-src"] == ["'none'"]
    article = ArticleFactory()
    preview = policy(admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk])))
    assert preview["frame-ancestors"] == ["'self'"]  # shown in the editor's own frame
    assert preview["script-src"] == ["'self'"]


def test_no_inline_script_runs_on_our_own_admin_screens(client, db):
    """Every admin address whose view is ours (the analysts' desk with a report open, two-factor sign-in, the
    strings editor, our reports): no 'unsafe-inline' in its policy, and no inline script in its page, so markup
    that got into one could not run. Wagtail's own screens keep it (settings.ADMIN_INLINE_SCRIPT_APPS)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.urls import resolve

    from tests.accounts.test_two_factor import admin_urls
    from tests.helpers import sign_in_verified
    from tests.takeaction.test_hotline_desk import make_report

    user = get_user_model().objects.get(username="admin")
    user.groups.add(*Group.objects.filter(name__in=["Hotline analysts", "Translators", "Volunteer coordinators"]))
    sign_in_verified(client, user)
    report = make_report()
    ours = [reverse("two_factor"), f"/admin/hotline-reports/{report.pk}/", "/admin/strings/files/project/"]
    for url in admin_urls():
        view = resolve(url).func
        if (getattr(view, "view_class", None) or view).__module__.split(".")[
            0
        ] not in settings.ADMIN_INLINE_SCRIPT_APPS:
            ours.append(url.replace("/1/", f"/{report.pk}/"))
    checked = 0
    for url in ours:
        response = client.get(url, follow=True)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        checked += 1
        assert "'unsafe-inline'" not in policy(response)["script-src"], url
        assert not INLINE_SCRIPT.search(response.content.decode()), url
    assert checked >= 12
    assert "'unsafe-inline'" in policy(client.get("/admin/pages/"))["script-src"]


PRODUCTION_HEADERS = """
import json
from django.conf import settings
from django.urls import reverse
names = ["SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "SESSION_COOKIE_SECURE",
         "CSRF_COOKIE_SECURE", "CSRF_COOKIE_HTTPONLY", "SESSION_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE",
         "CSRF_COOKIE_SAMESITE", "CONTENT_SECURITY_POLICY", "PRIVATE_CONTENT_SECURITY_POLICY",
         "SECURE_PROXY_SSL_HEADER"]
print(json.dumps({name: getattr(settings, name) for name in names}))
"""


def test_production_settings_send_hsts_and_secure_cookies(client, db, settings):
    result = run_manage("shell", "-c", PRODUCTION_HEADERS, env_extra=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    for name, value in json.loads(result.stdout.strip().splitlines()[-1]).items():
        setattr(settings, name, tuple(value) if isinstance(value, list) else value)
    response = client.get("/en/take-action/report-abuse/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "upgrade-insecure-requests" in response["Content-Security-Policy"]
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"


@pytest.mark.parametrize("host", ["evil.example", "bad host", "a" * 300, "[::1", "127.0.0.1:99999999"])
def test_a_host_this_site_does_not_serve_gets_a_400(db, settings, host, caplog):
    from django.test import Client

    settings.ALLOWED_HOSTS = ["aplecambodia.org"]
    client = Client(raise_request_exception=False)
    for url in ("/", "/en/", "/km/take-action/report-abuse/", "/admin/login/", "/healthz", "/en/no-such-page/"):
        for method in ("get", "post"):
            response = getattr(client, method)(url, HTTP_HOST=host)
            assert response.status_code == 400, (url, method, response.status_code)
            assert b"Traceback" not in response.content
    assert not [record for record in caplog.records if record.exc_info]
    assert client.get("/en/", HTTP_HOST="aplecambodia.org").status_code == 200
