"""Resource libraries, downloads and online courses."""

import threading

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from aple_site.core.templatetags.aple_tags import local_filesize
from resources.models import (
    Audience,
    LessonPage,
    OnlineCoursePage,
    ResourceDownload,
    ResourceLibraryPage,
    ResourcePage,
    ResourceType,
)
from tests.helpers import soup, url_in

BROWSER = "Mozilla/5.0 (Linux; Android 11) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36"


def library(slug):
    return ResourceLibraryPage.objects.get(slug_en=slug)


def card_resources(response):
    slugs = [
        a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup(response).select(".cards--resources .card__title a")
    ]
    return list(ResourcePage.objects.filter(slug_en__in=slugs))


def make_library(title="Test library"):
    parent = library("resources")
    page = ResourceLibraryPage(title_en=title, title_km="បណ្ណាល័យសាកល្បង", slug_en=title.lower().replace(" ", "-"))
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def make_document(name, content=b"%PDF-1.4 demo", collection=None):
    document = get_document_model()(title=name, collection=collection or Collection.get_first_root_node())
    document.file.save(f"{name}.pdf", ContentFile(content), save=False)
    document.save()
    return document


def make_resource(parent, number, year=2024, en=True, km=False, audience="parents", kind="leaflet"):
    resource = ResourcePage(
        title_en=f"Resource {number}",
        title_km=f"ឯកសារ {number}",
        slug_en=f"resource-{number}",
        summary_en="A test resource.",
        year=year,
        resource_type=ResourceType.objects.get(slug=kind),
        document_en=make_document(f"r{number}-en") if en else None,
        document_km=make_document(f"r{number}-km") if km else None,
    )
    resource.audiences = [Audience.objects.get(slug=audience)]
    parent.add_child(instance=resource)
    resource.save_revision().publish()
    return resource


def test_fixed_audience_and_type_libraries_show_only_theirs(client, db):
    for slug, check in [
        ("parents-caregivers-educators", lambda r: "parents" in {a.slug for a in r.audiences.all()}),
        ("children-and-young-people", lambda r: "children" in {a.slug for a in r.audiences.all()}),
        ("research-reports", lambda r: r.resource_type.slug == "research-report"),
        ("impact-reports", lambda r: r.resource_type.slug == "impact-report"),
    ]:
        page = library(slug)
        response = client.get(url_in(page, "en"))
        found = card_resources(response)
        assert found, slug
        assert all(check(r) for r in found), slug
        assert len(found) == min(12, page.resources().count())


def test_filters_combine_and_stay_in_the_url(client, db):
    overview = library("resources")
    response = client.get(url_in(overview, "km") + "?audience=parents&language=km")
    found = card_resources(response)
    assert found
    for resource in found:
        assert resource.document_km_id and "parents" in {a.slug for a in resource.audiences.all()}
    assert response["X-Robots-Tag"] == "noindex"
    form = soup(response).find("form", class_="filters")
    assert form["method"] == "get"
    assert form.find("option", selected=True, value="parents")


def test_khmer_only_file_is_listed_under_khmer_not_english(client, db):
    page = make_library()
    only_km = make_resource(page, 1, en=False, km=True)
    make_resource(page, 2, en=True, km=False)
    khmer = card_resources(client.get(url_in(page, "en") + "?language=km"))
    english = card_resources(client.get(url_in(page, "en") + "?language=en"))
    assert [r.pk for r in khmer] == [only_km.pk]
    assert only_km.pk not in [r.pk for r in english] and len(english) == 1


@pytest.mark.parametrize(
    "query,status",
    [
        ("?page=abc", 200),
        ("?page=99999", 200),
        ("?audience=nobody", 400),
        ("?year=twenty", 400),
        ("?language=fr", 400),
        ("?q=" + "x" * 10_000, 400),
        ("?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", 200),
        ("?q=%E1%9E%9F%E1%9E%BB%E1%9E%9C%E1%9E%8F%E1%9F%92%E1%9E%90%E1%9E%B7%E1%9E%97%E1%9E%B6%E1%9E%96", 200),
    ],
)
def test_bad_filter_values_never_500(client, db, query, status):
    response = client.get(url_in(library("resources"), "km") + query)
    assert response.status_code == status
    if status == 400:
        assert soup(response).find(class_="filters__error")


def test_listing_query_count_with_5_and_60_resources(client, db):
    page = make_library()
    for n in range(5):
        make_resource(page, n, km=n % 2 == 0)

    def count():
        client.get(url_in(page, "km"))
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url_in(page, "km")).status_code == 200
        return len(captured)

    five = count()
    for n in range(5, 60):
        make_resource(page, n, km=n % 2 == 0, year=2010 + n % 15)
    assert count() == five


def test_resource_page_shows_real_format_size_and_language(client, db):
    resource = ResourcePage.objects.filter(document_km__isnull=False).first()
    html = soup(client.get(url_in(resource, "km")))
    meta = [m.get_text(" ", strip=True) for m in html.select(".downloads__meta")]
    with_km = next(m for m in meta if "ខ្មែរ" in m)
    size = resource.document_km.file.size
    from django.utils import translation

    with translation.override("km"):
        assert with_km.startswith(f"PDF · {local_filesize(size)}")
    assert any(ch in "០១២៣៤៥៦៧៨៩" for ch in with_km)


def test_download_serves_the_file_and_counts(client, db):
    resource = ResourcePage.objects.filter(document_en__isnull=False).first()
    url = f"/en/downloads/{resource.pk}/en/"
    response = client.get(url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert resource.document_en.filename in response["Content-Disposition"]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body.startswith(b"%PDF")
    assert not response.cookies
    client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (compatible; bingbot/2.0)")
    assert ResourceDownload.objects.get(resource=resource, language="en").count == 1
    assert client.get(f"/en/downloads/{resource.pk}/fr/").status_code == 404
    assert client.get("/en/downloads/999999/en/").status_code == 404


def test_private_documents_are_never_served_to_the_public(client, db):
    private = Collection.get_first_root_node().add_child(name="Private drafts")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    resource = ResourcePage.objects.filter(document_en__isnull=False).first()
    document = resource.document_en
    document.collection = private
    document.save()
    assert client.get(f"/en/downloads/{resource.pk}/en/").status_code == 404
    html = soup(client.get(url_in(resource, "en")))
    assert f"/downloads/{resource.pk}/en/" not in str(html)
    assert client.get(document.url).status_code != 200


def test_concurrent_download_counting_is_exact(db):
    resource = ResourcePage.objects.live().first()
    barrier = threading.Barrier(20)
    errors = []

    def count():
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            for _ in range(5):
                ResourceDownload.increment(resource.pk, "km")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=count) for _ in range(20)]
    try:
        [t.start() for t in threads]
        [t.join() for t in threads]
        assert not errors
        assert ResourceDownload.objects.get(resource=resource, language="km").count == 100
    finally:

        def cleanup():
            ResourceDownload.objects.filter(resource=resource).delete()
            connection.close()

        worker = threading.Thread(target=cleanup)
        worker.start()
        worker.join()


def test_admin_report_shows_downloads(admin_client, client, db):
    resource = ResourcePage.objects.filter(document_en__isnull=False).first()
    for _ in range(3):
        client.get(f"/en/downloads/{resource.pk}/en/", HTTP_USER_AGENT=BROWSER)
    response = admin_client.get(reverse("resource_downloads_report"))
    assert response.status_code == 200
    row = next(tr for tr in soup(response).select("tbody tr") if resource.title in tr.text)
    assert [td.get_text(strip=True) for td in row.find_all("td")][-2:] == ["3", "3"]


def test_course_topics_run_in_order_across_lessons(client, db):
    course = OnlineCoursePage.objects.first()
    sequence = course.topic_sequence()
    lessons = list(LessonPage.objects.child_of(course).live())
    assert len(lessons) == 3 and len(sequence) >= 6
    assert [item["lesson"].pk for item in sequence] == sorted(
        [item["lesson"].pk for item in sequence], key=[lesson.pk for lesson in lessons].index
    )
    boundary = next(i for i in range(1, len(sequence)) if sequence[i]["lesson"] != sequence[i - 1]["lesson"])
    last_of_first = soup(client.get(sequence[boundary - 1]["url"]))
    assert last_of_first.find("a", rel="next")["href"] == sequence[boundary]["url"]
    first_of_second = soup(client.get(sequence[boundary]["url"]))
    assert first_of_second.find("a", rel="prev")["href"] == sequence[boundary - 1]["url"]
    assert first_of_second.h1.text == sequence[boundary]["title"]
    final = soup(client.get(sequence[-1]["url"]))
    complete = final.find("a", rel="next")["href"]
    assert complete.endswith("/complete/")
    certificate = soup(client.get(complete))
    assert course.title in certificate.text
    assert client.get(sequence[0]["lesson"].url + "99/").status_code == 404


def test_course_page_lists_lessons_and_checks_have_answers(client, db):
    course = OnlineCoursePage.objects.first()
    html = soup(client.get(url_in(course, "km")))
    assert len(html.select(".lesson-list > li")) == 3
    assert html.select_one("[data-topic-keys]")["data-topic-keys"].count(" ") >= 5
    topic = soup(client.get(course.topic_sequence()[0]["url"]))
    check = topic.select_one("[data-check]")
    assert check is not None
    assert len(check.select("input[data-correct]")) == 1


def test_home_features_newest_or_picked_resources(client, db):
    from aple_site.home.models import HomeFeaturedResource, HomePage

    html = soup(client.get("/en/"))
    assert len(html.select(".cards--resources .card")) == 3
    home = HomePage.objects.get()
    picked = ResourcePage.objects.order_by("year").first()
    HomeFeaturedResource.objects.create(home=home, resource=picked, sort_order=0)
    html = soup(client.get("/en/"))
    titles = [a.text for a in html.select(".cards--resources .card__title a")]
    assert titles == [picked.title_en]
