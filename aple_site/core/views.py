import re
import sys

from django.conf import settings
from django.db import DatabaseError
from django.http import (
    HttpResponseBadRequest,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    HttpResponseServerError,
)
from django.template import loader
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.views.decorators.csrf import requires_csrf_token
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page


def editors_redirect(request, address=None):
    """The redirect editors set up for this exact address (with its query string), if any."""
    address = Redirect.normalise_path(address or request.get_full_path(), decode_unicode=False)
    redirect = get_redirect(request, address)
    if redirect is None or redirect.link is None:
        return None
    return (HttpResponsePermanentRedirect if redirect.is_permanent else HttpResponseRedirect)(redirect.link)


def language_redirect(request):
    """`/` sends the visitor to the home page in the language their browser asks for.

    Addresses of the old site that were only a query string (`/?p=1525`) go where editors sent them."""
    if request.GET and (response := editors_redirect(request)):
        return response
    language = get_language_from_request(request, check_path=False)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def old_khmer_address(request, rest=""):
    """The old site's Khmer pages lived under /kh/. A redirect editors set up for `/kh/x/` wins; else
    one set up for the English `/x/` sends the visitor to that page in Khmer; else `/km/x/`."""
    query = request.META.get("QUERY_STRING", "")
    query = f"?{query}" if query else ""
    if response := editors_redirect(request):
        return response
    with translation.override("km"):
        if response := editors_redirect(request, f"/{rest}{query}"):
            return response
    return HttpResponsePermanentRedirect(f"/km/{rest}{query}")


@requires_csrf_token
def page_not_found(request, exception=None):
    """The site's own 404 page, with header, menu and footer, in the language of the URL."""
    template = loader.get_template("404.html")
    context = {"request_path": request.path, "suggested_query": words_of_address(request.path)}
    return HttpResponseNotFound(template.render(context, request))


def words_of_address(path):
    """`/en/news/police-workshop/` -> "police workshop": something to search for instead."""
    last = next((part for part in reversed(path.split("/")) if part), "")
    if last in dict(settings.LANGUAGES):
        return ""
    return " ".join(re.sub(r"[\W_]+", " ", last).split())[:100]


@requires_csrf_token
def bad_request(request, exception=None):
    """Malformed or oversized requests: a translated page that says nothing was received."""
    template = loader.get_template("400.html")
    return HttpResponseBadRequest(template.render({}, request))


@requires_csrf_token
def server_error(request):
    """A 500 page in the language of the URL that touches no database (it may be what failed). When the
    database is what failed (stopped, restarting, unreachable): 503, "try again in a minute", and nothing
    taken (a report sent now was not stored, and the page says so). Django reconnects by itself once the
    database is back (CONN_HEALTH_CHECKS)."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    other = next((code for code, _name in settings.LANGUAGES if code != language), None)
    unavailable = isinstance(sys.exc_info()[1], DatabaseError)
    with translation.override(language):
        context = {
            "LANGUAGE_CODE": language,
            "other_language": other and {"code": other, "label": settings.LANGUAGE_NATIVE_NAMES[other]},
            "unavailable": unavailable,
            "sent": request.method == "POST",
        }
        response = HttpResponseServerError(loader.render_to_string("500.html", context))
    if unavailable:
        response.status_code = 503
        response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def csrf_failure(request, reason=""):
    """A failed security check (Django's CSRF_FAILURE_VIEW): a short translated page with 403. A page that can do
    better for a POST to it (the report form gives the reporter's answers back) answers through its own
    `csrf_failure(request)` method."""
    match = getattr(request, "resolver_match", None)
    if request.method == "POST" and match is not None and match.url_name == "wagtail_serve":
        page = Page.find_for_request(request, match.args[0] if match.args else "/")
        answer = getattr(page and page.specific, "csrf_failure", None)
        response = answer(request) if answer else None
        if response is not None:
            return response
    return TemplateResponse(request, "core/csrf_failure.html", {}, status=403)
