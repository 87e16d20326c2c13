"""Translators keep the Khmer site complete: interface strings in the browser, a complete catalogue."""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from tests.factories import (
    ArticleFactory,
    DocumentFactory,
    HelpServiceFactory,
    ImageFactory,
    NewsIndexFactory,
    StandardPageFactory,
)
from tests.helpers import form_post, sign_in_verified, soup, url_in

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "km" / "LC_MESSAGES" / "django.po"
PARAGRAPH = json.dumps([{"type": "paragraph", "value": "<p>We help children and their families.</p>"}])
STRINGS = reverse("rosetta-file-list", kwargs={"po_filter": "project"})


def login(client, username):
    sign_in_verified(client, get_user_model().objects.get(username=username))
    return client


def test_the_khmer_catalogue_is_complete_and_up_to_date(tmp_path):
    """`make messages`, run in a copy of the project, finds no new string, and every entry is translated."""
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns(".*", "__pycache__", "*.mo", "media", "node_modules", "static_collected")
    for name in ("aple_site", "news", "resources", "takeaction", "templates", "locale"):
        shutil.copytree(ROOT / name, copy / name, ignore=ignore)
    shutil.copyfile(ROOT / "manage.py", copy / "manage.py")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "aple_site.settings.dev"}
    command = [sys.executable, "manage.py", "makemessages", "--locale", "km", "--no-obsolete", "--ignore=tests"]
    result = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(copy / "locale" / "km" / "LC_MESSAGES" / "django.po"))
    committed = polib.pofile(str(CATALOGUE))
    new = {(e.msgctxt, e.msgid) for e in fresh} - {(e.msgctxt, e.msgid) for e in committed}
    gone = {(e.msgctxt, e.msgid) for e in committed} - {(e.msgctxt, e.msgid) for e in fresh}
    assert not new and not gone, f"run `make messages` and translate: new {sorted(new)[:5]}, gone {sorted(gone)[:5]}"
    assert not fresh.untranslated_entries()
    assert not fresh.fuzzy_entries()
    translated = fresh.translated_entries()
    texts = [e.msgstr or "".join(e.msgstr_plural.values()) for e in translated]
    khmer = [text for text in texts if any("\u1780" <= ch <= "\u17ff" for ch in text)]
    assert len(khmer) >= 0.97 * len(translated)  # real Khmer, not copies of the English


def test_a_translator_opens_the_strings_editor_from_the_admin_menu(client, db):
    login(client, "translator")
    assert "Interface strings" in client.get("/admin/").content.decode()
    files = client.get(STRINGS)
    assert files.status_code == 200
    links = [a["href"] for a in soup(files).find_all("a", href=True) if "/files/project/km/" in a["href"]]
    assert links, "the Khmer catalogue is listed"
    assert not any("/files/project/en/" in link for link in links)
    editor = client.get(links[0])
    assert editor.status_code == 200
    assert "Skip to main content" in client.get(links[0], {"query": "Skip to main"}).content.decode()


@pytest.mark.parametrize("username", [None, "editor", "moderator", "analyst", "admin"])
def test_nobody_else_opens_the_strings_editor(client, db, username):
    if username:
        login(client, username)
        assert "Interface strings" not in client.get("/admin/").content.decode()
    for url in (STRINGS, STRINGS + "km/0/"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_translators_change_shows_on_the_running_site(client, db, scratch_catalogue):
    live_translations = scratch_catalogue
    login(client, "translator")
    files = soup(client.get(STRINGS))
    page = next(a["href"] for a in files.find_all("a", href=True) if "/files/project/km/" in a["href"])
    form = soup(client.get(page, {"query": "Skip to main content"}))
    field = next(
        textarea
        for textarea in form.find_all("textarea", attrs={"name": True})
        if textarea["name"].startswith("m_") and "រំលងទៅខ្លឹមសារចម្បង" in textarea.text
    )
    assert form_post(client, page + "?query=Skip+to+main+content", {field["name"]: "រំលងទៅអត្ថបទ"}).status_code == 302

    html = soup(client.get("/km/"))
    assert html.find("a", class_="skip-link").text == "រំលងទៅអត្ថបទ"
    saved = polib.pofile(str(live_translations / "km" / "LC_MESSAGES" / "django.po"))
    assert saved.find("Skip to main content").msgstr == "រំលងទៅអត្ថបទ"
    # The repository's catalogue is not touched: a deploy merges the edit back in (see sync test).
    assert polib.pofile(str(CATALOGUE)).find("Skip to main content").msgstr == "រំលងទៅខ្លឹមសារចម្បង"


def entry(msgid, msgstr):
    return polib.POEntry(msgid=msgid, msgstr=msgstr)


def write_catalogue(path, entries):
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "km"}
    for item in entries:
        catalogue.append(item)
    catalogue.save(str(path))


def test_a_deploy_keeps_translators_edits_and_brings_developers_changes(tmp_path, settings):
    repository, live = tmp_path / "repo", tmp_path / "live"
    settings.REPOSITORY_LOCALE, settings.TRANSLATIONS_DIR = repository, live
    repo_po = repository / "km" / "LC_MESSAGES" / "django.po"
    live_po = live / "km" / "LC_MESSAGES" / "django.po"
    write_catalogue(repo_po, [entry("Donate", "បរិច្ចាគ"), entry("Menu", "ម៉ឺនុយ"), entry("Old", "ចាស់")])
    call_command("sync_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115  first deploy
    assert live_po.with_suffix(".mo").exists()

    # A translator improves one string on the live site...
    edited = polib.pofile(str(live_po))
    edited.find("Donate").msgstr = "បរិច្ចាគឥឡូវនេះ"
    edited.save()
    # ...while developers fix another, add one and remove one.
    write_catalogue(repo_po, [entry("Donate", "បរិច្ចាគ"), entry("Menu", "បញ្ជីមុខងារ"), entry("Search", "ស្វែងរក")])
    call_command("sync_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115  next deploy

    merged = polib.pofile(str(live_po))
    assert merged.find("Donate").msgstr == "បរិច្ចាគឥឡូវនេះ"
    assert merged.find("Menu").msgstr == "បញ្ជីមុខងារ"
    assert merged.find("Search").msgstr == "ស្វែងរក"
    assert merged.find("Old") is None
    compiled = polib.mofile(str(live_po.with_suffix(".mo")))
    assert compiled.find("Donate").msgstr == "បរិច្ចាគឥឡូវនេះ"


def test_production_warns_when_translators_edits_would_be_lost(settings):
    from aple_site.core.apps import translations_dir_check

    settings.TRANSLATIONS_DIR = settings.REPOSITORY_LOCALE
    assert [w.id for w in translations_dir_check(None)] == ["core.W001"]
    settings.TRANSLATIONS_DIR = Path("/var/lib/aple/locale")
    assert translations_dir_check(None) == []


def test_the_live_catalogue_comes_first(settings):
    assert Path(settings.LOCALE_PATHS[0]) == Path(settings.TRANSLATIONS_DIR)


def test_a_translator_edits_khmer_beside_english_and_cannot_publish(client, db):
    page = StandardPageFactory()
    login(client, "translator")
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="title_en"' in html and 'name="title_km"' in html and 'id="body_km"' in html
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html


def test_a_translators_submission_waits_for_an_editor(client, db):
    users = {user.username: user for user in get_user_model().objects.all()}
    page = StandardPageFactory()
    old_title = page.title_km
    assert not page.permissions_for_user(users["translator"]).can_publish()

    page.title_km = "សំណួរដែលគេសួរញឹកញាប់"
    page.save_revision(user=users["translator"])
    workflow = page.get_workflow()
    assert workflow.name == "Editorial approval"
    state = workflow.start(page, users["translator"])
    assert soup(client.get(url_in(page, "km"))).h1.text == old_title  # not live yet

    login(client, "editor")
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])
    assert form_post(client, url, {"comment": "Thank you"}).status_code in (200, 302)
    page.refresh_from_db()
    assert page.title_km == "សំណួរដែលគេសួរញឹកញាប់" and page.live
    client.logout()
    assert soup(client.get(url_in(page, "km"))).h1.text == "សំណួរដែលគេសួរញឹកញាប់"


STATUS = "/admin/reports/translation-status/"


def status_rows(client, **query):
    html = soup(client.get(STATUS + "results/", query))
    return {row.select_one("td a").text.strip(): row.get_text(" ", strip=True) for row in html.select("tbody tr")}


def test_the_status_report_lists_a_page_without_khmer_until_it_is_translated(client, db):
    login(client, "translator")
    assert status_rows(client) == {}  # nothing is missing before (the demo is translated in full)
    section = StandardPageFactory(title_en="Our programmes")
    page = StandardPageFactory(parent=section, title_en="Victim Support", body_en=PARAGRAPH, body_km=[])
    khmer_body = json.dumps([{"type": "paragraph", "value": "<p>យើងជួយកុមារ និងគ្រួសាររបស់ពួកគេ។</p>"}])
    rows = status_rows(client)
    assert list(rows) == ["Victim Support"]
    assert "missing: Body" in rows["Victim Support"] and "Our programmes" in rows["Victim Support"]
    link = soup(client.get(STATUS)).select_one("tbody tr td a")["href"]
    assert link == reverse("wagtailadmin_pages:edit", args=[page.pk])

    page.body_km = khmer_body
    page.save_revision().publish()
    assert status_rows(client) == {}


def test_the_status_report_lists_khmer_older_than_english(client, db):
    login(client, "editor")
    page = StandardPageFactory(title_en="FAQ")
    page.intro_en = "Questions people often ask us, answered plainly."
    page.save_revision().publish()
    assert "older than the English" in status_rows(client)["FAQ"]
    # A translator brings the Khmer up to date.
    page.intro_km = "សំណួរដែលមនុស្សតែងតែសួរយើង ជាមួយនឹងចម្លើយច្បាស់ៗ។"
    page.save_revision().publish()
    assert "FAQ" not in status_rows(client)


def test_the_status_report_covers_snippets_filters_by_section_and_exports_csv(client, db):
    from aple_site.navigation.models import MenuItem

    login(client, "translator")
    MenuItem.objects.create(label_en="Who we are", label_km="", link_url="https://example.org/")
    service = HelpServiceFactory(name_en="A helpline", hours_en="Every day", hours_km="", phones=["1280"])
    phone = service.phones.get()
    phone.label_en, phone.label_km = "Free line", ""
    phone.save()

    rows = status_rows(client)
    assert "missing: Label" in rows["Who we are"] and "Main menu" in rows["Who we are"]
    assert "missing: Opening hours" in rows["A helpline"]
    assert "A helpline › 1280" in rows
    assert set(status_rows(client, section="model:navigation.menuitem")) == {"Who we are"}
    assert set(status_rows(client, problem="outdated")) == set()

    csv = client.get(STATUS, {"export": "csv"})
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[0].startswith("Item,Type,Section,Khmer")
    assert any(line.startswith("Who we are,Menu item,Main menu,missing: Label") for line in lines)


def test_the_status_report_is_for_translators_and_editors(client, db):
    for username, allowed in (("translator", True), ("editor", True), ("analyst", False)):
        login(client, username)
        response = client.get(STATUS)
        assert (response.status_code == 200) is allowed, username
        assert ("Translation status" in client.get("/admin/").content.decode()) is allowed


# Names that stay in Latin script in Khmer text: the organisation, brands, services, file formats, keys.
LATIN_NAMES = {
    "APLE", "Action", "Pour", "Les", "Enfants", "Facebook", "Telegram", "Messenger", "TikTok", "YouTube", "Vimeo",
    "INHOPE", "NCMEC", "KHQR", "SWIFT", "RSS", "PDF", "KB", "MB", "Esc", "Take", "It", "Down", "GlobalGiving",
    "NCCT", "MoSVY", "MoEYS", "AI",
}  # fmt: skip
# Proper names the Khmer text keeps in their original (an organisation, a study, an event, an award, a project).
LATIN_PHRASES = (
    "APLE Cambodia", "Child Helpline Cambodia", "Disrupting Harm", "Safer Internet Day", "Stars Impact Award",
    "Protect Victims of Sexual Abuse and Exploitation",
)  # fmt: skip
# A web address written without its scheme (internethotlinecambodia.org).
DOMAIN = re.compile(r"[\w.-]+\.(?:org|com|net|gov|kh)\b")


def english_words(response):
    """Latin-script words of a Khmer page that are not marked lang="en" (URLs and emails aside)."""
    from bs4 import Doctype

    html = soup(response)
    for tag in html(["script", "style", "noscript", "template"]):
        tag.decompose()
    words = set()
    for text in html.find_all(string=True):
        if isinstance(text, Doctype) or text.parent.get("lang") == "en" or text.parent.get("translate") == "no":
            continue
        if text.find_parent(attrs={"lang": "en"}) or text.find_parent(attrs={"translate": "no"}):
            continue
        for phrase in LATIN_PHRASES:
            text = text.replace(phrase, "")
        for token in text.split():
            if "@" in token or "://" in token or DOMAIN.search(token):
                continue
            words |= {w for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", token) if w not in LATIN_NAMES}
    return words


def test_khmer_pages_have_no_english_except_what_is_marked(client, demo_pages):
    from takeaction.models import ReportAbusePage, SeekHelpPage
    from tests.factories import VacancyFactory
    from tests.helpers import report_data, url_in

    responses = {url_in(page, "km"): client.get(url_in(page, "km")) for page in demo_pages}
    report = url_in(ReportAbusePage.objects.get(), "km")
    khmer = {"description": "ខ្ញុំបានឃើញវា", "csam_where": "វេទិកាមួយ", "csam_when": "ម្សិលមិញ"}
    responses["report: errors"] = form_post(client, report, report_data("csam", csam_urls="មិនមែន", **khmer))
    responses["report: received"] = form_post(client, report, report_data("offline"))
    responses["report: check"] = form_post(client, report + "check/", {"reference": "1234-5678-9012-3456-7890"})
    responses["help: filtered"] = client.get(url_in(SeekHelpPage.objects.get(), "km") + "?province=kep&kind=x")
    responses["404"] = client.get("/km/no-such-page/")
    closed = VacancyFactory(
        closing_date=date.today() - timedelta(days=1), location_en="Phnom Penh", location_km="រាជធានីភ្នំពេញ"
    )
    responses["vacancy: closed"] = client.get(url_in(closed, "km"))
    found = {where: words for where, response in responses.items() if (words := english_words(response))}
    assert found == {}


def test_khmer_digits_in_counts_page_numbers_and_filters_but_not_in_tel_links(client, db):
    from aple_site.navigation.models import SiteSettings

    khmer_digit = re.compile("[០-៩]")
    settings = SiteSettings.objects.get()
    settings.hotline_number = "092 311 511"
    settings.save()
    category = NewsIndexFactory()
    ArticleFactory.create_batch(13, parent=category)
    hub = url_in(category.get_parent(), "km")
    html = soup(client.get(hub + "?page=1"))
    assert khmer_digit.search(html.select_one(".listing__count").text)
    assert not re.search("[0-9]", html.select_one(".listing__count").text)
    pages = [a.text for a in html.select(".pagination a, .pagination [aria-current]")]
    assert "២" in pages and "2" not in pages
    years = html.select("select[name=year] option[value]")
    assert all(khmer_digit.search(o.text) and o["value"].isascii() for o in years if o["value"])
    tel_links = [a["href"] for a in html.select("a[href^='tel:']")]
    assert tel_links and all(re.fullmatch(r"tel:\+?[0-9]+", link) for link in tel_links)


def test_the_language_switch_names_each_language_in_itself(client, db):
    for language in ("en", "km"):
        switch = soup(client.get(f"/{language}/")).find("nav", class_="language-switch")
        labels = {el["lang"]: el.text for el in switch.find_all(attrs={"lang": True})}
        assert labels == {"km": "ខ្មែរ", "en": "English"}
        other = "km" if language == "en" else "en"
        assert switch.find("a", hreflang=other, lang=other) is not None


def test_images_and_documents_have_khmer_titles_and_alt_text(admin_client, client, db):
    image = ImageFactory()
    image.description, image.description_km = "Children at a safety session", "កុមារនៅក្នុងវគ្គអប់រំសុវត្ថិភាព"
    image.save()
    document = DocumentFactory()
    document.title, document.title_km = "Safety leaflet", "ខិត្តប័ណ្ណសុវត្ថិភាព"
    document.save()
    page = StandardPageFactory()
    body = [
        {"type": "image", "value": {"image": image.pk, "caption": "", "alt_text": ""}},
        {"type": "documents", "value": {"title": "", "items": [{"document": document.pk, "title": ""}]}},
    ]
    page.body_en = page.body_km = json.dumps(body)
    page.save_revision().publish()

    km, en = soup(client.get(url_in(page, "km"))), soup(client.get(url_in(page, "en")))
    assert km.select_one(".prose img")["alt"] == "កុមារនៅក្នុងវគ្គអប់រំសុវត្ថិភាព"
    assert en.select_one(".prose img")["alt"] == "Children at a safety session"
    assert "ខិត្តប័ណ្ណសុវត្ថិភាព" in km.select_one(".documents__link").text
    assert "Safety leaflet" in en.select_one(".documents__link").text

    form = admin_client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
    assert 'name="title_km"' in form and 'name="description_km"' in form
    form = admin_client.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert 'name="title_km"' in form
