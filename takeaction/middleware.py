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
