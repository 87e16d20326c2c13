from django.apps import apps
from wagtail import hooks
from wagtail.models import Page

from .index import index_page


def reindex_pages_showing(models):
    """Index again the pages that show these snippets' content (their `search_sources`, e.g. Seek Help's
    directory of help services): edited in the admin, the snippet is found through the page at once."""
    labels = {model._meta.label for model in models}
    for page_model in apps.get_models():
        if issubclass(page_model, Page) and labels & set(getattr(page_model, "search_sources", ())):
            for page in page_model.objects.live():
                index_page(page)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def snippet_saved(request, instance):
    reindex_pages_showing([type(instance)])


@hooks.register("after_delete_snippet")
def snippets_deleted(request, instances):
    reindex_pages_showing({type(instance) for instance in instances})
