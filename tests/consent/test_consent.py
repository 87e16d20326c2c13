"""Cookie consent on the server: the decision form, the log, the policy version, and the middleware that
removes every cookie a visitor has not accepted. (In a real browser: tests/browser/test_consent_browser.py.)"""

import re
import uuid

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.models import Site

from aple_site.consent.middleware import ConsentMiddleware
from aple_site.consent.models import ConsentDecision, ConsentSettings
from aple_site.consent.state import COOKIE_NAME
from tests.factories import ImageFactory, StandardPageFactory
from tests.helpers import form_post, soup, url_in

SAME_SITE = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture(autouse=True)
def no_decisions_yet(db):
    """Each test counts the decisions it makes: it starts from none (inside its own transaction, rolled back)."""
    ConsentDecision.objects.all().delete()


@pytest.fixture
def page_url(db):
    """The Khmer address of a page of the test's own."""
    return url_in(StandardPageFactory(), "km")


def decide(client, decision, categories=(), next_url="/en/about-us/", **headers):
    data = {"decision": decision, "categories": list(categories), "next": next_url}
    return form_post(client, "/en/consent/", data, **{**SAME_SITE, **headers})


def consent_cookie(response):
    value = response.cookies[COOKIE_NAME].value
    version, consent_id, categories = value.split(".")
    return int(version), consent_id, [c for c in categories.split("+") if c]


def test_every_page_carries_the_banner_and_is_the_same_for_every_visitor(client, page_url):
    first = client.get(page_url).content
    client.cookies[COOKIE_NAME] = f"1.{uuid.uuid4().hex}.statistics"
    second = client.get(page_url).content
    assert first == second  # so a page cache or CDN can serve it
    html = soup(client.get(page_url))
    banner = html.find(attrs={"data-consent-banner": True})
    assert banner.h2.text == "ខូគីនៅលើគេហទំព័រនេះ"
    buttons = {b["value"]: b for b in banner.find_all("button", attrs={"name": "decision"})}
    assert buttons["accept_all"].text == "យល់ព្រមទាំងអស់" and buttons["reject_all"].text == "បដិសេធទាំងអស់"
    assert buttons["accept_all"]["class"] == buttons["reject_all"]["class"]  # the same prominence
    switches = banner.find_all("input", attrs={"name": "categories"})
    assert [s["value"] for s in switches] == ["functional", "preferences", "statistics", "marketing"]
    assert all(not s.has_attr("checked") for s in switches if not s.has_attr("disabled"))
    assert html.find("html")["data-consent-version"] == "1"
    assert html.find("a", attrs={"data-consent-open": True}).text == "ជម្រើសខូគី"


def test_accepting_all_sets_one_cookie_and_logs_the_decision_without_the_address(client, db):
    response = decide(client, "accept_all", REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 303 and response["Location"] == "/en/about-us/"
    version, consent_id, categories = consent_cookie(response)
    assert version == 1 and categories == ["marketing", "preferences", "statistics"]
    assert response.cookies[COOKIE_NAME]["max-age"] == 180 * 24 * 60 * 60
    assert response.cookies[COOKIE_NAME]["samesite"] == "Lax"
    entry = ConsentDecision.objects.get()
    assert (entry.action, entry.categories, entry.policy_version) == ("accept", "marketing,preferences,statistics", 1)
    assert entry.consent_id.hex == consent_id
    assert "203.0.113.9" not in str([f.value_from_object(entry) for f in entry._meta.fields])


def test_choosing_changing_and_withdrawing_keep_one_consent_id(client, db):
    first = decide(client, "save", ["statistics", "functional", "nonsense"])
    assert consent_cookie(first)[2] == ["statistics"]
    decide(client, "save", ["statistics", "preferences"])
    decide(client, "reject_all")
    actions = list(ConsentDecision.objects.order_by("pk").values_list("action", "categories"))
    assert actions == [("choose", "statistics"), ("change", "preferences,statistics"), ("withdraw", "")]
    assert ConsentDecision.objects.values("consent_id").distinct().count() == 1


def test_rejecting_all_on_a_first_visit(client, db):
    response = decide(client, "reject_all", HTTP_ACCEPT="application/json")
    assert response.json() == {"version": 1, "categories": []}
    assert consent_cookie(response)[2] == []
    assert ConsentDecision.objects.get().action == "reject"


@pytest.mark.parametrize(
    "headers,status",
    [
        ({"HTTP_ORIGIN": "https://evil.example"}, 403),
        ({"HTTP_ORIGIN": "null", "HTTP_SEC_FETCH_SITE": "cross-site"}, 403),
        ({"HTTP_ORIGIN": "null", "HTTP_SEC_FETCH_SITE": "same-origin"}, 303),
        ({"HTTP_SEC_FETCH_SITE": "same-origin"}, 303),
    ],
)
def test_only_pages_of_this_site_can_record_a_choice(client, db, headers, status):
    data = {"decision": "accept_all", "next": "/en/"}
    response = form_post(client, "/en/consent/", data, **headers)
    assert response.status_code == status
    assert ConsentDecision.objects.count() == (1 if status == 303 else 0)


def test_the_way_back_stays_on_this_site(client, db):
    assert decide(client, "reject_all", next_url="https://evil.example/")["Location"] == "/en/"
    assert decide(client, "reject_all", next_url="//evil.example/")["Location"] == "/en/"


def test_the_preferences_page_works_without_javascript(client, page_url):
    response = client.get(f"/km/consent/?next={page_url}")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    html = soup(response)
    assert html.h1.text == "ជម្រើសខូគី"
    assert html.find(attrs={"data-consent-banner": True}) is None
    decide(client, "save", ["preferences"])
    html = soup(client.get("/km/consent/"))
    checked = [i["value"] for i in html.select("form.consent-page input[name=categories][checked]")]
    assert checked == ["functional", "preferences"]


def test_raising_the_policy_version_asks_everyone_again(client, db):
    decide(client, "accept_all")
    settings = ConsentSettings.for_site(Site.objects.get(is_default_site=True))
    settings.policy_version = 2
    settings.save()
    html = soup(client.get("/en/"))
    assert html.find("html")["data-consent-version"] == "2"
    # The old choice no longer counts: the statistics cookie it allowed is deleted.
    client.cookies["_pk_id.1.abcd"] = "x"
    response = client.get(url_in(StandardPageFactory(), "en"))
    assert response.cookies["_pk_id.1.abcd"]["max-age"] == 0
    assert consent_cookie(decide(client, "reject_all"))[0] == 2


def run_middleware(cookies=None, sets=()):
    request = RequestFactory().get("/en/about-us/")
    request.COOKIES.update(cookies or {})

    def view(request):
        response = HttpResponse("page")
        for name in sets:
            response.set_cookie(name, "value")
        return response

    return ConsentMiddleware(view)(request)


def test_the_middleware_strips_cookies_that_were_not_accepted(db):
    sets = ["csrftoken", "_pk_id.1.abcd", "tracker", "aple-course-3"]
    response = run_middleware(sets=sets)
    assert set(response.cookies) == {"csrftoken"}
    statistics = f"1.{uuid.uuid4().hex}.statistics"
    response = run_middleware({COOKIE_NAME: statistics}, sets)
    assert set(response.cookies) == {"csrftoken", "_pk_id.1.abcd"}  # undeclared cookies never pass


def test_the_middleware_deletes_cookies_the_browser_may_no_longer_keep(db):
    response = run_middleware({"_pk_ses.1.abcd": "1", "_ga": "GA1.2", "csrftoken": "abc"})
    assert response.cookies["_pk_ses.1.abcd"]["max-age"] == 0
    assert response.cookies["_ga"]["max-age"] == 0
    assert "csrftoken" not in response.cookies


def test_videos_and_statistics_are_inert_in_the_page(client, db):
    settings = ConsentSettings.for_site(Site.objects.get(is_default_site=True))
    settings.statistics, settings.statistics_url, settings.statistics_site_id = (
        "matomo",
        "https://stats.example.org/",
        "1",
    )
    settings.save()
    video = {
        "video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "title": "Staying safe",
        "thumbnail": ImageFactory().pk,
    }
    page = StandardPageFactory(body_en=[{"type": "video", "value": video}])
    html = soup(client.get(url_in(page, "en")))
    video = html.find(attrs={"data-embed": True})
    assert video["data-category"] == "marketing"
    assert video["data-embed-src"] == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert video.find("iframe") is None
    assert video.find("a", href="https://www.youtube.com/watch?v=dQw4w9WgXcQ").text == "Watch on YouTube"
    assert video.find("img")["src"].startswith("/media/")
    statistics = html.find("script", attrs={"data-category": "statistics"})
    assert statistics["type"] == "text/plain" and statistics["data-url"] == "https://stats.example.org/"
    loaded = [tag.get("src") for tag in html.find_all(["script", "img", "iframe"]) if tag.get("src")]
    assert all(src.startswith("/") for src in loaded), loaded


def test_the_video_block_takes_only_videos_it_can_hold_back(db):
    from django.core.exceptions import ValidationError

    from aple_site.core.blocks import VideoBlock, video_player

    assert video_player("https://youtu.be/dQw4w9WgXcQ") == (
        "YouTube",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    )
    assert video_player("https://vimeo.com/76979871")[1] == "https://player.vimeo.com/video/76979871?dnt=1"
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"video": "https://example.com/clip.mp4", "title": "A clip"}))


def test_staff_see_how_many_chose_what(admin_client, client, db):
    decide(client, "accept_all")
    decide(client, "reject_all")
    other = client.__class__()
    decide(other, "reject_all")
    response = admin_client.get("/admin/reports/consent/")
    assert response.status_code == 200
    rows = [re.sub(r"\s+", " ", row.get_text(" ", strip=True)) for row in soup(response).select("tbody tr")]
    assert "1 Accepted all marketing,preferences,statistics 1" in rows
    assert "1 Rejected all — 1" in rows and "1 Withdrew consent — 1" in rows
