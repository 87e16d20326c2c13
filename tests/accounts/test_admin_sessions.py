"""Staff sign-in: passwords of at least 12 characters, sessions that end after half an hour without a request."""

from datetime import timedelta

import pytest
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.utils import timezone


def session_of(client):
    return Session.objects.get(session_key=client.session.session_key)


def test_each_request_keeps_a_staff_session_for_half_an_hour_more(analyst_client):
    assert analyst_client.get("/admin/").status_code == 200
    left = session_of(analyst_client).expire_date - timezone.now()
    assert timedelta(minutes=29) < left <= timedelta(minutes=30)


def test_a_staff_session_left_idle_ends(analyst_client):
    assert analyst_client.get("/admin/").status_code == 200
    Session.objects.filter(pk=session_of(analyst_client).pk).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = analyst_client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_passwords_need_twelve_characters():
    with pytest.raises(ValidationError):
        validate_password("Kampot-2026")  # 11 characters
    validate_password("river-mango-lantern-42")
