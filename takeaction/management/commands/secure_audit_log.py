"""Make the report audit log tamper-proof in PostgreSQL: owned by a role of its own, the site may only add and read.

The migration's trigger refuses UPDATE and DELETE, but a table's owner can TRUNCATE it, disable its trigger or
drop it. So, run once on every deploy (after `migrate`) by a database superuser, this command gives the table and
its trigger function to a role that cannot log in (`aple_audit_owner`), and leaves the site's own role (the user
of DATABASE_URL) INSERT and SELECT on it and nothing else:

    manage.py secure_audit_log --sql | sudo -u postgres psql -v ON_ERROR_STOP=1 aple
    manage.py secure_audit_log --admin-url 'postgresql://postgres@/aple?host=/var/run/postgresql'

The site's role must not own the database or its schema either (the owner of a schema may drop any table in it):
deploy/README.md creates the database that way. `--check` (run as the site) says whether all of it holds, and
`--release` gives the table back to the site's role, for a migration that changes it; secure it again after.
"""

import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from takeaction.models import ReportAuditLog

OWNER_ROLE = "aple_audit_owner"


def quoted(name):
    return '"' + name.replace('"', '""') + '"'


def literal(text):
    return "'" + text.replace("'", "''") + "'"


class Command(BaseCommand):
    help = "Give the report audit log to a role of its own; the site's role may only INSERT and SELECT."

    def add_arguments(self, parser):
        parser.add_argument("--app-role", help="The site's database role (default: the user of DATABASE_URL).")
        parser.add_argument("--owner-role", default=OWNER_ROLE, help=f"The role that owns the log ({OWNER_ROLE}).")
        parser.add_argument("--admin-url", help="A superuser's connection to the site's database: run the SQL.")
        parser.add_argument("--sql", action="store_true", help="Print the SQL, to run as a superuser with psql.")
        parser.add_argument("--release", action="store_true", help="Give the log back to the site's role.")
        parser.add_argument("--check", action="store_true", help="Say whether the log is protected (as the site).")

    def handle(self, *args, app_role, owner_role, admin_url, sql, release, check, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Only PostgreSQL has roles: the local SQLite demo relies on the append-only triggers.")
        app_role = app_role or settings.DATABASES["default"]["USER"]
        if check:
            problems = self.problems(connection.cursor(), app_role, owner_role)
            for problem in problems:
                self.stderr.write(problem)
            if problems:
                raise CommandError("The report audit log is not tamper-proof.")
            self.stdout.write(f"The report audit log is owned by {owner_role}; {app_role} may only add and read.")
            return
        statements = self.statements(app_role, owner_role, release)
        if sql or not admin_url:
            if not sql:
                raise CommandError("Give --admin-url (a superuser's connection), or --sql to print the SQL for psql.")
            self.stdout.write("\n".join(["BEGIN;", *statements, "COMMIT;"]))
            return
        with psycopg.connect(admin_url) as admin, admin.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
            admin.commit()
            problems = [] if release else self.problems(cursor, app_role, owner_role)
        if problems:
            raise CommandError("Done, but the log is still not tamper-proof:\n" + "\n".join(problems))
        self.stdout.write(f"The report audit log now belongs to {app_role if release else owner_role}.")

    def statements(self, app_role, owner_role, release):
        table = ReportAuditLog._meta.db_table
        function = f"{table}_append_only()"
        # Identifiers quoted and the one literal escaped as PostgreSQL does; they come from the operator, not visitors.
        app, owner = quoted(app_role), quoted(owner_role)
        if release:
            return [f"ALTER TABLE {table} OWNER TO {app};", f"ALTER FUNCTION {function} OWNER TO {app};"]
        return [
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {literal(owner_role)}) "  # nosec B608
            f"THEN CREATE ROLE {owner} NOLOGIN; END IF; END $$;",
            f"REVOKE {owner} FROM {app};",
            # Taking over a table needs CREATE on its schema, for the moment of the change only.
            f"GRANT CREATE, USAGE ON SCHEMA public TO {owner};",
            f"ALTER TABLE {table} OWNER TO {owner};",
            f"ALTER FUNCTION {function} OWNER TO {owner};",
            f"REVOKE CREATE ON SCHEMA public FROM {owner};",
            f"REVOKE ALL ON {table} FROM PUBLIC, {app};",
            f"GRANT SELECT, INSERT ON {table} TO {app};",
            f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC;",
        ]

    def problems(self, cursor, app_role, owner_role):
        """What still lets the site's role change or remove the log (empty when it is tamper-proof)."""
        table = ReportAuditLog._meta.db_table
        cursor.execute(
            """
            SELECT pg_get_userbyid(c.relowner), r.rolsuper,
                   pg_has_role(%(app)s, c.relowner, 'USAGE'),
                   pg_has_role(%(app)s, n.nspowner, 'USAGE'),
                   pg_has_role(%(app)s, d.datdba, 'USAGE'),
                   has_table_privilege(%(app)s, c.oid, 'INSERT'), has_table_privilege(%(app)s, c.oid, 'SELECT'),
                   has_table_privilege(%(app)s, c.oid, 'UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER'),
                   (SELECT count(*) FROM pg_trigger t
                    WHERE t.tgrelid = c.oid AND t.tgenabled = 'O' AND NOT t.tgisinternal)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 JOIN pg_roles r ON r.rolname = %(app)s
                 JOIN pg_database d ON d.datname = current_database()
            WHERE c.oid = %(table)s::regclass
            """,
            {"app": app_role, "table": table},
        )
        row = cursor.fetchone()
        owner, superuser, owns_table, owns_schema, owns_database, inserts, selects, changes, triggers = row
        found = []
        if superuser:
            found.append(f"{app_role} is a superuser: it can do anything. Give the site an ordinary role.")
        if owns_table or owner != owner_role:
            found.append(f"The log belongs to {owner}, not to {owner_role} (or {app_role} is a member of its owner).")
        if owns_schema or owns_database:
            found.append(f"{app_role} owns the database or its schema, so it could drop the log (deploy/README.md).")
        if not (inserts and selects):
            found.append(f"{app_role} cannot add to or read the log: the site would fail to record a reading.")
        if changes:
            found.append(f"{app_role} may still change the log (UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER).")
        if not triggers:
            found.append("The append-only trigger is missing or disabled.")
        return found
