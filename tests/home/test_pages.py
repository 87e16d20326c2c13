"""What a reader notices on every page, in both languages: the demo tree as a whole (its smoke tests), and pages
the tests make."""

import json

import pytest
from django.urls import reverse

from aple_site.home.models import HomePage, ProgrammePage, StandardPage
from news.models import ArticlePage, NewsHubPage, NewsIndexPage
from resources.models import LessonPage, OnlineCoursePage, ResourceLibraryPage, ResourcePage
from tests.factories import StandardPageFactory
from tests.helpers import soup, title_in, url_in

LANGUAGES = ["en", "km"]


@pytest.mark.parametrize("language,other", [("en", "km"), ("km", "en")])
def test_every_demo_page_answers_in_its_language_and_switches_to_itself(client, demo_pages, language, other):
    """One pass over the demo per language: each page answers in it, and its language switch leads to the same
    page's address in the other language (which the other pass opens)."""
    assert len(demo_pages) >= 36
    for page in demo_pages:
        url = url_in(page, language)
        assert url.startswith(f"/{language}/"), url
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.context["page"].pk == page.pk
        html = soup(response)
        assert html.html["lang"] == language
        title = title_in(page, language)
        assert title in html.title.text or getattr(page, f"seo_title_{language}") == html.title.text, url
        if isinstance(page, LessonPage):
            # A lesson opens on its first topic: the topic is the heading, the lesson is in the breadcrumb.
            assert title in html.find(class_="breadcrumbs").get_text(), url
        elif not isinstance(page, HomePage):
            # A programme page may have a heading of its own (its title stays in the menu and breadcrumb).
            heading = getattr(page, f"heading_{language}", "") or getattr(page, "heading_en", "") or title
            assert html.h1.get_text(strip=True) == heading, url
        menu = html.find("nav", class_="main-menu")
        assert menu is not None and len(menu.find_all("a")) >= 20, url
        assert html.find("footer", class_="site-footer") is not None
        switch = html.find("nav", class_="language-switch").find("a", hreflang=other)
        assert switch["href"] == url_in(page, other), url


def test_khmer_pages_show_khmer_text(client, demo_pages):
    """Every demo page has real Khmer in its title, and the Khmer interface strings are used."""
    for page in demo_pages:
        assert any("\u1780" <= ch <= "\u17ff" for ch in page.title_km), page.title_en
    html = soup(client.get("/km/"))
    assert html.find("a", class_="skip-link").text == "រំលងទៅខ្លឹមសារចម្បង"
    assert "ខ្សែទូរសព្ទបន្ទាន់" in html.find("div", class_="topbar").text


def test_language_switch_keeps_the_query_string(client, db):
    page = StandardPageFactory()
    html = soup(client.get(url_in(page, "en") + "?page=2&tag=online"))
    href = html.find("nav", class_="language-switch").find("a", hreflang="km")["href"]
    assert href == url_in(page, "km") + "?page=2&tag=online"


def test_hreflang_links_for_both_languages_and_x_default(client, db):
    page = StandardPageFactory(parent=StandardPageFactory())
    html = soup(client.get(url_in(page, "km")))
    links = {link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate")}
    assert links["en"] == "http://testserver" + url_in(page, "en")
    assert links["km"] == "http://testserver" + url_in(page, "km")
    assert links["x-default"] == links["en"]


def test_a_khmer_slug_can_differ_from_the_english_one(client, db):
    about = StandardPageFactory(slug_en="about-the-team")
    faq = StandardPageFactory(parent=about, slug_en="questions")
    about.slug_km = "ampi-krom"
    about.save_revision().publish()
    faq.refresh_from_db()
    assert url_in(faq, "km") == "/km/ampi-krom/questions/"
    assert url_in(faq, "en") == "/en/about-the-team/questions/"
    response = client.get("/km/ampi-krom/questions/")
    assert response.status_code == 200 and response.context["page"].pk == faq.pk
    switch = soup(response).find("nav", class_="language-switch").find("a", hreflang="en")
    assert switch["href"] == "/en/about-the-team/questions/"
    assert client.get("/km/about-the-team/questions/").status_code == 404


def test_missing_khmer_falls_back_to_english_marked_lang_en(client, db):
    body = [{"type": "paragraph", "value": "<p>ការទទួលស្គាល់ពីដៃគូរបស់យើង។</p>"}]
    page = StandardPageFactory(title_en="Recognitions", body_km=json.dumps(body))
    page.title_km = ""
    page.intro_km = ""
    page.save_revision().publish()
    html = soup(client.get(url_in(page, "km")))
    assert html.html["lang"] == "km"
    assert html.h1.text == page.title_en
    assert html.h1["lang"] == "en"
    assert html.find("p", class_="lead")["lang"] == "en"
    assert html.find("p", class_="notice") is not None
    # The Khmer body is still there and is not marked English.
    assert not html.find("div", class_="prose").has_attr("lang")


def test_root_redirects_by_accept_language(client, db):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="km-KH,km;q=0.9,en;q=0.5")
    assert response.status_code == 302 and response["Location"] == "/km/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")
    assert response["Location"] == "/en/"
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize(
    "path,language",
    [
        ("/km/no-such-page/", "km"),
        ("/en/no-such-page/", "en"),
        ("/km/about/%ff%fe/", "km"),
        ("/en/<script>alert(1)</script>/", "en"),
        ("/en/" + "a/" * 300, "en"),
        ("/km/about-us/../../etc/passwd", "km"),
    ],
)
def test_malformed_urls_give_the_site_404_in_the_right_language(client, db, path, language):
    response = client.get(path)
    assert response.status_code == 404
    html = soup(response)
    assert html.html["lang"] == language
    assert html.find("nav", class_="main-menu") is not None
    expected = {"en": "Page not found", "km": "រកមិនឃើញទំព័រ"}[language]
    assert html.h1.text == expected


def test_programme_cards_and_impact_figures_on_home(client, db):
    html = soup(client.get("/km/"))
    cards = html.select(".cards--programmes .card")
    assert len(cards) == 5
    assert all(card.find("a")["href"].startswith("/km/") for card in cards)
    figures = html.select(".stats__value")
    assert len(figures) == 4
    assert any(ch in "០១២៣៤៥៦៧៨៩" for ch in figures[0].text)
    # The demo has no photographs: each programme card shows its own drawing (tests/core/test_artwork.py holds
    # the photographs' renditions with pictures of its own).
    assert all(card.select_one(".card-art svg") is not None and card.find("img") is None for card in cards)
    assert len({" ".join(card.select_one(".card-art")["class"]) for card in cards}) == 5


def test_admin_edit_view_of_each_page_type(admin_client, db):
    for model in (
        HomePage,
        StandardPage,
        ProgrammePage,
        NewsHubPage,
        NewsIndexPage,
        ArticlePage,
        ResourceLibraryPage,
        ResourcePage,
        OnlineCoursePage,
        LessonPage,
    ):
        page = model.objects.first()
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        content = response.content.decode()
        assert 'name="title_km"' in content and 'name="title_en"' in content
    response = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", HomePage.objects.first().pk])
    )
    assert response.status_code == 200


def test_private_sections_stay_private_and_open_again(client, db):
    """Routing reads all levels of an address at once and keeps the private sections in the cache: a page
    that gets a view restriction (and the pages below it) asks for a login at once, leaves its section's
    cards, and is public again as soon as the restriction goes."""
    from wagtail.models import PageViewRestriction

    about = StandardPageFactory()
    team, faq = StandardPageFactory(parent=about), StandardPageFactory(parent=about)

    def cards(language):
        return [a["href"] for a in soup(client.get(url_in(about, language))).select("nav.child-pages a")]

    assert client.get(url_in(team, "en")).status_code == 200
    assert url_in(team, "en") in cards("en")
    restriction = PageViewRestriction.objects.create(page=team, restriction_type=PageViewRestriction.LOGIN)
    for language in ("en", "km"):
        assert client.get(url_in(team, language)).status_code == 302  # to the login page
        assert url_in(team, language) not in cards(language)
        assert client.get(url_in(faq, language)).status_code == 200  # its sibling is still public
    restriction.delete()
    assert client.get(url_in(team, "en")).status_code == 200
    assert url_in(team, "en") in cards("en")


@pytest.mark.parametrize("suffix", ["no-such-page/", "faq/no-such-page/", "faq/feed/"])
def test_unknown_addresses_below_a_page_are_404(client, db, suffix):
    about = StandardPageFactory()
    StandardPageFactory(parent=about, slug_en="faq")
    assert client.get(url_in(about, "en") + suffix).status_code == 404
