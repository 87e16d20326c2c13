"""The page cache: anonymous visitors get stored pages, which go stale the moment an editor changes anything."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from aple_site.core import page_cache
from aple_site.home.models import HomePage
from aple_site.navigation.models import MenuItem, SiteSettings
from news.models import ArticleViews
from tests.factories import ArticleFactory, StandardPageFactory
from tests.helpers import url_in


def state(response):
    return response.get("X-Page-Cache")


@pytest.fixture
def article(db):
    return ArticleFactory()


@pytest.fixture
def about(db):
    """The English address of a standard page of the test's own."""
    return url_in(StandardPageFactory(title_en="About the hotline"), "en")


def test_an_anonymous_visitor_gets_the_stored_page_in_each_language(client, db):
    first = client.get("/en/")
    again = client.get("/en/")
    assert (state(first), state(again)) == ("miss", "hit")
    assert again.content == first.content
    khmer = client.get("/km/")
    assert state(khmer) == "miss" and 'lang="km"' in khmer.content.decode()
    assert state(client.get("/km/")) == "hit"
    assert 'lang="en"' in client.get("/en/").content.decode()


def test_stored_pages_are_still_served_while_the_database_is_down(db):
    """Readers keep getting the pages the cache holds; any other page is the translated 503 page."""
    from django.db import OperationalError, connection

    client = Client(raise_request_exception=False)  # answered as a visitor would see it
    assert client.get("/km/").status_code == 200  # stored

    def database_down(execute, sql, params, many, context):
        raise OperationalError("could not connect to server: Connection refused")

    with connection.execute_wrapper(database_down):
        stored = client.get("/km/")
        other = client.get("/km/no-page-stored-here/")
    assert stored.status_code == 200 and state(stored) == "hit" and 'lang="km"' in stored.content.decode()
    assert other.status_code == 503 and "គេហទំព័រនេះមិនអាចប្រើបានមួយភ្លែត" in other.content.decode()


def test_pages_revalidate_cheaply_with_an_etag(client, about):
    response = client.get(about)
    assert "public" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
    etag = response["ETag"]
    assert state(client.get(about)) == "hit"
    not_modified = client.get(about, headers={"if-none-match": etag})  # answered from the cache
    assert not_modified.status_code == 304 and state(not_modified) == "hit" and not not_modified.content
    assert client.get(about, headers={"if-none-match": '"another"'}).status_code == 200


def test_pages_are_kept_compressed_for_browsers_and_plain_for_the_others(client, about):
    import gzip

    browser = {"accept-encoding": "gzip, deflate, br"}
    first = client.get(about, headers=browser)
    again = client.get(about, headers=browser)
    assert (state(first), state(again)) == ("miss", "hit")
    assert again["Content-Encoding"] == "gzip" and "Accept-Encoding" in again["Vary"]
    plain = client.get(about)
    assert state(plain) == "miss" and not plain.has_header("Content-Encoding")
    assert gzip.decompress(again.content) == plain.content
    assert state(client.get(about)) == "hit"


def test_signed_in_staff_never_get_or_fill_the_cache(client, about):
    client.get(about)
    staff = Client()
    staff.force_login(get_user_model().objects.get(username="editor"))
    response = staff.get(about)
    assert response.status_code == 200 and state(response) is None
    # Rendered for them: the editor's userbar, which the page kept for visitors does not have.
    assert "wagtail-userbar" in response.content.decode()
    assert "wagtail-userbar" not in client.get(about).content.decode()
    assert state(client.get(about)) == "hit"  # and staff left no page of theirs in the cache


@pytest.mark.parametrize(
    "path", ["/en/take-action/report-abuse/", "/km/take-action/report-abuse/check/", "/en/take-action/get-involved/"]
)
def test_pages_with_forms_are_never_stored(client, db, path):
    for _ in range(3):
        response = client.get(path)
        assert response.status_code == 200 and state(response) is None


def test_downloads_counters_and_not_found_pages_are_never_stored(client, db, article):
    client.post(f"/en/views/{article.pk}/")
    assert state(client.get(f"/en/views/{article.pk}/")) is None
    for _ in range(2):
        assert state(client.get("/en/no-such-page/")) is None


def test_publishing_a_page_shows_at_once(client, article):
    client.get(url_in(article, "en"))
    assert state(client.get(url_in(article, "en"))) == "hit"
    article.title_en = "A new title for the parents' guide"
    article.save_revision().publish()
    response = client.get(url_in(article, "en"))
    assert state(response) == "miss" and "A new title for the parents" in response.content.decode()


def test_unpublishing_or_deleting_a_page_removes_it_at_once(client, article):
    listing = url_in(article.get_parent(), "en")
    other = ArticleFactory(parent=article.get_parent())
    assert f"/{other.slug_en}/" in client.get(listing).content.decode()
    client.get(url_in(article, "km"))
    article.unpublish()
    assert client.get(url_in(article, "km")).status_code == 404
    Page.objects.get(pk=other.pk).delete()
    assert f"/{other.slug_en}/" not in client.get(listing).content.decode()


def test_menu_and_settings_changes_show_at_once(client, db):
    client.get("/en/")
    item = MenuItem.objects.filter(parent=None).first()
    item.label_en = "Who we are"
    item.save()
    assert "Who we are" in client.get("/en/").content.decode()
    settings = SiteSettings.objects.first()
    settings.hotline_number = "012 345 678"
    settings.save()
    assert "012 345 678" in client.get("/en/").content.decode()


def test_a_visitor_counted_is_no_reason_to_render_pages_again(client, article):
    client.get(url_in(article, "en"))
    client.post(f"/en/views/{article.pk}/", headers={"accept": "application/json"})
    assert state(client.get(url_in(article, "en"))) == "hit"


def test_the_cache_can_be_switched_off(client, db, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/en/")
    assert state(client.get("/en/")) is None


def test_a_publish_purges_the_page_and_its_listings_from_the_proxy_in_both_languages(settings, article, monkeypatch):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda backend, url: purged.append(url))
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://127.0.0.1:9"}
    }
    article.slug_km = "atthabat-thmey"
    article.save_revision().publish()
    assert {f"http://localhost{url_in(article, 'en')}"} <= set(purged)  # the page itself before publish returns
    page_cache.purge_proxy.pending.join(10)  # the pages listing it, in the background
    article.refresh_from_db()
    category, hub = article.get_parent(), article.get_parent().get_parent()
    expected = {
        f"http://localhost{url_in(page, language)}" for page in (article, category, hub) for language in ("en", "km")
    } | {"http://localhost/en/", "http://localhost/km/"}
    assert "/km/" in url_in(article, "km") and url_in(article, "km").endswith("/atthabat-thmey/")
    assert expected <= set(purged)
    settings.WAGTAILFRONTENDCACHE = {}
    purged.clear()
    article.save_revision().publish()
    assert purged == []


def test_an_emptied_cache_serves_the_page_afresh(client, about):
    """After the shared cache is emptied (Redis restarted) the generation count starts anew from the clock and the
    page is rendered again: what the database holds now, not what was kept."""
    from django.conf import settings
    from django.core.cache import caches

    from aple_site.home.models import StandardPage

    client.get(about)
    assert state(client.get(about)) == "hit"
    StandardPage.objects.filter(title_en="About the hotline").update(title_en="About us, renamed quietly")  # no signal
    caches[settings.PAGE_CACHE_ALIAS].clear()
    response = client.get(about)
    assert state(response) == "miss" and "About us, renamed quietly" in response.content.decode()


# With the page cache off, pages are still put together from parts shared by many pages and kept until the next
# publish (menus, categories, listing counts, filter choices): these must never show a draft or a stale count.


def test_a_previewed_draft_is_never_kept_for_visitors(admin_client, client, settings, article):
    settings.PAGE_CACHE_SECONDS = 0
    home = HomePage.objects.get()
    for page in (home, article):
        assert client.get(url_in(page, "en")).status_code == 200  # the live parts are kept
    home.hero_heading_en = "Draft heading nobody may see yet"
    home.save_revision()
    article.title_en = "Draft title nobody may see yet"
    article.save_revision()
    for page in (home, article):
        preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        assert "nobody may see yet" in preview.content.decode()  # the draft, not the parts kept for the live page
        assert "nobody may see yet" not in client.get(url_in(page, "en")).content.decode()


def test_view_counts_are_current_where_the_cards_are_kept(client, settings, db):
    settings.PAGE_CACHE_SECONDS = 0
    newest = ArticleFactory(date=datetime.date(2099, 1, 1))
    client.get("/en/")
    client.get(url_in(newest, "en"))
    ArticleViews.objects.update_or_create(page=newest, defaults={"views": 77})
    assert "Views: 77" in client.get("/en/").content.decode()  # its card among the latest stories
    assert 'data-view-number="77">77<' in client.get(url_in(newest, "en")).content.decode()  # its own page
