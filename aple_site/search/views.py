from django import forms
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from aple_site.core.listing import FilterForm, filtered, paginate

from . import query as search_index
from .models import SearchEntry
from .words import normalize

MAX_QUERY = 200  # characters; a longer query is cut (and the visitor told)


class SearchForm(FilterForm):
    q = forms.CharField(required=False, label=_("Search for"), widget=forms.TextInput(attrs={"type": "search"}))
    type = forms.ChoiceField(
        required=False,
        label=_("Show"),
        choices=[("", _("Everything"))] + SearchEntry.Kind.choices,
        error_messages={"invalid_choice": _("That kind of result does not exist.")},
    )


def search(request):
    language = get_language()
    text = request.GET.get("q", "")
    too_long = len(text) > MAX_QUERY
    text = normalize(text[:MAX_QUERY]).strip()
    form = SearchForm({"q": text, "type": request.GET.get("type", "")})
    kind = form.cleaned_data["type"] or None if form.is_valid() else None
    found = search_index.search(text, language, kind) if text and form.is_valid() else []

    def cards(ids):
        entries = SearchEntry.objects.in_bulk(ids)
        pages = search_index.pages_for(entries.values())
        headlines = search_index.headlines(entries, language, text)  # only for the results shown
        results = []
        for pk in ids:
            entry = entries[pk]
            page = pages.get(entry.page_id)
            if page is None:
                continue
            entry.url = page.get_url(request=request)
            entry.snippet = search_index.highlight(entry.text, text, headlines.get(pk))
            results.append(entry)
        return results

    context = {
        "form": form,
        "filter_form": form,
        "query": text,
        "too_long": too_long,
        "promotions": search_index.promotions(text) if text and not request.GET.get("page") else [],
        **paginate(request, found, cards),
    }
    response = filtered(TemplateResponse(request, "search/search.html", context), request)
    response["X-Robots-Tag"] = "noindex"  # results pages, filtered or not
    return response
