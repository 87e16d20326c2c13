"""Search benchmark: `make bench`. Compares, in one run on the demo content and the throwaway
PostgreSQL server, the site's index (English stemming, Khmer cut into words with ICU) with the
plain substring search it replaces, on the relevance set of tests/search_relevance.py; and times a
full rebuild of the index. Figures are ratios and per-query means of one run (the machine is shared);
results also go to tests/bench/results/."""

import statistics
import time
from datetime import datetime
from pathlib import Path

import pytest
from wagtail.models import Page

from aple_site.search import query
from aple_site.search.index import rebuild
from aple_site.search.models import SearchEntry
from aple_site.search.words import words
from tests.search_relevance import ENGLISH, KHMER

ROUNDS = 5
RESULTS = Path(__file__).parent / "results"


def run(finder, language, cases):
    """(hit rate in the top 3, mean seconds per query) of one way of searching."""
    slugs = dict(Page.objects.values_list("pk", "slug_en"))
    hits, times = 0, []
    for text, slug in cases:
        for _round in range(ROUNDS):
            start = time.perf_counter()
            rows = finder(language, query.normalize(text).strip(), None)
            times.append(time.perf_counter() - start)
        entries = SearchEntry.objects.in_bulk([pk for pk, _rank in rows[:3]])
        found = [slugs.get(entries[pk].page_id) for pk, _rank in rows[:3]]
        hits += slug in found
    return hits / len(cases), statistics.mean(times)


@pytest.mark.django_db
def test_search_benchmark():
    lines = [f"Search benchmark, {datetime.now():%Y-%m-%d %H:%M}, {SearchEntry.objects.count()} index entries"]
    for language, cases in (("en", ENGLISH), ("km", KHMER)):
        index_rate, index_time = run(query._found, language, cases)
        plain_rate, plain_time = run(query._substring, language, cases)
        lines.append(
            f"{language}: {len(cases)} queries; top-3 hit rate index {index_rate:.1%} vs substring {plain_rate:.1%}; "
            f"mean per query index {index_time * 1000:.2f} ms vs substring {plain_time * 1000:.2f} ms "
            f"(substring / index = {plain_time / index_time:.2f}x)"
        )
    texts = list(SearchEntry.objects.filter(language="km").values_list("text", flat=True))
    words.__globals__["_words"].cache_clear()
    start = time.perf_counter()
    count = sum(len(words(text)) for text in texts)
    segment = time.perf_counter() - start
    start = time.perf_counter()
    pages = rebuild()
    total = time.perf_counter() - start
    lines.append(
        f"rebuild: {pages} pages in {total:.2f} s; cutting their Khmer into {count} words (cold cache) "
        f"took {segment:.2f} s = {segment / total:.0%} of a rebuild"
    )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"search-{datetime.now():%Y%m%d-%H%M%S}.txt").write_text("\n".join(lines) + "\n")
    print("\n" + "\n".join(lines))
    assert pages == Page.objects.live().filter(depth__gte=2).count()
