"""Backups of the local site (`make run`, embedded SQLite): the same folder, manifest, checks and refusals as on
PostgreSQL, and a restore that gives back every row and upload."""

import json
import os
import sqlite3

from tests.production import manage

ROWS = [("contenttypes", "0001_initial"), ("auth", "0001_initial")]


def local_env(tmp_path, name):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    (tmp_path / name / "media").mkdir(parents=True)
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "tests.operations.sqlite_settings",
        "SQLITE_PATH": str(tmp_path / name / "db.sqlite3"),
        "MEDIA_ROOT": str(tmp_path / name / "media"),
    }


def test_a_local_site_is_backed_up_and_restored(tmp_path):
    source = local_env(tmp_path, "source")
    with sqlite3.connect(source["SQLITE_PATH"]) as db:
        db.execute("CREATE TABLE django_migrations (id INTEGER PRIMARY KEY, app TEXT, name TEXT, applied TEXT)")
        db.executemany("INSERT INTO django_migrations (app, name, applied) VALUES (?, ?, '2026-12-03')", ROWS)
        db.execute("CREATE TABLE story (title TEXT)")
        db.execute("INSERT INTO story VALUES ('ការពារកុមារ')")
    (tmp_path / "source" / "media" / "documents").mkdir()
    (tmp_path / "source" / "media" / "documents" / "guide.pdf").write_bytes(b"%PDF-1.4 guide")

    output = manage(source, "backup", str(tmp_path / "backups")).stdout
    folder = tmp_path / "backups" / output.strip().splitlines()[-1].rsplit("/", 1)[-1]
    assert sorted(path.name for path in folder.iterdir()) == ["database.sqlite3", "manifest.json", "media.tar.gz"]
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in folder.iterdir())
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["database"]["engine"] == "sqlite"
    assert manifest["migrations"] == ["auth.0001_initial", "contenttypes.0001_initial"]

    # A site that holds tables already is refused; an empty one gets every row and file back.
    refused = manage(source, "restore", str(folder), check=False)
    assert refused.returncode != 0 and "already has tables" in refused.stderr
    restored = local_env(tmp_path, "restored")
    manage(restored, "restore", str(folder))
    with sqlite3.connect(restored["SQLITE_PATH"]) as db:
        assert db.execute("SELECT title FROM story").fetchall() == [("ការពារកុមារ",)]
    assert (tmp_path / "restored" / "media" / "documents" / "guide.pdf").read_bytes() == b"%PDF-1.4 guide"
