"""Site search in English and Khmer, on PostgreSQL, as a visitor uses it. The relevance sets run on the demo's
content (tests/search_relevance.py); the other tests search pages they make."""

import pytest
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from aple_site.search.index import index_page
from aple_site.search.models import SearchEntry
from aple_site.search.words import words
from tests.factories import ArticleFactory, HelpServiceFactory, ResourceFactory, StandardPageFactory
from tests.helpers import soup, url_in
from tests.search_relevance import ENGLISH, KHMER


def results(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200, (query, response.status_code)
    html = soup(response)
    return [a["href"] for a in html.select(".search-results:not(.search-promoted *) .search-result__title a")], html


def url_of(slug, language):
    page = Page.objects.get(slug_en=slug)
    return url_in(page, language)


def hit_rate(client, language, cases):
    misses = []
    for query, slug in cases:
        found, _html = results(client, language, query)
        if url_of(slug, language) not in found[:3]:
            misses.append((query, slug, found[:3]))
    return 1 - len(misses) / len(cases), misses


def test_the_index_holds_every_live_page_in_both_languages(db):
    live = Page.objects.live().filter(depth__gte=2).count()
    assert SearchEntry.objects.filter(language="en").count() == live
    assert SearchEntry.objects.filter(language="km").count() == live


def test_khmer_is_cut_into_words():
    assert words("អង្គការ APLE កម្ពុជា បានរៀបចំយុទ្ធនាការ") == ["អង្គការ", "aple", "កម្ពុជា", "បាន", "រៀបចំ", "យុទ្ធនាការ"]
    assert words("រាយការណ៍\u200bកុំចែករំលែក។") == ["រាយការណ៍", "កុំ", "ចែករំលែក"]  # zero-width spaces ignored
    # ICU counts an emoji as two units: the words after one must still come out whole.
    assert words("🙂🙂 កុមារ report") == ["កុមារ", "report"]


def test_an_emoji_beside_the_words_finds_the_same_pages(client, db):
    ArticleFactory(summary_km="ក្មេងៗបានស្នាក់នៅក្នុងផ្ទះសុវត្ថិភាពមួយនៅខេត្តសៀមរាប។")
    plain, _html = results(client, "km", "ផ្ទះសុវត្ថិភាព")
    with_emoji, _html = results(client, "km", "🏠 ផ្ទះសុវត្ថិភាព")
    assert plain and with_emoji[:3] == plain[:3]


def test_english_relevance_set(client, db):
    rate, misses = hit_rate(client, "en", ENGLISH)
    assert len(ENGLISH) >= 20 and rate >= 0.9, misses


def test_khmer_relevance_set(client, db):
    rate, misses = hit_rate(client, "km", KHMER)
    assert len(KHMER) >= 20 and rate >= 0.9, misses


def test_khmer_words_from_the_middle_of_a_sentence(client, db):
    ArticleFactory(summary_km="ក្មេងៗបានស្នាក់នៅក្នុងផ្ទះសុវត្ថិភាពមួយនៅខេត្តសៀមរាប។")
    found, html = results(client, "km", "ផ្ទះសុវត្ថិភាព")  # "safe house", inside a longer Khmer sentence
    marks = [m.text for m in html.select(".search-result__snippet mark")]
    assert marks and all("ផ្ទះ" in m or "សុវត្ថិភាព" in m for m in marks)
    assert html.html["lang"] == "km" and all(link.startswith("/km/") for link in found)


def test_english_stemming_and_highlighting(client, db):
    page = ArticleFactory(title_en="How to report a zebrafish", summary_en="Anyone can report what they saw.")
    stemmed, html = results(client, "en", "zebrafish reports")
    assert stemmed[0] == url_in(page, "en")
    assert any(m.text.lower().startswith("report") for m in html.select(".search-result__snippet mark"))


def test_a_spelling_slip_still_finds_the_page(client, db):
    page = ArticleFactory(title_en="Sextortion explained")
    found, _html = results(client, "en", "sextorsion")
    assert url_in(page, "en") in found[:5]


def test_results_in_the_visitors_language_with_type_date_and_filters(client, db):
    resource = ResourceFactory(summary_km="មគ្គុទ្ទេសក៍អំពីផ្កាឈូក សម្រាប់ឪពុកម្តាយ។")
    article = ArticleFactory(summary_km="រឿងរ៉ាវអំពីផ្កាឈូកនៅក្នុងភូមិ។")
    found, html = results(client, "km", "ផ្កាឈូក", type="resource")
    assert found == [url_in(resource, "km")] and all(link.startswith("/km/") for link in found)
    kinds = {badge.text for badge in html.select(".search-result__kind .badge")}
    with translation.override("km"):
        assert kinds == {str(SearchEntry.Kind.RESOURCE.label)}
    assert html.select_one(".search-result__kind time").text[0] in "០១២៣៤៥៦៧៨៩"
    everything, _ = results(client, "km", "ផ្កាឈូក")
    assert set(everything) == {url_in(resource, "km"), url_in(article, "km")}


def test_results_are_paginated(client, db):
    ArticleFactory.create_batch(14, summary_en="A story about a zebrafish.")
    first, html = results(client, "en", "zebrafish")
    second, _ = results(client, "en", "zebrafish", page=2)
    assert len(first) == 12 and len(second) == 2 and not set(first) & set(second)
    assert html.select_one(".pagination") is not None


def test_editors_promote_results(client, db):
    page = StandardPageFactory(title_en="Tell us")
    query = Query.objects.create(query_string="tell someone")
    SearchPromotion.objects.create(query=query, page=page, description="Tell our hotline, safely.", sort_order=0)
    khmer = Query.objects.create(query_string="ប្រាប់")
    SearchPromotion.objects.create(query=khmer, page=page, sort_order=0)
    queries = Query.objects.count()
    html = soup(client.get("/en/search/", {"q": "Tell  Someone "}))
    promoted = html.select_one(".search-result--promoted")
    assert promoted.a["href"] == url_in(page, "en")
    assert "Tell our hotline, safely." in promoted.text
    html = soup(client.get("/km/search/", {"q": "ប្រាប់"}))
    assert html.select_one(".search-result--promoted a")["href"] == url_in(page, "km")
    assert Query.objects.count() == queries  # searching records nothing


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "x" * 10_000,
        "<script>alert(1)</script>",
        "'; DROP TABLE site_search_searchentry; --",
        '" OR 1=1 --',
        "&|!():*<->",
        "😀👶🏽",
        "\x00",
        "ក" * 5000,
        "%_\\",
    ],
)
@pytest.mark.parametrize("language", ["en", "km"])
def test_nasty_queries_give_a_normal_page(client, db, query, language):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert SearchEntry.objects.exists()


def test_an_unknown_result_type_is_a_clear_400(client, db):
    response = client.get("/km/search/", {"q": "កុមារ", "type": "secret"})
    assert response.status_code == 400
    assert "ប្រភេទលទ្ធផលនោះមិនមានទេ" in soup(response).select_one(".filters__error").text


def test_publishing_and_unpublishing_update_the_index(client, db):
    page = StandardPageFactory()
    page.intro_en = "We campaign for a zebracrossing of new child protection laws."
    page.save_revision().publish()
    found, _ = results(client, "en", "zebracrossing")
    assert found == [url_in(page, "en")]
    page.unpublish()
    found, _ = results(client, "en", "zebracrossing")
    assert found == []
    index_page(page)  # still unpublished: nothing is indexed
    assert not SearchEntry.objects.filter(page=page).exists()


def test_the_header_has_a_search_box(client, db):
    form = soup(client.get("/km/")).select_one("header form[role=search]")
    assert form["action"] == "/km/search/" and form.find("input", attrs={"name": "q"}) is not None


def test_a_help_service_edited_in_the_admin_is_found_on_seek_help(client, db):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from tests.helpers import form_values

    service = HelpServiceFactory()
    client.force_login(get_user_model().objects.get(username="editor"))
    url = reverse("wagtailsnippets_takeaction_helpservice:edit", args=[service.pk])
    data = form_values(soup(client.get(url)).find("form", attrs={"action": url}))
    data["description_km"] = ["ផ្តល់ការប្រឹក្សាតាមទូរសព្ទ និងគាំទ្រគ្រួសារនៅភូមិខ្ពស់ឆ្ងាយ"]
    response = client.post(url, data)
    assert response.status_code == 302, soup(response).select(".error-message")
    found, _html = results(client, "km", "ភូមិខ្ពស់ឆ្ងាយ")
    assert found == [url_of("seek-help", "km")]
