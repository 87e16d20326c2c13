"""SQL queries per public page, with the page cache off and nothing of the page's own kept (as right after a
publish): at most 12 for every page type in both languages, and the same count for a news listing on page 1
and page 200, and with 50 or 10,000 articles. (Once its parts are kept, a page asks for its view counts only.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from aple_site.core import page_cache
from aple_site.core.restrictions import restricted_paths
from aple_site.demo.bulk import clone_pages
from news.models import ArticlePage, NewsIndexPage
from resources.models import ResourceLibraryPage
from tests.helpers import url_in

BUDGET = 13  # the page's own rows, plus Wagtail's own lookup of the site (one query)


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def queries(client, url):
    """Queries of a page rendered with nothing of its own kept: right after a publish (a new page-cache
    generation), once another page has rebuilt what every page shares (menus, footer, consent, the site, the
    private sections). The first visit made the pictures' renditions, as on a live site."""
    assert client.get(url).status_code == 200, url
    page_cache.clear()
    assert client.get(f"/{url.split('/')[1]}/search/").status_code == 200
    restricted_paths()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def addresses(language):
    """One address of each page type, plus the search page and a resource library with two filters."""
    seen = {}
    for page in Page.objects.live().filter(depth__gte=2).specific().order_by("path"):
        seen.setdefault(type(page), page)
    urls = [url_in(page, language) for page in seen.values()]
    library = ResourceLibraryPage.objects.live().order_by("depth", "path").first()
    word = "abuse" if language == "en" else "កុមារ"
    return [
        *urls,
        url_in(library, language) + "?audience=parents&type=leaflet",
        f"/{language}/search/?q={word}",
    ]


@pytest.mark.parametrize("language", ["en", "km"])
def test_every_public_page_type_stays_within_the_budget(db, client, language):
    counts = {url: queries(client, url) for url in addresses(language)}
    assert len(counts) >= 15
    over = {url: count for url, count in counts.items() if count > BUDGET}
    assert not over, f"over {BUDGET} queries: {over}"


def test_listing_costs_the_same_at_page_200_and_at_10000_articles(db, client):
    category = NewsIndexPage.objects.live().order_by("path").first()
    url = url_in(category, "en")
    clone_pages(ArticlePage, 50 - ArticlePage.objects.live().count())
    at_50 = {page: queries(client, f"{url}?page={page}") for page in (1, 2)}
    hub_at_50 = queries(client, url_in(category.get_parent(), "en"))
    article = ArticlePage.objects.live().child_of(category).order_by("-date").first()
    article_at_50 = queries(client, url_in(article, "en"))

    clone_pages(ArticlePage, 10_000 - ArticlePage.objects.live().count())
    assert ArticlePage.objects.live().count() == 10_000
    assert ArticlePage.objects.live().child_of(category).count() > 12 * 200
    page_200 = client.get(f"{url}?page=200")
    assert page_200.status_code == 200 and "(" in page_200.content.decode()  # numbered copies are listed
    at_10000 = {page: queries(client, f"{url}?page={page}") for page in (1, 200)}
    assert at_10000[1] == at_10000[200] == at_50[1] == at_50[2] <= BUDGET
    assert queries(client, url_in(category.get_parent(), "en")) == hub_at_50 <= BUDGET
    assert queries(client, url_in(article, "en")) == article_at_50 <= BUDGET
