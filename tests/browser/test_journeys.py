"""The site's main journeys, walked in Debian's Chromium at phone and desktop size, in both languages where
the journey is a public one.

Journeys that change content (the editor's, the translator's) work on a page and a menu entry of their own,
created before and removed after, so the demo site the other tests read stays as it was.
"""

import base64
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect
from wagtail.models import Page

from aple_site.home.models import StandardPage
from aple_site.navigation.models import MenuItem
from resources.models import ResourceDownload
from takeaction.models import Report, ReportNotification
from tests.browser.conftest import reject_cookies
from tests.helpers import committed, decrypted

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = pytest.mark.parametrize("size", ["phone", "desktop"])
PASSWORDS = {
    "editor": "aple-editor-local-2026",
    "translator": "aple-translator-local-2026",
    "analyst": "aple-analyst-local-2026",
}
OTHER = {"en": "km", "km": "en"}


def browse(visitor, size, **options):
    """A visitor at phone size (touch, mobile) or desktop size."""
    if size == "phone":
        return visitor(viewport=PHONE, has_touch=True, is_mobile=True, **options)
    return visitor(viewport=DESKTOP, **options)


def press(page, size, locator):
    """Tap on a phone, click on a desktop."""
    if size == "phone":
        locator.tap()
    else:
        locator.click()


def sign_in(page, base, username, lands_on="/admin/"):
    page.goto(f"{base}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORDS[username])
    with page.expect_navigation():
        page.locator("form button[type=submit]").first.click()
    assert urlsplit(page.url).path == lands_on, page.locator(".messages").inner_text()


def set_up_two_factor(page):
    """The first sign-in of someone who must use two-factor sign-in: the admin shows a QR code and the same key
    as text; an authenticator app (here, django-otp's own TOTP) turns the key into the code to enter."""
    expect(page.locator(".two-factor__qr svg")).to_be_visible()
    key = page.locator(".two-factor__secret").inner_text().replace(" ", "")
    code = totp(base64.b32decode(key + "=" * (-len(key) % 8)))
    page.locator("#id_otp_token").fill(f"{code:06d}")
    with page.expect_navigation():
        page.locator("button[value=set_up]").click()
    expect(page.locator(".two-factor__codes code")).to_have_count(10)
    with page.expect_navigation():
        page.get_by_role("link", name="I have kept my codes").click()
    assert urlsplit(page.url).path == "/admin/"


# --- A reader ----------------------------------------------------------------------------------------------------


@VIEWPORTS
@pytest.mark.parametrize("language", ["en", "km"])
def test_a_reader_finds_a_case_story_reads_the_next_and_switches_language(visitor, size, language):
    guest = browse(visitor, size)
    page = guest.go(f"/{language}/")
    reject_cookies(page)
    if size == "phone":
        press(page, size, page.locator(".menu-toggle__button"))
    menu = page.get_by_role("navigation", name={"en": "Main menu", "km": "ម៉ឺនុយមេ"}[language])
    explore = menu.locator(".submenu > summary").nth(3)
    press(page, size, explore)
    expect(explore).to_have_attribute("aria-expanded", "true")
    stories = menu.locator(f"a[href='/{language}/explore/media/case-stories/']")
    with page.expect_navigation():
        press(page, size, stories)
    assert page.locator("h1").inner_text() == {"en": "Case Stories", "km": "រឿងរ៉ាវករណី"}[language]

    first = page.locator(".card__title a").first
    first_title = first.inner_text()
    with page.expect_navigation():
        press(page, size, first)
    assert page.locator("h1").inner_text() == first_title
    # The next story in the list (older, as the list runs newest first).
    following = page.locator(".prev-next__link").last
    next_title = following.locator("span").last.inner_text()
    assert next_title != first_title
    with page.expect_navigation():
        press(page, size, following)
    assert page.locator("h1").inner_text() == next_title
    story = page.url

    switch = page.locator(f".language-switch a[hreflang={OTHER[language]}]")
    with page.expect_navigation():
        press(page, size, switch)
    assert page.url == story.replace(f"/{language}/", f"/{OTHER[language]}/", 1)
    assert page.locator("html").get_attribute("lang") == OTHER[language]
    article = Page.objects.get(url_path_en__endswith=urlsplit(story).path.split("/", 2)[2]).specific
    assert page.locator("h1").inner_text() == getattr(article, f"title_{OTHER[language]}")


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_menu_works_with_the_keyboard_alone(visitor, language):
    guest = browse(visitor, "desktop")
    page = guest.go(f"/{language}/")
    reject_cookies(page)
    page.locator("body").focus()
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.submenu > summary')"):
            break
    summaries = page.locator(".submenu > summary")
    for _ in range(3):  # About Us, Our Work, Take Action: step over the closed ones to Explore
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement") == summaries.nth(3).evaluate("el => el")
    page.keyboard.press("Enter")
    expect(summaries.nth(3)).to_have_attribute("aria-expanded", "true")
    target = f"/{language}/explore/media/case-stories/"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == target:
            break
    # Escape closes the drop-down and gives the focus back to its button.
    page.keyboard.press("Escape")
    expect(summaries.nth(3)).to_have_attribute("aria-expanded", "false")
    assert page.evaluate("document.activeElement.matches('.submenu > summary')")
    page.keyboard.press("Enter")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == target:
            break
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == target


# --- A parent ----------------------------------------------------------------------------------------------------


@pytest.fixture
def downloads_restored(site_server):
    before = {(d.resource_id, d.language, d.day): d.count for d in ResourceDownload.objects.all()}

    def restore():
        for download in ResourceDownload.objects.all():
            key = (download.resource_id, download.language, download.day)
            if key not in before:
                download.delete()
            elif download.count != before[key]:
                download.count = before[key]
                download.save(update_fields=["count"])

    yield
    committed(restore)


@VIEWPORTS
@pytest.mark.parametrize("language", ["en", "km"])
def test_a_parent_filters_for_a_khmer_leaflet_and_downloads_it(visitor, downloads_restored, size, language):
    guest = browse(visitor, size, accept_downloads=True)
    page = guest.go(f"/{language}/explore/resources/parents-caregivers-educators/")
    reject_cookies(page)
    page.locator("#id_language").select_option("km")
    page.locator("#id_type").select_option("leaflet")
    with page.expect_navigation():
        press(page, size, page.locator(".filters__actions button"))
    assert "language=km" in page.url and "type=leaflet" in page.url
    cards = page.locator(".card")
    assert cards.count() >= 1
    with page.expect_navigation():
        press(page, size, page.locator(".card__title a").first)
    download_link = page.locator("a[href*='/downloads/'][href$='/km/']").first
    with page.expect_download() as started:
        download_link.click()
    download = started.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as file:
        assert file.read(5) == b"%PDF-"


# --- Someone reporting abuse ---------------------------------------------------------------------------------------


@pytest.fixture
def reports_removed(site_server):
    yield
    committed(lambda: (Report.objects.all().delete(), ReportNotification.objects.all().delete()))


@pytest.fixture
def two_factor_removed(site_server):
    """The analyst signs in for the first time, with nothing set up (not even the demo's backup codes)."""

    def remove():
        for model in (TOTPDevice, StaticDevice):
            committed(lambda model=model: model.objects.filter(user__username="analyst").delete())

    remove()
    yield
    remove()


KINDS = {
    "csam": {"#id_csam_urls": "https://example.com/a-page\nhttps://example.org/another", "#id_csam_where": "A forum"},
    "online": {"#id_online_platform": "A chat app", "#id_online_what": "An adult asks a child for photos."},
    "offline": {
        "#id_offline_what": "A child is kept from school at a guesthouse.",
        "#id_offline_place": "Near the market",
    },
    "other": {"#id_description": "I am worried about a neighbour's child."},
}


@VIEWPORTS
@pytest.mark.parametrize("language", ["en", "km"])
def test_someone_reports_each_kind_anonymously_and_leaves_with_the_quick_exit(visitor, reports_removed, size, language):
    guest = browse(visitor, size)
    references = []
    for number, (kind, answers) in enumerate(KINDS.items()):
        page = guest.go(f"/{language}/take-action/report-abuse/")
        if number == 0:
            reject_cookies(page)
        press(page, size, page.locator(f"label.kind-option:has(input[value={kind}])"))
        for selector, text in answers.items():
            page.locator(selector).fill(text)
        if kind == "offline":
            page.locator("#id_offline_province").select_option(index=3)
        assert not page.locator("#id_contact_me").is_checked()  # anonymous unless chosen
        with page.expect_navigation():
            press(page, size, page.locator("form.report-form button.button--report"))
        reference = page.locator(".reference__number").inner_text()
        assert re.fullmatch(r"\d{4}-\d{4}-\d{4}-\d{4}(-\d{4})?", reference), reference
        references.append(reference)
        report = Report.find(reference)
        assert report.kind == kind
        assert all(text in str(decrypted(report).values()) for text in answers.values() if "\n" not in text)

    assert len(set(references)) == 4
    # The quick exit leaves for a neutral site and takes the page it left (with the reference) out of the history.
    press(page, size, page.locator("[data-quick-exit]"))
    page.wait_for_url(lambda url: urlsplit(url).netloc != urlsplit(guest.base).netloc)
    page.go_back()
    assert page.locator(".reference__number").count() == 0


def test_two_presses_of_escape_also_leave(visitor):
    guest = browse(visitor, "desktop")
    page = guest.go("/km/take-action/report-abuse/")
    reject_cookies(page)
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(lambda url: urlsplit(url).netloc != urlsplit(guest.base).netloc)


# --- A visitor and videos ------------------------------------------------------------------------------------------


@VIEWPORTS
@pytest.mark.parametrize("language", ["en", "km"])
def test_a_visitor_who_rejected_cookies_sees_the_video_only_after_accepting_marketing(
    visitor, video_page, size, language
):
    guest = browse(visitor, size)
    page = guest.go(video_page[language])
    reject_cookies(page)
    placeholder = page.locator("[data-embed]")
    assert placeholder.locator("img").count() == 1 and placeholder.locator("iframe").count() == 0
    assert guest.other_hosts() == []
    press(page, size, page.locator("[data-consent-open]"))
    page.get_by_role("switch", name={"en": "Marketing and videos", "km": "ទីផ្សារ និងវីដេអូ"}[language]).check()
    press(page, size, page.locator("[data-consent-banner] button[value=save]"))
    page.wait_for_selector("[data-embed] iframe")
    assert guest.other_hosts() == ["www.youtube-nocookie.com"]


# --- Staff ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def scratch_page(site_server):
    """A live page (English only) and a menu entry to it, of this test's own."""
    created = {}

    def create():
        with transaction.atomic():
            parent = Page.objects.get(url_path_en__endswith="/about-us/")
            page = StandardPage(title="Our volunteers", slug="our-volunteers", intro="People who give their time.")
            parent.add_child(instance=page)
            page.save_revision().publish()
            about = MenuItem.objects.get(parent=None, link_page=parent)
            item = MenuItem.objects.create(parent=about, label_en="Volunteers", link_page=page, sort_order=99)
        created.update(page=page.pk, menu=item.pk)

    def remove():
        MenuItem.objects.filter(link_page__slug="our-volunteers").delete()
        for page in Page.objects.filter(slug="our-volunteers"):
            page.delete()

    committed(remove)
    committed(create)
    yield created
    committed(remove)


@VIEWPORTS
def test_an_editor_edits_a_page_and_the_menu_previews_publishes_and_sees_the_change(visitor, scratch_page, size):
    staff = browse(visitor, size)
    page = staff.page
    sign_in(page, staff.base, "editor")
    page.goto(f"{staff.base}/admin/pages/{scratch_page['page']}/edit/")
    page.locator("#id_title_en").fill("Our volunteers and friends")
    page.locator("#id_intro_en").fill("The people who give their time and skills to the hotline.")

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    preview.locator("h1", has_text="Our volunteers and friends").wait_for()
    page.get_by_role("button", name="Toggle preview").click()

    page.locator("footer .w-dropdown__toggle.button").click()
    with page.expect_navigation():
        page.locator("button[name=action-publish]").click()
    assert "has been published" in page.locator(".messages").inner_text()

    page.goto(f"{staff.base}/admin/snippets/navigation/menuitem/edit/{scratch_page['menu']}/")
    page.locator("#id_label_en").fill("Our volunteers")
    with page.expect_navigation():
        page.locator("footer button.action-save").click()

    reader = browse(visitor, size)
    site = reader.go("/en/about-us/our-volunteers/")
    assert site.locator("h1").inner_text() == "Our volunteers and friends"
    assert "give their time and skills" in site.locator("main").inner_text()
    assert site.locator(".main-menu a[href='/en/about-us/our-volunteers/']").text_content() == "Our volunteers"


@VIEWPORTS
def test_a_translator_fills_a_missing_translation_from_the_status_report_and_it_goes_live(visitor, scratch_page, size):
    staff = browse(visitor, size)
    page = staff.page
    sign_in(page, staff.base, "translator")
    page.goto(f"{staff.base}/admin/reports/translation-status/")
    row = page.locator("tr", has_text="Our volunteers")
    assert row.count() >= 1
    with page.expect_navigation():
        row.first.locator("a", has_text="Our volunteers").first.click()
    # The Khmer fields open beside the English ones.
    page.locator("button.locale-toggle", has_text="km").click()
    expect(page.locator("#id_title_en")).to_be_visible()
    page.locator("#id_title_km").fill("អ្នកស្ម័គ្រចិត្តរបស់យើង")
    page.locator("#id_intro_km").fill("អ្នកដែលលះបង់ពេលវេលារបស់ពួកគេ")
    assert page.locator("button[name=action-publish]").count() == 0  # translators cannot publish
    page.locator("footer .w-dropdown__toggle.button").click()
    with page.expect_navigation():
        page.locator("button[name=action-submit]").click()

    # An editor approves; the Khmer page is then live.
    editor = browse(visitor, "desktop")
    sign_in(editor.page, editor.base, "editor")
    editor.page.goto(f"{editor.base}/admin/pages/{scratch_page['page']}/edit/")
    editor.page.locator("footer .w-dropdown__toggle.button").click()
    with editor.page.expect_navigation():
        editor.page.locator("button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])").click()

    page.goto(f"{staff.base}/km/about-us/our-volunteers/")
    assert page.locator("h1").inner_text() == "អ្នកស្ម័គ្រចិត្តរបស់យើង"
    page.goto(f"{staff.base}/admin/reports/translation-status/")
    assert page.locator("tr", has_text="Our volunteers").count() == 0


@VIEWPORTS
def test_an_analyst_reads_a_new_report_and_an_editor_cannot(visitor, reports_removed, two_factor_removed, size):
    public = browse(visitor, size)
    page = public.go("/en/take-action/report-abuse/")
    reject_cookies(page)
    press(page, size, page.locator("label.kind-option:has(input[value=online])"))
    page.locator("#id_online_platform").fill("A game chat")
    page.locator("#id_online_what").fill("Someone offers a child game credit for photos. Marker 7731.")
    with page.expect_navigation():
        press(page, size, page.locator("form.report-form button.button--report"))
    report = Report.find(page.locator(".reference__number").inner_text())

    analyst = browse(visitor, size)
    sign_in(analyst.page, analyst.base, "analyst", lands_on="/admin/two-factor/")
    set_up_two_factor(analyst.page)
    desk = analyst.page
    desk.goto(f"{analyst.base}/admin/hotline-reports/")
    with desk.expect_navigation():
        desk.locator(f"a[href$='/hotline-reports/{report.pk}/']").first.click()
    assert "Marker 7731" in desk.locator("main").inner_text()
    # The desk's screens run no inline script: the list's date filter is the browser's own date input.
    desk.goto(f"{analyst.base}/admin/hotline-reports/?received_on_from=2020-01-01")
    assert desk.locator("input[type=date][name=received_on_from]").count() == 1
    desk.goto(f"{analyst.base}/admin/hotline-reports/audit-log/?report_id={report.pk}")
    assert "Opened" in desk.locator("main").inner_text()

    editor = browse(visitor, size)
    sign_in(editor.page, editor.base, "editor")
    response = editor.page.goto(f"{editor.base}/admin/hotline-reports/{report.pk}/")
    assert "Marker 7731" not in editor.page.content()
    assert response.status in (403, 404) or urlsplit(editor.page.url).path != f"/admin/hotline-reports/{report.pk}/"
    assert get_user_model().objects.get(username="editor").groups.filter(name="Hotline analysts").count() == 0
