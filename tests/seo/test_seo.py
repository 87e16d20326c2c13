"""The site as search engines, social networks and old links see it: sitemap, robots.txt, canonical
addresses, share cards, the organisation's structured data, redirects from the old site, error pages."""

import csv
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from PIL import Image
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from aple_site.core.views import server_error
from takeaction.models import DonatePage, ReportAbusePage
from tests.factories import ArticleFactory, ImageFactory, NewsIndexFactory, StandardPageFactory
from tests.helpers import soup, title_in, url_in

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ORIGIN = "http://testserver"
LANGUAGES = ("en", "km")


def served_file(url):
    """The file on disk behind an absolute media or static URL of this site."""
    path = urlsplit(url).path
    assert url.startswith(ORIGIN + "/"), url
    if path.startswith(settings.MEDIA_URL):
        return Path(settings.MEDIA_ROOT) / path.removeprefix(settings.MEDIA_URL)
    return Path(finders.find(path.removeprefix(settings.STATIC_URL).split("?")[0]))


def meta(html, key):
    tag = html.find("meta", attrs={"property": key}) or html.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


# Sitemap and robots.txt ----------------------------------------------------------------------


def test_sitemap_lists_every_live_page_in_both_languages_with_alternates(client, db):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{SITEMAP}urlset"
    entries = root.findall(f"{SITEMAP}url")
    assert 0 < len(entries) <= 50_000  # the protocol's limit for one file

    live = list(Page.objects.live().public().filter(depth__gte=2))
    expected = {ORIGIN + url_in(page, language) for page in live for language in LANGUAGES}
    listed = [entry.findtext(f"{SITEMAP}loc") for entry in entries]
    assert len(listed) == len(set(listed)) and set(listed) == expected

    for entry in entries:
        # What the sitemap protocol allows in a <url>: one loc, then optional lastmod/changefreq/priority.
        children = [child.tag for child in entry if not child.tag.startswith(XHTML)]
        assert children[0] == f"{SITEMAP}loc" and children.count(f"{SITEMAP}loc") == 1
        assert set(children) <= {f"{SITEMAP}{tag}" for tag in ("loc", "lastmod", "changefreq", "priority")}
        lastmod = entry.findtext(f"{SITEMAP}lastmod")
        assert lastmod is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", lastmod)
        loc = entry.findtext(f"{SITEMAP}loc")
        assert len(loc) <= 2048
        alternates = {link.get("hreflang"): link.get("href") for link in entry.findall(f"{XHTML}link")}
        assert set(alternates) == {"en", "km", "x-default"}
        assert all(link.get("rel") == "alternate" for link in entry.findall(f"{XHTML}link"))
        assert loc in alternates.values()
        assert alternates["x-default"] == alternates["en"]
        assert alternates["en"].startswith(ORIGIN + "/en/") and alternates["km"].startswith(ORIGIN + "/km/")
        assert set(alternates.values()) <= expected  # every alternate is itself listed


def test_sitemap_addresses_open_and_leave_out_unpublished_pages(client, db):
    article = ArticleFactory()
    listed = ET.fromstring(client.get("/sitemap.xml").content)
    locs = {entry.findtext(f"{SITEMAP}loc") for entry in listed.findall(f"{SITEMAP}url")}
    for language in LANGUAGES:
        assert ORIGIN + url_in(article, language) in locs
    # A sample of one page per kind opens in both languages.
    kinds = {}
    for page in Page.objects.live().filter(depth__gte=2).select_related("content_type"):
        kinds.setdefault(page.content_type_id, page)
    for page in kinds.values():
        for language in LANGUAGES:
            assert client.get(url_in(page, language)).status_code == 200, (page, language)

    article.unpublish()
    listed = ET.fromstring(client.get("/sitemap.xml").content)
    locs = {entry.findtext(f"{SITEMAP}loc") for entry in listed.findall(f"{SITEMAP}url")}
    assert not any(ORIGIN + url_in(article, language) in locs for language in LANGUAGES)


def test_sitemap_costs_a_handful_of_queries_however_many_pages(client, db, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert client.get("/sitemap.xml").status_code == 200


def test_robots_txt_keeps_crawlers_out_of_private_places_only(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    disallowed = {line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow: ")}
    report = ReportAbusePage.objects.get()
    expected = {"/admin/"}
    for language in LANGUAGES:
        expected |= {f"/{language}/search/", f"/{language}/consent/", url_in(report, language) + "check/"}
    assert disallowed == expected
    # The report form itself stays findable: people search for a way to report.
    assert url_in(report, "en") not in disallowed
    assert f"Sitemap: {ORIGIN}/sitemap.xml" in lines
    check = client.get(url_in(report, "km") + "check/")
    assert check["X-Robots-Tag"].startswith("noindex")


# Canonical addresses and share cards ---------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_a_canonical_link_and_a_share_card(client, db, language):
    kinds = {}
    for page in Page.objects.live().filter(depth__gte=2).specific():
        kinds.setdefault(type(page), page)
    assert len(kinds) >= 10
    for page in kinds.values():
        url = url_in(page, language)
        html = soup(client.get(url))
        assert html.find("link", rel="canonical")["href"] == ORIGIN + url, page
        title = page.seo_title if page.seo_title else title_in(page, language)
        assert meta(html, "og:url") == ORIGIN + url
        assert meta(html, "og:locale") == {"en": "en_GB", "km": "km_KH"}[language]
        assert meta(html, "og:title") in (title, getattr(page, f"seo_title_{language}") or title_in(page, language))
        assert meta(html, "twitter:card") == "summary_large_image"
        image = meta(html, "og:image")
        assert image == meta(html, "twitter:image") and served_file(image).is_file(), (page, image)
        with Image.open(served_file(image)) as picture:
            assert picture.size == (1200, 630), (page, image)


def test_an_article_is_shared_with_its_own_picture_summary_and_khmer_title(client, db):
    article = ArticleFactory(image=ImageFactory(), title_km="យុទ្ធនាការការពារកុមារ")
    html = soup(client.get(url_in(article, "km")))
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == article.title_km
    assert meta(html, "og:description") == meta(html, "description") == article.summary_km[:200]
    assert "/media/images/" in meta(html, "og:image")
    assert meta(html, "og:image:alt")
    assert meta(html, "og:locale:alternate") == "en_GB"
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle" and data["headline"] == article.title_km and data["inLanguage"] == "km"


def test_a_long_khmer_summary_is_shortened_between_words(client, db):
    from aple_site.search.words import words

    article = ArticleFactory()
    sentence = "កុមារគ្រប់រូបមានសិទ្ធិរស់នៅដោយសុវត្ថិភាពពីការរំលោភបំពាននិងការកេងប្រវ័ញ្ចផ្លូវភេទ"
    article.summary_km = sentence * 5  # hundreds of characters without a single space
    article.save_revision().publish()
    description = meta(soup(client.get(url_in(article, "km"))), "og:description")
    assert description.endswith("…") and len(description) <= 200
    kept = words(description[:-1])
    assert kept and kept == words(article.summary_km)[: len(kept)]


def test_a_listing_page_number_is_part_of_its_canonical_address_but_filters_are_not(client, db):
    news = NewsIndexFactory()
    ArticleFactory.create_batch(13, parent=news)
    url = url_in(news, "en")
    html = soup(client.get(url, {"page": "2", "utm_source": "leaflet"}))
    assert html.find("link", rel="canonical")["href"] == f"{ORIGIN}{url}?page=2"
    html = soup(client.get(url, {"page": "1"}))
    assert html.find("link", rel="canonical")["href"] == ORIGIN + url


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_describes_the_organisation_for_search_engines(client, db, language):
    html = soup(client.get(f"/{language}/"))
    blocks = [json.loads(tag.string) for tag in html.find_all("script", type="application/ld+json")]
    organisation = next(block for block in blocks if block["@type"] == "NGO")
    assert organisation["name"] == {"en": "APLE Cambodia", "km": "អង្គការ APLE កម្ពុជា"}[language]
    assert organisation["url"] == f"{ORIGIN}/{language}/"
    assert served_file(organisation["logo"]).is_file()
    phones = {point["telephone"]: point for point in organisation["contactPoint"]}
    assert set(phones) == {"+85592311511", "1288"}
    assert all(point["areaServed"] == "KH" and point["contactType"] == "emergency" for point in phones.values())


# Redirects from the old site -----------------------------------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("/kh/", "/km/"),
        ("/kh", "/km/"),
        ("/kh/about-us/", "/km/about-us/"),
        ("/kh/news/?page=2", "/km/news/?page=2"),
    ],
)
def test_old_khmer_addresses_move_to_km_for_good(client, db, old, new):
    response = client.get(old)
    assert response.status_code == 301 and response["Location"] == new


def test_old_wordpress_addresses_reach_their_new_pages_in_the_visitors_language(client, db):
    report = ReportAbusePage.objects.get()
    article, hotline = ArticleFactory(), StandardPageFactory(title_en="About the hotline")
    for old, page in (("/reporting-page/", report), ("/?p=3243", article), ("/about-the-hotline/", hotline)):
        Redirect.objects.update_or_create(
            old_path=Redirect.normalise_path(old), site=None, defaults={"redirect_page": page, "redirect_link": ""}
        )
    cases = [
        ("/reporting-page/", {}, url_in(report, "en")),
        ("/reporting-page/", {"HTTP_ACCEPT_LANGUAGE": "km"}, url_in(report, "km")),
        ("/kh/reporting-page/", {}, url_in(report, "km")),
        ("/?p=3243", {}, url_in(article, "en")),
        ("/kh/?p=3243", {}, url_in(article, "km")),
        ("/about-the-hotline/", {}, url_in(hotline, "en")),
        ("/kh/about-the-hotline", {}, url_in(hotline, "km")),
    ]
    for old, headers, new in cases:
        response = client.get(old, **headers)
        assert response.status_code == 301 and response["Location"] == new, (old, response.get("Location"))
        assert client.get(new).status_code == 200
    # An old post number nobody mapped still lands on the home page, not on an error.
    response = client.get("/?p=99999")
    assert response.status_code == 302 and response["Location"] == "/en/"


def test_editors_import_old_addresses_from_a_csv_file(client, db, tmp_path):
    donate = DonatePage.objects.get()
    path = tmp_path / "old-site.csv"
    with path.open("w", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["from", "to"])
        writer.writerow(["/donate-today/", "http://localhost" + url_in(donate, "en")])
        writer.writerow(["/?page_id=88", "https://www.facebook.com/aplecambodia"])
    call_command("import_redirects", "--src", str(path), stdout=open("/dev/null", "w"))  # noqa: SIM115
    # A link to one of our pages is kept as the page, so each visitor lands on it in their language.
    assert Redirect.objects.get(old_path="/donate-today").redirect_page.pk == donate.pk
    assert client.get("/donate-today/", HTTP_ACCEPT_LANGUAGE="km")["Location"] == url_in(donate, "km")
    assert client.get("/kh/donate-today/")["Location"] == url_in(donate, "km")
    assert client.get("/?page_id=88")["Location"] == "https://www.facebook.com/aplecambodia"


def test_an_editor_imports_a_redirects_file_in_the_admin_and_a_translator_cannot(client, db):
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile

    users = get_user_model().objects
    client.force_login(users.get(username="translator"))
    assert client.get(reverse("wagtailredirects:start_import")).status_code in (302, 403)
    client.force_login(users.get(username="editor"))
    admin_client = client

    hotline = StandardPageFactory(parent=StandardPageFactory(), title_en="Hotline")
    content = f"from,to\n/our-hotline/,http://localhost{url_in(hotline, 'km')}\n"
    upload = SimpleUploadedFile("old.csv", content.encode(), content_type="text/csv")
    response = admin_client.post(reverse("wagtailredirects:start_import"), {"import_file": upload})
    assert response.status_code == 200
    form = soup(response).find("form", action=reverse("wagtailredirects:process_import"))
    data = {field["name"]: field.get("value", "") for field in form.find_all("input") if field.get("name")}
    data.update(from_index="0", to_index="1", permanent="on")
    data.pop("site", None)
    response = admin_client.post(reverse("wagtailredirects:process_import"), data)
    assert response.status_code == 302, soup(response).select(".error-message, .help-critical, .messages")
    assert Redirect.objects.get(old_path="/our-hotline").redirect_page.pk == hotline.pk


# Error pages ---------------------------------------------------------------------------------


def test_the_404_page_offers_a_search_for_the_missing_address(client, db):
    html = soup(client.get("/km/news/police-workshop-2019/"))
    assert html.h1.text == "រកមិនឃើញទំព័រ"
    box = html.find("input", id="not-found-query")
    assert box["value"] == "police workshop 2019"
    assert box.find_parent("form")["action"] == "/km/search/"


@pytest.mark.parametrize(
    "path,language,heading",
    [("/km/news/", "km", "មានបញ្ហាមួយបានកើតឡើង"), ("/en/news/", "en", "Something went wrong"), ("/", "en", None)],
)
def test_the_500_page_is_translated_and_needs_no_database(django_db_blocker, path, language, heading):
    request = RequestFactory().get(path)
    with django_db_blocker.block():  # any query would raise
        response = server_error(request)
    assert response.status_code == 500
    html = soup(response)
    assert html.html["lang"] == language
    if heading:
        assert html.h1.text == heading
    assert html.find("a", href="tel:1288") and html.find("a", href="tel:092311511")
    assert html.find("link", rel="stylesheet")["href"].endswith(".css")


def test_a_crash_shows_the_500_page_and_not_a_traceback(client, db, settings, monkeypatch):
    from aple_site.search import query

    def broken(*args, **kwargs):
        raise RuntimeError("the index is gone")

    monkeypatch.setattr(query, "search", broken)
    settings.DEBUG = False
    client.raise_request_exception = False
    response = client.get("/km/search/", {"q": "កុមារ"})
    assert response.status_code == 500
    html = soup(response)
    assert html.html["lang"] == "km" and html.h1.text == "មានបញ្ហាមួយបានកើតឡើង"
    assert "the index is gone" not in response.content.decode()
