"""The site with its database stopped: public pages answer a translated 503 page at once, a report sent then
is never confirmed, /healthz says what is down, and everything comes back by itself when the database does,
without a restart. Run against gunicorn under the production settings, with a PostgreSQL server of its own
that the test stops and starts again."""

import json
import re
import time

import pytest

from tests.helpers import REPORT_ANSWERS
from tests.postgres import PostgresServer
from tests.production import Browser, create_database, demo_site, gunicorn, manage, production_env

# The whole site is a copy of the session's demo database (tests/production.py: demo_site), so it must exist.
pytestmark = pytest.mark.django_db

REPORT_PAGE = "/en/take-action/report-abuse/"


@pytest.fixture(scope="module")
def site(django_db_setup, tmp_path_factory):
    server = PostgresServer().start()
    try:
        create_database(server, "outage")
        env = production_env(server, "outage", tmp_path_factory.mktemp("outage"))
        demo_site(env)
        with gunicorn(env) as base:
            yield server, Browser(base), env
    finally:
        server.stop()


def reports(env):
    code = "from takeaction.models import Report; print(Report.objects.count())"
    return int(manage(env, "shell", "-v0", "-c", code).stdout.strip().splitlines()[-1])


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
