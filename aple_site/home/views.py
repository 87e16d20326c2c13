from django.http import HttpResponseBadRequest, HttpResponseNotFound, HttpResponseRedirect, HttpResponseServerError
from django.template import loader
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.views.decorators.csrf import requires_csrf_token


def language_redirect(request):
    """`/` sends the visitor to the home page in the language their browser asks for."""
    language = get_language_from_request(request, check_path=False)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@requires_csrf_token
def page_not_found(request, exception=None):
    """The site's own 404 page, with header, menu and footer, in the language of the URL."""
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


@requires_csrf_token
def bad_request(request, exception=None):
    """Malformed or oversized requests: a translated page that says nothing was received."""
    template = loader.get_template("400.html")
    return HttpResponseBadRequest(template.render({}, request))


@requires_csrf_token
def server_error(request):
    """A self-contained 500 page: it must not touch the database, which may be what failed."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}, None))
