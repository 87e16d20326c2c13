"""Translations are untrusted input: a translator cannot put markup or script into any page, public or admin."""

from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from django.template import Context, Engine, Template
from django.utils import translation
from django.utils.translation.reloader import translation_file_changed

from aple_site.core.catalogue import catalogue_problems, problems
from tests.core.test_translators import STRINGS, login
from tests.helpers import form_post, sign_in_verified, soup

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "km" / "LC_MESSAGES" / "django.po"
HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<a href='javascript:alert(1)'>ចុច</a>",
    "&lt;script&gt;",
    '" autofocus onfocus="alert(1)',
    "ja\tvascript:alert(1)",
    "<!-- -->",
]


def test_every_string_of_the_catalogue_keeps_to_the_markup_of_its_english():
    catalogue = polib.pofile(str(CATALOGUE))
    assert len(catalogue) > 600
    assert catalogue_problems(catalogue) == []


@pytest.mark.parametrize("hostile", HOSTILE)
def test_markup_a_translation_adds_is_named(hostile):
    assert problems("Search", "ស្វែងរក " + hostile)


def test_the_markup_of_the_english_may_be_kept_and_moved():
    english = 'Call the police on <a href="tel:1288" class="nowrap">%(police)s</a> or us.'
    assert problems(english, 'ហៅមកយើង ឬ <a href="tel:1288"  class="nowrap">%(police)s</a> ប៉ូលិស។') == []
    assert problems(english, 'ហៅ <a href="tel:1288" class="nowrap" onclick="x">%(police)s</a>')
    assert problems(english, '<a href="tel:1288" class="nowrap">%(police)s</a> <a href="tel:1288" class="nowrap">')
    assert problems("Don't share it", "កុំចែករំលែកវា") == []


def editor_page(client, query):
    """The strings editor's page holding `query`, and its box for that string's Khmer."""
    files = soup(client.get(STRINGS))
    page = next(a["href"] for a in files.find_all("a", href=True) if "/files/project/km/" in a["href"])
    form = soup(client.get(page, {"query": query}))
    box = next(
        textarea
        for textarea in form.find_all("textarea", attrs={"name": True})
        if textarea["name"].startswith("m_") and query in textarea.find_parent("tr").text
    )
    return page + "?query=" + query.replace(" ", "+"), box["name"]


@pytest.mark.parametrize("hostile", HOSTILE[:5])
def test_the_strings_editor_refuses_a_translation_that_adds_markup(client, db, scratch_catalogue, hostile):
    live = scratch_catalogue / "km" / "LC_MESSAGES" / "django.po"
    before = live.read_bytes()
    login(client, "translator")
    url, name = editor_page(client, "Skip to main content")
    typed = "រំលងទៅខ្លឹមសារ " + hostile
    response = form_post(client, url, {name: typed})

    assert response.status_code == 400
    page = soup(response)
    assert "Not saved" in page.find(class_="messages").text
    assert "Skip to main content" in page.find(class_="messages").text
    assert page.find("textarea", attrs={"name": name}).text == typed  # what the translator typed is still there
    assert live.read_bytes() == before
    assert soup(client.get("/km/")).find("a", class_="skip-link").text == "រំលងទៅខ្លឹមសារចម្បង"


def test_the_strings_editor_saves_nothing_of_a_page_with_one_refused_string(client, db, scratch_catalogue):
    live = scratch_catalogue / "km" / "LC_MESSAGES" / "django.po"
    login(client, "translator")
    url, name = editor_page(client, "Skip to main content")
    response = form_post(client, url, {name: "រំលង<b>ទៅ</b>", "m_0123456789abcdef0123456789abcdef": "x"})
    assert response.status_code == 400
    assert polib.pofile(str(live)).find("Skip to main content").msgstr == "រំលងទៅខ្លឹមសារចម្បង"


def test_the_strings_editor_keeps_a_links_markup_and_saves(client, db, scratch_catalogue):
    live = scratch_catalogue / "km" / "LC_MESSAGES" / "django.po"
    entry = next(e for e in polib.pofile(str(live)) if 'href="tel:1288"' in e.msgid)
    login(client, "translator")
    url, name = editor_page(client, "If a child is in danger now")
    moved = entry.msgstr.replace("ប្រសិនបើ", "បើ", 1)
    assert moved != entry.msgstr
    assert form_post(client, url, {name: moved}).status_code == 302
    assert polib.pofile(str(live)).find(entry.msgid).msgstr == moved


def test_a_deploy_does_not_keep_a_translators_edit_that_adds_markup(tmp_path, settings):
    from tests.core.test_translators import entry, write_catalogue

    repository, live = tmp_path / "repo", tmp_path / "live"
    settings.REPOSITORY_LOCALE, settings.TRANSLATIONS_DIR = repository, live
    repo_po, live_po = (root / "km" / "LC_MESSAGES" / "django.po" for root in (repository, live))
    write_catalogue(repo_po, [entry("Donate", "បរិច្ចាគ"), entry("Menu", "ម៉ឺនុយ")])
    call_command("sync_translations", stdout=open("/dev/null", "w"), stderr=open("/dev/null", "w"))  # noqa: SIM115
    edited = polib.pofile(str(live_po))
    edited.find("Donate").msgstr = "បរិច្ចាគ<script>alert(1)</script>"  # written past the editor, on disk
    edited.find("Menu").msgstr = "បញ្ជី"
    edited.save()

    from io import StringIO

    errors = StringIO()
    call_command("sync_translations", stdout=StringIO(), stderr=errors)
    merged = polib.mofile(str(live_po.with_suffix(".mo")))
    assert merged.find("Donate").msgstr == "បរិច្ចាគ"
    assert merged.find("Menu").msgstr == "បញ្ជី"
    assert "Donate" in errors.getvalue()

    # A developer's own string that adds markup is not compiled either: the English shows instead.
    write_catalogue(repo_po, [entry("Donate", "បរិច្ចាគ<b>"), entry("Menu", "ម៉ឺនុយ")])
    call_command("sync_translations", stdout=StringIO(), stderr=StringIO())
    assert polib.mofile(str(live_po.with_suffix(".mo"))).find("Donate") is None


def tampered(catalogue_dir, changes):
    """The live catalogue changed on disk (past every check), compiled and picked up."""
    live = catalogue_dir / "km" / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(live))
    for msgid, msgstr in changes.items():
        catalogue.find(msgid).msgstr = msgstr
    catalogue.save()
    catalogue.save_as_mofile(str(live.with_suffix(".mo")))
    translation_file_changed(sender=None, file_path=Path("django.mo"))


def test_a_translation_with_markup_is_shown_as_text_on_public_and_admin_pages(client, db, scratch_catalogue):
    from django.contrib.auth import get_user_model

    tampered(
        scratch_catalogue,
        {
            "Skip to main content": "<script>alert(1)</script>រំលង",
            "Hotline reports": '<img src=x onerror="alert(1)">',
            "Search": 'ស្វែងរក" onfocus="alert(1)',
        },
    )
    page = client.get("/km/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;រំលង" in page
    assert "<script>alert" not in page
    assert 'onfocus="alert' not in page

    sign_in_verified(client, get_user_model().objects.get(username="analyst"))
    client.cookies["django_language"] = "km"
    with translation.override("km"):
        admin = client.get("/admin/hotline-reports/", HTTP_ACCEPT_LANGUAGE="km").content.decode()
    assert "&lt;img src=x onerror=" in admin
    assert "<img src=x" not in admin


CASES = [
    '{% translate "Read <a href=\\"/x/\\">more</a>" %}',
    '{% translate "Read <a href=\\"/x/\\">more</a>" as label %}[{{ label }}]',
    '{% translate "One line<br>and the next" %}',
    "{% blocktranslate with name=value %}Hello <b>{{ name }}</b>{% endblocktranslate %}",
    "{% blocktranslate count n=count %}<b>{{ n }}</b> item{% plural %}<b>{{ n }}</b> items{% endblocktranslate %}",
    '{% blocktranslate trimmed context "menu" with name=value %} Hi <i>{{ name }}</i> {% endblocktranslate %}',
    "{% blocktranslate with name=value asvar text %}Hi <i>{{ name }}</i>{% endblocktranslate %}({{ text }})",
    "{% autoescape off %}{% blocktranslate with name=value %}Hi <i>{{ name }}</i>{% endblocktranslate %}"
    "{% endautoescape %}",
]


@pytest.mark.parametrize("source", CASES)
def test_strings_with_markup_by_design_render_as_django_renders_them(source):
    """Our i18n library (aple_site/core/templatetags/i18n_escaped.py) repeats part of Django's: where the English holds
    markup it must render exactly as Django's own tags, whatever Django's version."""
    ours = Engine(libraries={"i18n": "aple_site.core.templatetags.i18n_escaped"})
    django = Engine(libraries={"i18n": "django.templatetags.i18n"})
    context = {"value": "<x>", "count": 2}
    for language in ("en", "km"):
        with translation.override(language):
            expected = Template("{% load i18n %}" + source, engine=django).render(Context(context))
            assert ours.from_string("{% load i18n %}" + source).render(Context(context)) == expected


def test_strings_without_markup_are_escaped_in_every_form(monkeypatch):
    hostile = '<b>"x"</b>'
    monkeypatch.setattr(translation, "gettext", lambda message: hostile)
    monkeypatch.setattr(translation, "ngettext", lambda singular, plural, count: hostile)
    monkeypatch.setattr(translation, "pgettext", lambda context, message: hostile)
    engine = Engine(libraries={"i18n": "aple_site.core.templatetags.i18n_escaped"})
    escaped = "&lt;b&gt;&quot;x&quot;&lt;/b&gt;"
    for source in (
        "{% blocktranslate %}Plain{% endblocktranslate %}",
        "{% blocktranslate with n=1 %}Plain {{ n }}{% endblocktranslate %}",
        "{% blocktranslate count n=2 %}One{% plural %}Many{% endblocktranslate %}",
        '{% blocktranslate context "c" %}Plain{% endblocktranslate %}',
        "{% blocktranslate asvar t %}Plain{% endblocktranslate %}{{ t }}",
    ):
        assert engine.from_string("{% load i18n %}" + source).render(Context()) == escaped, source


def test_the_projects_templates_load_the_escaping_library():
    from django.template import engines

    libraries = engines["django"].engine.template_libraries
    assert libraries["i18n"].tags["translate"].__module__ == "aple_site.core.templatetags.i18n_escaped"
    assert libraries["i18n"].tags["blocktranslate"].__module__ == "aple_site.core.templatetags.i18n_escaped"
