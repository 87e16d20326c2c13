from django.http import Http404
from wagtail.documents.views.serve import serve

from aple_site.core.visitors import is_bot, is_prefetch

from .models import FILE_LANGUAGES, ResourceDownload, ResourcePage


def download(request, resource_id, language):
    """Serve one file of a published resource and count the download (no cookie, bots left out)."""
    if language not in dict(FILE_LANGUAGES):
        raise Http404
    resource = (
        ResourcePage.objects.live()
        .public()
        .filter(pk=resource_id)
        .select_related(f"document_{language}__collection")
        .first()
    )
    document = getattr(resource, f"document_{language}", None) if resource else None
    if document is None or document.collection.get_view_restrictions().exists():
        raise Http404  # private collections are never served to the public
    if not is_bot(request.META.get("HTTP_USER_AGENT", "")) and not is_prefetch(request):
        ResourceDownload.increment(resource.pk, language)
    return serve(request, document.pk, document.filename)
