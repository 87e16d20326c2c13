"""The visitor's decision: a real form (works without JavaScript) and, with JavaScript, the same form sent
in the background. Pages carry no per-visitor token (they are the same for everyone, so a cache can serve
them), so instead of Django's CSRF check the request must come from a page of this site."""

import uuid

from django.conf import settings
from django.http import HttpResponseForbidden, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from .models import ConsentDecision
from .state import COOKIE_NAME, Choice, get_config


def from_this_site(request):
    """Browsers say where a POST comes from: the Origin header, or (from pages that send no referrer,
    whose Origin is "null") Sec-Fetch-Site. Old browsers send neither and are let through."""
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return origin == f"{request.scheme}://{request.get_host()}"
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site == "same-origin"
    return origin is None


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return f"/{request.LANGUAGE_CODE}/"


def _action(previous, accepted, decision, optional):
    if previous.given:
        if not accepted and previous.categories - {"functional"}:
            return ConsentDecision.Action.WITHDRAW
        return ConsentDecision.Action.CHANGE
    if decision == "accept_all" or (accepted and accepted == optional):
        return ConsentDecision.Action.ACCEPT
    if not accepted:
        return ConsentDecision.Action.REJECT
    return ConsentDecision.Action.CHOOSE


@csrf_exempt
@never_cache
def decide(request):
    if request.method == "GET":
        return preferences(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    if not from_this_site(request):
        return HttpResponseForbidden(_("Cookie choices can only be made on this site."))
    config = get_config(request)
    optional = set(config["optional_keys"])
    decision = request.POST.get("decision", "save")
    if decision == "accept_all":
        accepted = set(optional)
    elif decision == "reject_all":
        accepted = set()
    else:
        accepted = set(request.POST.getlist("categories")) & optional
    previous = Choice.from_request(request, config["version"])
    consent_id = previous.consent_id or uuid.uuid4()
    ConsentDecision.objects.create(
        consent_id=consent_id,
        action=_action(previous, accepted, decision, optional),
        categories=",".join(sorted(accepted)),
        policy_version=config["version"],
    )
    choice = Choice(config["version"], consent_id, accepted)
    if request.headers.get("Accept", "").startswith("application/json"):
        response = JsonResponse({"version": choice.version, "categories": sorted(accepted)})
    else:
        response = HttpResponseRedirect(_next_url(request), status=303)
    response.set_cookie(
        COOKIE_NAME,
        choice.cookie_value(),
        max_age=config["remember_days"] * 24 * 60 * 60,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=False,  # the page's script reads it to show the banner and start accepted services
        samesite="Lax",
    )
    # Forget whatever the visitor no longer accepts (the middleware removes the rest).
    request.COOKIES[COOKIE_NAME] = choice.cookie_value()
    return response


def preferences(request):
    """The same choices as a page of its own: the footer's "Cookie preferences" without JavaScript."""
    config = get_config(request)
    choice = Choice.from_request(request, config["version"])
    response = render(
        request,
        "consent/preferences.html",
        {"consent": config, "choice": choice, "next": _next_url(request)},
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
