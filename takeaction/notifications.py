"""Tell the hotline analysts that reports arrived, from the outbox, after the report is committed.

The email says only that a new report arrived and links to the analysts' list: no reference, no
kind, no content. It is sent once the reporter's confirmation page has gone out (see
SendAfterResponse); a failed send is retried with a growing delay by the next submission or by
`manage.py send_report_notifications` (run it from cron every few minutes). The report itself is
already safe in the database, so a mail outage loses nothing and delays nothing for the reporter.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import ReportNotification, analysts

logger = logging.getLogger(__name__)
MAX_DELAY = datetime.timedelta(hours=1)


def analyst_addresses():
    return sorted(set(analysts().exclude(email="").values_list("email", flat=True)))


def _message(count, recipients):
    with translation.override(settings.LANGUAGE_CODE):
        subject = ngettext("A new report arrived", "%(count)d new reports arrived", count) % {"count": count}
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("hotline_reports:index")
        body = "\n\n".join(
            [
                subject + ".",
                _("Open the list of reports (sign-in required): %(link)s") % {"link": link},
                _("This email holds no details of any report, by design."),
            ]
        )
    return EmailMessage(subject=f"[{settings.WAGTAIL_SITE_NAME}] {subject}", body=body, bcc=recipients)


def send_pending(now=None):
    """Send one email for every due notification; returns how many reports were announced.

    Rows are locked while sending (SKIP LOCKED where the database has it), so that two workers
    or cron runs never announce the same report twice."""
    now = now or timezone.now()
    recipients = analyst_addresses()
    with transaction.atomic():
        due = ReportNotification.objects.filter(sent_at__isnull=True, next_attempt_at__lte=now)
        due = list(due.select_for_update(skip_locked=True).order_by("pk")[:500])
        if not due:
            return 0
        if not recipients:
            logger.warning("New reports are waiting but no active hotline analyst has an email address.")
            _postpone(due, now, "no recipients")
            return 0
        try:
            _message(len(due), recipients).send(fail_silently=False)
        except Exception as error:  # noqa: BLE001 - any mail failure is retried later, never raised to the reporter
            logger.warning("Report notification failed (%s); it will be retried.", type(error).__name__)
            _postpone(due, now, type(error).__name__)
            return 0
        ReportNotification.objects.filter(pk__in=[row.pk for row in due]).update(
            sent_at=now, attempts=F("attempts") + 1, last_error=""
        )
    return len(due)


def _postpone(rows, now, error):
    for row in rows:
        row.attempts += 1
        delay = min(datetime.timedelta(minutes=2 ** min(row.attempts, 10)), MAX_DELAY)
        row.next_attempt_at = now + delay
        row.last_error = error[:200]
    ReportNotification.objects.bulk_update(rows, ["attempts", "next_attempt_at", "last_error"])


def send_quietly():
    try:
        send_pending()
    except Exception:  # noqa: BLE001 - the report is committed; cron retries whatever is left
        logger.exception("Sending report notifications failed; cron will retry.")


class SendAfterResponse(TemplateResponse):
    """A page whose closing (after the server has sent it to the browser) sends the notifications,
    so the reporter never waits for the mail server."""

    def close(self):
        send_quietly()
        super().close()
