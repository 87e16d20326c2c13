"""Cookie consent in a real browser: what is set and what is requested before and after each choice."""

import pytest

from aple_site.consent.models import ConsentDecision
from tests.browser.conftest import VIDEO_ID, wait_until_decided

NECESSARY = {"csrftoken", "aple_consent"}


def consent_categories(visitor):
    value = visitor.cookies().get("aple_consent")
    return None if value is None else [c for c in value.split(".")[2].split("+") if c]


@pytest.mark.parametrize("language", ["en", "km"])
def test_first_visit_sets_nothing_optional_and_asks_nothing_of_other_hosts(visitor, video_page, language):
    guest = visitor()
    page = guest.go(f"/{language}/")
    banner = page.locator("[data-consent-banner]")
    assert banner.is_visible()
    assert banner.locator("h2").inner_text() == {"en": "Cookies on this site", "km": "ខូគីនៅលើគេហទំព័រនេះ"}[language]
    guest.go(video_page[language])
    assert page.locator("[data-embed] iframe").count() == 0
    assert set(guest.cookies()) <= NECESSARY
    assert guest.other_hosts() == []


def test_reject_all_sets_only_the_choice_and_the_banner_stays_away(visitor, video_page):
    guest = visitor()
    page = guest.go(video_page["en"])
    page.get_by_role("button", name="Reject all").click()
    wait_until_decided(page)
    assert not page.locator("[data-consent-banner]").is_visible()
    assert consent_categories(guest) == []
    page.reload()
    assert not page.locator("[data-consent-banner]").is_visible()
    assert page.locator("[data-embed] iframe").count() == 0
    assert set(guest.cookies()) <= NECESSARY and guest.other_hosts() == []
    assert ConsentDecision.objects.get().action == "reject"


def test_accept_all_starts_statistics_and_videos_and_withdrawing_removes_their_cookies(visitor, video_page):
    guest = visitor()
    page = guest.go(video_page["en"])
    page.get_by_role("button", name="Accept all").click()
    page.wait_for_selector("[data-embed] iframe")
    frame = page.locator("[data-embed] iframe")
    assert frame.get_attribute("src") == f"https://www.youtube-nocookie.com/embed/{VIDEO_ID}"
    for _ in range(100):  # the service's script, started by consent.js (evaluated from outside the page's CSP)
        if page.evaluate("(window.__stubLoaded || []).some(src => src.endsWith('/matomo.js'))"):
            break
        page.wait_for_timeout(50)
    else:
        raise AssertionError("the statistics service was never started")
    assert page.evaluate("window._paq.length") >= 3
    assert set(guest.other_hosts()) == {"stats.example.org", "www.youtube-nocookie.com"}
    assert consent_categories(guest) == ["marketing", "preferences", "statistics"]

    # The statistics service would set its cookies on this site; withdrawing consent removes them.
    page.evaluate("document.cookie = '_pk_id.1.abcd=visitor; path=/; max-age=3600'")
    page.get_by_role("link", name="Cookie preferences").click()
    assert page.locator("#consent-title").evaluate("el => el === document.activeElement")
    for name in ("Statistics", "Marketing and videos", "Preferences"):
        switch = page.get_by_role("switch", name=name)
        assert switch.is_checked()
        switch.uncheck()
    with page.expect_navigation():
        page.get_by_role("button", name="Save my choices").click()
    assert consent_categories(guest) == []
    assert "_pk_id.1.abcd" not in guest.cookies()
    assert page.locator("[data-embed] iframe").count() == 0
    assert [d.action for d in ConsentDecision.objects.order_by("pk")] == ["accept", "withdraw"]


def test_one_video_can_play_without_accepting_marketing(visitor, video_page):
    guest = visitor()
    page = guest.go(video_page["km"])
    page.get_by_role("button", name="បដិសេធទាំងអស់").click()
    page.get_by_role("button", name="ចាក់វីដេអូនៅទីនេះ").click()
    assert page.locator("[data-embed] iframe").count() == 1
    assert consent_categories(guest) == []
    assert guest.other_hosts() == ["www.youtube-nocookie.com"]


def test_the_banner_works_with_the_keyboard_alone(visitor):
    guest = visitor()
    page = guest.go("/en/")
    focused = []
    for _ in range(12):
        page.keyboard.press("Tab")
        focused.append(page.evaluate("document.activeElement.textContent.trim()"))
        if focused[-1] == "Manage preferences":
            break
    assert focused.index("Accept all") < focused.index("Reject all") < focused.index("Manage preferences")
    page.keyboard.press("Enter")  # opens the choices
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past the always-active switch, which is disabled: on to Preferences
    assert page.evaluate("document.activeElement.value") == "preferences"
    page.keyboard.press("Space")
    for _ in range(8):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Save my choices":
            break
    page.keyboard.press("Enter")
    wait_until_decided(page)
    assert consent_categories(guest) == ["preferences"]


def test_without_javascript_the_banner_is_a_form_that_comes_back(visitor):
    guest = visitor(java_script_enabled=False)
    page = guest.go("/km/about-us/")
    with page.expect_navigation():
        page.get_by_role("button", name="បដិសេធទាំងអស់").click()
    assert page.url.endswith("/km/about-us/")
    assert consent_categories(guest) == []
    page.get_by_text("គ្រប់គ្រងជម្រើស").click()
    page.get_by_role("switch", name="ស្ថិតិ").check()
    with page.expect_navigation():
        page.get_by_role("button", name="រក្សាទុកជម្រើសរបស់ខ្ញុំ").click()
    assert consent_categories(guest) == ["statistics"]
    assert [d.action for d in ConsentDecision.objects.order_by("pk")] == ["reject", "change"]
    assert guest.other_hosts() == []  # nothing runs without JavaScript
