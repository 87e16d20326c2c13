"""Keeping the search index up to date: every publish re-indexes the page in both languages; unpublishing
or deleting removes it. `manage.py rebuild_search` indexes everything again."""

import datetime
import html

from django.conf import settings
from django.db import connection
from django.utils.html import strip_tags
from modelcluster.models import get_all_child_relations
from wagtail.models import Page

from aple_site.core.translation_status import tracked_fields

from .models import SearchEntry
from .words import words

KINDS = {
    "news.articlepage": SearchEntry.Kind.ARTICLE,
    "resources.resourcepage": SearchEntry.Kind.RESOURCE,
    "resources.onlinecoursepage": SearchEntry.Kind.COURSE,
    "resources.lessonpage": SearchEntry.Kind.COURSE,
}
NOT_TEXT = {"title", "seo_title", "slug", "url_path", "image_alt", "duration", "choices", "default_value"}
SKIPPED_KEYS = {"type", "id", "level", "style", "image", "thumbnail", "document", "page", "url", "video", "number"}


def plain(value):
    """Readable text of a field: rich text and StreamField content flattened, tags removed."""
    if value is None:
        return ""
    if hasattr(value, "raw_data"):  # a StreamField value
        parts = []

        def walk(node):
            if isinstance(node, dict):
                for key, item in node.items():
                    if key not in SKIPPED_KEYS:
                        walk(item)
            elif isinstance(node, list):
                for item in node:
                    walk(item)
            elif isinstance(node, str):
                parts.append(plain(node))

        walk(list(value.raw_data))
        return "\n".join(part for part in parts if part)
    text = str(value)
    for tag in ("</p>", "</li>", "</h2>", "</h3>", "</h4>", "<br>", "<br/>"):
        text = text.replace(tag, tag + "\n")
    return "\n".join(line.strip() for line in html.unescape(strip_tags(text)).splitlines() if line.strip())


def _inline_text(page, code):
    """The page's inline items in this language (ways to give, form fields, impact figures…)."""
    for relation in get_all_child_relations(type(page)):
        child_fields = [f for f in tracked_fields(relation.related_model) if f not in NOT_TEXT]
        if child_fields:
            for item in getattr(page, relation.get_accessor_name()).all():
                yield "\n".join(filter(None, (plain(getattr(item, f"{name}_{code}", None)) for name in child_fields)))


def _date(page):
    if getattr(page, "date", None):
        return page.date
    if getattr(page, "year", None):
        return datetime.date(page.year, 1, 1)
    return page.last_published_at.date() if page.last_published_at else None


def _lexemes(title_words, text_words):
    """A tsvector literal: the words with their positions, title words weighted A, the rest B."""

    def quoted(word):
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"

    items, position = [], 0
    for weight, group in (("A", title_words), ("B", text_words)):
        for word in group:
            position = min(position + 1, 16383)
            items.append(f"{quoted(word)}:{position}{weight}")
    return " ".join(items)


def index_page(page):
    page = page.specific
    if not page.live or page.depth < 2 or page.get_view_restrictions().exists():
        SearchEntry.objects.filter(page=page).delete()
        return
    model = page._meta.label_lower
    fields = [f for f in tracked_fields(type(page)) if f not in NOT_TEXT]
    for code, _name in settings.LANGUAGES:
        title = getattr(page, f"title_{code}", None) or ""
        if not title:  # not translated: the page is found in the language it has
            SearchEntry.objects.filter(page=page, language=code).delete()
            continue
        text = "\n".join(filter(None, (plain(getattr(page, f"{name}_{code}", None)) for name in fields)))
        text = "\n".join(filter(None, [text, *_inline_text(page, code)]))
        if hasattr(page, "search_text"):  # what a page shows from elsewhere, e.g. Seek Help's directory
            text = "\n".join(filter(None, [text, page.search_text(code)]))
        entry, _ = SearchEntry.objects.update_or_create(
            page=page,
            language=code,
            defaults={
                "kind": KINDS.get(model, SearchEntry.Kind.PAGE),
                "title": title,
                "text": text,
                "title_words": " ".join(words(title)),
                "words": " ".join(words(text)),
                "date": _date(page),
            },
        )
        update_vector(entry)


def update_vector(entry):
    """The PostgreSQL search vector of an entry (English stemmed by the database, Khmer from our words)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        if entry.language == "en":
            cursor.execute(
                "UPDATE site_search_searchentry SET vector = "
                "setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B') "
                "WHERE id = %s",
                [entry.pk],
            )
        else:
            literal = _lexemes(entry.title_words.split(), entry.words.split())
            sql = "UPDATE site_search_searchentry SET vector = %s::tsvector WHERE id = %s"
            cursor.execute(sql, [literal, entry.pk])


def rebuild():
    count = 0
    SearchEntry.objects.exclude(page__live=True).delete()
    for page in Page.objects.live().filter(depth__gte=2).specific().iterator():
        index_page(page)
        count += 1
    return count
