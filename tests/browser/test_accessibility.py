"""Accessibility and weight of every page type, in both languages, in Debian's Chromium.

axe-core (tests/browser/package.json, installed by `make test`) is injected into each page and must find no
violation of the WCAG 2.0, 2.1 and 2.2 A and AA rules. The first load of each page, without images, must
stay under 100 KB on the wire, measured with the browser's own resource timing.
"""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from wagtail.models import Page

from tests.browser.conftest import ARTIFACTS, reject_cookies

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices (headings in order, landmarks, one main).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
FIRST_LOAD_LIMIT = 100 * 1024
IMAGE = re.compile(r"\.(avif|gif|ico|jpe?g|png|svg|webp)$")

# One page of each type (the first live one in the tree: the tests do not depend on the demo's wording), and the
# pages that are not Wagtail pages. test_every_page_type_is_checked keeps this list complete.
PAGES = {
    "HomePage": ("home.HomePage", ""),
    "StandardPage": ("home.StandardPage", ""),
    "ProgrammePage": ("home.ProgrammePage", ""),
    "glossary": (None, "/en/our-work/hotline/"),
    "NewsHubPage": ("news.NewsHubPage", ""),
    "NewsIndexPage": ("news.NewsIndexPage", ""),
    "ArticlePage": ("news.ArticlePage", ""),
    "ResourceLibraryPage": ("resources.ResourceLibraryPage", "?language=km&type=leaflet"),
    "ResourcePage": ("resources.ResourcePage", ""),
    "OnlineCoursePage": ("resources.OnlineCoursePage", ""),
    "LessonPage": ("resources.LessonPage", ""),
    "ReportAbusePage": ("takeaction.ReportAbusePage", ""),
    "SeekHelpPage": ("takeaction.SeekHelpPage", ""),
    "DonatePage": ("takeaction.DonatePage", ""),
    "GetInvolvedPage": ("takeaction.GetInvolvedPage", ""),
    "WorkWithUsPage": ("takeaction.WorkWithUsPage", ""),
    "VacancyPage": ("takeaction.VacancyPage", ""),
    "check my report": ("takeaction.ReportAbusePage", "check/"),
    "course completed": ("resources.OnlineCoursePage", "complete/"),
    "search results": (None, "/en/search/?q=report"),
    "cookie preferences": (None, "/en/consent/"),
    "page not found": (None, "/en/no-such-page/"),
}
LANGUAGES = ["en", "km"]
SMALL_TARGETS = """() => {
  const inText = el => {
    const block = el.closest('p, li, td, dd, figcaption, blockquote, h1, h2, h3, h4, label, legend');
    if (!block || block === el) return false;
    const words = node => node.textContent.replace(/\\s+/g, ' ').trim().length;
    return words(block) > words(el) + 3;
  };
  const box = el => {
    if (getComputedStyle(el, '::after').position === 'absolute') {
      let parent = el.parentElement;
      while (parent && getComputedStyle(parent).position === 'static') parent = parent.parentElement;
      if (parent) return parent.getBoundingClientRect();
    }
    return el.getBoundingClientRect();
  };
  const controls = 'a[href], button, summary, select, textarea, label.kind-option, '
    + 'input:not([type=hidden]):not([type=radio]):not([type=checkbox])';
  return Array.from(document.querySelectorAll(controls))
    .filter(el => el.checkVisibility({visibilityProperty: true}) && !el.closest('[aria-hidden=true], .skip-link'))
    .filter(el => !inText(el))
    .map(el => [el, box(el)])
    .filter(([, rect]) => rect.width < 44 || rect.height < 44)
    .map(([el, rect]) => `${el.outerHTML.slice(0, 70)}: ${Math.round(rect.width)}x${Math.round(rect.height)}`);
}"""


def address(kind, language):
    """The address of PAGES[kind] in this language."""
    from django.apps import apps

    from tests.helpers import url_in

    model, path = PAGES[kind]
    if model is None:
        return path.replace("/en/", f"/{language}/", 1)
    page = apps.get_model(model).objects.live().order_by("path").first()
    assert page is not None, f"no live {model} to check"
    return url_in(page, language) + path


@pytest.fixture(scope="module", autouse=True)
def a_vacancy(site_server):
    """The demo seeds no vacancy (there is none to announce): the checks get one of their own."""
    from takeaction.models import VacancyPage
    from tests.factories import VacancyFactory
    from tests.helpers import committed

    created = committed(lambda: None if VacancyPage.objects.live().exists() else VacancyFactory().pk)
    yield
    if created:
        committed(lambda: VacancyPage.objects.get(pk=created).delete())


@pytest.fixture(scope="session")
def axe_source():
    assert AXE.exists(), "axe-core is missing: `make test` installs it (npm ci in tests/browser)"
    return AXE.read_text()


def axe_violations(page, axe_source):
    page.evaluate(axe_source)  # through the browser's debugging protocol, which the page's CSP does not govern
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[node['target'] for node in v['nodes'][:3]]}"
        for v in result["violations"]
    ]


def test_every_page_type_is_checked(db):
    types = {type(page).__name__ for page in Page.objects.live().filter(depth__gte=2).specific()}
    assert types <= set(PAGES), f"add a page of each new type to PAGES: {sorted(types - set(PAGES))}"


def have_chosen(guest):
    """A visitor who has answered the cookie banner before (Reject all): pages open without it."""
    import uuid

    from aple_site.consent.models import ConsentSettings
    from aple_site.consent.state import COOKIE_NAME

    version = ConsentSettings.objects.get().policy_version
    guest.context.add_cookies([{"name": COOKIE_NAME, "value": f"{version}.{uuid.uuid4().hex}.", "url": guest.base}])


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(PAGES))
def test_no_accessibility_violations(visitor, axe_source, kind, language, viewport):
    guest = visitor(viewport=viewport)
    have_chosen(guest)
    page = guest.go(address(kind, language))
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("[data-consent-banner]:visible").count() == 0
    assert axe_violations(page, axe_source) == []


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["HomePage", "ArticlePage", "ReportAbusePage"])
def test_no_accessibility_violations_with_the_cookie_banner_open(visitor, axe_source, kind, language, viewport):
    """The banner is the same on every page: it is checked, open, on a page of each kind of layout (the home page,
    a page of text, the report form), then once answered."""
    page = visitor(viewport=viewport).go(address(kind, language))
    assert page.locator("[data-consent-banner]").is_visible()
    assert axe_violations(page, axe_source) == []
    reject_cookies(page)
    assert axe_violations(page, axe_source) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_form_in_its_error_state(visitor, axe_source, language):
    guest = visitor()
    page = guest.go(address("ReportAbusePage", language))
    reject_cookies(page)
    page.locator("label[for=id_kind_1]").click()
    page.locator("#id_online_platform").fill("Facebook")
    page.locator("#id_contact_me").check()
    page.locator("#id_contact_email").fill("not an address")
    with page.expect_navigation():
        page.locator("form.report-form button.button--report").click()
    summary = page.locator("[data-error-summary]")
    assert summary.is_visible()
    # The summary is announced and focused, and each of its lines leads to the field to fix.
    assert summary.evaluate("el => el === document.activeElement || el.contains(document.activeElement)")
    links = summary.locator("a")
    assert links.count() >= 2
    for index in range(links.count()):
        target = links.nth(index).get_attribute("href")
        field = page.locator(target)
        assert field.count() == 1
        described = field.get_attribute("aria-describedby") or ""
        assert field.get_attribute("aria-invalid") == "true"
        assert any(page.locator(f"#{id}").count() for id in described.split()), target
    assert page.locator("#id_online_platform").input_value() == "Facebook"
    assert axe_violations(page, axe_source) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_report_confirmation(visitor, axe_source, language):
    guest = visitor()
    page = guest.go(address("ReportAbusePage", language))
    reject_cookies(page)
    page.locator("label[for=id_kind_3]").click()
    page.locator("#id_description").fill("A test of the confirmation page's accessibility.")
    with page.expect_navigation():
        page.locator("form.report-form button.button--report").click()
    assert page.locator(".reference__number").is_visible()
    assert axe_violations(page, axe_source) == []


def small_targets(page):
    """Links and controls a thumb must hit that are under 44 by 44 CSS pixels (links inside a sentence, which
    WCAG exempts, left out; a link stretched over its card measured as the card)."""
    return page.evaluate(SMALL_TARGETS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(PAGES))
def test_touch_targets_are_at_least_44_px_on_a_phone(visitor, kind, language):
    guest = visitor(viewport=PHONE)
    page = guest.go(address(kind, language))
    assert small_targets(page) == []
    reject_cookies(page)
    page.locator(".menu-toggle__button").click()
    for index in range(page.locator(".submenu > summary").count()):
        page.locator(".submenu > summary").nth(index).click()
        assert small_targets(page) == []


def test_focus_is_always_visible(visitor):
    guest = visitor(viewport=DESKTOP)
    page = guest.go("/en/take-action/report-abuse/")
    reject_cookies(page)
    seen = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        style = page.evaluate(
            "() => { const el = document.activeElement, s = getComputedStyle(el);"
            " return [el.outerHTML.slice(0, 80), s.outlineStyle, parseFloat(s.outlineWidth), el === document.body]; }"
        )
        if style.pop():  # past the last control of the page
            break
        seen.add(style[0])
        assert style[1] != "none" and style[2] >= 2, style
    assert len(seen) > 20  # the walk went through the header, the menu and into the form


def test_reduced_motion_is_respected(visitor):
    guest = visitor(reduced_motion="reduce")
    page = guest.go("/en/")
    durations = page.evaluate(
        """() => Array.from(document.querySelectorAll('*')).map(el => getComputedStyle(el))
          .filter(s => parseFloat(s.transitionDuration) > 0.01 || parseFloat(s.animationDuration) > 0.01
                       || s.scrollBehavior === 'smooth').length"""
    )
    assert durations == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switch_says_which_language_each_link_is_in(visitor, language):
    guest = visitor()
    page = guest.go(f"/{language}/")
    links = page.locator(".language-switch li > *")
    labels = {links.nth(i).get_attribute("lang"): links.nth(i).inner_text() for i in range(links.count())}
    assert labels == {"en": "English", "km": "ខ្មែរ"}
    other = "km" if language == "en" else "en"
    assert page.locator(f".language-switch a[hreflang={other}][lang={other}]").count() == 1


def first_load(guest, path):
    """Bytes transferred for a first visit to `path`, images left out: [(address, type, bytes)]."""

    def without_images(route):
        route.abort() if route.request.resource_type == "image" else route.fallback()

    guest.context.route("**/*", without_images)
    page = guest.go(path)
    page.wait_for_load_state("networkidle")
    entries = page.evaluate(
        """() => [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
          .map(e => [e.name, e.initiatorType, e.transferSize])"""
    )
    return [entry for entry in entries if not IMAGE.search(urlsplit(entry[0]).path)]


@pytest.fixture(scope="module")
def weights():
    """Every page's first load, written to test-artifacts/first-load.json for the record."""
    measured = {}
    yield measured
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "first-load.json").write_text(json.dumps(measured, indent=1, sort_keys=True))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(PAGES))
def test_a_first_load_is_under_100_kb(visitor, weights, kind, language):
    guest = visitor()
    entries = first_load(guest, address(kind, language))
    total = sum(size for _, _, size in entries)
    weights[f"{language} {kind}"] = {"total": total, "files": entries}
    # Every file came compressed (the font files are compressed already) and was really measured.
    assert all(size > 0 for _, _, size in entries), entries
    assert total < FIRST_LOAD_LIMIT, f"{total / 1024:.1f} KB: {entries}"
    # Only our own fonts, and only the script of the page: an English page does not fetch the Khmer font.
    fonts = sorted(name.rsplit("/", 1)[1].split(".")[0] for name, _, _ in entries if ".woff2" in name)
    assert {"en": ["noto-sans-khmer-label", "noto-sans-latin"], "km": ["noto-sans-khmer", "noto-sans-latin"]}[
        language
    ] == [f for f in fonts if f != "noto-sans-latin-italic"]


@pytest.fixture
def photographed_story():
    """Three stories on one topic, each with an editor's photograph (the demo has none), committed for the site's
    server and removed afterwards: the address of one of them."""
    from wagtail.images import get_image_model

    from news.models import NewsTag
    from tests.factories import ArticleFactory, ImageFactory, NewsIndexFactory, NewsTagFactory
    from tests.helpers import committed

    def make():
        stories, topic = NewsIndexFactory(), NewsTagFactory()
        articles = [
            ArticleFactory(
                parent=stories,
                tags=[topic],
                image=ImageFactory(file__width=1200, file__height=800),
                image_alt_en="A school visit",
            )
            for _ in range(3)
        ]
        return stories.get_parent().pk, topic.pk, [a.image_id for a in articles], articles[0].url

    hub, topic, images, url = committed(make)
    yield url

    def remove():
        Page.objects.get(pk=hub).delete()
        NewsTag.objects.filter(pk=topic).delete()
        get_image_model().objects.filter(pk__in=images).delete()

    committed(remove)


def test_photographs_have_their_size_their_alt_text_and_wait_below_the_fold(visitor, photographed_story):
    guest = visitor(viewport=PHONE)
    page = guest.go(photographed_story)
    page.wait_for_load_state("load")
    images = page.evaluate(
        """() => Array.from(document.querySelectorAll('main picture img')).map(img => ({
            alt: img.getAttribute('alt'), loading: img.getAttribute('loading'), width: img.getAttribute('width'),
            height: img.getAttribute('height'), shown: img.complete && img.naturalWidth > 0,
            top: img.getBoundingClientRect().top + window.scrollY, src: img.currentSrc}))"""
    )
    lead, *cards = images
    assert lead["alt"] == "A school visit" and lead["loading"] == "eager" and lead["shown"], lead
    assert lead["src"].endswith(".avif"), lead  # Chromium takes the first format it reads
    assert len(cards) == 2 and all(card["alt"] == "" and card["loading"] == "lazy" for card in cards), cards
    assert all(image["width"] and image["height"] for image in images), images
    assert all(card["top"] > PHONE["height"] for card in cards)


@pytest.mark.parametrize("kind", list(PAGES))
def test_images_have_their_size_and_those_below_the_fold_wait(visitor, kind):
    guest = visitor(viewport=PHONE)
    page = guest.go(address(kind, "en"))
    images = page.evaluate(
        """() => Array.from(document.querySelectorAll('img')).map(img => ({
            src: img.getAttribute('src'), loading: img.getAttribute('loading'), width: img.getAttribute('width'),
            height: img.getAttribute('height'), top: img.getBoundingClientRect().top + window.scrollY}))"""
    )
    for image in images:
        assert image["width"] and image["height"], image
        if image["top"] > PHONE["height"] and not image["src"].endswith(".svg"):
            # Only a page's lead image (its picture at the top of the content, marked "eager") may load at once.
            assert image["loading"] in ("lazy", "eager"), image
    below = [image for image in images if image["top"] > PHONE["height"] and image["loading"] != "lazy"]
    assert len([image for image in below if not image["src"].endswith(".svg")]) <= 1, below
    # Fonts swap in when they arrive (the text shows at once in a fallback), and nothing render-blocking
    # comes from another host.
    assert set(page.evaluate("() => Array.from(document.fonts).map(font => font.display)")) == {"swap"}
    blocking = page.evaluate(
        """() => Array.from(document.querySelectorAll(
            'head script[src]:not([defer]):not([async]), head link[rel=stylesheet]'))
          .map(el => el.src || el.href).filter(url => new URL(url).host !== location.host)"""
    )
    assert blocking == []
