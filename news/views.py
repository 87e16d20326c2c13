import base64

from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from .counting import first_view_today, should_count
from .models import ArticlePage, ArticleViews

# A transparent 1×1 GIF for the <noscript> fallback.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


@csrf_exempt  # a count carries no data and changes nothing but a number; it needs no session
@never_cache
@require_http_methods(["GET", "POST"])
def count_view(request, page_id):
    """Count one read of a published article; answers with the current count."""
    article = ArticlePage.objects.live().public().filter(pk=page_id).values_list("pk", flat=True).first()
    if article is None:
        return JsonResponse({"error": "not found"}, status=404)
    if should_count(request) and first_view_today(request, page_id):
        views = ArticleViews.increment(page_id)
    else:
        views = ArticleViews.objects.filter(page_id=page_id).values_list("views", flat=True).first() or 0
    if request.method == "GET":
        response = HttpResponse(PIXEL, content_type="image/gif")
    else:
        response = JsonResponse({"views": views})
    response["X-Robots-Tag"] = "noindex"
    return response
