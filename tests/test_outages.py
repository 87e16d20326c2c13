"""The site with its database stopped: public pages answer a translated 503 page at once, a report sent then
is never confirmed, /healthz says what is down, and everything comes back by itself when the database does,
without a restart. Run against gunicorn under the production settings, with a PostgreSQL server of its own
that the test stops and starts again."""

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

from tests.helpers import REPORT_ANSWERS
from tests.postgres import PostgresServer
from tests.test_demo_and_settings import PRODUCTION_ENV

ROOT = Path(__file__).resolve().parents[1]
REPORT_PAGE = "/en/take-action/report-abuse/"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """Just enough of one: cookies kept, errors read like pages."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        started = time.monotonic()
        try:
            with self.opener.open(self.base + path, data=body, timeout=10) as response:  # noqa: S310 - loopback
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        return status, text, time.monotonic() - started


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    server = PostgresServer().start()
    gunicorn = None
    try:
        server._run("createdb", "-h", str(server.socket_dir), "-p", "5432", "-U", "postgres", "outage")
        work = tmp_path_factory.mktemp("outage")
        env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")}
        env.update(
            PRODUCTION_ENV,
            DJANGO_SETTINGS_MODULE="aple_site.settings.production",
            DATABASE_URL=f"postgres://postgres@{str(server.socket_dir).replace('/', '%2F')}:5432/outage",
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            STATIC_ROOT=str(work / "static"),
            MEDIA_ROOT=str(work / "media"),
            TRANSLATIONS_DIR=str(ROOT / "locale"),
            SECRET_KEY=secrets.token_urlsafe(50),
        )
        for command in (["migrate", "--noinput", "-v0"], ["load_demo"], ["collectstatic", "--noinput", "-v0"]):
            subprocess.run(
                [sys.executable, "manage.py", *command], env=env, cwd=ROOT, check=True, capture_output=True, timeout=600
            )
        port = free_port()
        gunicorn = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "aple_site.wsgi", "--workers", "1", "--bind", f"127.0.0.1:{port}"],
            env=env,
            cwd=ROOT,
            start_new_session=True,
            stderr=subprocess.DEVNULL,
        )
        browser = Browser(f"http://127.0.0.1:{port}")
        for _ in range(150):
            try:
                if browser.request("/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        yield server, browser, env
    finally:
        if gunicorn is not None:
            os.killpg(gunicorn.pid, signal.SIGTERM)
            gunicorn.wait(20)
        server.stop()


def reports(env):
    code = "from takeaction.models import Report; print(Report.objects.count())"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", code], env=env, cwd=ROOT, capture_output=True, text=True
    )
    return int(result.stdout.strip().splitlines()[-1])


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html)[1]


def test_the_site_survives_its_database_stopping_and_starting(site):
    server, browser, env = site
    status, text, _ = browser.request("/healthz")
    assert status == 200 and json.loads(text) == {"database": "ok", "cache": "ok"}
    assert browser.request("/km/explore/media/")[0] == 200
    status, form, _ = browser.request(REPORT_PAGE)  # a visitor starts a report while all is well
    assert status == 200
    report = {
        "kind": "other",
        "description": "A neighbour's child is kept home and looks hurt.",
        **REPORT_ANSWERS["other"],
        "form_token": hidden(form, "form_token"),
        "homepage_url": "",
        "csrfmiddlewaretoken": hidden(form, "csrfmiddlewaretoken"),
    }

    server.pause()
    try:
        status, text, seconds = browser.request("/km/explore/media/")
        assert status == 503 and seconds < 2
        assert 'lang="km"' in text and "គេហទំព័រនេះមិនអាចប្រើបានមួយភ្លែត" in text  # "briefly unavailable"
        status, text, _ = browser.request("/healthz")
        assert status == 503 and json.loads(text)["database"] == "unavailable"
        status, text, seconds = browser.request(REPORT_PAGE, report)
        assert status == 503 and seconds < 2
        assert "has not been received" in text and "your answers are still in the form" in text
    finally:
        server.resume()

    for _ in range(50):  # back by itself: no restart of the application
        if browser.request("/km/explore/media/")[0] == 200:
            break
        time.sleep(0.2)
    assert browser.request("/km/explore/media/")[0] == 200
    assert browser.request("/healthz")[0] == 200
    assert reports(env) == 0  # nothing half-stored, and nothing confirmed
