import re
import secrets
import sys

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import (
    HttpResponseBadRequest,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.views.decorators.csrf import requires_csrf_token
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect


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


def healthz(request):
    """For a load balancer or monitor: whether this server can use the database and the shared cache. 200 with
    both "ok", otherwise 503 naming what is unavailable. Never cached, never counted."""
    status = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        status["database"] = "ok"
    except DatabaseError:
        status["database"] = "unavailable"
    key = f"healthz:{secrets.token_hex(8)}"
    try:
        cache.set(key, "ok", 10)
        status["cache"] = cache.get(key) or "unavailable"
        cache.delete(key)
    except Exception:  # noqa: BLE001 - any cache backend's own connection errors
        status["cache"] = "unavailable"
    healthy = all(value == "ok" for value in status.values())
    response = JsonResponse(status, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    return response
