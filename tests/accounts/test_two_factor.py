"""Two-factor sign-in for staff (django-otp) and the lockout after repeated failures (django-axes).

Analysts and superusers cannot use the admin without a code from an authenticator app or a backup code;
everyone else may turn it on; a password-only session opens no admin address at all."""

import re
import uuid

import pytest
from django.contrib.admindocs.views import extract_views_from_urlpatterns, simplify_regex
from django.contrib.auth import get_user_model
from django.urls import get_resolver
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from aple_site.accounts.middleware import OPEN_TO_UNVERIFIED
from tests.helpers import sign_in_verified, soup

PASSWORDS = {name: f"aple-{name}-local-2026" for name in ("admin", "editor", "analyst", "translator")}


@pytest.fixture(autouse=True)
def nothing_set_up(db):
    """Staff as on their first sign-in: no app, and not the backup codes the demo gives superusers and analysts."""
    from django_otp.plugins.otp_static.models import StaticDevice

    StaticDevice.objects.all().delete()


def user(username):
    return get_user_model().objects.get(username=username)


def code_of(device, steps_ahead=0):
    """What the authenticator app shows now (or `steps_ahead` 30-second steps later)."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + steps_ahead):06d}"


def sign_in(client, username, code=None, password=None):
    data = {"username": username, "password": password or PASSWORDS[username], "next": "/admin/"}
    if code is not None:
        data["otp_token"] = code
    return client.post("/admin/login/", data)


def admin_urls():
    """Every address of the admin (Wagtail's, ours, the strings editor's), with sample values in its parts."""
    urls = set()
    for _view, pattern, _namespace, name in extract_views_from_urlpatterns(get_resolver().url_patterns):
        url = simplify_regex(pattern)
        if not url.startswith("/admin/") or name in OPEN_TO_UNVERIFIED:
            continue
        urls.add(re.sub(r"<(\w+:)?(\w+)>", lambda m: str(uuid.uuid4()) if m[1] == "uuid:" else "1", url))
    return sorted(urls)


@pytest.mark.parametrize("username", ["analyst", "admin"])
def test_a_password_only_session_opens_no_admin_address(client, db, username):
    urls = admin_urls()
    assert len(urls) > 200 and "/admin/hotline-reports/1/" in urls and "/admin/strings/" in urls
    client.force_login(user(username))  # the password was right; no code was given
    for url in urls:
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, (url, response.status_code)
            assert response["Location"].startswith("/admin/two-factor/"), url


def test_a_password_only_session_of_someone_who_turned_it_on_is_kept_out_too(client, db):
    editor = user("editor")
    TOTPDevice.objects.create(user=editor, name="Authenticator app", confirmed=True)
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"] == "/admin/two-factor/?next=%2Fadmin%2Fpages%2F"


def test_an_analyst_sets_up_an_app_signs_in_with_codes_and_reads_reports(client, db):
    response = sign_in(client, "analyst")  # first sign-in: nothing set up yet
    assert response.status_code == 302
    response = client.get("/admin/hotline-reports/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/two-factor/")

    page = client.get(response["Location"])
    assert page.status_code == 200 and "needs a second factor" in page.content.decode()
    assert soup(page).select_one(".two-factor__qr svg") is not None  # the QR code to scan
    device = TOTPDevice.objects.get(user__username="analyst", confirmed=False)
    key = soup(page).select_one(".two-factor__secret").get_text().replace(" ", "")
    assert device.config_url.split("secret=")[1].startswith(key)  # the key to type in, if scanning fails

    wrong = client.post("/admin/two-factor/", {"action": "set_up", "otp_token": "000000"})
    assert wrong.status_code == 400 and "That code was not accepted" in wrong.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # a wrong code makes the next try wait a second; a person takes that long anyway
    done = client.post("/admin/two-factor/", {"action": "set_up", "otp_token": code_of(device)})
    assert done.status_code == 200
    codes = [c.get_text() for c in soup(done).select(".two-factor__codes code")]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert client.get("/admin/hotline-reports/").status_code == 200

    client.logout()
    refused = sign_in(client, "analyst")  # the password alone no longer signs in
    assert refused.status_code == 200 and "password or code is wrong" in refused.content.decode()
    assert client.get("/admin/").status_code == 302
    assert sign_in(client, "analyst", codes[0]).status_code == 302  # a backup code, once
    assert client.get("/admin/hotline-reports/").status_code == 200
    client.logout()
    assert sign_in(client, "analyst", codes[0]).status_code == 200  # used up
    device.refresh_from_db()
    device.throttle_reset()
    assert sign_in(client, "analyst", " ".join(code_of(device, 1)[i : i + 3] for i in (0, 3))).status_code == 302
    assert client.get("/admin/hotline-reports/").status_code == 200


def test_someone_not_required_works_without_it_and_may_turn_it_on_and_off(client, db):
    assert sign_in(client, "editor").status_code == 302
    assert client.get("/admin/pages/").status_code == 200
    account = client.get("/admin/account/").content.decode()
    assert 'href="/admin/two-factor/"' in account

    page = client.get("/admin/two-factor/")
    assert "needs a second factor" not in page.content.decode()
    device = TOTPDevice.objects.get(user__username="editor", confirmed=False)
    client.post("/admin/two-factor/", {"action": "set_up", "otp_token": code_of(device)})
    device.refresh_from_db()
    assert device.confirmed

    off = client.post("/admin/two-factor/", {"action": "off", "otp_token": code_of(device, 1)})
    assert off.status_code == 302 and not TOTPDevice.objects.filter(user__username="editor").exists()


def test_analysts_cannot_turn_it_off(client, db):
    device = sign_in_verified(client, user("analyst"))
    page = client.get("/admin/two-factor/").content.decode()
    assert 'value="off"' not in page
    client.post("/admin/two-factor/", {"action": "off", "otp_token": code_of(device)})
    assert TOTPDevice.objects.filter(pk=device.pk, confirmed=True).exists()


def test_a_code_is_needed_to_change_anything(client, db):
    device = sign_in_verified(client, user("admin"))
    response = client.post("/admin/two-factor/", {"action": "codes", "otp_token": "123456"})
    assert response.status_code == 400 and not soup(response).select(".two-factor__codes")
    device.refresh_from_db()
    device.throttle_reset()
    response = client.post("/admin/two-factor/", {"action": "codes", "otp_token": code_of(device)})
    assert len(soup(response).select(".two-factor__codes code")) == 10


def test_after_the_code_the_session_goes_where_it_was_going_and_nowhere_else(client, db):
    device = TOTPDevice.objects.create(user=user("admin"), name="Authenticator app", confirmed=True)
    client.force_login(user("admin"))
    response = client.post("/admin/two-factor/", {"otp_token": code_of(device), "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    client.logout()
    client.force_login(user("admin"))
    response = client.post("/admin/two-factor/", {"otp_token": code_of(device, 1), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"


def test_repeated_failures_lock_the_sign_in_out(client, db):
    for _ in range(4):
        assert sign_in(client, "editor", password="not-the-password-at-all").status_code == 200
    assert sign_in(client, "editor", password="not-the-password-at-all").status_code == 429  # the fifth
    locked = sign_in(client, "editor")  # even the right password, now
    assert locked.status_code == 429 and "Sign-in paused" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    assert client.get("/admin/pages/").status_code == 302  # not signed in
    # Another colleague signing in from elsewhere is not locked out by these failures.
    other = type(client)(REMOTE_ADDR="10.1.2.3")
    assert sign_in(other, "editor").status_code == 302


def test_wrong_codes_count_as_failures(client, db):
    TOTPDevice.objects.create(user=user("admin"), name="Authenticator app", confirmed=True)
    for _ in range(4):
        assert sign_in(client, "admin", "000000").status_code == 200
    assert sign_in(client, "admin", "111111").status_code == 429


def test_every_failed_sign_in_gets_the_same_answer(client, db):
    """A right password without its code, a right password with a wrong code, a wrong password, an unknown
    user and an inactive one: the same page, the same status."""
    from django.test import Client

    analyst = user("analyst")
    device = TOTPDevice.objects.create(user=analyst, name="Authenticator app", confirmed=True)
    idle = user("translator")
    idle.is_active = False
    idle.save()

    def answer(username, password, code=None):
        response = sign_in(Client(), username, code=code, password=password)
        page = soup(response)
        for hidden in page.select("input[name=csrfmiddlewaretoken]"):
            hidden.decompose()
        for field in page.select("input[name=username], input[name=otp_token]"):
            field["value"] = ""  # what was typed comes back, as typed
        return response.status_code, str(page.find("main") or page)

    expected = answer("analyst", "a-wrong-password-2026")
    assert "Your username, password or code is wrong" in expected[1]
    wrong_code = f"{(int(code_of(device)) + 1) % 1_000_000:06d}"
    for attempt in (
        ("analyst", PASSWORDS["analyst"]),  # the right password, no code
        ("analyst", PASSWORDS["analyst"], wrong_code),
        ("nobody-of-that-name", "a-wrong-password-2026"),
        ("translator", PASSWORDS["translator"]),  # the right password of an inactive account
    ):
        assert answer(*attempt) == expected, attempt
