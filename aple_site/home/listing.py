from django import forms
from django.core.paginator import Paginator

PER_PAGE = 12


def paginate(request, queryset, cards):
    """One page of a listing: malformed or out-of-range ?page= values land on a real page, the
    items are prepared for cards by `cards`, and the numbered links are elided around the current page."""
    page_obj = Paginator(queryset, PER_PAGE).get_page(request.GET.get("page"))
    page_obj.object_list = cards(page_obj.object_list)
    elided = list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))
    return {"page_obj": page_obj, "elided_pages": elided}


class FilterForm(forms.Form):
    """A listing's filters (sent with GET): only values the form offers are valid."""

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields)
