"""Code that tests/operations/test_backup.py runs inside the site, under its production settings and database:

    manage.py shell -v0 -c "from tests.backup_site import send_reports; send_reports()"
    manage.py shell -v0 -c "from tests.backup_site import snapshot; snapshot(['pages', 'reports'])"

`send_reports` sends one report of each kind through the report form (Django's test client, CSRF enforced, the
form's own token, after a person's pause) and prints the references shown, as JSON.

`add_photographs` gives a few pages a photograph, as an editor would (the demo has none), so that the backup
carries original images and their renditions; it prints the number of pages changed.

`snapshot` prints, as JSON, what a restored site must show exactly as the original did:

- "pages": every live page in both languages, address -> status and SHA-256 of its HTML, with what differs
  from one request to the next (CSRF tokens, the report form's signed token) blanked out; with
  SNAPSHOT_SHARD="k/n" only every n-th page from the k-th (so that n processes share the work);
- "documents": every document as Wagtail's serve view sends it, address -> status and SHA-256;
- "reports": every report with its clear fields, its answers and its analysts' notes decrypted with the
  configured keys, and the audit log;
- "lookups": for each reference in the environment variable SNAPSHOT_REFERENCES (JSON list), the number of
  the report it finds, as "Check my report" does (through REPORT_HASH_KEY).
"""

import hashlib
import json
import os
import re
import sys
import time

# Values that differ on every request, whatever the data: blanked before hashing.
PER_REQUEST = [
    re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")'),
    re.compile(rb'(name="form_token" value=")[^"]*(")'),
    re.compile(rb'(nonce=")[^"]*(")'),
]
REPORT_PAGE = "/en/take-action/report-abuse/"
REFERENCE = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{4}-\d{4}\b")
CONTACT = {"contact_me": "on", "contact_name": "Sokha", "contact_phone": "+855 12 345 678"}


def normalised(html):
    for pattern in PER_REQUEST:
        html = pattern.sub(rb"\1-\2", html)
    return html


def client(**options):
    from django.conf import settings
    from django.test import Client

    return Client(HTTP_HOST=settings.ALLOWED_HOSTS[0], **options)


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html)[1]


def send_reports():
    from django.conf import settings

    from tests.helpers import REPORT_ANSWERS, form_post

    browser, forms = client(enforce_csrf_checks=True), []
    for kind, answers in REPORT_ANSWERS.items():
        response = browser.get(f"{REPORT_PAGE}?kind={kind}")
        assert response.status_code == 200, response.status_code
        html = response.content.decode()
        forms.append(
            {
                "kind": kind,
                "description": f"Backup drill: a report of the kind “{kind}”, in words of its own (ស្មើ).",
                **answers,
                **(CONTACT if kind == "online" else {}),
                "form_token": hidden(html, "form_token"),
                "homepage_url": "",
                "csrfmiddlewaretoken": hidden(html, "csrfmiddlewaretoken"),
            }
        )
    time.sleep(settings.FORM_MIN_FILL_SECONDS + 0.5)  # a person's pause: not taken for a robot
    references = []
    for data in forms:
        response = form_post(browser, REPORT_PAGE, data)
        assert response.status_code == 200, response.status_code
        references.append(REFERENCE.search(response.content.decode())[0])
    sys.stdout.write(json.dumps(references) + "\n")


def pages():
    from django.utils import translation
    from wagtail.models import Page

    shard, shards = (int(number) for number in os.environ.get("SNAPSHOT_SHARD", "0/1").split("/"))
    browser, result = client(), {}
    for page in list(Page.objects.live().filter(depth__gt=1).order_by("path"))[shard::shards]:
        for language in ("en", "km"):
            with translation.override(language):
                url = page.get_url()
            response = browser.get(url)
            result[url] = f"{response.status_code} {hashlib.sha256(normalised(body(response))).hexdigest()}"
    return result


def documents():
    from wagtail.documents import get_document_model

    browser, result = client(), {}
    for document in get_document_model().objects.order_by("pk"):
        response = browser.get(document.url)
        result[document.url] = f"{response.status_code} {hashlib.sha256(body(response)).hexdigest()}"
    return result


def reports():
    from takeaction.models import Report, ReportAuditLog
    from tests.helpers import decrypted

    return {
        "reports": [
            {
                "number": report.pk,
                "kind": report.kind,
                "status": report.status,
                "received_on": report.received_on.isoformat(),
                "province": report.province.code if report.province else None,
                "reference_hash": report.reference_hash,
                "details": decrypted(report),  # decrypted with REPORT_ENCRYPTION_KEYS
                "notes": [decrypted(note) for note in report.notes.all()],
            }
            for report in Report.objects.select_related("province").order_by("pk")
        ],
        "audit_log": [
            [entry.report_id, entry.username, entry.action, entry.detail, entry.at.isoformat()]
            for entry in ReportAuditLog.objects.order_by("pk")
        ],
    }


def lookups():
    from takeaction.models import Report

    references = json.loads(os.environ.get("SNAPSHOT_REFERENCES", "[]"))
    return {reference: getattr(Report.find(reference), "pk", None) for reference in references}


def snapshot(parts=("pages", "documents", "reports", "lookups")):
    take = {"pages": pages, "documents": documents, "reports": reports, "lookups": lookups}
    result = {part: take[part]() for part in parts}
    sys.stdout.write(json.dumps(result, ensure_ascii=False, sort_keys=True) + "\n")


def add_photographs():
    from aple_site.home.models import StandardPage
    from news.models import ArticlePage
    from tests.factories import ImageFactory

    pages = [*ArticlePage.objects.live().order_by("pk")[:2], StandardPage.objects.live().order_by("pk").first()]
    for page in pages:
        page.image = ImageFactory(file__width=1200, file__height=800)
        page.save_revision().publish()
    print(json.dumps(len(pages)))
