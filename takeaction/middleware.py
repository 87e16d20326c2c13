from django.middleware import csrf
from django.template.response import TemplateResponse


class RefuseUploadsMiddleware:
    """The public site takes no files: a multipart request outside the admin is answered with 400
    before anything reads its body, so no upload ever reaches memory or a temporary file."""

    ADMIN_PREFIX = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.content_type == "multipart/form-data" and not request.path.startswith(self.ADMIN_PREFIX):
            response = TemplateResponse(request, "takeaction/upload_refused.html", {}, status=400)
            response["Cache-Control"] = "no-store"
            return response.render()
        return self.get_response(request)


class CsrfViewMiddleware(csrf.CsrfViewMiddleware):
    """Django's CSRF protection, accepting the "null" Origin that browsers send from pages with
    `Referrer-Policy: no-referrer` (the report pages). Such requests still need the CSRF cookie,
    which is SameSite=Lax and so never sent from another site, and the matching form token; the
    admin keeps the strict Origin check."""

    def _origin_verified(self, request):
        if request.META.get("HTTP_ORIGIN") == "null" and not request.path.startswith(
            RefuseUploadsMiddleware.ADMIN_PREFIX
        ):
            return True
        return super()._origin_verified(request)
