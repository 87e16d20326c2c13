"""Backups that restore: `manage.py backup DEST_DIR` and `manage.py restore BACKUP_DIR`.

A backup is one new folder, DEST_DIR/aple-backup-<UTC time>/, readable by its owner only, holding

    database.dump     the PostgreSQL database (pg_dump's custom format; database.sqlite3 for the local demo)
    media.tar.gz      everything under MEDIA_ROOT: original images, their renditions, documents
    manifest.json     when it was made, the size and SHA-256 of each file above, the applied migrations and
                      the versions of Django, Wagtail and PostgreSQL

The folder is written under a hidden ".partial" name and renamed at the very end, so a backup that failed
half-way is never taken for a whole one. The database is dumped before the uploads are archived: a file is
written before the row that refers to it, so every file the dump refers to is in the archive.

The report encryption keys (REPORT_ENCRYPTION_KEYS and REPORT_HASH_KEY, or REPORT_KEY_FILE) are never in
a backup: the reports in it stay encrypted, and a lost or stolen backup reveals none of them. The keys are
kept apart, and a restored site reads its reports only with them.

A restore checks every file against the manifest first, refuses a database (or media folder) that already
holds a site unless told to replace it, loads the database in one transaction, unpacks the uploads (never
outside MEDIA_ROOT) and empties the caches, so that no page of the site before is served afterwards.

The database is dumped and loaded by django-dbbackup's connectors (pg_dump and pg_restore, or SQLite's backup
API); the folder, manifest, checks and refusals above are ours. Its own `dbbackup`/`dbrestore` commands are
not installed: they would skip the checks and refusals (its app is not in INSTALLED_APPS).
"""

import datetime
import glob
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

import django
import wagtail
from dbbackup.db.base import get_connector
from dbbackup.db.exceptions import CommandConnectorError
from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management.base import CommandError
from django.db import OperationalError, connections
from django.db.migrations.loader import MigrationLoader

PREFIX = "aple-backup-"
FORMAT = 1
MANIFEST = "manifest.json"
POSTGRES_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA_ARCHIVE = "media.tar.gz"
KNOWN_FILES = {POSTGRES_DUMP, SQLITE_COPY, MEDIA_ARCHIVE}


# The database -----------------------------------------------------------------------------------------


def database():
    """The default connection and its engine: "postgresql" or "sqlite"."""
    connection = connections["default"]
    if connection.vendor not in ("postgresql", "sqlite"):
        raise CommandError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    try:
        connection.ensure_connection()
    except OperationalError as error:
        raise CommandError(f"The database cannot be reached: {error}") from error
    return connection, connection.vendor


def connector(connection, **options):
    """django-dbbackup's connector for the site's database (pg_dump/pg_restore for PostgreSQL, SQLite's own
    backup API for SQLite), with `options` set on it. The connection details, password included, reach the
    PostgreSQL programs through libpq's environment, never the command line, where `ps` shows them."""
    found = get_connector(connection.alias)
    found.env = {"PGCONNECT_TIMEOUT": "30"}  # the site's own 2 seconds are for visitors, not for a nightly job
    for name, value in options.items():
        setattr(found, name, value)
    return found


def _major_version(program):
    result = subprocess.run(  # noqa: S603 - a program found below, fixed arguments, no shell  # nosec B603
        [program, "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    found = re.search(r"\)\s+(\d+)", result.stdout)  # "pg_dump (PostgreSQL) 15.10 (Debian ...)"
    return int(found[1]) if result.returncode == 0 and found else 0


def postgres_program(name, at_least):
    """pg_dump or pg_restore of major version `at_least` or newer (an older pg_dump refuses a newer server,
    an older pg_restore a newer dump): the one on PATH if it is new enough, else the newest installed under
    /usr/lib/postgresql (Debian keeps several versions there). django-dbbackup runs the one on PATH only."""
    installed = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda path: int(Path(path).parts[4]), reverse=True
    )
    candidates = [path for path in [shutil.which(name), *installed] if path]
    seen = []
    for program in candidates:
        version = _major_version(program)
        if version >= at_least:
            return program, version
        seen.append(f"{program} ({version or 'unknown version'})")
    if not seen:
        raise CommandError(f"{name} was not found: install PostgreSQL's client programs (Debian: postgresql-client).")
    raise CommandError(f"{name} {at_least} or newer is needed; found only {', '.join(seen)}.")


def applied_migrations(connection):
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    return sorted(f"{app}.{name}" for app, name in loader.applied_migrations)


def has_tables(connection):
    return bool(connection.introspection.table_names())


# Files ------------------------------------------------------------------------------------------------


def _private_file(path):
    """A new file that only its owner may read (the backup holds personal data and encrypted reports)."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


def _checksum(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def local_media_root():
    """MEDIA_ROOT, if uploads are stored there; None if they are in a bucket (S3-compatible storage)."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(default_storage.location)
    return None


def _bucket():
    options = settings.STORAGES["default"].get("OPTIONS", {})
    return options.get("bucket_name") or "the storage bucket"


# Backup -----------------------------------------------------------------------------------------------


def backup(dest, log=print, keep=None):
    """Write a new backup folder in `dest` and return its path."""
    connection, engine = database()
    dest = Path(dest).resolve()
    dest.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.datetime.now(datetime.UTC)
    name = PREFIX + stamp.strftime("%Y%m%dT%H%M%SZ")
    final = dest / name
    if final.exists():
        raise CommandError(f"{final} exists already: wait a second and run the backup again.")
    manifest = {
        "format": FORMAT,
        "created": stamp.isoformat(timespec="seconds"),
        "database": {"engine": engine},
        "media": None,
        "files": {},
        "migrations": applied_migrations(connection),
        "versions": {
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "python": platform.python_version(),
        },
    }
    partial = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".partial", dir=dest))  # mode 0700
    try:
        if engine == "postgresql":
            manifest["database"].update(_dump_postgres(connection, partial / POSTGRES_DUMP))
        else:
            _copy_sqlite(connection, partial / SQLITE_COPY)
        media_root = local_media_root()
        if media_root is None:
            # Uploads in a bucket are out of reach here: the bucket keeps them (versioning, replication).
            manifest["media"] = {"storage": "bucket", "bucket": _bucket()}
            log(
                f"Uploads are stored in {_bucket()}, not in MEDIA_ROOT: this backup holds the database only. "
                "Protect the bucket itself (object versioning and replication to another region or provider)."
            )
        else:
            manifest["media"] = {"storage": "files"}
            _archive_media(media_root, partial / MEDIA_ARCHIVE)
        for path in sorted(partial.iterdir()):
            manifest["files"][path.name] = {"sha256": _checksum(path), "size": path.stat().st_size}
        with _private_file(partial / MANIFEST) as handle:
            handle.write(json.dumps(manifest, indent=2).encode())
        partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    if keep:
        _remove_old_backups(dest, keep, log)
    return final


def _dump_postgres(connection, target):
    server = connection.pg_version  # SHOW server_version_num: 150010 is 15.10
    program, version = postgres_program("pg_dump", at_least=server // 10000)
    # pg_dump's custom format; owners and grants are left out so that the dump loads into a database of any
    # name, owned by any role.
    _save(connector(connection, dump_cmd=program, dump_suffix="--no-owner --no-privileges"), target)
    return {"server_version_num": server, "pg_dump_version": version}


def _copy_sqlite(connection, target):
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:"):
        raise CommandError("Only an SQLite database in a file can be backed up.")
    _save(connector(connection), target)  # SQLite's backup API: a consistent copy, even while the site writes


def _save(database_connector, target):
    try:
        dump = database_connector.create_dump()
    except CommandConnectorError as error:
        raise CommandError(f"The database could not be dumped: {error}") from error
    with dump, _private_file(target) as out:
        shutil.copyfileobj(dump, out)


def _archive_media(media_root, target):
    with _private_file(target) as out, tarfile.open(fileobj=out, mode="w:gz", compresslevel=6) as tar:
        if media_root.is_dir():
            for entry in sorted(media_root.iterdir()):
                tar.add(entry, arcname=entry.name)  # names relative to MEDIA_ROOT; folders recursively


def _remove_old_backups(dest, keep, log):
    """Keep the `keep` newest complete backups in `dest` (only folders this command made)."""
    made = sorted(path for path in dest.glob(PREFIX + "*") if (path / MANIFEST).is_file())
    for old in made[:-keep]:
        shutil.rmtree(old)
        log(f"Removed the old backup {old}")


# Restore ----------------------------------------------------------------------------------------------


def verify(folder):
    """The manifest of a backup folder, once every file it lists has the size and checksum it records."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except FileNotFoundError:
        raise CommandError(f"{folder} holds no {MANIFEST}: it is not a backup made by `manage.py backup`.") from None
    except (OSError, ValueError) as error:
        raise CommandError(f"The manifest of {folder} cannot be read: {error}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CommandError(f"{folder / MANIFEST} is not a backup manifest this version understands.")
    files = manifest.get("files") or {}
    for name, expected in files.items():
        if name not in KNOWN_FILES:
            raise CommandError(f"The manifest lists an unexpected file {name!r}: refusing this backup.")
        path = folder / name
        if not path.is_file():
            raise CommandError(f"The backup is incomplete: {name} is missing.")
        if path.stat().st_size != expected.get("size") or _checksum(path) != expected.get("sha256"):
            raise CommandError(f"The backup is damaged: {name} does not match the checksum in its manifest.")
    engine = (manifest.get("database") or {}).get("engine")
    if {"postgresql": POSTGRES_DUMP, "sqlite": SQLITE_COPY}.get(engine) not in files:
        raise CommandError("The backup holds no database.")
    return manifest


def _unknown_migrations(manifest):
    """Migrations applied in the backup that this code does not have (a backup of a newer version)."""
    on_disk = {f"{app}.{name}" for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations}
    return sorted(set(manifest.get("migrations", [])) - on_disk)


def restore(folder, replace=False, log=print):
    """Rebuild the site's database and uploads from a backup folder."""
    folder = Path(folder).resolve()
    manifest = verify(folder)
    connection, engine = database()
    if manifest["database"]["engine"] != engine:
        raise CommandError(f"This is a backup of a {manifest['database']['engine']} database; the site uses {engine}.")
    unknown = _unknown_migrations(manifest)
    if unknown:
        raise CommandError(
            f"The backup was made by a newer version of the site (migrations {', '.join(unknown[:5])}"
            f"{'...' if len(unknown) > 5 else ''} are not in this code): deploy that version, then restore."
        )
    media_root = local_media_root() if MEDIA_ARCHIVE in manifest["files"] else None
    if MEDIA_ARCHIVE in manifest["files"] and media_root is None:
        raise CommandError(
            f"This site stores uploads in {_bucket()}: put the files of {MEDIA_ARCHIVE} there with the provider's "
            "tools, or restore with MEDIA_ROOT (AWS_STORAGE_BUCKET_NAME unset)."
        )

    if not replace:
        if has_tables(connection):
            raise CommandError(
                f"The database {connection.settings_dict['NAME']} already has tables: restore into an empty "
                "database, or add --replace to overwrite this one."
            )
        if media_root and media_root.is_dir() and any(path.is_file() for path in media_root.rglob("*")):
            raise CommandError(f"{media_root} already holds files: empty it, or add --replace to overwrite them.")

    log(f"Restoring the database from {folder}...")
    if engine == "postgresql":
        _restore_postgres(connection, folder / POSTGRES_DUMP, manifest, replace)
    else:
        _restore_sqlite(connection, folder / SQLITE_COPY)
    if media_root is not None:
        log(f"Unpacking the uploads into {media_root}...")
        _unpack_media(folder / MEDIA_ARCHIVE, media_root)
    elif (manifest.get("media") or {}).get("storage") == "bucket":
        log(f"The uploads were not in this backup: they are in {manifest['media']['bucket']}.")
    # Nothing cached from the site before may be served: pages, menus, renditions, rate-limit counters.
    for alias in settings.CACHES:
        caches[alias].clear()
    return manifest


def _restore_postgres(connection, dump, manifest, replace):
    at_least = max(connection.pg_version // 10000, manifest["database"].get("pg_dump_version", 0))
    program, _ = postgres_program("pg_restore", at_least=at_least)
    existing = set()
    if replace:
        with connection.cursor() as cursor:
            cursor.execute("SELECT extname FROM pg_extension")
            existing = {row[0] for row in cursor.fetchall()}
    connection.close()  # our own session must hold nothing that pg_restore --clean would wait for

    # What pg_restore will do, minus what a site's own database role may not be allowed to: commenting on an
    # extension (it belongs to whoever created it, often the postgres superuser), or, under --replace,
    # dropping and re-creating an extension that is there already. A missing one is still created.
    listing = subprocess.run(  # noqa: S603 - fixed arguments, no shell  # nosec B603
        [program, "--list", str(dump)], capture_output=True, text=True, check=False
    )
    if listing.returncode != 0:
        raise CommandError(f"pg_restore cannot read {dump}: {listing.stderr.strip()}")
    kept = []
    for line in listing.stdout.splitlines():
        if " COMMENT - EXTENSION " in line:
            continue
        found = re.search(r" EXTENSION - (\S+)", line)
        if found and found[1] in existing:
            continue
        kept.append(line)

    with tempfile.NamedTemporaryFile("w", suffix=".list") as selection, open(dump, "rb") as data:
        selection.write("\n".join(kept) + "\n")
        selection.flush()
        restorer = connector(
            connection,
            restore_cmd=program,
            pg_options=["--no-owner", "--no-privileges", "--exit-on-error", f"--use-list={selection.name}"],
            single_transaction=True,  # all or nothing
            drop=replace,  # --clean: drop what the dump creates before creating it
            if_exists=replace,
        )
        try:
            restorer.restore_dump(data)
        except CommandConnectorError as error:
            raise CommandError(f"pg_restore failed, and the database was left as it was: {error}") from error


def _restore_sqlite(connection, copy):
    connection.close()
    with open(copy, "rb") as data:
        connector(connection).restore_dump(data)  # replaces the whole database file


def _unpack_media(archive, media_root):
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:gz") as tar:
        # The "data" filter refuses absolute names, "..", links leading outside MEDIA_ROOT and device files,
        # and drops set-user-ID bits: a tampered archive cannot write anywhere else.
        tar.extractall(media_root, filter="data")
