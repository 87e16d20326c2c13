"""Without a photograph, cards and pages show the site's own drawing (core/templatetags/artwork.py), never an
empty box or a broken picture; with one, the photograph (renditions in modern formats, its size, lazy below the
fold, its alt text). The header shows the wordmark, named for screen readers, in both languages."""

import pytest

from tests.factories import (
    ArticleFactory,
    ImageFactory,
    NewsIndexFactory,
    NewsTagFactory,
    ResourceFactory,
    ResourceTypeFactory,
    StandardPageFactory,
)
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_header_shows_the_wordmark_by_its_name(client, language):
    html = soup(client.get(f"/{language}/"))
    brand = html.select_one(".site-header a.brand")
    assert brand["href"] == f"/{language}/"
    wordmark = brand.select_one("img.brand__wordmark")
    assert wordmark["src"].endswith(".svg") and "aple-wordmark" in wordmark["src"]
    assert wordmark["alt"] == "APLE Cambodia" and wordmark["lang"] == "en"
    assert wordmark["width"] and wordmark["height"]
    assert html.select_one("link[rel=icon][type='image/svg+xml']")["href"].endswith(".svg")
    assert html.select_one(".site-footer__wordmark img")["alt"] == ""  # the footer's heading names it


def drawing(card):
    art = card.select_one(".card-art")
    assert art is not None and art["aria-hidden"] == "true", card
    assert art.select_one("svg path") is not None
    return art


@pytest.mark.parametrize("language", ["en", "km"])
def test_a_story_without_a_photograph_shows_the_drawing_of_its_kind(client, language):
    news = NewsIndexFactory(title_en="News articles")
    ArticleFactory(parent=news)
    stories = NewsIndexFactory(parent=news.get_parent(), title_en="Case stories")  # at case-stories/
    ArticleFactory(parent=stories)

    for index, kind in ((news, "article"), (stories, "story")):
        html = soup(client.get(index.url.replace("/en/", f"/{language}/", 1)))
        card = html.select_one(".card--article")
        assert "card-art--" + kind in drawing(card)["class"]
        assert card.select("img, picture") == []


def test_a_story_with_a_photograph_shows_it_with_its_size_and_alt_text(client):
    stories = NewsIndexFactory()
    topic = NewsTagFactory()
    photo = ImageFactory(file__width=1200, file__height=800)
    article = ArticleFactory(
        parent=stories, image=photo, image_alt_en="Children at a school session", tags=[topic], title_en="First"
    )
    ArticleFactory(
        parent=stories, image=ImageFactory(file__width=1200, file__height=800), tags=[topic], title_en="Second"
    )

    listing = soup(client.get(stories.url))
    card = listing.select_one(".card--article")
    assert card.select_one(".card-art") is None
    assert {source["type"] for source in card.select("picture source")} == {"image/avif", "image/webp"}
    img = card.select_one("picture img")
    assert img["loading"] == "lazy" and img["alt"] == "" and img["width"] and img["height"]  # the title says it
    assert "srcset" in img.attrs

    page = soup(client.get(article.url))
    lead = page.select_one(".article__image picture img")
    assert lead["alt"] == "Children at a school session" and lead["loading"] == "eager"
    related = page.select_one("[aria-labelledby=related-heading] .card--article picture img")
    assert related["loading"] == "lazy"


def test_a_programme_page_and_its_card_show_the_programme_drawing(client):
    our_work = StandardPageFactory(title_en="Programmes")
    StandardPageFactory(parent=our_work, title_en="Early prevention")  # the programme's address: early-prevention
    StandardPageFactory(parent=our_work, title_en="Partners")

    html = soup(client.get(our_work.url))
    cards = html.select(".child-pages .card")
    assert ["card-art--prevention" in drawing(card)["class"] for card in cards] == [True, False]
    assert "card-art--page" in drawing(cards[1])["class"]  # any other page: the brand's arch
    assert html.select(".child-pages img") == []

    programme = soup(client.get(f"{our_work.url}early-prevention/"))
    assert "card-art--panel" in drawing(programme.select_one(".page-header"))["class"]
    with_photo = StandardPageFactory(parent=our_work, title_en="Hotline", image=ImageFactory())
    header = soup(client.get(with_photo.url)).select_one(".page-header")
    assert header.select_one(".card-art") is None and header.select_one("picture img.page-header__image")


def test_a_resource_without_a_cover_shows_the_drawing_of_its_type(client):
    video = ResourceFactory(resource_type=ResourceTypeFactory(slug="video"))
    ResourceFactory(parent=video.get_parent())

    library = soup(client.get(video.get_parent().url))
    kinds = sorted(
        next(c for c in drawing(card)["class"] if c.startswith("card-art--") and c != "card-art--cover")
        for card in library.select(".card--resource")
    )
    assert kinds == ["card-art--document", "card-art--video"]
    assert library.select(".card--resource img") == []
    page = soup(client.get(video.url))
    assert "card-art--video" in drawing(page.select_one(".resource__cover"))["class"]
