"""News and stories: listings, filters, article pages, view counts and feeds."""

import datetime
import json
import threading
from types import SimpleNamespace

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from aple_site.core.templatetags.aple_tags import local_date, local_number
from news.models import ArticlePage, ArticleRelatedLink, ArticleViews, NewsTag
from tests.factories import ArticleFactory, ImageFactory, NewsHubFactory, NewsIndexFactory, NewsTagFactory
from tests.helpers import committed, soup, url_in


@pytest.fixture
def news(db):
    """A news section of the test's own: a hub with two categories of articles, tagged and dated."""
    hub = NewsHubFactory(title_en="Newsroom", title_km="បន្ទប់ព័ត៌មាន")
    campaigns = NewsTagFactory(slug="campaigns", name_en="Campaigns", name_km="យុទ្ធនាការ")
    stories = NewsIndexFactory(parent=hub, title_en="Field Stories", title_km="រឿងពីមូលដ្ឋាន")
    notes = NewsIndexFactory(parent=hub, title_en="Field Notes", title_km="កំណត់ត្រាពីមូលដ្ឋាន")
    articles = [
        ArticleFactory(
            parent=stories,
            title_en="Report it, do not share it",
            date=datetime.date(2021, 6, 22),
            tags=[campaigns],
            image=ImageFactory(),
        ),
        ArticleFactory(parent=stories, date=datetime.date(2021, 3, 1)),
        ArticleFactory(parent=stories, date=datetime.date(2022, 5, 9), tags=[campaigns]),
        ArticleFactory(parent=stories, date=datetime.date(2023, 1, 15), image=ImageFactory()),
        ArticleFactory(parent=notes, date=datetime.date(2021, 8, 30), tags=[campaigns]),
        ArticleFactory(parent=notes, date=datetime.date(2022, 2, 2)),
        ArticleFactory(parent=notes, date=datetime.date(2024, 4, 4)),
    ]
    return SimpleNamespace(hub=hub, stories=stories, notes=notes, articles=articles, campaigns=campaigns)


def make_category(title="Test stories"):
    return NewsIndexFactory(title_en=title, title_km="រឿងសាកល្បង")


def make_article(parent, number, date=None, tags=(), **extra):
    date = date or datetime.date(2024, 1, 1) + datetime.timedelta(days=number)
    return ArticleFactory(
        parent=parent, title_en=f"Story {number}", title_km=f"រឿងទី {number}", date=date, tags=list(tags), **extra
    )


def count_queries(client, path):
    client.get(path)  # renditions and caches on the first view
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def test_listing_and_article_query_counts_do_not_grow_with_articles(client, db):
    parent = make_category()
    tag = NewsTag.objects.first()
    articles = [make_article(parent, n, tags=[tag]) for n in range(5)]
    listing_5 = count_queries(client, url_in(parent, "en"))
    hub_5 = count_queries(client, url_in(parent.get_parent(), "km"))
    article_5 = count_queries(client, url_in(articles[2], "km"))
    articles += [make_article(parent, n, tags=[tag]) for n in range(5, 50)]
    assert count_queries(client, url_in(parent, "en")) == listing_5
    assert count_queries(client, url_in(parent.get_parent(), "km")) == hub_5
    assert count_queries(client, url_in(articles[2], "km")) == article_5
    html = soup(client.get(url_in(parent, "en")))
    assert len(html.select(".cards--articles .card")) == 12
    assert [a.text for a in html.select(".pagination a, .pagination span") if a.text.strip().isdigit()][-1] == "5"


def test_category_lists_newest_first_with_card_details(client, news):
    ArticleViews.objects.create(page=news.articles[3], views=1234)  # the newest of the category
    html = soup(client.get(url_in(news.stories, "km")))
    cards = html.select(".cards--articles .card")
    dates = [card.find("time")["datetime"] for card in cards]
    assert dates == sorted(dates, reverse=True) and len(cards) >= 4
    first = cards[0]
    assert first.find("img") is not None
    assert "ចំនួនមើល" in first.select_one(".card__meta").text and "១,២៣៤" in first.select_one(".card__meta").text
    assert "ចំនួនមើល" not in cards[1].select_one(".card__meta").text  # never read: no count at all
    assert any(
        month in first.find("time").text
        for month in ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]
    )


@pytest.mark.parametrize(
    "query,status,message",
    [
        ("?page=abc", 200, None),
        ("?page=99999", 200, None),
        ("?page=-3", 200, None),
        ("?year=drop%20table", 400, "That filter is not available"),
        ("?tag=%3Cscript%3E", 400, "That filter is not available"),
        ("?year=1999", 400, "That filter is not available"),
        ("?year=2021&tag=campaigns", 200, None),
    ],
)
def test_malformed_and_out_of_range_query_values(client, news, query, status, message):
    response = client.get(url_in(news.stories, "en") + query)
    assert response.status_code == status
    html = soup(response)
    if message:
        assert message in html.find(class_="filters__error").text
        assert html.find(class_="listing__empty") is not None
    else:
        assert html.select(".cards--articles .card")
    if "year=" in query or "tag=" in query:
        assert response["X-Robots-Tag"] == "noindex"


def test_filters_by_tag_and_year(client, news):
    response = client.get(url_in(news.stories, "en") + "?year=2021&tag=campaigns")
    titles = [a.text.strip() for a in soup(response).select(".card__title a")]
    assert titles == ["Report it, do not share it"]
    by_tag = soup(client.get(url_in(news.hub, "en") + "?tag=campaigns")).select(".card__title a")
    assert len(by_tag) == 3


def test_hub_shows_every_category_and_filters_by_category(client, news):
    html = soup(client.get(url_in(news.hub, "en")))
    sections = html.select(".news-section")
    assert len(sections) == 2
    assert [len(section.select(".card")) for section in sections] == [3, 3]  # the newest three of each
    filtered = soup(client.get(url_in(news.hub, "en") + f"?category={news.notes.slug}"))
    assert {k.text.strip() for k in filtered.select(".card__kicker")} == {"Field Notes"}
    assert len(filtered.select(".card")) == 3
    assert client.get(url_in(news.hub, "en") + "?category=nope").status_code == 400


def test_article_page_shows_what_a_reader_expects(client, news):
    article = news.articles[0]
    ArticleViews.objects.create(page=article, views=552)
    html = soup(client.get(url_in(article, "en")))
    assert html.select_one(".article__category a")["href"] == url_in(article.get_parent(), "en")
    assert "Views: 552" in html.select_one(".article__meta").text
    assert html.select_one(".article__meta time").text == "22 June 2021"
    share = [a["href"] for a in html.select(".share a")]
    assert any(href.startswith("https://www.facebook.com/sharer") for href in share)
    assert any(href.startswith("https://t.me/share") for href in share)
    assert any(href.startswith("https://twitter.com/intent") for href in share)
    assert not html.find("script", src=lambda s: s and not s.startswith("/static/"))
    assert html.find("meta", property="og:image")["content"].startswith("http://testserver/")
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle" and data["datePublished"] == "2021-06-22"
    km = soup(client.get(url_in(article, "km")))
    assert km.select_one(".article__meta time").text == "២២ មិថុនា ២០២១"
    assert "៥៥២" in km.select_one(".article__meta").text


@pytest.mark.parametrize("views,shown", [(None, None), (0, None), (9, None), (10, ("10", "១០")), (552, ("552", "៥៥២"))])
def test_a_view_count_shows_only_from_ten_views_up(client, db, views, shown):
    article = ArticleFactory()
    if views is not None:
        ArticleViews.objects.create(page=article, views=views)
    for language, label in (("en", "Views"), ("km", "ចំនួនមើល")):
        meta = soup(client.get(url_in(article, language))).select_one(".article__meta").text
        card = soup(client.get(url_in(article.get_parent(), language))).select_one(".card__meta").text
        for text in (meta, card):
            if shown is None:
                assert label not in text
            else:
                assert label in text and shown[language == "km"] in text


def test_previous_and_next_at_both_ends_of_a_category(client, db):
    parent = make_category()
    first, middle, last = (make_article(parent, n) for n in range(3))
    html = soup(client.get(url_in(first, "en")))
    assert html.find("a", rel="prev") is None
    assert html.find("a", rel="next").find_all("span")[-1].text == "Story 1"
    html = soup(client.get(url_in(middle, "km")))
    assert html.find("a", rel="prev")["href"] == url_in(first, "km")
    assert html.find("a", rel="next")["href"] == url_in(last, "km")
    assert "រឿងទី 2" in html.find("a", rel="next").text
    html = soup(client.get(url_in(last, "en")))
    assert html.find("a", rel="next") is None
    assert html.find("a", rel="prev")["href"] == url_in(middle, "en")


def test_related_order_hand_picked_then_shared_tags_then_category(db):
    parent = make_category()
    other = make_category("Other stories")
    a, b = NewsTag.objects.create(name_en="Alpha", slug="alpha"), NewsTag.objects.create(name_en="Beta", slug="beta")
    subject = make_article(parent, 1, tags=[a, b])
    picked = make_article(other, 2)
    both_tags = make_article(other, 3, tags=[a, b])
    one_tag = make_article(other, 4, tags=[a])
    make_article(parent, 5)
    ArticleRelatedLink.objects.create(page=subject, article=picked, sort_order=0)
    related = ArticlePage.objects.get(pk=subject.pk).related_articles()
    assert [r.pk for r in related] == [picked.pk, both_tags.pk, one_tag.pk]
    make_article(parent, 7)
    loner = make_article(parent, 6)  # no tags, nothing hand-picked: the newest of its own category
    related = ArticlePage.objects.get(pk=loner.pk).related_articles()
    assert [r.pk for r in related] == list(
        ArticlePage.objects.child_of(parent)
        .exclude(pk=loner.pk)
        .order_by("-date", "-pk")
        .values_list("pk", flat=True)[:3]
    )


def test_concurrent_view_counts_are_exact(db):
    # Counted from 20 connections at once, so the article must be committed (and is removed afterwards).
    article = committed(ArticleFactory)
    start = threading.Barrier(20)
    errors = []

    def count():
        from django.db import connection as thread_connection

        try:
            start.wait()
            for _ in range(5):
                ArticleViews.increment(article.pk)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=count) for _ in range(20)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        assert ArticleViews.objects.get(page=article).views == 100
    finally:
        committed(
            lambda: (ArticleViews.objects.filter(page=article).delete(), article.get_parent().get_parent().delete())
        )


def views_of(article):
    return ArticleViews.objects.filter(page=article).values_list("views", flat=True).first() or 0


# site.js posts the count with no body, as text/plain (the site refuses multipart bodies).
BROWSER = "Mozilla/5.0 (Linux; Android 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36"


def test_one_view_per_visitor_per_day_without_cookies(client, db):
    article = ArticleFactory()
    url = f"/en/views/{article.pk}/"
    response = client.post(url, content_type="text/plain", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.1")
    assert response.json() == {"views": 1}
    assert not response.cookies
    client.post(url, content_type="text/plain", HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.1")
    client.get(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.1")  # the <noscript> pixel
    assert views_of(article) == 1
    pixel = client.get(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="10.0.0.2")
    assert pixel["Content-Type"] == "image/gif"
    assert views_of(article) == 2


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": "facebookexternalhit/1.1"},
        {"HTTP_USER_AGENT": "TelegramBot (like TwitterBot)"},
        {"HTTP_USER_AGENT": ""},
        {"HTTP_USER_AGENT": BROWSER, "HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_USER_AGENT": BROWSER, "HTTP_PURPOSE": "prefetch"},
    ],
)
def test_bots_and_prefetches_are_not_counted(client, db, headers):
    article = ArticleFactory()
    client.post(f"/en/views/{article.pk}/", content_type="text/plain", **headers)
    assert views_of(article) == 0


def test_staff_and_previews_are_not_counted(admin_client, client, db):
    article = ArticleFactory()
    admin_client.post(f"/en/views/{article.pk}/", content_type="text/plain", HTTP_USER_AGENT=BROWSER)
    assert views_of(article) == 0
    from django.urls import reverse

    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
    assert preview.status_code == 200
    assert "data-count-url" not in preview.content.decode()
    assert "data-count-url" in client.get(url_in(article, "en")).content.decode()


def test_unpublished_or_unknown_articles_are_not_counted(client, db):
    article = ArticleFactory()
    article.unpublish()
    assert (
        client.post(f"/en/views/{article.pk}/", content_type="text/plain", HTTP_USER_AGENT=BROWSER).status_code == 404
    )
    assert client.post("/en/views/999999/", content_type="text/plain", HTTP_USER_AGENT=BROWSER).status_code == 404
    assert views_of(article) == 0


@pytest.mark.parametrize("language", ["en", "km"])
def test_feeds_parse_in_each_language(client, news, language):
    for page in [news.hub, news.stories, news.notes]:
        feed_url = url_in(page, language) + "feed/"
        html = soup(client.get(url_in(page, language)))
        assert html.find("link", type="application/rss+xml", href=feed_url)
        response = client.get(feed_url)
        assert response["Content-Type"].startswith("application/rss+xml")
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo, parsed.bozo_exception
        assert parsed.version == "rss20"
        assert parsed.feed.language == language
        assert [entry.link for entry in parsed.entries] == [
            page.get_site().root_url + url_in(article, language)
            for article in sorted(news.articles, key=lambda a: a.date, reverse=True)
            if article.is_descendant_of(page)
        ]
        site_root = page.get_site().root_url
        assert parsed.entries[0].link.startswith(f"{site_root}/{language}/")
        if language == "km":
            assert any("\u1780" <= ch <= "\u17ff" for ch in parsed.entries[0].title)


def test_home_shows_the_latest_three_stories(client, news):
    newest = [ArticleFactory(parent=news.notes, date=datetime.date(2030, 1, day)) for day in (1, 2, 3)]
    html = soup(client.get("/km/"))
    cards = html.select(".cards--articles .card")
    assert len(cards) == 3
    assert [c.select_one(".card__title a")["href"] for c in cards] == [url_in(a, "km") for a in reversed(newest)]


def test_khmer_dates_and_numbers():
    with translation.override("km"):
        assert local_date(datetime.date(2021, 6, 22)) == "២២ មិថុនា ២០២១"
        assert local_date(datetime.date(2026, 11, 5)) == "៥ វិច្ឆិកា ២០២៦"
        assert local_number(12345) == "១២,៣៤៥"
    with translation.override("en"):
        assert local_date(datetime.date(2021, 6, 22)) == "22 June 2021"
        assert local_number(552) == "552"
