from django.apps import apps
from wagtail import hooks
from wagtail.models import Page

from .index import index_page


def _pages_showing(model):
    """Page models that show this snippet's content (their `search_sources`, e.g. Seek Help's directory)."""
    label = model._meta.label
    return [m for m in apps.get_models() if issubclass(m, Page) and label in getattr(m, "search_sources", ())]


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def snippet_saved(request, instance):
    for page_model in _pages_showing(type(instance)):
        for page in page_model.objects.live():
            index_page(page)


@hooks.register("after_delete_snippet")
def snippets_deleted(request, instances):
    for model in {type(instance) for instance in instances}:
        for page_model in _pages_showing(model):
            for page in page_model.objects.live():
                index_page(page)
