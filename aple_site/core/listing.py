from django import forms
from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import get_language

from .page_cache import shared_part

PER_PAGE = 12


class ListingPaginator(Paginator):
    """Pages of a listing that cost the same at page 200 as at page 1: the count, shared by every page of the
    listing and its filters, is a shared part of the current generation (it changes only when pages do); the
    ids are found by a sort of a few columns rather than of whole rows, however deep the page, and only those
    rows are read and prepared for their cards (`cards`), with what changes without a new generation (view
    counts) read by `fresh`."""

    def __init__(self, object_list, per_page, count_key, cards, fresh=None):
        super().__init__(object_list, per_page)
        self.count_key, self.cards, self.fresh = count_key, cards, fresh

    @cached_property
    def count(self):
        return shared_part(f"listing-count:{self.count_key}", self.object_list.count)

    def _get_page(self, object_list, number, paginator):
        ids = list(object_list.values_list("pk", flat=True))
        by_id = {item.pk: item for item in self.object_list.filter(pk__in=ids)} if ids else {}
        items = self.cards([by_id[pk] for pk in ids if pk in by_id])
        if self.fresh and items:
            self.fresh(items)
        return super()._get_page(items, number, paginator)


def paginate(request, items, cards, count_key=None, fresh=None):
    """One page of a listing: malformed or out-of-range ?page= values land on a real page, the
    items are prepared for cards by `cards`, and the numbered links are elided around the current page.
    `count_key` names a listing of pages and its filters (see ListingPaginator, and `fresh`); other lists
    (search results) are paginated as they are."""
    if count_key:
        page_obj = ListingPaginator(items, PER_PAGE, count_key, cards, fresh).get_page(request.GET.get("page"))
    else:
        page_obj = Paginator(items, PER_PAGE).get_page(request.GET.get("page"))
        page_obj.object_list = cards(page_obj.object_list)
    elided = list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))
    return {"page_obj": page_obj, "elided_pages": elided}


class FilterForm(forms.Form):
    """A listing's filters (sent with GET): only values the form offers are valid."""

    def __init__(self, data, cache_key=None):
        super().__init__(data)
        self.cache_key = cache_key

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields)

    @property
    def count_key(self):
        """This listing with these filters (valid ones only), for its cached count."""
        values = sorted((name, str(value)) for name, value in self.cleaned_data.items() if value)
        return f"{self.cache_key}:{values}"

    def cached_choices(self, name, compute):
        """The choices `compute()` lists for the field `name` (from the database), kept for the current
        generation and language: they change only when pages do."""
        if self.cache_key is None:
            return compute()
        return shared_part(f"filter-choices:{self.cache_key}:{name}:{get_language()}", compute)


def filtered(response, request):
    """Every listing's answer to its filters, one behaviour for all: the listing's page (a TemplateResponse
    whose context holds its `filter_form`) answers 400 when a filter is invalid (the form shows why, the list is
    empty), and a filtered or paginated listing is kept out of search engines' indexes."""
    form = (getattr(response, "context_data", None) or {}).get("filter_form")
    if form is not None:
        if not form.is_valid():
            response.status_code = 400
        if form.is_filtered or request.GET.get("page"):
            response["X-Robots-Tag"] = "noindex"
    return response
