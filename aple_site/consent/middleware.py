from django.conf import settings

from .state import COOKIE_NAME, Choice, category_of, get_config

ADMIN_PREFIX = "/admin/"


class ConsentMiddleware:
    """No cookie reaches the browser, and none it holds survives, unless its category was accepted.

    Every Set-Cookie of a response is checked: the strictly necessary cookies (session, CSRF, language,
    the consent cookie itself, and whatever the Functional category declares) pass; a cookie of an
    accepted category passes; anything else, declared or not, is removed. Cookies the browser sends that
    it may no longer keep are deleted. The admin (staff only, functional cookies) is left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX) or not (response.cookies or request.COOKIES):
            return response  # the admin, or no cookie either way
        config = get_config(request)
        choice = Choice.from_request(request, config["version"])
        necessary = {
            settings.SESSION_COOKIE_NAME,
            settings.CSRF_COOKIE_NAME,
            settings.LANGUAGE_COOKIE_NAME,
            COOKIE_NAME,
        }

        def allowed(name):
            if name in necessary:
                return True
            category = category_of(name, config)
            return category is not None and choice.allows(category)

        for name, morsel in list(response.cookies.items()):
            deleting = morsel["max-age"] == 0 or morsel["expires"].startswith("Thu, 01 Jan 1970")
            if not deleting and not allowed(name):
                del response.cookies[name]
        for name in request.COOKIES:
            if not allowed(name) and name not in response.cookies:
                response.delete_cookie(name)
        return response
