"""Seek Help, Donate, Get Involved, Work with Us, and the quick exit, as visitors and editors use them."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from takeaction.models import (
    DonatePage,
    GetInvolvedPage,
    GetInvolvedSubmission,
    HelpService,
    Province,
    ReportAbusePage,
    SeekHelpPage,
    VacancyPage,
    WorkWithUsPage,
)
from tests.factories import ArticleFactory, HelpServiceFactory, VacancyFactory
from tests.helpers import aged_token, form_post, soup, url_in


def seek_help_url(language="en", query=""):
    return url_in(SeekHelpPage.objects.get(), language) + query


def service_names(response):
    return [h.text for h in soup(response).select(".service__name")]


def test_seek_help_lists_the_directory_with_tel_links(client, db):
    urgent = HelpServiceFactory(name_en="A police line", kind="police", sort_order=1, phones=["1288"])
    hotline = HelpServiceFactory(kind="hotline", sort_order=2, phones=["092 311 511", "023 996 351"])
    hidden = HelpServiceFactory(live=False)
    response = client.get(seek_help_url())
    assert response.status_code == 200
    names = service_names(response)
    assert names.index(urgent.name_en) < names.index(hotline.name_en) and hidden.name_en not in names
    assert len(names) == HelpService.objects.filter(live=True).count()
    phones = [a["href"] for a in soup(response).select(".service__phones a")]
    assert {"tel:1288", "tel:092311511", "tel:023996351"} <= set(phones)


def test_seek_help_in_khmer(client, db):
    service = HelpServiceFactory(phones=["012 345 678"])
    html = soup(client.get(seek_help_url("km")))
    assert service.name_km in [h.text for h in html.select(".service__name")]
    assert html.find(id="directory-title").text == "កន្លែងស្វែងរកជំនួយ"
    assert "tel:012345678" in [a["href"] for a in html.select(".service__phones a")]  # ASCII digits in tel: links


def test_filtering_by_province_keeps_national_services(client, db):
    national = HelpServiceFactory()
    shelter = HelpServiceFactory(kind="shelter", nationwide=False, provinces=Province.objects.filter(code="battambang"))
    elsewhere = HelpServiceFactory(nationwide=False, provinces=Province.objects.filter(code="phnom-penh"))
    response = client.get(seek_help_url("en", "?province=battambang"))
    names = service_names(response)
    assert shelter.name_en in names and national.name_en in names and elsewhere.name_en not in names
    assert response["X-Robots-Tag"] == "noindex"
    shelters = service_names(client.get(seek_help_url("en", "?province=battambang&kind=shelter")))
    assert shelters == [shelter.name_en]


@pytest.mark.parametrize("query", ["?province=atlantis", "?kind=magic", "?province=%00", "?kind=" + "x" * 5000])
def test_bad_filters_are_a_clear_400(client, db, query):
    response = client.get(seek_help_url("km", query))
    assert response.status_code == 400
    assert "ជម្រើសនោះមិនមានទេ" in soup(response).find(class_="filters__error").text


def test_seek_help_queries_do_not_grow_with_the_directory(client, db, django_assert_max_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0  # rendering is measured, not the page cache
    client.get(seek_help_url())  # warm the menu cache
    with django_assert_max_num_queries(20) as captured:
        client.get(seek_help_url())
    before = len(captured)
    HelpServiceFactory.create_batch(30)
    client.get(seek_help_url())  # the first visit after an edit refills what is cached (menus, private sections)
    with django_assert_max_num_queries(before) as captured:
        response = client.get(seek_help_url())
    assert len(service_names(response)) == HelpService.objects.filter(live=True).count() >= 30


@pytest.mark.parametrize(
    "model,shows",
    [(ReportAbusePage, True), (SeekHelpPage, True), (DonatePage, False), (WorkWithUsPage, False)],
)
def test_quick_exit_on_sensitive_pages(client, db, model, shows):
    response = client.get(url_in(model.objects.get(), "km"))
    button = soup(response).find("a", attrs={"data-quick-exit": True})
    assert (button is not None) is shows
    if shows:
        assert button["href"] == "https://www.google.com/" and "noreferrer" in button["rel"]
        assert button.text == "ចាកចេញរហ័ស"
        assert response["Referrer-Policy"] == "no-referrer"


def test_an_editor_can_mark_any_article_as_sensitive(client, db):
    article = ArticleFactory()
    assert soup(client.get(url_in(article, "en"))).find(attrs={"data-quick-exit": True}) is None
    article.quick_exit = True
    article.save_revision().publish()
    response = client.get(url_in(article, "en"))
    assert soup(response).find(attrs={"data-quick-exit": True}) is not None
    assert response["Referrer-Policy"] == "no-referrer"


def test_the_quick_exit_address_is_edited_in_the_settings(client, db):
    from wagtail.models import Site

    from aple_site.navigation.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.quick_exit_url = "https://weather.example/"
    settings.save()
    html = soup(client.get(seek_help_url()))
    assert html.find(attrs={"data-quick-exit": True})["href"] == "https://weather.example/"


def form_data(**extra):
    return {
        "your_name": "Dara",
        "email_address": "dara@example.org",
        "phone_number": "",
        "i_would_like_to": "Volunteer",
        "your_message": "I can translate leaflets at weekends.",
        "form_token": aged_token(),
        "homepage_url": "",
        **extra,
    }


def get_involved_url(language="en"):
    return url_in(GetInvolvedPage.objects.get(), language)


def test_get_involved_form_is_stored_and_emailed(client, db, django_capture_on_commit_callbacks):
    GetInvolvedPage.objects.update(
        to_address="volunteers@example.org", thank_you_text_en="<p>Thank you: your offer has reached us.</p>"
    )  # where the editors want them, and what they want to say
    with django_capture_on_commit_callbacks(execute=True):
        response = form_post(client, get_involved_url(), form_data())
    assert response.status_code == 200
    assert "Thank you: your offer has reached us." in response.content.decode()
    submission = GetInvolvedSubmission.objects.get()
    assert submission.form_data["your_message"] == "I can translate leaflets at weekends."
    assert "form_token" not in submission.form_data and not submission.likely_spam
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["volunteers@example.org"]
    assert "homepage_url" not in mail.outbox[0].body and "Dara" in mail.outbox[0].body


def test_get_involved_labels_and_choices_in_khmer(client, db):
    html = soup(client.get(get_involved_url("km")))
    labels = [label.text.split("(")[0].strip() for label in html.select(".contact-form .field__label")]
    assert "ឈ្មោះរបស់អ្នក" in labels and "សាររបស់អ្នក" in labels
    options = [o.text for o in html.select("select option")]
    assert "ធ្វើជាអ្នកស្ម័គ្រចិត្ត" in options


def test_get_involved_spam_is_kept_flagged_and_not_emailed(client, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = form_post(client, get_involved_url(), form_data(homepage_url="http://spam.example"))
    assert response.status_code == 200
    assert GetInvolvedSubmission.objects.get().likely_spam
    assert len(mail.outbox) == 0


def test_get_involved_errors_keep_the_text(client, db):
    response = form_post(client, get_involved_url(), form_data(email_address="not-an-email"))
    assert response.status_code == 400
    html = soup(response)
    assert html.find("textarea").text.strip() == "I can translate leaflets at weekends."
    assert html.find(class_="error-summary") is not None
    assert not GetInvolvedSubmission.objects.exists()


def test_get_involved_is_rate_limited_and_survives_a_mail_outage(client, db, django_capture_on_commit_callbacks):
    with override_settings(EMAIL_BACKEND="tests.takeaction.test_report_abuse.FailingEmailBackend"):
        with django_capture_on_commit_callbacks(execute=True):
            for _ in range(5):
                assert form_post(client, get_involved_url(), form_data()).status_code == 200
    response = form_post(client, get_involved_url(), form_data(your_message="one more"))
    assert response.status_code == 429
    assert soup(response).find("textarea").text.strip() == "one more"
    assert GetInvolvedSubmission.objects.count() == 5


SUBMISSION_TEXT = "I can translate leaflets at weekends."


@pytest.mark.parametrize(
    "username, reads",
    [
        ("coordinator", True),
        ("admin", False),
        ("editor", False),
        ("moderator", False),
        ("translator", False),
        ("analyst", False),
    ],
)
def test_only_volunteer_coordinators_read_get_involved_submissions(client, db, username, reads):
    """Names, emails and phones from the Get Involved form: the submissions list, its export, the forms index, the
    count on the page's edit screen and the admin menu, for each role."""
    from django.contrib.auth import get_user_model

    from tests.helpers import sign_in_verified

    form_post(client, get_involved_url(), form_data())
    page = GetInvolvedPage.objects.get()
    submission = GetInvolvedSubmission.objects.get()
    sign_in_verified(client, get_user_model().objects.get(username=username))
    urls = [
        reverse("wagtailforms:index"),
        reverse("wagtailforms:list_submissions", args=[page.pk]),
        reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=csv",
        reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=xlsx",
        reverse("wagtailforms:delete_submissions", args=[page.pk]) + f"?selected-submissions={submission.pk}",
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "/admin/",
    ]
    seen = []
    for url in urls:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        spreadsheet = "spreadsheet" in response.get("Content-Type", "")  # zipped: its text is not readable here
        if SUBMISSION_TEXT.encode() in body or b"dara@" in body.lower() or spreadsheet:
            seen.append(url)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    if reads:
        assert seen == urls[1:4]  # the list and both exports
        assert reverse("wagtailforms:list_submissions", args=[page.pk]) in edit
        assert '"url": "/admin/forms/"' in client.get("/admin/").content.decode()  # the admin menu's Forms
    else:
        assert seen == [], (username, seen)
        assert reverse("wagtailforms:list_submissions", args=[page.pk]) not in edit
        assert '"url": "/admin/forms/"' not in client.get("/admin/").content.decode()
    deleted = form_post(
        client,
        reverse("wagtailforms:delete_submissions", args=[page.pk]) + f"?selected-submissions={submission.pk}",
        {},
    )
    assert GetInvolvedSubmission.objects.filter(pk=submission.pk).exists() != reads, deleted.status_code


def test_work_with_us_hides_closed_vacancies(client, db):
    page = WorkWithUsPage.objects.get()
    soon, later = VacancyFactory(), VacancyFactory()
    closed = VacancyFactory(closing_date=timezone.localdate() - datetime.timedelta(days=1))

    def listed():
        return [a.text for a in soup(client.get(url_in(page, "en"))).select(".vacancies .card__title a")]

    assert listed().index(soon.title_en) < listed().index(later.title_en) and closed.title_en not in listed()
    response = client.get(url_in(closed, "km"))
    assert response.status_code == 200 and response["X-Robots-Tag"] == "noindex"
    assert "មុខតំណែងនេះបានបិទនៅថ្ងៃទី" in soup(response).find(class_="notice").text
    soon.closing_date = timezone.localdate() - datetime.timedelta(days=1)
    soon.save_revision().publish()
    assert soon.title_en not in listed() and later.title_en in listed()


def test_work_with_us_in_khmer_uses_khmer_dates(client, db):
    VacancyFactory()
    html = soup(client.get(url_in(WorkWithUsPage.objects.get(), "km")))
    date = html.select_one(".vacancies time").text
    assert any(ch in "០១២៣៤៥៦៧៨៩" for ch in date)


def test_take_action_pages_can_only_be_built_where_they_belong(db):
    from aple_site.home.models import HomePage

    take_action = ReportAbusePage.objects.get().get_parent()  # the section the take-action pages belong to
    assert not ReportAbusePage.can_create_at(take_action)  # one per site, and it exists
    assert not SeekHelpPage.can_create_at(take_action)
    assert not VacancyPage.can_create_at(take_action)
    assert VacancyPage.can_create_at(WorkWithUsPage.objects.get())
    assert not ReportAbusePage.can_create_at(HomePage.objects.get())


def test_admin_edit_views_of_take_action_page_types(admin_client, db):
    VacancyFactory()  # the demo announces no vacancy
    for model in (ReportAbusePage, SeekHelpPage, DonatePage, GetInvolvedPage, WorkWithUsPage, VacancyPage):
        page = model.objects.first()
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, model
        assert 'name="title_km"' in response.content.decode()
    service = HelpServiceFactory()
    response = admin_client.get(reverse("wagtailsnippets_takeaction_helpservice:list"))
    assert response.status_code == 200 and service.name_en in response.content.decode()
