from bs4 import BeautifulSoup
from django.utils import translation


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def sign_in_verified(client, user):
    """A staff session that has shown its two-factor code: an authenticator app is set up for `user` (if it has
    none) and the session is marked verified by it, as a sign-in with a right code would."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def decrypted(record):
    """What a report (its payload) or a note (its body) holds, decrypted directly, as a test may and the desk may
    not (the desk opens reports through takeaction.models.reveal, which writes the audit log)."""
    from takeaction import crypto

    return crypto.decrypt(getattr(record, "payload", None) or record.body)


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def title_in(page, language):
    return getattr(page, f"title_{language}") or page.title_en


def report_page():
    from takeaction.models import ReportAbusePage

    return ReportAbusePage.objects.live().get()


def aged_token(seconds=60):
    """A form token issued `seconds` ago, as if a person had taken that long to fill the form in."""
    import secrets
    import time

    from django.core import signing

    from takeaction.protection import TOKEN_SALT

    return signing.dumps({"t": int(time.time()) - seconds, "n": secrets.token_hex(16)}, salt=TOKEN_SALT, compress=True)


REPORT_ANSWERS = {
    "csam": {
        "csam_urls": "https://example.com/gallery/123\nexample.org/abc?x=1",
        "csam_where": "A photo-sharing forum",
        "csam_when": "Yesterday evening",
    },
    "online": {
        "online_platform": "A chat app",
        "online_accounts": "@stranger_4521",
        "online_what": "An adult keeps asking my 13-year-old niece for photos and offers phone credit.",
        "online_when": "Since last month",
    },
    "offline": {
        "offline_what": "A neighbour takes children from the village to his house at night.",
        "offline_province": "battambang",
        "offline_place": "A village near the market",
        "offline_when": "It is still happening",
        "offline_age": "12-14",
        "offline_suspect": "A man of about fifty who runs a karaoke shop",
    },
    "other": {},
}


def report_data(kind, description="The children look frightened when he visits.", token=None, **extra):
    data = {"kind": kind, "description": description, "form_token": token or aged_token(), "homepage_url": ""}
    data.update(REPORT_ANSWERS[kind])
    data.update(extra)
    return data


def report_url(language="en", route=""):
    return url_in(report_page(), language) + route


def form_post(client, url, data, **extra):
    """POST a form the way a browser sends ours: URL-encoded (the site refuses multipart bodies)."""
    from urllib.parse import urlencode

    return client.post(url, urlencode(data, doseq=True), content_type="application/x-www-form-urlencoded", **extra)


def form_values(form):
    """What a browser would send for an HTML form as it stands (BeautifulSoup <form>), as a dict of lists."""
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "textarea":
            value = field.text
        elif field.name == "select":
            chosen = field.find_all("option", selected=True)
            if not chosen and not field.has_attr("multiple"):
                chosen = field.find_all("option")[:1]
            for option in chosen:
                data.setdefault(name, []).append(option.get("value", option.text))
            continue
        elif field.get("type") in ("checkbox", "radio"):
            if not field.has_attr("checked"):
                continue
            value = field.get("value", "on")
        elif field.get("type") in ("submit", "button", "file", "image"):
            continue
        else:
            value = field.get("value", "")
        data.setdefault(name, []).append(value)
    return data


def committed(function):
    """Run `function` on a connection of its own, outside the test's transaction, and return what it returns:
    its writes are committed at once (for a server or threads on other connections to see, or to clean up
    what they wrote)."""
    import threading

    from django.db import connection

    results, failures = [], []

    def run():
        try:
            results.append(function())
        except Exception as error:  # raised again in the test's thread
            failures.append(error)
        finally:
            connection.close()

    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if failures:
        raise failures[0]
    return results[0]
