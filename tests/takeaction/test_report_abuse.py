"""Reporting abuse as a member of the public would: each kind, both languages, and what can go wrong."""

import re
import smtplib
import threading

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings

from takeaction import crypto
from takeaction.forms import ReportForm
from takeaction.models import Report, ReportNotification
from tests.helpers import (
    REPORT_ANSWERS,
    aged_token,
    decrypted,
    form_post,
    form_values,
    report_data,
    report_url,
    sign_in_verified,
    soup,
)

REFERENCE = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{4}-\d{4}\b")
REPORTER = {"REMOTE_ADDR": "203.0.113.7", "HTTP_USER_AGENT": "CheapPhone/1.0 (reporter-browser-marker)"}


def send(client, kind, language="en", **kwargs):
    return form_post(client, report_url(language), report_data(kind, **kwargs), **REPORTER)


def reference_of(response):
    return REFERENCE.search(soup(response).find(class_="reference__number").text).group(0)


def raw_rows(table):
    """Every column of every row of a table, as the database stores it."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table}")  # noqa: S608
        return " ".join(str(value) for row in cursor.fetchall() for value in row)


@pytest.mark.parametrize("language", ["en", "km"])
def test_emergency_numbers_come_before_the_form_as_tel_links(client, db, language):
    response = client.get(report_url(language))
    assert response.status_code == 200
    html = response.content.decode()
    police, hotline = html.index('href="tel:1288"'), html.index('href="tel:092311511"')
    form = html.index("data-report-form")
    assert police < form and hotline < form
    title = soup(response).find(id="emergency-title").text
    assert title == {"en": "Is a child in immediate danger?", "km": "តើមានកុមារកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ភ្លាមៗឬទេ?"}[language]


def test_emergency_numbers_are_edited_in_the_site_settings(client, db):
    from wagtail.models import Site

    from aple_site.navigation.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.police_hotline = "117"
    settings.save()
    html = client.get(report_url()).content.decode()
    assert 'href="tel:117"' in html and 'href="tel:1288"' not in html


def test_the_form_has_no_file_upload_and_says_not_to_send_images(client, db):
    assert not any(field.widget.needs_multipart_form for field in ReportForm.base_fields.values())
    html = soup(client.get(report_url("en", "?kind=csam")))
    form = html.find("form", attrs={"data-report-form": True})
    assert form.find("input", type="file") is None
    assert form.get("enctype") in (None, "application/x-www-form-urlencoded")
    assert "Do not search for, download, screenshot" in html.find(class_="no-images").text
    assert html.find("a", string="Go to Take It Down")["href"] == "https://takeitdown.ncmec.org/"
    assert "2008 Law on Suppression of Human Trafficking" in html.find(id="the-law").find_parent("section").text


def test_a_request_with_a_file_part_is_refused_before_anything_is_stored(client, db):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = report_data("other", picture=SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff" + b"0" * 5000))
    response = client.post(report_url("km"), data)  # multipart/form-data, as a file upload is sent
    assert response.status_code == 400
    assert "មិនទទួលឯកសារទេ" in response.content.decode()
    assert Report.objects.count() == 0


@pytest.mark.parametrize("language", ["en", "km"])
def test_report_pages_are_private_to_browsers_and_search_engines(client, db, language):
    form = client.get(report_url(language))
    # The empty form is what people searching for a way to report must find; nothing after it is.
    assert form["X-Robots-Tag"] == "noarchive"
    pages = [form, client.get(report_url(language, "check/")), send(client, "other", language)]
    for response in pages[1:]:
        assert response["X-Robots-Tag"] == "noindex, noarchive"
    for response in pages:
        assert response["Cache-Control"] == "no-store"
        assert response["Referrer-Policy"] == "no-referrer"
        # No cookie but the CSRF check's, and nothing loaded from another host.
        assert set(response.cookies) <= {"csrftoken"}
        html = soup(response)
        loaded = [tag.get("src") or tag.get("href") for tag in html.find_all(["script", "img", "iframe", "source"])]
        loaded += [
            link["href"] for link in html.find_all("link") if link.get("rel") not in (["alternate"], ["canonical"])
        ]
        assert all(url and url.startswith("/") and not url.startswith("//") for url in loaded if url), loaded
    for name in ("description", "csam_urls", "contact_phone", "contact_email", "reference"):
        page = soup(client.get(report_url(language, "check/" if name == "reference" else "?kind=csam")))
        field = page.find(["input", "textarea"], attrs={"name": name})
        assert field["autocomplete"] == "off", name


@pytest.mark.parametrize("language", ["en", "km"])
@pytest.mark.parametrize("kind", ["csam", "online", "offline", "other"])
def test_each_kind_is_stored_encrypted_and_an_analyst_reads_it(client, analyst, kind, language):
    response = send(client, kind, language)
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == language
    reference = reference_of(response)

    report = Report.objects.get()
    assert report.kind == kind and report.status == Report.Status.NEW
    assert report.reference_hash == crypto.reference_hash(reference)
    assert Report.find(reference.replace("-", " ")) == report
    # The database holds neither what was written nor the reference.
    raw = raw_rows("takeaction_report")
    assert reference.replace("-", "") not in raw.replace("-", "")
    for value in [*REPORT_ANSWERS[kind].values(), "The children look frightened"]:
        if value != "battambang" and len(value) > 5:
            for line in value.splitlines():
                assert line not in raw
    assert decrypted(report)["description"] == "The children look frightened when he visits."
    assert decrypted(report)["language"] == language
    if kind == "offline":
        assert report.province.code == "battambang"
        assert decrypted(report)["answers"]["age"] == "12-14"

    # The analysts are told, without any detail.
    assert len(mail.outbox) == 1
    body = mail.outbox[0].subject + mail.outbox[0].body
    assert "/admin/hotline-reports/" in body
    assert reference not in body and reference.replace("-", "") not in body
    assert "frightened" not in body and kind not in mail.outbox[0].subject.lower()
    assert mail.outbox[0].bcc == ["analyst@example.org"]

    sign_in_verified(client, analyst)
    page = client.get(f"/admin/hotline-reports/{report.pk}/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "The children look frightened when he visits." in text
    if kind == "csam":
        assert "hxxps://example[.]com/gallery/123" in text
        assert "hxxp://example[.]org/abc?x=1" in text
        assert 'href="https://example.com' not in text and 'href="http://example.org' not in text
        assert "<iframe" not in text
    if kind == "online":
        assert "@stranger_4521" in text


def test_the_database_never_holds_contact_details_or_the_address_of_the_reporter(client, db, caplog):
    caplog.set_level("DEBUG")
    response = send(
        client,
        "offline",
        contact_me="on",
        contact_name="Sokha",
        contact_phone="012 345 678",
        contact_email="sokha@example.org",
        contact_language="km",
    )
    assert response.status_code == 200
    report = Report.objects.get()
    assert decrypted(report)["contact"] == {
        "name": "Sokha",
        "phone": "012 345 678",
        "email": "sokha@example.org",
        "language": "km",
    }
    everything = " ".join(raw_rows(table) for table in connection.introspection.table_names() if "takeaction" in table)
    for secret in ("Sokha", "012 345 678", "sokha@example.org", "203.0.113.7", "reporter-browser-marker"):
        assert secret not in everything
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "203.0.113.7" not in logged and "reporter-browser-marker" not in logged


def test_validation_errors_keep_every_answer_and_say_what_to_fix(client, db):
    description = "Some long text I do not want to type again. " * 3
    response = send(client, "csam", csam_urls="https://example.com/ok\nnot a web address", description=description)
    assert response.status_code == 400
    html = soup(response)
    assert html.find("textarea", attrs={"name": "description"}).text.strip() == description.strip()
    assert "not a web address" in html.find("textarea", attrs={"name": "csam_urls"}).text
    assert html.find("input", attrs={"name": "csam_where"})["value"] == "A photo-sharing forum"
    urls = html.find("textarea", attrs={"name": "csam_urls"})
    assert urls["aria-invalid"] == "true"
    error = html.find(id=urls["aria-describedby"].split()[-1])
    assert "Line 2 is not a web address" in error.text
    summary = html.find(class_="error-summary")
    assert "NOT been received" in summary.text
    assert summary.find("a")["href"] == "#id_csam_urls"
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"kind": ""}, "kind", "Please choose what you would like to report."),
        ({"kind": "photos"}, "kind", "Please choose one of the options."),
        ({"csam_urls": ""}, "csam_urls", "Please give at least one web address"),
        ({"description": "x" * 5001}, "description", "at most 5,000 characters (it has 5,001)"),
        ({"contact_email": "me@example.org"}, "contact_me", "tick this box if we may contact you"),
        ({"contact_me": "on"}, "contact_phone", "Please give a phone number or an email address"),
        ({"contact_me": "on", "contact_phone": "call me maybe"}, "contact_phone", "digits, spaces"),
        ({"contact_me": "on", "contact_email": "not-an-email"}, "contact_email", "with its @ and the part after it"),
        ({"csam_urls": "\n".join(f"https://e.com/{n}" for n in range(21))}, "csam_urls", "at most 20 addresses"),
    ],
)
def test_bad_answers_get_a_clear_message_beside_the_field(client, db, changes, field, message):
    response = form_post(client, report_url(), {**report_data("csam"), **changes})
    assert response.status_code == 400
    html = soup(response)
    errors = html.find(id=f"id_{field}_error") or html.find(id=f"id_{field}").find(class_="errorlist")
    assert message in errors.text
    assert Report.objects.count() == 0


def test_khmer_messages_are_translated(client, db):
    response = send(client, "online", "km", online_what="")
    html = soup(response)
    assert "សូមប្រាប់យើងពីអ្វីដែលបានកើតឡើង។" in html.find(id="id_online_what_error").text
    assert "របាយការណ៍របស់អ្នកមិនទាន់ត្រូវបានទទួល" in html.find(class_="error-summary").text


def test_without_javascript_choosing_a_kind_shows_its_questions_and_keeps_answers(client, db):
    html = soup(client.get(report_url()))
    assert html.find("fieldset", attrs={"data-kind-section": "csam"}).has_attr("hidden")
    assert html.find(attrs={"data-report-common": True}).has_attr("hidden")
    data = {"kind": "offline", "description": "kept", "choose_kind": "1", "form_token": aged_token()}
    response = form_post(client, report_url(), data)
    assert response.status_code == 200
    html = soup(response)
    offline = html.find("fieldset", attrs={"data-kind-section": "offline"})
    assert not offline.has_attr("hidden") and not offline.has_attr("disabled")
    assert html.find("fieldset", attrs={"data-kind-section": "csam"}).has_attr("disabled")
    assert html.find("textarea", attrs={"name": "description"}).text.strip() == "kept"
    assert html.find(class_="error-summary") is None
    assert Report.objects.count() == 0


def test_the_link_to_a_kind_opens_its_questions(client, db):
    html = soup(client.get(report_url("en", "?kind=online")))
    assert html.find("input", attrs={"name": "kind", "value": "online"}).has_attr("checked")
    assert not html.find("fieldset", attrs={"data-kind-section": "online"}).has_attr("hidden")
    assert client.get(report_url("en", "?kind=%3Cscript%3E")).status_code == 200


@pytest.mark.parametrize(
    "changes,spam",
    [
        ({}, False),
        ({"homepage_url": "http://spam.example"}, True),
        ({"token": "forged"}, True),
    ],
)
def test_honeypot_and_forged_tokens_are_stored_and_flagged_never_dropped(client, db, changes, spam):
    response = send(client, "other", **changes)
    assert response.status_code == 200 and REFERENCE.search(response.content.decode())
    report = Report.objects.get()
    assert (report.status == Report.Status.LIKELY_SPAM) is spam
    assert bool(decrypted(report).get("screening")) is spam


def test_a_form_sent_faster_than_a_person_could_is_flagged(client, db):
    token = soup(client.get(report_url())).find("input", attrs={"name": "form_token"})["value"]
    response = send(client, "other", token=token)
    assert response.status_code == 200
    report = Report.objects.get()
    assert report.status == Report.Status.LIKELY_SPAM and decrypted(report)["screening"] == ["too-fast"]


def test_the_same_form_sent_twice_is_stored_once_with_the_same_reference(client, db):
    data = report_data("other")
    first = form_post(client, report_url(), data)
    second = form_post(client, report_url(), data)
    assert reference_of(first) == reference_of(second)
    assert "already reached us" in second.content.decode()
    assert Report.objects.count() == 1
    # A different report from the same (restored) form is a report of its own.
    third = form_post(client, report_url(), {**data, "description": "Something new I remembered."})
    assert reference_of(third) != reference_of(first)
    assert Report.objects.count() == 2


def test_references_are_random_and_unguessable(client, db):
    references = {reference_of(send(client, "other", description=f"report {n}")) for n in range(5)}
    assert len(references) == 5
    unseeded = {crypto.new_reference() for _ in range(200)}
    assert len(unseeded) == 200


def test_rate_limit_holds_the_sixth_report_and_keeps_its_text(client, db):
    for number in range(5):
        assert send(client, "other", description=f"report {number}").status_code == 200
    response = send(client, "other", description="the sixth one")
    assert response.status_code == 429
    html = soup(response)
    assert "NOT been received" in html.find(class_="error-summary").text
    assert html.find("textarea", attrs={"name": "description"}).text.strip() == "the sixth one"
    assert Report.objects.count() == 5
    # Another connection is not affected, and the address is nowhere in the cache keys.
    other = form_post(client, report_url(), report_data("other", description="elsewhere"), REMOTE_ADDR="198.51.100.4")
    assert other.status_code == 200
    from django.core.cache import cache

    keys = " ".join(str(k) for k in getattr(cache, "_cache", {}))
    assert "203.0.113.7" not in keys


def test_reports_sent_all_at_once_are_limited_like_any_others(rf, db):
    """The limit is counted and checked in one step: twenty requests from one client arriving at the same moment
    (on as many threads) get exactly the five the limit allows."""
    from takeaction.reporting import REPORT_LIMIT

    request = rf.post(report_url(), REMOTE_ADDR="203.0.113.9")
    start = threading.Barrier(20)
    allowed = []

    def send_one():
        start.wait()
        allowed.append(REPORT_LIMIT.take(request))

    threads = [threading.Thread(target=send_one) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert allowed.count(True) == 5


def test_rate_limit_message_in_khmer(client, db):
    for number in range(5):
        send(client, "other", "km", description=f"{number}")
    response = send(client, "other", "km")
    assert response.status_code == 429
    assert "របាយការណ៍របស់អ្នកមិនទាន់ត្រូវបានទទួល" in soup(response).find(class_="error-summary").text


def test_a_failed_security_check_gives_the_form_back_filled_in(db):
    client = Client(enforce_csrf_checks=True)
    response = form_post(client, report_url(), report_data("other", description="please keep this"))
    assert response.status_code == 403
    html = soup(response)
    assert html.find("textarea", attrs={"name": "description"}).text.strip() == "please keep this"
    assert "NOT been received" in html.find(class_="error-summary").text
    token = html.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    data = report_data("other", description="please keep this", csrfmiddlewaretoken=token)
    assert form_post(client, report_url(), data).status_code == 200
    assert Report.objects.count() == 1


def test_report_pages_send_no_referrer_and_their_null_origin_still_passes_the_security_check(db):
    """Browsers send `Origin: null` from a page with Referrer-Policy: no-referrer; the CSRF token still counts."""
    client = Client(enforce_csrf_checks=True)
    page = client.get(report_url())
    assert page["Referrer-Policy"] == "no-referrer"
    token = soup(page).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    data = report_data("other", csrfmiddlewaretoken=token)
    assert form_post(client, report_url(), data, HTTP_ORIGIN="null").status_code == 200
    assert form_post(client, report_url(), data, HTTP_ORIGIN="https://evil.example").status_code == 403
    without_token = report_data("other", description="forged")
    assert form_post(client, report_url(), without_token, HTTP_ORIGIN="null").status_code == 403
    assert Report.objects.count() == 1


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_refused(client, db, method):
    assert getattr(client, method)(report_url()).status_code == 405


class FailingEmailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("the mail server is down")


def test_a_failing_mail_server_loses_no_report_and_the_outbox_retries(client, db):
    with override_settings(EMAIL_BACKEND="tests.takeaction.test_report_abuse.FailingEmailBackend"):
        response = send(client, "online")
        assert response.status_code == 200 and REFERENCE.search(response.content.decode())
        assert Report.objects.count() == 1
        pending = ReportNotification.objects.get()
        assert pending.attempts == 1 and pending.last_error == "SMTPServerDisconnected"
        # The next submissions leave the retries to cron for a while, so a mail outage holds no worker up.
        send(client, "other", description="a second report")
        assert ReportNotification.objects.count() == 2
        assert set(ReportNotification.objects.values_list("attempts", flat=True)) == {0, 1}

    call_command("send_report_notifications", stdout=open("/dev/null", "w"))  # noqa: SIM115  cron, mail is back
    assert len(mail.outbox) == 1 and mail.outbox[0].subject.endswith("2 new reports arrived")
    assert not ReportNotification.objects.exists()  # sent: nothing of them is kept


@pytest.mark.parametrize("language", ["en", "km"])
def test_check_my_report_shows_the_status_and_nothing_else(client, analyst, language):
    reference = reference_of(send(client, "offline", language))
    report = Report.objects.get()
    expected = {
        "en": {"new": "Received", "in_review": "In review", "referred_police": "Referred", "closed": "Closed"},
        "km": {"new": "បានទទួល", "in_review": "កំពុងពិនិត្យ", "referred_police": "បានបញ្ជូនបន្ត", "closed": "បានបិទ"},
    }[language]
    for status, label in expected.items():
        report.set_status(status, analyst)
        typed = reference if language == "en" else reference.translate(str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩"))
        response = form_post(client, report_url(language, "check/"), {"reference": typed})
        assert response.status_code == 200
        result = soup(response).find(class_="status-result")
        assert label in result.h2.text
        assert "neighbour" not in response.content.decode() and "Battambang" not in result.text


def test_check_my_report_with_a_wrong_or_malformed_reference(client, db):
    response = form_post(client, report_url("en", "check/"), {"reference": "1234-5678-9012-3456-7890"})
    assert response.status_code == 404 and "No report found" in response.content.decode()
    for bad in ("", "12345", "<script>", "1" * 500, "'; DROP TABLE takeaction_report; --"):
        response = form_post(client, report_url("en", "check/"), {"reference": bad})
        assert response.status_code == 400
        assert soup(response).find(id="id_reference_error") is not None


def test_check_my_report_is_rate_limited(client, db):
    for _ in range(10):
        response = form_post(client, report_url("en", "check/"), {"reference": "1234-5678-9012-3456-7890"})
        assert response.status_code == 404
    response = form_post(client, report_url("en", "check/"), {"reference": "1234-5678-9012-3456-7890"})
    assert response.status_code == 429 and "Too many checks" in response.content.decode()


def test_parallel_submissions_give_exactly_as_many_reports(db):
    """Twelve people report at the same moment (on PostgreSQL, each request its own connection)."""
    count = 12
    barrier = threading.Barrier(count)
    references, errors = [], []

    def report(number):
        from django.db import connection as thread_connection

        try:
            client = Client()
            barrier.wait()
            response = form_post(
                client,
                report_url(),
                report_data("other", description=f"parallel report {number}"),
                REMOTE_ADDR=f"192.0.2.{number + 1}",
            )
            assert response.status_code == 200, response.status_code
            references.append(reference_of(response))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=report, args=(n,)) for n in range(count)]
    try:
        [t.start() for t in threads]
        [t.join() for t in threads]
        assert not errors
        assert len(set(references)) == count
        reports = list(Report.objects.all())
        assert len(reports) == count
        descriptions = sorted(decrypted(r)["description"] for r in reports)
        assert descriptions == sorted(f"parallel report {n}" for n in range(count))
        assert {Report.find(ref).pk for ref in references} == {r.pk for r in reports}
    finally:

        def cleanup():
            Report.objects.all().delete()
            ReportNotification.objects.all().delete()
            connection.close()

        worker = threading.Thread(target=cleanup)
        worker.start()
        worker.join()


def test_an_oversized_request_gets_a_translated_400_that_says_nothing_was_received(client, db):
    body = "description=" + "a" * 3_000_000
    response = client.post(report_url("km"), body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    html = soup(response)
    assert html.html["lang"] == "km" and "មិនទាន់ត្រូវបានទទួល" in html.find(class_="lead").text
    assert Report.objects.count() == 0


def test_a_post_from_another_site_cannot_prefill_contact_or_spam_signals(db, monkeypatch):
    """Another site posts to the form (no CSRF cookie): its hidden, honeypot, timing and contact fields are not put
    back, so the genuine report the visitor then sends is neither redirected to it nor marked as spam."""
    visitor = Client(enforce_csrf_checks=True)
    planted = report_data(
        "other",
        description="please keep this",
        token=aged_token(seconds=0),
        homepage_url="https://spam.example/",
        contact_me="on",
        contact_email="attacker@evil.example",
        contact_phone="+1 555 0100",
        contact_name="Helper",
    )
    response = form_post(visitor, report_url(), planted, HTTP_ORIGIN="null")
    assert response.status_code == 403
    html = soup(response)
    form = html.find("form", attrs={"data-report-form": True})
    page = str(form)
    assert html.find("textarea", attrs={"name": "description"}).text.strip() == "please keep this"
    for planted_value in ("attacker@evil.example", "555 0100", "Helper", "spam.example", planted["form_token"]):
        assert planted_value not in page
    assert not form.find("input", attrs={"name": "contact_me", "checked": True})
    assert "contact details were not filled in again" in html.find(class_="error-summary").text

    # The visitor sends the form as it now stands, after taking their time.
    data = {key: values[-1] for key, values in form_values(form).items()}
    token = data["form_token"]
    assert token != planted["form_token"]
    import time
    from types import SimpleNamespace

    from takeaction import protection

    monkeypatch.setattr(protection, "time", SimpleNamespace(time=lambda: time.time() + 30))  # half a minute later
    assert form_post(visitor, report_url(), data).status_code == 200
    report = Report.objects.get()
    assert report.status == Report.Status.NEW
    assert "screening" not in decrypted(report) and "contact" not in decrypted(report)
