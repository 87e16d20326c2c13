"""A large site from the demo one: thousands of articles and resources, for the benchmark (`make bench`)
and the tests that hold the query budgets at scale.

Each new page is a numbered copy of a demo page (its English and Khmer text, picture, topics, audiences),
placed beside it in the same category or library and published. Pages are written with plain SQL in
batches (copies of the demo rows with a new id, tree path, slug and title), thousands per second where
Wagtail's `add_child` takes one query round after another per page; the search index is left to
`rebuild_search`.
"""

import datetime
import uuid

from django.db import connection, transaction
from wagtail.models import Page

from aple_site.core import page_cache
from aple_site.core.i18n import local_digits

BATCH = 1000


def _rows(table, column, ids):
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT * FROM {table} WHERE {column} IN ({', '.join(['%s'] * len(ids))})",  # noqa: S608 - our own table and column names; values are parameters  # nosec B608
            list(ids),
        )
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _insert(table, rows):
    if not rows:
        return
    names = list(rows[0])
    columns = ", ".join(connection.ops.quote_name(name) for name in names)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(names))})"  # noqa: S608 - our own table and column names; values are parameters  # nosec B608
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            cursor.executemany(sql, [[_value(row[name]) for name in names] for row in rows[start : start + BATCH]])


def _value(value):
    """A value read back from the database, ready to be written again (JSON stays JSON on PostgreSQL)."""
    if connection.vendor == "postgresql" and isinstance(value, dict | list):
        from psycopg.types.json import Jsonb

        return Jsonb(value)
    return value


def _next_id(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")  # noqa: S608 - our own table and column names; values are parameters  # nosec B608
        return cursor.fetchone()[0]


def _reset_sequence(table):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}")  # noqa: S608 - our own table and column names; values are parameters  # nosec B608


def clone_pages(model, count, related=(), day_step=1):
    """`count` numbered copies of the live pages of `model`, spread evenly over their parents.
    `related`: (table, column pointing at the page) rows copied along (topics, audiences)."""
    templates = list(model.objects.live().order_by("path").values_list("pk", flat=True))
    if not templates or count <= 0:
        return 0
    page_table, own_table = Page._meta.db_table, model._meta.db_table
    base_rows = {row["id"]: row for row in _rows(page_table, "id", templates)}
    own_rows = {row["page_ptr_id"]: row for row in _rows(own_table, "page_ptr_id", templates)}
    related_rows = {
        (table, column): _rows(table, column, templates) for table, column in related
    }  # e.g. a resource's audiences
    parents = {
        path: Page.objects.get(path=path) for path in {row["path"][: -Page.steplen] for row in base_rows.values()}
    }
    next_child = {path: parent.numchild for path, parent in parents.items()}
    next_id = _next_id(page_table)
    pages, own, extra = [], [], {key: [] for key in related_rows}
    for number in range(1, count + 1):
        template = base_rows[templates[number % len(templates)]]
        parent_path = template["path"][: -Page.steplen]
        next_child[parent_path] += 1
        new_id = next_id + number - 1
        page = dict(template)
        suffix_en, suffix_km = f" ({number})", f" ({local_digits(number)})"
        slug = f"{template['slug_en']}-{number}"
        parent_url = {code: template[f"url_path_{code}"].rsplit("/", 2)[0] + "/" for code in ("en", "km")}
        page.update(
            id=new_id,
            path=Page._get_path(parent_path, len(parent_path) // Page.steplen + 1, next_child[parent_path]),
            numchild=0,
            translation_key=uuid.uuid4().hex if connection.vendor == "sqlite" else uuid.uuid4(),
            latest_revision_id=None,
            live_revision_id=None,
            has_unpublished_changes=False,
            title=template["title_en"] + suffix_en,
            title_en=template["title_en"] + suffix_en,
            title_km=(template["title_km"] or template["title_en"]) + suffix_km,
            draft_title=template["title_en"] + suffix_en,
            slug=slug,
            slug_en=slug,
            slug_km=slug,
            url_path=parent_url["en"] + slug + "/",
            url_path_en=parent_url["en"] + slug + "/",
            url_path_km=parent_url["km"] + slug + "/",
        )
        pages.append(page)
        row = dict(own_rows[template["id"]], page_ptr_id=new_id)
        if "date" in row:  # articles: one a day (or `day_step`) back from the newest demo one
            row["date"] = datetime.date.fromisoformat(str(row["date"])[:10]) - datetime.timedelta(
                days=number * day_step // len(templates)
            )
        own.append(row)
        for (table, column), rows in related_rows.items():
            extra[(table, column)] += [
                {**{k: v for k, v in r.items() if k != "id"}, column: new_id}
                for r in rows
                if r[column] == template["id"]
            ]
    with transaction.atomic():
        _insert(page_table, pages)
        _insert(own_table, own)
        for (table, _column), rows in extra.items():
            _insert(table, rows)
        for path, parent in parents.items():
            Page.objects.filter(pk=parent.pk).update(numchild=next_child[path])
        _reset_sequence(page_table)
    page_cache.clear()  # written without signals: cached pages, counts and listings are stale now
    return count


def add_large_site(articles=10_000, resources=2_000):
    """The benchmark's site: the demo plus `articles` articles over the four categories and `resources`
    resources over the libraries, in both languages."""
    from news.models import ArticlePage
    from resources.models import ResourcePage

    clone_pages(ArticlePage, articles, related=[("news_articletag", "content_object_id")])
    clone_pages(
        ResourcePage,
        resources,
        related=[
            ("resources_resourcetopicitem", "content_object_id"),
            ("resources_resourcepage_audiences", "resourcepage_id"),
        ],
    )
