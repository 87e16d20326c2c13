"""The report audit log is tamper-proof in PostgreSQL: once `secure_audit_log` has run, the site's own role can add
entries and read them, and nothing else, however it tries."""

import secrets
from io import StringIO

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from takeaction.models import ReportAuditLog
from tests.production import create_database

TABLE = ReportAuditLog._meta.db_table


def url(server, database, user):
    return f"postgresql://{user}@/{database}?host={server.socket_dir}&port={server.port}"


@pytest.fixture
def site_database(postgres_server, db):
    """A database as deploy/README.md makes one: owned by the superuser, the site's role (not a superuser) allowed
    to create tables in it, and the audit log created by the site's role, as `migrate` does."""
    import importlib

    name, role = f"audit_{secrets.token_hex(4)}", f"site_{secrets.token_hex(4)}"
    create_database(postgres_server, name)
    with psycopg.connect(url(postgres_server, name, "postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{role}" LOGIN')
        admin.execute(f'GRANT CREATE, USAGE ON SCHEMA public TO "{role}"')
    with connection.schema_editor(collect_sql=True, atomic=False) as editor:
        editor.create_model(ReportAuditLog)
    migration = importlib.import_module("takeaction.migrations.0003_audit_log_append_only")
    with psycopg.connect(url(postgres_server, name, role), autocommit=True) as site:
        for statement in [*editor.collected_sql, *migration.POSTGRESQL]:
            site.execute(statement)
    return name, role


ATTACKS = [
    f"UPDATE {TABLE} SET username = 'someone else'",
    f"DELETE FROM {TABLE}",
    f"TRUNCATE {TABLE}",
    f"ALTER TABLE {TABLE} DISABLE TRIGGER ALL",
    f"ALTER TABLE {TABLE} DISABLE TRIGGER {TABLE}_no_update_or_delete",
    f"DROP TABLE {TABLE}",
    f"DROP TABLE {TABLE} CASCADE",
    f"ALTER TABLE {TABLE} RENAME TO old_log",
    f"ALTER TABLE {TABLE} OWNER TO CURRENT_USER",
    f"CREATE OR REPLACE FUNCTION {TABLE}_append_only() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ "
    "LANGUAGE plpgsql",
    f"DROP FUNCTION {TABLE}_append_only() CASCADE",
    "GRANT aple_audit_owner TO CURRENT_USER",
    "SET ROLE aple_audit_owner",
]


def test_the_sites_role_can_only_add_and_read_the_audit_log(postgres_server, site_database):
    name, role = site_database
    insert = f"INSERT INTO {TABLE} (report_id, username, action, detail, at) VALUES (1, 'analyst', 'viewed', '', now())"
    with psycopg.connect(url(postgres_server, name, role), autocommit=True) as site:
        site.execute(insert)
        site.execute(f"TRUNCATE {TABLE}")  # before: the owner empties its own log
        site.execute(insert)

    call_command("secure_audit_log", app_role=role, admin_url=url(postgres_server, name, "postgres"), stdout=StringIO())

    with psycopg.connect(url(postgres_server, name, role), autocommit=True) as site:
        site.execute(insert)
        assert site.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0] == 2
        for attack in ATTACKS:
            with pytest.raises(psycopg.errors.Error):
                site.execute(attack)
        site.execute(f"GRANT UPDATE, DELETE, TRUNCATE ON {TABLE} TO CURRENT_USER")  # PostgreSQL only warns...
        granted = f"SELECT has_table_privilege('{TABLE}', 'UPDATE, DELETE, TRUNCATE')"
        assert site.execute(granted).fetchone() == (False,)  # ...and grants nothing
        assert site.execute(f"SELECT count(*), min(username) FROM {TABLE}").fetchone() == (2, "analyst")
        site.execute(insert)  # the trigger still guards it, and the site still writes to it


def test_check_says_whether_the_log_is_protected(postgres_server, site_database, settings):
    name, role = site_database
    admin = url(postgres_server, name, "postgres")
    problems = secure_audit_log_problems(postgres_server, name, role)
    assert any("not to aple_audit_owner" in problem for problem in problems)
    call_command("secure_audit_log", app_role=role, admin_url=admin, stdout=StringIO())
    assert secure_audit_log_problems(postgres_server, name, role) == []
    # Twice is fine: every deploy runs it.
    call_command("secure_audit_log", app_role=role, admin_url=admin, stdout=StringIO())
    call_command("secure_audit_log", app_role=role, admin_url=admin, release=True, stdout=StringIO())
    assert secure_audit_log_problems(postgres_server, name, role)


def secure_audit_log_problems(server, name, role):
    from takeaction.management.commands.secure_audit_log import Command

    with psycopg.connect(url(server, name, role)) as site, site.cursor() as cursor:
        return Command().problems(cursor, role, "aple_audit_owner")


def test_the_sql_can_be_printed_for_psql():
    out = StringIO()
    call_command("secure_audit_log", app_role="aple", sql=True, stdout=out)
    text = out.getvalue()
    assert text.startswith("BEGIN;") and text.rstrip().endswith("COMMIT;")
    assert f'GRANT SELECT, INSERT ON {TABLE} TO "aple";' in text
    with pytest.raises(CommandError, match="--admin-url"):
        call_command("secure_audit_log", app_role="aple")
