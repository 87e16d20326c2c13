"""Reports of suspected child sexual abuse and exploitation, and what analysts do with them.

Only the kind, the dates, the status, the province and a keyed hash of the reference are stored in
clear; everything the reporter wrote (descriptions, web addresses, account names, contact
details) is one encrypted payload, and analysts' notes are encrypted too (see crypto.py).
Reports are not pages, snippets or search documents: they are reachable only through the
analysts' desk in the admin (wagtail_hooks.py).
"""

import datetime

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from aple_site.core.roles import ANALYSTS_GROUP, analysts, is_analyst  # noqa: E402, F401
from takeaction import crypto


class Report(models.Model):
    class Kind(models.TextChoices):
        CSAM = "csam", _("Child sexual abuse material online")
        ONLINE = "online", _("Online grooming, sextortion or other online exploitation")
        OFFLINE = "offline", _("Sexual abuse or exploitation of a child offline")
        OTHER = "other", _("Something else, or I am worried about a child")

    class Status(models.TextChoices):
        NEW = "new", pgettext_lazy("report status", "New")
        IN_REVIEW = "in_review", pgettext_lazy("report status", "In review")
        REFERRED_POLICE = "referred_police", _("Referred to police")
        REFERRED_INHOPE = "referred_inhope", _("Referred to INHOPE partner hotline")
        CLOSED = "closed", pgettext_lazy("report status", "Closed")
        LIKELY_SPAM = "likely_spam", _("Likely spam")

    # What a reporter sees when checking a report: four stages and nothing more.
    PUBLIC_STATUS = {
        Status.NEW: "received",
        Status.LIKELY_SPAM: "received",
        Status.IN_REVIEW: "in_review",
        Status.REFERRED_POLICE: "referred",
        Status.REFERRED_INHOPE: "referred",
        Status.CLOSED: "closed",
    }
    FINISHED = (Status.CLOSED, Status.LIKELY_SPAM)

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    received_on = models.DateField(_("received"), default=timezone.localdate, db_index=True)
    status_changed_on = models.DateField(_("status changed"), default=timezone.localdate)
    province = models.ForeignKey(
        "takeaction.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reference_hash = models.CharField(max_length=64, unique=True, editable=False)
    payload = models.TextField(editable=False, help_text="Encrypted JSON: everything the reporter wrote.")

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-pk"]
        default_permissions = ()  # access is group membership, not model permissions

    def __str__(self):
        return _("Report %(number)s") % {"number": self.pk}

    @property
    def public_status(self):
        return self.PUBLIC_STATUS[self.status]

    @classmethod
    def submit(cls, *, kind, province, details, reference):
        """Store a report and queue the analysts' notification in one transaction.

        Returns (report, created): the same reference sent twice is stored once."""
        reference_hash = crypto.reference_hash(reference)
        existing = cls.objects.filter(reference_hash=reference_hash).first()
        if existing:
            return existing, False
        status = cls.Status.LIKELY_SPAM if details.get("screening") else cls.Status.NEW
        try:
            with transaction.atomic():
                report = cls.objects.create(
                    kind=kind,
                    status=status,
                    province=province,
                    reference_hash=reference_hash,
                    payload=crypto.encrypt(details),
                )
                ReportNotification.objects.create()
        except IntegrityError:
            existing = cls.objects.filter(reference_hash=reference_hash).first()
            if existing is None:
                raise
            return existing, False
        return report, True

    @classmethod
    def find(cls, reference):
        reference_hash = crypto.reference_hash(reference)
        return cls.objects.filter(reference_hash=reference_hash).first() if reference_hash else None

    def set_status(self, status, user):
        if status == self.status:
            return False
        previous, self.status = self.status, status
        self.status_changed_on = timezone.localdate()
        self.save(update_fields=["status", "status_changed_on"])
        ReportAuditLog.record(self, user, ReportAuditLog.Action.STATUS, f"{previous} → {self.status}")
        return True

    def add_note(self, text, user):
        note = ReportNote.objects.create(report=self, author=user, body=crypto.encrypt(text))
        ReportAuditLog.record(self, user, ReportAuditLog.Action.NOTE)
        return note

    @classmethod
    def due_for_purge(cls, today=None):
        """Closed (or spam) reports whose status has not changed for the retention period."""
        today = today or timezone.localdate()
        cutoff = today - datetime.timedelta(days=settings.REPORT_RETENTION_DAYS)
        return cls.objects.filter(status__in=cls.FINISHED, status_changed_on__lt=cutoff)


class ReportNote(models.Model):
    """An analyst's note on a report, encrypted like the report itself."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("author")
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    body = models.TextField(editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        default_permissions = ()


class ReportAuditLog(models.Model):
    """Who opened or changed which report, and when. Append-only: the database refuses UPDATE and
    DELETE on this table (see the migration's triggers). Holds no report content."""

    class Action(models.TextChoices):
        VIEWED = "viewed", _("Opened")
        STATUS = "status", _("Status changed")
        NOTE = "note", _("Added a note")
        PURGED = "purged", _("Purged after the retention period")

    report_id = models.BigIntegerField(_("report"), db_index=True)  # no foreign key: purged reports keep their log
    user_id = models.BigIntegerField(null=True)
    username = models.CharField(_("user"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    detail = models.CharField(_("detail"), max_length=100, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        default_permissions = ()
        verbose_name = _("report audit entry")
        verbose_name_plural = _("report audit log")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username or '-'} {self.action} #{self.report_id}"

    @property
    def description(self):
        """What happened, in words: "Opened", "Status: New → Referred to police"."""
        before, arrow, after = self.detail.partition(" → ")
        if self.action == self.Action.STATUS and arrow:
            labels = dict(Report.Status.choices)
            return _("Status: %(before)s → %(after)s") % {
                "before": labels.get(before, before),
                "after": labels.get(after, after),
            }
        return self.get_action_display()

    @classmethod
    def record(cls, report, user, action, detail=""):
        return cls.objects.create(
            report_id=report.pk if isinstance(report, Report) else report,
            user_id=getattr(user, "pk", None),
            username=getattr(user, "username", "") or "",
            action=action,
            detail=detail,
        )


OPENED_IN_SESSION = "hotline-opened"


def reveal(report, request):
    """What the reporter wrote and the analysts' notes, decrypted to be shown to `request.user`: the one way the
    analysts' desk decrypts a report. Writes "Opened" to the audit log first, once per report in a session (a
    page reloaded after a status change or a refused note is the same opening).

    Returns (details, [(note, text)]), or (None, []) if no configured key opens the report."""
    opened = request.session.get(OPENED_IN_SESSION, [])
    if report.pk not in opened:
        ReportAuditLog.record(report, request.user, ReportAuditLog.Action.VIEWED)
        request.session[OPENED_IN_SESSION] = [*opened, report.pk]
    try:
        details = crypto.decrypt(report.payload)
        notes = [(note, crypto.decrypt(note.body)) for note in report.notes.select_related("author")]
    except crypto.InvalidToken:
        return None, []
    return details, notes


class ReportNotification(models.Model):
    """The outbox: one row per new report, until the analysts' email about it has gone out (then it is deleted).

    Written in the same transaction as the report, sent after the commit and retried by
    `manage.py send_report_notifications` (cron) until it succeeds. Holds no report data, and no time: a row
    beside each report would otherwise tell when it arrived, which the report itself keeps only to the day."""

    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]
        default_permissions = ()
