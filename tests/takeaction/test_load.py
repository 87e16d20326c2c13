"""Nothing lost under load, nothing in the logs.

The load test serves the site as production does (gunicorn, several workers, the production settings and
their logging raised to DEBUG, a PostgreSQL server of its own that logs every statement) and runs
tools/load_reports.py against it: 200 people send a report at the same moment while others browse. Afterwards
exactly as many reports are stored as confirmations were shown, each decrypts and holds what its reporter
wrote, nothing answered with a 5xx, and no line of any log (gunicorn's access and error logs, Django's log,
PostgreSQL's log) holds a word of any report, a contact detail or a reporter's address.

The in-process test does the same for the log records of one accepted report and of the ways a report can be
refused or fail (invalid answers, rate limit, failed security check, database error, mail server down).
"""

import json
import logging
import re
import secrets
import smtplib
import subprocess
import sys
import time
import urllib.parse

import pytest
from django.db import OperationalError, connection
from django.test import Client, override_settings

from tests.helpers import decrypted, form_post, report_data, report_url
from tests.postgres import PostgresServer
from tests.production import ROOT, create_database, demo_site, free_port, gunicorn, manage, production_env

# The whole site is a copy of the session's demo database (tests/production.py: demo_site), so it must exist.
pytestmark = pytest.mark.django_db

REPORTERS = 200
READERS = 6
# Before the reports, the readers' start pages and this many pages they link to are visited once, so that the
# pictures' renditions exist as on a live site (on this fresh site making them is most of the work).
WARM_UP_PAGES = 20
WORKERS = 4  # sync workers on this 2-core machine: two per core, as a report waits on the database a little
LOAD_SECONDS = 120  # the load script's own deadline; every request also has a timeout

# Reads the stored reports under the production settings (the key is in the environment) and compares them
# with what the load script's reporters sent and were shown. Prints counts only, never report content.
CHECK_REPORTS = """
import json, os
from collections import Counter
from takeaction import crypto
from takeaction.models import Report
sent = json.load(open(os.environ["LOAD_JSON"], encoding="utf-8"))["reports"]
stored, undecryptable = {}, 0
for report in Report.objects.all():
    try:
        stored[report.pk] = (report, crypto.decrypt(report.payload))
    except crypto.InvalidToken:
        undecryptable += 1
matched, mismatched, missing = [], [], 0
for item in sent:
    if not item["confirmed"]:
        continue
    found = Report.find(item["reference"])
    if found is None or found.pk not in stored:
        missing += 1
        continue
    report, details = stored[found.pk]
    contact = item["contact"]
    expected_contact = contact and {key: contact[key] for key in ("name", "phone", "email", "language")}
    if (
        item["marker"] in json.dumps(details, ensure_ascii=False)
        and report.kind == item["kind"]
        and details.get("language") == item["language"]
        and details.get("contact") == (expected_contact or None)
    ):
        matched.append(report.pk)
    else:
        mismatched.append(item["number"])
print(json.dumps({
    "stored": Report.objects.count(),
    "undecryptable": undecryptable,
    "missing": missing,
    "mismatched": mismatched,
    "matched": len(matched),
    "matched_distinct": len(set(matched)),
    "statuses": Counter(report.status for report, _ in stored.values()),
    "screened": sum(bool(details.get("screening")) for _, details in stored.values()),
    "kinds": Counter(report.kind for report, _ in stored.values()),
}))
"""


def postgres_logs_every_statement(server):
    """From now on the PostgreSQL server log holds every SQL statement, with its values."""
    for sql in ("ALTER SYSTEM SET log_statement = 'all'", "SELECT pg_reload_conf()"):
        server._run("psql", "-h", str(server.socket_dir), "-p", str(server.port), "-U", "postgres", "-c", sql)


@pytest.fixture(scope="module")
def load_run(django_db_setup, tmp_path_factory):
    """The site under production settings, 200 concurrent reports and readers against it; then the logs."""
    work = tmp_path_factory.mktemp("load")
    timings = {}
    server = PostgresServer().start()
    try:
        started = time.monotonic()
        create_database(server, "load")
        env = production_env(
            server,
            "load",
            work,
            # Behind nginx each client's address arrives in X-Real-IP; the script sends one per person.
            CLIENT_IP_META_KEY="HTTP_X_REAL_IP",
            # The root logger at its most talkative (Django's own loggers stay at INFO, as Django sets them).
            LOG_LEVEL="DEBUG",
            # Each report's notification tries a mail server that is not there: the retry path, logged.
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(free_port()),
            EMAIL_USE_TLS="false",
            EMAIL_TIMEOUT="2",
        )
        # The demo site with its staff (the analysts whom each new report is announced to) and the static files.
        demo_site(env)
        timings["setup_seconds"] = round(time.monotonic() - started, 1)
        postgres_logs_every_statement(server)

        logs = {name: work / f"{name}.log" for name in ("access", "error", "output")}
        options = [
            *("--access-logfile", str(logs["access"]), "--error-logfile", str(logs["error"])),
            *("--log-level", "debug", "--timeout", "30"),
            # As deploy/aple.service: workers are replaced now and then, under load too.
            *("--max-requests", "2000", "--max-requests-jitter", "200"),
        ]
        results = work / "load.json"
        with gunicorn(env, workers=WORKERS, log=logs["output"], options=options) as base:
            started = time.monotonic()
            command = [sys.executable, "tools/load_reports.py", base, "--json", str(results)]
            command += ["--reporters", str(REPORTERS), "--readers", str(READERS), "--deadline", str(LOAD_SECONDS)]
            command += ["--warm-up-pages", str(WARM_UP_PAGES)]
            script = subprocess.run(  # noqa: S603
                command, cwd=ROOT, capture_output=True, text=True, timeout=LOAD_SECONDS + 30
            )
            timings["load_seconds"] = round(time.monotonic() - started, 1)
        print(script.stdout, script.stderr)
        assert results.exists(), script.stdout + script.stderr
        data = json.loads(results.read_text(encoding="utf-8"))

        started = time.monotonic()
        check = manage({**env, "LOAD_JSON": str(results)}, "shell", "-v0", "-c", CHECK_REPORTS)
        stored = json.loads(check.stdout.strip().splitlines()[-1])
        timings["check_seconds"] = round(time.monotonic() - started, 1)

        logs["postgresql"] = server.dir / "server.log"
        log_text = {name: path.read_text(encoding="utf-8", errors="replace") for name, path in logs.items()}
        summary = {**data["summary"], **timings}
        artifacts = ROOT / "test-artifacts"
        artifacts.mkdir(exist_ok=True)
        (artifacts / "load-summary.json").write_text(json.dumps(summary, indent=1))  # figures only, no content
        yield {"summary": summary, "reports": data["reports"], "stored": stored, "logs": log_text, "script": script}
    finally:
        server.stop()


def test_every_confirmation_shown_is_one_stored_report_and_nothing_failed(load_run):
    summary, stored = load_run["summary"], load_run["stored"]
    assert summary["server_errors_5xx"] == 0, summary
    assert summary["failed_requests"] == {}, summary  # every request got an answer in time
    assert summary["unfinished_threads"] == 0 and summary["barrier_broken"] == 0, summary
    # All 200 were sent together (the barrier) and each person has an address of its own, so none is held by
    # the rate limit, and each waited as long as a person would, so none is flagged as spam: all are accepted.
    assert summary["not_confirmed"] == {}, summary
    assert summary["confirmations"] == summary["distinct_references"] == REPORTERS
    assert summary["posts_start_spread_ms"] < 2000 and summary["posts_in_flight_peak"] > REPORTERS / 2, summary
    assert stored["stored"] == summary["confirmations"] == REPORTERS, stored
    assert stored["undecryptable"] == 0 and stored["missing"] == 0 and stored["mismatched"] == [], stored
    assert stored["matched"] == stored["matched_distinct"] == REPORTERS  # each reference, its own report
    assert stored["screened"] == 0 and stored["statuses"] == {"new": REPORTERS}, stored
    assert stored["kinds"] == dict.fromkeys(("csam", "online", "offline", "other"), REPORTERS // 4)
    assert set(summary["warm_up_statuses"]) == {"200"} and summary["warm_up_pages"] > WARM_UP_PAGES, summary
    assert summary["reader_requests"] > 0 and set(summary["reader_statuses"]) == {"200"}, summary
    assert load_run["script"].returncode == 0


def needles_of(reports):
    """What must never be logged: the markers (in every free-text answer and contact name), the contact
    details as typed and as URL-encoded in a form body, the references shown (stored only hashed) and the
    reporters' addresses."""
    needles = set()
    for report in reports:
        needles.update({report["marker"], report["address"]})
        if report["reference"]:
            needles.update({report["reference"], report["reference"].replace("-", "")})
        for value in (report["contact"] or {}).values():
            if len(value) > 2:  # not the language code
                needles.update({value, urllib.parse.quote_plus(value), urllib.parse.quote(value)})
    return needles


def test_no_log_line_holds_a_report_a_contact_detail_or_an_address(load_run):
    logs, reports = load_run["logs"], load_run["reports"]
    # The logs are there and saw the run: every report post, the workers, the failed notifications, and each
    # report written to the database (encrypted) in PostgreSQL's statement log.
    posts = re.findall(r'"POST /(?:en|km)/take-action/report-abuse/ HTTP/1\.1" 200 ', logs["access"])
    assert len(posts) == REPORTERS
    assert "Booting worker" in logs["error"]
    assert "Report notification failed (ConnectionRefusedError)" in logs["output"]
    assert logs["postgresql"].count('INSERT INTO "takeaction_report"') == REPORTERS

    pattern = re.compile("|".join(re.escape(needle) for needle in sorted(needles_of(reports), key=len)[::-1]))
    leaks = [
        f"{name}: {line[:300]}"
        for name, text in logs.items()
        for line in text.splitlines()
        if pattern.search(line) or "LOADMARK" in line
    ]
    assert leaks == [], f"{len(leaks)} log lines hold report data, e.g.:\n" + "\n".join(leaks[:5])


# In process -------------------------------------------------------------------------------------------------


class RefusingEmailBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPConnectError(421, "the mail server is down")


@pytest.fixture
def every_log_record(caplog):
    """Every logger at DEBUG (SQL statements with their values included), captured."""
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)
    connection.force_debug_cursor = True  # django.db.backends logs each query with its parameters
    yield caplog
    connection.force_debug_cursor = False


def logged_text(records):
    """Each record as a handler would write it: the message with its arguments, and any traceback."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return [formatter.format(record) + " " + repr(record.args) for record in records]


def test_no_log_record_holds_what_a_reporter_wrote(analyst_client, every_log_record, monkeypatch):
    from takeaction.models import Report

    marker = f"INPROCESS-{secrets.token_hex(6)}"
    phone, email, name = f"+855 12 {secrets.randbelow(10**6):06d}", f"{marker.lower()}@example.org", f"Dara {marker}"
    address, agent = "203.0.113.77", f"CheapPhone/2.0 ({marker}-agent)"
    headers = {"REMOTE_ADDR": address, "HTTP_USER_AGENT": agent}
    contact = {"contact_me": "on", "contact_name": name, "contact_phone": phone, "contact_email": email}
    answers = {
        "description": f"He waits at the school gate ({marker}).",
        "offline_place": f"Near the market, {marker}",
        **contact,
        "contact_language": "km",
    }
    client = Client(raise_request_exception=False)
    Report.objects.all().delete()  # this test counts its own reports (inside its transaction, rolled back)

    # Accepted, while the mail server is down (the notification fails and is logged for a retry). One report
    # per address is allowed from here on.
    one_report = override_settings(REPORT_RATE_LIMIT="1/10m")
    with one_report, override_settings(EMAIL_BACKEND="tests.takeaction.test_load.RefusingEmailBackend"):
        response = form_post(client, report_url("km"), report_data("offline", **answers), **headers)
    assert response.status_code == 200 and Report.objects.count() == 1
    assert marker in decrypted(Report.objects.get())["description"]
    reference = re.search(r"\d{4}-\d{4}-\d{4}-\d{4}-\d{4}", response.content.decode())[0]  # kept only hashed

    # Refused: contact details without the box ticked, a phone number that is not one, a bad web address.
    refused = [
        report_data("online", online_what=f"Asked for photos, {marker}", contact_email=email),
        report_data("other", description=f"Worried, {marker}", contact_me="on", contact_phone=f"call {marker}"),
        report_data("csam", description=marker, csam_urls=f"not a web address {marker}\nhttps://{marker}.example"),
    ]
    for data in refused:
        response = form_post(client, report_url("en"), data, **headers)
        assert response.status_code == 400
    # Held by the rate limit (its answers come back in the form), and refused by the security check.
    with one_report:
        response = form_post(client, report_url("en"), report_data("other", description=marker), **headers)
    assert response.status_code == 429 and marker in response.content.decode()
    strict = Client(enforce_csrf_checks=True, raise_request_exception=False)
    response = form_post(strict, report_url("en"), report_data("other", description=marker, **contact), **headers)
    assert response.status_code == 403 and marker in response.content.decode()

    # The database fails while the report is stored: a 503 that says nothing was received, and an error logged
    # with its traceback.
    def database_down(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    with monkeypatch.context() as patch:
        patch.setattr("takeaction.models.reports.ReportNotification.objects.create", database_down)
        response = form_post(client, report_url("en"), report_data("other", description=marker, **contact), **headers)
    assert response.status_code == 503
    assert Report.objects.count() == 1

    # An analyst reads the report (the page shows it all, decrypted).
    page = analyst_client.get(f"/admin/hotline-reports/{Report.objects.get().pk}/")
    assert page.status_code == 200 and marker in page.content.decode() and email in page.content.decode()

    records = every_log_record.records
    text = logged_text(records)
    # The paths above were logged (so the check below means something): the failed notification, the refused
    # and failed requests, and SQL statements with their values.
    assert any("Report notification failed (SMTPConnectError)" in line for line in text)
    assert any(record.name == "django.security.csrf" for record in records)
    assert any(record.name == "django.request" and record.exc_info for record in records)
    # Template variables that do not resolve are logged by name, without the context (aple_site/core/logs.py).
    assert any(record.name == "django.template" for record in records)
    assert not any(record.name == "django.template" and record.exc_info for record in records)
    assert any(
        record.name == "django.db.backends" and "takeaction_report" in line
        for record, line in zip(records, text, strict=True)
    )
    for secret in (marker, marker.lower(), phone, email, name, address, agent, reference, reference.replace("-", "")):
        leaks = [line for line in text if secret in line]
        assert leaks == [], leaks[:3]
