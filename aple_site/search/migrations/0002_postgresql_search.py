"""PostgreSQL only: the search vector of each entry with its GIN index, and trigram matching of titles
(for spelling slips). Other databases search the plain columns (see query.py)."""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE site_search_searchentry ADD COLUMN vector tsvector",
    "CREATE INDEX site_search_vector ON site_search_searchentry USING GIN (vector)",
    "CREATE INDEX site_search_title_trigram ON site_search_searchentry USING GIN (title gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS site_search_title_trigram",
    "DROP INDEX IF EXISTS site_search_vector",
    "ALTER TABLE site_search_searchentry DROP COLUMN IF EXISTS vector",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return apply


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_initial")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
