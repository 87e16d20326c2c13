"""The analysts' desk: only hotline analysts read reports, every read is logged, the log cannot change."""

import datetime
import json

import pytest
from cryptography.fernet import Fernet
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.test import override_settings
from django.utils import timezone

from takeaction import crypto
from takeaction.models import Province, Report, ReportAuditLog, ReportNote
from tests.helpers import decrypted, form_post, sign_in_verified, soup

SECRET_TEXT = "He waits outside the school gate every Friday."
DESK = "/admin/hotline-reports/"


def make_report(kind=Report.Kind.OFFLINE, status=Report.Status.NEW, province="siem-reap", text=SECRET_TEXT, **extra):
    details = {"answers": {"what": text}, "description": "", "language": "km", **extra}
    report, _ = Report.submit(
        kind=kind,
        province=Province.objects.get(code=province) if province else None,
        details=details,
        reference=crypto.new_reference(),
    )
    if status != Report.Status.NEW:
        Report.objects.filter(pk=report.pk).update(status=status)
        report.refresh_from_db()
    return report


def desk_urls(report):
    return [
        DESK,
        DESK + "results/",
        f"{DESK}{report.pk}/",
        DESK + "audit-log/",
        DESK + "audit-log/results/",
    ]


@pytest.mark.parametrize("username", [None, "editor", "moderator", "translator", "admin"])
def test_nobody_but_analysts_reaches_any_report_url(client, db, username):
    report = make_report()
    if username:
        sign_in_verified(client, get_user_model().objects.get(username=username))
    for url in desk_urls(report):
        for method in ("get", "post"):
            response = getattr(client, method)(url, {"status": "closed", "note": "x"})
            assert response.status_code in (302, 403, 404), (username, url, response.status_code)
            assert SECRET_TEXT not in response.content.decode()
    report.refresh_from_db()
    assert report.status == Report.Status.NEW and not report.notes.exists()
    assert not ReportAuditLog.objects.filter(report_id=report.pk, action=ReportAuditLog.Action.VIEWED).exists()
    if username:
        home = client.get("/admin/").content.decode()
        assert "Hotline reports" not in home


def test_a_superuser_who_joins_the_group_can_read(client, db):
    from django.contrib.auth.models import Group

    admin = get_user_model().objects.get(username="admin")
    admin.groups.add(Group.objects.get(name="Hotline analysts"))
    sign_in_verified(client, admin)
    report = make_report()
    assert SECRET_TEXT in client.get(f"{DESK}{report.pk}/").content.decode()


def test_reports_are_not_exposed_anywhere_else_in_the_admin(admin_client, db):
    report = make_report()
    for url in (
        "/admin/snippets/takeaction/report/",
        f"/admin/snippets/takeaction/report/edit/{report.pk}/",
        "/admin/django/takeaction/report/",
        f"{DESK}new/",
        f"{DESK}edit/{report.pk}/",
        f"{DESK}delete/{report.pk}/",
        f"{DESK}history/{report.pk}/",
    ):
        response = admin_client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert SECRET_TEXT not in response.content.decode()
    search = admin_client.get("/admin/pages/search/", {"q": "school gate"})
    assert SECRET_TEXT not in search.content.decode()


def test_the_analyst_sees_the_menu_and_lists_reports_without_decrypting_them(analyst_client, db):
    make_report()
    home = analyst_client.get("/admin/").content.decode()
    assert "Hotline reports" in home
    listing = analyst_client.get(DESK)
    assert listing.status_code == 200
    text = listing.content.decode()
    assert "Sexual abuse or exploitation of a child offline" in text and "Siem Reap" in text
    assert SECRET_TEXT not in text


def test_filters_by_kind_status_province_and_date(analyst_client, db):
    old = make_report(kind=Report.Kind.CSAM, province=None)
    Report.objects.filter(pk=old.pk).update(received_on=datetime.date(2025, 1, 15))
    make_report(status=Report.Status.IN_REVIEW)
    make_report(kind=Report.Kind.OTHER, province="kampot")

    def listed(**query):
        html = soup(analyst_client.get(DESK + "results/", query))
        return sorted(int(a.text.split()[-1]) for a in html.select("td a[href*='hotline-reports/']"))

    all_reports = sorted(Report.objects.values_list("pk", flat=True))
    assert listed() == all_reports
    assert listed(kind="csam") == [old.pk]
    assert len(listed(status="in_review")) == 1
    assert listed(province=Province.objects.get(code="kampot").pk) == [Report.objects.get(kind="other").pk]
    assert listed(received_on_from="2025-01-01", received_on_to="2025-02-01") == [old.pk]
    assert analyst_client.get(DESK, {"kind": "nonsense", "received_on_from": "yesterday"}).status_code == 200


def test_every_opening_status_change_and_note_is_logged(analyst_client, analyst, db):
    report = make_report()
    response = analyst_client.get(f"{DESK}{report.pk}/")
    assert SECRET_TEXT in response.content.decode()
    response = form_post(analyst_client, f"{DESK}{report.pk}/", {"status": "referred_police"})
    assert response.status_code == 302
    form_post(analyst_client, f"{DESK}{report.pk}/", {"note": "Called the provincial anti-trafficking police."})
    report.refresh_from_db()
    assert report.status == Report.Status.REFERRED_POLICE
    entries = list(ReportAuditLog.objects.filter(report_id=report.pk).order_by("pk"))
    assert [e.action for e in entries] == ["viewed", "status", "note"]
    assert all(e.username == "analyst" and e.user_id == analyst.pk for e in entries)
    assert entries[1].detail == "new → referred_police"
    # The log holds no report content; the note is encrypted.
    assert "school gate" not in " ".join(f"{e.detail} {e}" for e in entries)
    note = ReportNote.objects.get(report=report)
    assert "provincial" not in note.body and decrypted(note) == "Called the provincial anti-trafficking police."
    page = analyst_client.get(f"{DESK}{report.pk}/").content.decode()
    assert "Called the provincial anti-trafficking police." in page

    assert len(soup(analyst_client.get(DESK + "audit-log/results/", {"report_id": report.pk})).select("tbody tr")) == 3


@pytest.mark.parametrize("data", [{"status": "deleted"}, {"note": ""}, {"note": "x" * 5001}])
def test_bad_desk_input_is_a_400_not_a_500(analyst_client, db, data):
    report = make_report()
    assert form_post(analyst_client, f"{DESK}{report.pk}/", data).status_code == 400
    assert analyst_client.get(f"{DESK}999999/").status_code in (302, 404)


def test_the_audit_log_is_append_only_in_the_database(analyst, db):
    report = make_report()
    entry = ReportAuditLog.record(report, analyst, ReportAuditLog.Action.VIEWED)
    for attempt in (
        lambda: ReportAuditLog.objects.filter(pk=entry.pk).update(username="someone else"),
        lambda: ReportAuditLog.objects.filter(pk=entry.pk).delete(),
        lambda: connection.cursor().execute("DELETE FROM takeaction_reportauditlog"),
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            attempt()
    assert ReportAuditLog.objects.get(pk=entry.pk).username == "analyst"


def test_reported_urls_are_defanged_never_links(analyst_client, db):
    report, _ = Report.submit(
        kind=Report.Kind.CSAM,
        province=None,
        details={"answers": {"urls": ["https://bad.example.com/a.b/c?d=e.f"]}, "description": "", "language": "en"},
        reference=crypto.new_reference(),
    )
    html = analyst_client.get(f"{DESK}{report.pk}/").content.decode()
    assert 'value="hxxps://bad[.]example[.]com/a.b/c?d=e.f"' in html
    assert "https://bad.example.com" not in html


def test_purge_deletes_closed_reports_after_the_retention_period(analyst, db):
    today = timezone.localdate()
    expired = make_report(status=Report.Status.CLOSED)
    spam = make_report(status=Report.Status.LIKELY_SPAM)
    recent = make_report(status=Report.Status.CLOSED)
    still_open = make_report(status=Report.Status.IN_REVIEW)
    expired.add_note("done", analyst)
    long_ago = today - datetime.timedelta(days=400)
    Report.objects.filter(pk__in=[expired.pk, spam.pk, still_open.pk]).update(status_changed_on=long_ago)

    call_command("purge_reports", "--dry-run", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Report.objects.count() == 4
    call_command("purge_reports", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert set(Report.objects.values_list("pk", flat=True)) == {recent.pk, still_open.pk}
    assert not ReportNote.objects.filter(report_id=expired.pk).exists()
    purged = set(ReportAuditLog.objects.filter(action="purged").values_list("report_id", flat=True))
    assert purged == {expired.pk, spam.pk}
    with override_settings(REPORT_RETENTION_DAYS=30):
        Report.objects.filter(pk=recent.pk).update(status_changed_on=today - datetime.timedelta(days=31))
        call_command("purge_reports", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert set(Report.objects.values_list("pk", flat=True)) == {still_open.pk}


def test_key_rotation_re_encrypts_everything(analyst, db, settings):
    old_key = settings.REPORT_ENCRYPTION_KEYS[0]
    report = make_report()
    report.add_note("a note", analyst)
    new_key = Fernet.generate_key().decode()
    settings.REPORT_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_report_keys", stdout=open("/dev/null", "w"))  # noqa: SIM115
    settings.REPORT_ENCRYPTION_KEYS = [new_key]
    report = Report.objects.get(pk=report.pk)
    assert decrypted(report)["answers"]["what"] == SECRET_TEXT
    assert decrypted(ReportNote.objects.get(report=report)) == "a note"
    settings.REPORT_ENCRYPTION_KEYS = [old_key]
    with pytest.raises(crypto.InvalidToken):
        decrypted(Report.objects.get(pk=report.pk))


def test_keys_are_independent_of_the_secret_key(db, settings):
    report = make_report()
    reference = crypto.new_reference()
    hashed = crypto.reference_hash(reference)
    settings.SECRET_KEY = "a-completely-different-secret-key-after-a-leak-rotation"
    assert decrypted(Report.objects.get(pk=report.pk))["answers"]["what"] == SECRET_TEXT
    assert crypto.reference_hash(reference) == hashed
    settings.REPORT_ENCRYPTION_KEYS = []
    settings.REPORT_KEY_FILE = None
    with pytest.raises(ImproperlyConfigured):
        crypto.encrypt({"a": 1})


def test_a_report_the_keys_cannot_open_shows_a_message_not_a_500(analyst_client, db, settings):
    report = make_report()
    settings.REPORT_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    response = analyst_client.get(f"{DESK}{report.pk}/")
    assert response.status_code == 200
    assert "cannot be decrypted" in response.content.decode()


def admin_addresses(sample):
    from tests.accounts.test_two_factor import admin_urls

    return [url.replace("/1/", f"/{sample}/") for url in admin_urls()]


def test_every_admin_address_that_shows_a_report_writes_an_opening(db, analyst):
    """Every admin address, GET and POST (with a refused note and status), in a session of its own: wherever the
    report's words appear, the audit log gained exactly one "Opened" for it."""
    from django.test import Client

    report = make_report()
    shown = []
    for url in admin_addresses(report.pk):
        for method in ("get", "post"):
            client = Client(raise_request_exception=False)
            sign_in_verified(client, analyst)
            before = ReportAuditLog.objects.filter(report_id=report.pk, action="viewed").count()
            data = {"note": "", "status": "nonsense", "q": "school gate", "export": "csv"}
            if method == "get":
                response = client.get(url, {"q": "school gate", "export": "csv"})
            else:
                response = form_post(client, url, data)
            opened = ReportAuditLog.objects.filter(report_id=report.pk, action="viewed").count() - before
            body = b"".join(response.streaming_content) if response.streaming else response.content
            if SECRET_TEXT in body.decode(errors="replace"):
                shown.append((method, url, response.status_code))
                assert opened == 1, (method, url)
    assert shown == [("get", f"{DESK}{report.pk}/", 200), ("post", f"{DESK}{report.pk}/", 400)]


def test_an_opening_is_logged_once_per_session_in_plain_words(analyst_client, analyst, db):
    from django.test import Client

    report = make_report()
    page = f"{DESK}{report.pk}/"
    assert SECRET_TEXT in analyst_client.get(page).content.decode()
    assert SECRET_TEXT in analyst_client.get(page).content.decode()
    refused = form_post(analyst_client, page, {"note": ""})
    assert refused.status_code == 400 and SECRET_TEXT in refused.content.decode()
    form_post(analyst_client, page, {"status": "referred_police"})
    form_post(analyst_client, page, {"note": "Police informed."})
    analyst_client.get(page)
    other = Client()
    sign_in_verified(other, analyst)
    other.get(page)
    actions = list(ReportAuditLog.objects.filter(report_id=report.pk).order_by("pk").values_list("action", flat=True))
    assert actions == ["viewed", "status", "note", "viewed"]

    log = soup(analyst_client.get(DESK + "audit-log/", {"report_id": report.pk}))
    described = [row.find_all("td")[-1].text.strip() for row in log.select("tbody tr")]
    assert described == ["Opened", "Added a note", "Status: New → Referred to police", "Opened"]
    on_the_report = soup(analyst_client.get(page)).select("table.listing tbody tr")
    assert "Status: New → Referred to police" in [row.find_all("td")[-1].text for row in on_the_report]


def token_time(token):
    from django.conf import settings

    return Fernet(settings.REPORT_ENCRYPTION_KEYS[0]).extract_timestamp(token.encode())


def test_reports_keep_their_date_and_no_time_nor_length(analyst, db):
    """Inside the ciphertext (Fernet tokens carry the moment they were made) and beside it, a report keeps its
    received date only; and texts of different lengths give ciphertexts of the same few sizes."""
    from takeaction.models import ReportNotification

    start = crypto.start_of_day()
    reports = [make_report(text="x" * length) for length in (1, 40, 400)]
    for report in reports:
        assert token_time(report.payload) == start
        assert timezone.localtime(datetime.datetime.fromtimestamp(start, tz=datetime.UTC)).time() == datetime.time(0)
    assert len({len(report.payload) for report in reports}) == 1
    assert len(make_report(text="x" * 5000).payload) > len(reports[0].payload)  # a few size classes, not one
    note = reports[0].add_note("Called the police.", analyst)
    assert token_time(note.body) == start
    fields = {field.name for field in ReportNotification._meta.get_fields()}
    assert not {field for field in fields if "_at" in field or "time" in field or "date" in field}


def test_old_reports_keep_decrypting_and_rotation_removes_their_time(analyst, db, settings):
    """Reports encrypted before (a token made at an exact moment, unpadded) still open, and `rotate_report_keys`
    re-makes them dated to their day and padded."""
    old_key = settings.REPORT_ENCRYPTION_KEYS[0]
    report = make_report()
    made_at = int(timezone.now().timestamp()) - 3 * 86400 + 12345
    old_token = Fernet(old_key).encrypt_at_time(
        json.dumps({"answers": {"what": SECRET_TEXT}, "description": "", "language": "en"}).encode(), made_at
    )
    Report.objects.filter(pk=report.pk).update(payload=old_token.decode())
    assert decrypted(Report.objects.get(pk=report.pk))["answers"]["what"] == SECRET_TEXT
    settings.REPORT_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), old_key]
    call_command("rotate_report_keys", stdout=open("/dev/null", "w"))  # noqa: SIM115
    rotated = Report.objects.get(pk=report.pk)
    assert decrypted(rotated)["answers"]["what"] == SECRET_TEXT
    assert Fernet(settings.REPORT_ENCRYPTION_KEYS[0]).extract_timestamp(rotated.payload.encode()) == (
        crypto.start_of_day(made_at)
    )
    assert len(rotated.payload) == len(make_report().payload)
