"""Tell the hotline analysts that reports arrived, from the outbox, after the report is committed.

The email says only that a new report arrived and links to the analysts' list: no reference, no
kind, no content. It is sent once the reporter's confirmation page has gone out (see
SendAfterResponse); a failed send is retried by `manage.py send_report_notifications` (run it from
cron every few minutes), and, after a growing pause kept in the cache, by the next submission. The
report itself is already safe in the database, so a mail outage loses nothing and delays nothing for
the reporter. Outbox rows keep no time (see ReportNotification) and are deleted once sent.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models.reports import ReportNotification, analysts

logger = logging.getLogger(__name__)
PAUSE_KEY = "report-notifications:paused"  # set after a failed send: submissions leave the retries to cron
MAX_PAUSE = 60 * 60


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


def send_pending(retry=True):
    """Send one email for every waiting notification; returns how many reports were announced.

    Rows are locked while sending (SKIP LOCKED where the database has it), so that two workers or cron runs
    never announce the same report twice. With `retry=False` (after a submission) nothing is tried while the
    mail server is paused after a failure, so that a mail outage does not hold every worker up."""
    if not retry and cache.get(PAUSE_KEY):
        return 0
    recipients = analyst_addresses()
    with transaction.atomic():
        due = list(ReportNotification.objects.select_for_update(skip_locked=True).order_by("pk")[:500])
        if not due:
            return 0
        if not recipients:
            logger.warning("New reports are waiting but no active hotline analyst has an email address.")
            _failed(due, "no recipients")
            return 0
        try:
            _message(len(due), recipients).send(fail_silently=False)
        except Exception as error:  # noqa: BLE001 - any mail failure is retried later, never raised to the reporter
            logger.warning("Report notification failed (%s); it will be retried.", type(error).__name__)
            _failed(due, type(error).__name__)
            return 0
        ReportNotification.objects.filter(pk__in=[row.pk for row in due]).delete()
    cache.delete(PAUSE_KEY)
    return len(due)


def _failed(rows, error):
    for row in rows:
        row.attempts += 1
        row.last_error = error[:200]
    ReportNotification.objects.bulk_update(rows, ["attempts", "last_error"])
    attempts = max(row.attempts for row in rows)
    cache.set(PAUSE_KEY, True, min(60 * 2 ** min(attempts, 10), MAX_PAUSE))


def send_quietly():
    try:
        send_pending(retry=False)
    except Exception:  # noqa: BLE001 - the report is committed; cron retries whatever is left
        logger.exception("Sending report notifications failed; cron will retry.")


class SendAfterResponse(TemplateResponse):
    """A page whose closing (after the server has sent it to the browser) sends the notifications,
    so the reporter never waits for the mail server."""

    def close(self):
        send_quietly()
        super().close()
