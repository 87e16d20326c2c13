"""The site as it runs in production, on this machine: a PostgreSQL server of its own (tests/postgres.py), the
production settings, `manage.py` commands and gunicorn. Used by the tests that need real processes: outages,
backups, load."""

import atexit
import contextlib
import functools
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

from tests.demo.test_demo_and_settings import PRODUCTION_ENV

ROOT = Path(__file__).resolve().parents[1]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def create_database(server, name):
    server._run("createdb", "-h", str(server.socket_dir), "-p", str(server.port), "-U", "postgres", name)


def production_env(server, database, work, **extra):
    """Environment for `manage.py` and gunicorn: production settings on `database` of `server`, files in `work`."""
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update(
        PRODUCTION_ENV,
        DJANGO_SETTINGS_MODULE="aple_site.settings.production",
        DATABASE_URL=f"postgres://postgres@{str(server.socket_dir).replace('/', '%2F')}:{server.port}/{database}",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(Path(work) / "static"),
        MEDIA_ROOT=str(Path(work) / "media"),
        TRANSLATIONS_DIR=str(ROOT / "locale"),
        SECRET_KEY=secrets.token_urlsafe(50),
    )
    env.update(extra)
    return env


def manage(env, *args, timeout=600, check=True):
    """Run a `manage.py` command; its output is returned (and shown if it fails)."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def _database_url(env):
    """(socket folder, port, user, database) of a DATABASE_URL such as production_env writes."""
    url = urllib.parse.urlsplit(env["DATABASE_URL"])
    user, _, place = url.netloc.rpartition("@")
    host, _, port = place.rpartition(":")
    return urllib.parse.unquote(host), port, user.partition(":")[0], url.path.lstrip("/")


@functools.cache
def _demo_template():
    """The demo site once per test process, taken from the session's test database (tests/conftest.py loads the
    demo there and renders every page, so its pictures' renditions come with it): a dump of that database, its
    uploads, and the static files collected as production collects them. Each test that needs a whole site gets
    a copy in seconds. (Made under the production settings instead, with migrate and load_demo, it took 213 s.)"""
    from django.conf import settings
    from django.db import connection

    from tests.postgres import PostgresServer

    tools = PostgresServer()  # not started: its programs, run as the postgres user, and a folder that user owns
    atexit.register(shutil.rmtree, tools.dir, True)
    work = Path(tempfile.mkdtemp(prefix="aple-demo-template-"))
    atexit.register(shutil.rmtree, work, True)
    db = connection.settings_dict
    dump = tools.dir / "demo.dump"
    tools._run("pg_dump", "-h", db["HOST"], "-p", str(db["PORT"]), "-U", "postgres", "-Fc", "-f", str(dump), db["NAME"])
    env = production_env(tools, "unused", work)  # collectstatic reads no database
    manage(env, "collectstatic", "--noinput", "-v0")
    return tools, dump, Path(settings.MEDIA_ROOT), Path(env["STATIC_ROOT"])


def demo_site(env):
    """The demo site (with its staff users, uploads and collected static files) in `env`'s empty database and
    folders: a copy of the one made once by `_demo_template`."""
    server, dump, media, static = _demo_template()
    host, port, user, database = _database_url(env)
    server._run(
        "pg_restore", "-h", host, "-p", str(port), "-U", user or "postgres", "--no-owner", "-d", database, str(dump)
    )
    shutil.copytree(media, env["MEDIA_ROOT"], dirs_exist_ok=True)
    shutil.copytree(static, env["STATIC_ROOT"], dirs_exist_ok=True)


class Browser:
    """Just enough of one: cookies kept, errors read like pages."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def request(self, path, data=None, timeout=10):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        started = time.monotonic()
        try:
            with self.opener.open(self.base + path, data=body, timeout=timeout) as response:  # noqa: S310 - loopback
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        return status, text, time.monotonic() - started


@contextlib.contextmanager
def gunicorn(env, workers=1, log=None, options=()):
    """Serve the site under gunicorn on a free loopback port; yields its base URL once /healthz answers."""
    port = free_port()
    output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "aple_site.wsgi", "--workers", str(workers), "--bind", f"127.0.0.1:{port}"]
        + list(options),
        env=env,
        cwd=ROOT,
        start_new_session=True,
        stdout=output,
        stderr=output,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if Browser(base).request("/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(20)
        if log:
            output.close()
