"""Backups that restore. The demo site, with reports sent through the report form, runs under the production settings
on a PostgreSQL server of its own; `manage.py backup` saves it, `manage.py restore` rebuilds it in a new database
(owned by an ordinary role, as on a host) and an empty media folder, and the rebuilt site is the same: every page
in both languages, every image file (originals and renditions) and document, every report and note, decrypted
with the same keys, and found again by its reference. A damaged backup and a database in use are refused."""

import hashlib
import json
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.helpers import REPORT_ANSWERS
from tests.postgres import PostgresServer
from tests.production import create_database, demo_site, manage, production_env

# The whole site is a copy of the session's demo database (tests/production.py: demo_site), so it must exist.
pytestmark = pytest.mark.django_db


def inside(env, code, **extra):
    """Run `code` in the site (manage.py shell) and read the JSON it prints last."""
    output = manage({**env, **extra}, "shell", "-v0", "-c", code).stdout
    return json.loads(output.strip().splitlines()[-1])


def snapshot(env, *parts, **extra):
    return inside(env, f"from tests.backup_site import snapshot; snapshot({list(parts)!r})", **extra)


def render_every_page(env, processes=2):
    """Render every page once, in `processes` processes side by side: the first rendering of the pictures (their
    renditions) is much of this test's time. Two processes may then make the same rendition at once,
    and the page of the one that loses shows a file of its own, so pages are compared only once every rendition
    is in the database."""
    with ThreadPoolExecutor(processes) as pool:
        list(pool.map(lambda k: snapshot(env, "pages", SNAPSHOT_SHARD=f"{k}/{processes}"), range(processes)))


def site_snapshot(env, references, processes=2):
    """All that is compared (tests/backup_site.py), the pages shared out between `processes` processes."""

    def shard(k):
        parts = ("pages", "documents", "reports", "lookups") if k == 0 else ("pages",)
        return snapshot(env, *parts, SNAPSHOT_SHARD=f"{k}/{processes}", SNAPSHOT_REFERENCES=json.dumps(references))

    with ThreadPoolExecutor(processes) as pool:
        first, *others = pool.map(shard, range(processes))
    for other in others:
        first["pages"].update(other["pages"])
    return first


def files(folder):
    """Relative path -> SHA-256 of every file under `folder`."""
    folder = Path(folder)
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


ANALYST_WORK = (
    "from takeaction.models import Report; report = Report.objects.order_by('pk').first(); "
    "report.add_note('Called back: the family is safe; referred to the provincial office.', None); "
    "report.set_status(Report.Status.REFERRED_POLICE, None)"
)


def damage(folder, name):
    """Flip one byte in the middle of a file of a backup, as a failing disk might."""
    with open(folder / name, "r+b") as handle:
        handle.seek(handle.seek(0, os.SEEK_END) // 2)
        byte = handle.read(1)
        handle.seek(-1, os.SEEK_CUR)
        handle.write(bytes([byte[0] ^ 0xFF]))


@pytest.fixture(scope="module")
def sites(django_db_setup, tmp_path_factory):
    """The original site and its backup, restored into a new database and media folder (after a damaged copy of
    the backup was refused)."""
    server = PostgresServer().start()
    try:
        work = tmp_path_factory.mktemp("backup")
        create_database(server, "source")
        source = production_env(server, "source", work / "source")
        demo_site(source)
        # The demo has no pictures: a few photographs, as editors add them, so the backup carries images too.
        assert inside(source, "from tests.backup_site import add_photographs; add_photographs()") == 3

        # The pictures' renditions are made while reports arrive through the form.
        with ThreadPoolExecutor(1) as pool:
            rendered = pool.submit(render_every_page, source)
            references = inside(source, "from tests.backup_site import send_reports; send_reports(); " + ANALYST_WORK)
            rendered.result()
        original = site_snapshot(source, references)

        folder = Path(manage(source, "backup", str(work / "backups")).stdout.strip().splitlines()[-1])

        # As on a host (deploy/README.md): a database owned by the site's own role, pg_trgm made by the superuser.
        connect = ("-h", str(server.socket_dir), "-p", str(server.port), "-U", "postgres")
        server._run("createuser", *connect, "aple")
        server._run("createdb", *connect, "-O", "aple", "restored")
        server._run("psql", *connect, "-d", "restored", "-c", "CREATE EXTENSION pg_trgm")
        socket = str(server.socket_dir).replace("/", "%2F")
        restored = production_env(
            server,
            "restored",
            work / "restored",
            DATABASE_URL=f"postgres://aple:not-needed-with-trust@{socket}:{server.port}/restored",
            STATIC_ROOT=source["STATIC_ROOT"],  # the same release's static files
            SECRET_KEY=source["SECRET_KEY"],  # the same settings, the same report keys (PRODUCTION_ENV)
        )

        damaged = work / "damaged" / folder.name
        shutil.copytree(folder, damaged)
        damage(damaged, "media.tar.gz")
        refused = manage(restored, "restore", str(damaged), check=False)
        # Into an empty database and media folder only: this also proves the refusal above touched neither.
        done = manage(restored, "restore", str(folder))
        rebuilt = site_snapshot(restored, references)
        yield {
            "source": source,
            "restored": restored,
            "folder": folder,
            "original": original,
            "rebuilt": rebuilt,
            "references": references,
            "refused": refused,
            "done": done,
            "pg_bin": server.bin,
        }
    finally:
        server.stop()


def test_a_backup_is_private_and_checked_and_holds_no_report_key(sites):
    source, folder = sites["source"], sites["folder"]
    assert folder.name.startswith("aple-backup-") and folder.stat().st_mode & 0o777 == 0o700
    assert sorted(path.name for path in folder.iterdir()) == ["database.dump", "manifest.json", "media.tar.gz"]
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in folder.iterdir())
    manifest = json.loads((folder / "manifest.json").read_text())
    assert "takeaction.0003_audit_log_append_only" in manifest["migrations"]
    assert manifest["database"]["engine"] == "postgresql" and manifest["versions"]["wagtail"]
    for name in ("database.dump", "media.tar.gz"):
        assert manifest["files"][name]["sha256"] == hashlib.sha256((folder / name).read_bytes()).hexdigest()
    # The report keys are nowhere in it: not in the manifest, nor anywhere in the database as SQL.
    sql = subprocess.run(
        [sites["pg_bin"] / "pg_restore", "--file=-", folder / "database.dump"], capture_output=True, check=True
    ).stdout
    assert b"takeaction_report" in sql
    for key in (source["REPORT_ENCRYPTION_KEYS"], source["REPORT_HASH_KEY"]):
        assert key.encode() not in sql and key.encode() not in (folder / "manifest.json").read_bytes()


def test_a_damaged_backup_is_refused(sites):
    refused = sites["refused"]
    assert refused.returncode != 0
    assert "damaged: media.tar.gz does not match the checksum" in refused.stderr
    assert "Restored the backup" in sites["done"].stdout  # the empty database and folder were left empty


def test_the_restored_site_is_the_same(sites):
    source, restored, original, rebuilt = sites["source"], sites["restored"], sites["original"], sites["rebuilt"]

    # Every live page in both languages, byte for byte (but for per-request tokens).
    pages = original["pages"]
    assert len(pages) > 150 and {url[:4] for url in pages} == {"/en/", "/km/"}
    assert sorted(url for url in pages if rebuilt["pages"].get(url) != pages[url]) == []
    assert rebuilt["pages"] == pages

    # Every file under MEDIA_ROOT (original images, renditions, documents), and documents as Wagtail serves them.
    media = files(source["MEDIA_ROOT"])
    assert any(name.startswith("images/") for name in media), "no renditions: the pages were not rendered"
    assert any(name.startswith("original_images/") for name in media)
    assert any(name.startswith("documents/") for name in media)
    assert files(restored["MEDIA_ROOT"]) == media
    assert len(original["documents"]) > 10 and all(
        answer.startswith("200 ") for answer in original["documents"].values()
    )
    assert rebuilt["documents"] == original["documents"]

    # Every report, its answers and the analysts' note decrypted with the same keys; found by its reference.
    reports = original["reports"]["reports"]
    assert [report["kind"] for report in reports] == list(REPORT_ANSWERS)
    assert all(report["status"] in ("new", "referred_police") for report in reports)  # none taken for spam
    assert reports[1]["details"]["contact"]["phone"] == "+855 12 345 678"
    assert reports[0]["notes"] == ["Called back: the family is safe; referred to the provincial office."]
    # Its two entries in the audit log (which is append-only: other tests' reports leave theirs behind).
    own = {report["number"] for report in reports}
    assert len([entry for entry in original["reports"]["audit_log"] if entry[0] in own]) == 2
    assert rebuilt["reports"] == original["reports"]
    assert sorted(original["lookups"]) == sorted(sites["references"]) and None not in original["lookups"].values()
    assert rebuilt["lookups"] == original["lookups"]


def test_restore_refuses_a_site_in_use_unless_told_to_replace_it(sites):
    restored, folder, original = sites["restored"], sites["folder"], sites["original"]
    result = manage(restored, "restore", str(folder), check=False)
    assert result.returncode != 0 and "already has tables" in result.stderr and "--replace" in result.stderr

    # Since the backup, a report was deleted and a document's file lost: --replace brings both back.
    deleted = "from takeaction.models import Report; Report.objects.first().delete(); print(Report.objects.count())"
    assert inside(restored, deleted) == len(REPORT_ANSWERS) - 1
    lost = sorted(Path(restored["MEDIA_ROOT"], "documents").iterdir())[0]
    lost.unlink()
    manage(restored, "restore", "--replace", str(folder))
    assert lost.is_file()
    again = snapshot(restored, "reports", "lookups", SNAPSHOT_REFERENCES=json.dumps(sites["references"]))
    assert again == {"reports": original["reports"], "lookups": original["lookups"]}
