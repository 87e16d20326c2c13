"""The public side of the report flow: the form, the confirmation and "Check my report".

Nothing here stores or logs the reporter's address or browser: the rate limit counts a salted hash
in the cache (protection.py), and the report is committed before the reference is shown.
"""

from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse

from . import crypto
from .forms import CONTACT_FIELDS, ReportForm, ReportLookupForm
from .models.reports import Report
from .notifications import SendAfterResponse
from .protection import ProtectedFormMixin, RateLimit

REPORT_LIMIT = RateLimit("report", "REPORT_RATE_LIMIT")
LOOKUP_LIMIT = RateLimit("report-lookup", "REPORT_LOOKUP_RATE_LIMIT")
FORM_LIMIT = RateLimit("contact-form", "REPORT_RATE_LIMIT")


REPORT_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex, noarchive",
}


def private(response):
    """A report page's response: never cached, indexed or archived, and no referrer sent onward
    (the empty form itself may be indexed, see ReportAbusePage.report)."""
    for header, value in REPORT_HEADERS.items():
        response.setdefault(header, value)
    return response


def _render(page, request, template, context, status=200, response_class=TemplateResponse):
    context = {**page.get_context(request), **context}
    return response_class(request, template, context, status=status)


# What a request that failed the security check may put back into the form: the reporter's visible answers only.
# Never its hidden, honeypot or timing fields, nor contact details: another site could post those, to be reached
# instead of the reporter or to have the genuine report that follows marked as spam.
NOT_REFILLED_UNCHECKED = {*ProtectedFormMixin.PROTECTION_FIELDS, "contact_me", *CONTACT_FIELDS}


def _refilled(request, checked=True):
    """A form showing what was posted (no errors), e.g. after choosing another kind. A request that failed the
    security check (`checked=False`) gives back the visible answers only, with a fresh form token."""
    data = {
        key: request.POST.get(key)
        for key in request.POST
        if key != "csrfmiddlewaretoken" and (checked or key not in NOT_REFILLED_UNCHECKED)
    }
    return ReportForm(initial=data)


def report_view(page, request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method != "POST":
        form = ReportForm(initial={"kind": request.GET.get("kind", "")})
        return _render(page, request, "takeaction/report_abuse_page.html", {"form": form})

    if "choose_kind" in request.POST:
        # Without JavaScript, "Show the questions" reloads the form for the chosen kind, keeping every answer.
        return _render(page, request, "takeaction/report_abuse_page.html", {"form": _refilled(request)})

    form = ReportForm(request.POST)
    if not form.is_valid():
        return _render(page, request, "takeaction/report_abuse_page.html", {"form": form}, status=400)
    # Counted before the report is stored: reports sent all at once from one client are limited like any others
    # (the same form sent twice counts twice, though it is stored once).
    if not REPORT_LIMIT.take(request):
        context = {"form": form, "rate_limited": True}
        return _render(page, request, "takeaction/report_abuse_page.html", context, status=429)

    details = form.report_details()
    kind = form.cleaned_data["kind"]
    # The same answers sent twice from one form get the same reference (see crypto.new_reference);
    # the spam screening is left out, since a resubmission is slower than the first try.
    content = {"kind": kind, **{key: value for key, value in details.items() if key != "screening"}}
    reference = crypto.new_reference(form.submission_nonce(), content)
    report, created = Report.submit(kind=kind, province=form.province(), details=details, reference=reference)
    return _render(
        page,
        request,
        "takeaction/report_received.html",
        {"reference": reference, "already_received": not created},
        response_class=SendAfterResponse if created else TemplateResponse,
    )


def check_view(page, request):
    context = {"lookup": None}
    status = 200
    if request.method == "POST":
        form = ReportLookupForm(request.POST)
        if not form.is_valid():
            status = 400
        elif not LOOKUP_LIMIT.take(request):  # counted and checked in one step: no burst of guesses gets past
            context["rate_limited"] = True
            status = 429
        else:
            report = Report.find(form.cleaned_data["reference"])
            context["lookup"] = {"found": report is not None, "status": report and report.public_status}
            status = 200 if report else 404
    elif request.method in ("GET", "HEAD"):
        form = ReportLookupForm()
    else:
        return HttpResponseNotAllowed(["GET", "POST"])
    context["form"] = form
    return _render(page, request, "takeaction/report_check.html", context, status=status)


def csrf_failure(page, request):
    """A failed security check never throws away a report: the form comes back with the reporter's answers (not
    the contact details, which it asks for again), with a fresh token, and says that nothing was received."""
    contact_given = any(request.POST.get(name) for name in CONTACT_FIELDS)
    context = {"form": _refilled(request, checked=False), "csrf_failed": True, "contact_dropped": contact_given}
    return private(_render(page, request, "takeaction/report_abuse_page.html", context, status=403))
