"""Searching the index in the visitor's language."""

import html
import re

from django.db import connection
from django.db.models import Q
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from .models import SearchEntry
from .words import normalize, words

MAX_RESULTS = 500
SIMILARITY = 0.45  # how close a title word must be to what was typed, when nothing matches exactly
OPEN, CLOSE = "\x01", "\x02"  # stand-ins for <mark> while the snippet is escaped
HEADLINE = f'StartSel={OPEN}, StopSel={CLOSE}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "'


def _khmer_tsquery(query_words):
    return " & ".join("'" + word.replace("\\", "\\\\").replace("'", "''") + "'" for word in query_words)


def _found(language, query, kind):
    """(entry id, rank) of matching entries, best first (`headlines` adds the snippets of the ones shown:
    the database's headline is costly, and a query may match thousands of entries)."""
    kind_args = [kind or "", kind or ""]  # "AND (%s = '' OR kind = %s)": every kind, or the one chosen
    with connection.cursor() as cursor:
        if language == "en":
            cursor.execute(
                "SELECT id, ts_rank_cd(vector, q) AS rank "
                "FROM site_search_searchentry, websearch_to_tsquery('english', %s) q "
                "WHERE language = 'en' AND vector @@ q AND (%s = '' OR kind = %s) "
                "ORDER BY rank DESC, date DESC NULLS LAST, id LIMIT %s",
                [query, *kind_args, MAX_RESULTS],
            )
            rows = cursor.fetchall()
            if not rows:  # spelling slips: titles that look like the words typed
                cursor.execute(
                    "SELECT id, word_similarity(%s, title) AS rank FROM site_search_searchentry "
                    "WHERE language = 'en' AND word_similarity(%s, title) >= %s AND (%s = '' OR kind = %s) "
                    "ORDER BY rank DESC, id LIMIT %s",
                    [query, query, SIMILARITY, *kind_args, 20],
                )
                rows = cursor.fetchall()
            return rows
        query_words = words(query)
        if not query_words:
            return []
        cursor.execute(
            "SELECT id, ts_rank_cd(vector, q) AS rank FROM site_search_searchentry, "
            "CAST(%s AS tsquery) q WHERE language = %s AND vector @@ q AND (%s = '' OR kind = %s) "
            "ORDER BY rank DESC, date DESC NULLS LAST, id LIMIT %s",
            [_khmer_tsquery(query_words), language, *kind_args, MAX_RESULTS],
        )
        return cursor.fetchall()


def headlines(entry_ids, language, query):
    """{entry id: the database's snippet around the words searched for} for the entries shown (English, on
    PostgreSQL; elsewhere `highlight` cuts the snippet itself)."""
    query = normalize(query).strip()
    if language != "en" or connection.vendor != "postgresql" or not entry_ids or not query:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, ts_headline('english', text, websearch_to_tsquery('english', %s), %s) "
            "FROM site_search_searchentry WHERE id = ANY(%s)",
            [query, HEADLINE, list(entry_ids)],
        )
        return dict(cursor.fetchall())


def _substring(language, query, kind):
    """Without PostgreSQL (the local SQLite run): entries containing the text typed."""
    entries = SearchEntry.objects.filter(language=language).filter(Q(title__icontains=query) | Q(text__icontains=query))
    if kind:
        entries = entries.filter(kind=kind)
    return [(pk, 1.0) for pk in entries.order_by("-date", "pk").values_list("pk", flat=True)[:MAX_RESULTS]]


def search(query, language, kind=None):
    """Ids of the entries matching the query, best first (`headlines` adds snippets to those shown)."""
    query = normalize(query).strip()
    if not query:
        return []
    finder = _found if connection.vendor == "postgresql" else _substring
    return [pk for pk, _rank in finder(language, query, kind)]


def highlight(text, query, headline=None, width=220):
    """An escaped snippet with the words searched for in <mark>: the database's headline when it has one,
    otherwise the passage around the first word found."""
    if headline:
        escaped = html.escape(headline)
        return escaped.replace(OPEN, "<mark>").replace(CLOSE, "</mark>")
    terms = sorted({w for w in words(query) if len(w) > 1}, key=len, reverse=True)
    flat = " ".join(text.split())
    lower = flat.lower()
    first = min((lower.find(t) for t in terms if lower.find(t) >= 0), default=0)
    start = max(0, first - width // 3)
    passage = flat[start : start + width]
    prefix, suffix = ("… " if start else ""), (" …" if start + width < len(flat) else "")
    escaped = html.escape(passage)
    if terms:
        pattern = re.compile("|".join(re.escape(html.escape(t)) for t in terms), re.IGNORECASE)
        escaped = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)
    return prefix + escaped + suffix


def promotions(query):
    """The editor's promoted results for this query (read only: searching writes nothing)."""
    normalized = normalise_query_string(query)[:255]
    if not normalized:
        return []

    picks = SearchPromotion.objects.filter(query__query_string=normalized).select_related("page")
    return [pick for pick in picks.order_by("sort_order") if pick.page is None or pick.page.live]


def pages_for(entries):
    return Page.objects.in_bulk([entry.page_id for entry in entries])
