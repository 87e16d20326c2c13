"""The launch checklist: editors see which of the organisation's details are still empty (and so hidden)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site
from wagtail.users.models import UserProfile

from aple_site.navigation.models import SiteSettings
from tests.helpers import sign_in_verified

CHECKLIST = "/admin/reports/launch-checklist/"


def rows(client):
    response = client.get(CHECKLIST)
    assert response.status_code == 200
    table = BeautifulSoup(response.content, "html.parser").select("table tbody tr")
    return {
        cells[1].get_text(" ", strip=True): (cells[2].get_text(strip=True), cells[1].find("a")["href"])
        for row in table
        if (cells := row.find_all(["td", "th"]))
    }


@pytest.fixture
def site_settings(db):
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


def test_an_empty_detail_is_listed_as_hidden_and_a_filled_one_as_done(admin_client, site_settings):
    site_settings.address_en, site_settings.address_km, site_settings.facebook_url = "", "", ""
    site_settings.save()
    found = rows(admin_client)
    assert found["Office address (English and Khmer)"][0] == "Empty: hidden on the site until entered"
    assert found["Facebook page"][0] == "Empty: hidden on the site until entered"
    assert found["Office address (English and Khmer)"][1].startswith("/admin/settings/navigation/sitesettings/")

    site_settings.address_en = "Phnom Penh"
    site_settings.save()
    assert rows(admin_client)["Office address (English and Khmer)"][0] == "Empty: hidden on the site until entered"
    site_settings.address_km = "ភ្នំពេញ"
    site_settings.save()
    assert rows(admin_client)["Office address (English and Khmer)"][0] == "Filled in"


def test_a_missing_essential_comes_first(admin_client, site_settings):
    site_settings.email = ""
    site_settings.save()
    response = admin_client.get(CHECKLIST)
    first = BeautifulSoup(response.content, "html.parser").select_one("table tbody tr")
    assert "Email address" in first.get_text() and "Missing: needed before launch" in first.get_text()


def test_reports_need_an_analyst_who_can_be_told(admin_client):
    label = "A hotline analyst with an email address (new reports are announced to them)"
    get_user_model().objects.filter(groups__name="Hotline analysts").update(email="")
    assert rows(admin_client)[label][0] == "Missing: needed before launch"
    get_user_model().objects.filter(groups__name="Hotline analysts").update(email="desk@aplecambodia.org")
    assert rows(admin_client)[label][0] == "Filled in"


def test_in_khmer_for_a_khmer_speaking_editor(client, db):
    editor = get_user_model().objects.create_user("neary", password="x" * 20)
    editor.groups.add(Group.objects.get(name="Editors"))
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "km"
    profile.save()
    sign_in_verified(client, editor)
    response = client.get(CHECKLIST)
    page = BeautifulSoup(response.content, "html.parser")
    assert "បញ្ជីត្រួតពិនិត្យមុនដាក់ឱ្យដំណើរការ" in page.title.get_text()
    assert "ក្បាលទំព័រ បាតទំព័រ និងទំនាក់ទំនង" in page.select_one("table tbody").get_text()


def test_only_editors_and_moderators_see_it(client, db):
    translator = get_user_model().objects.create_user("dara", password="x" * 20)
    translator.groups.add(Group.objects.get(name="Translators"))
    sign_in_verified(client, translator)
    assert client.get(CHECKLIST).status_code in (302, 403)


def test_donate_needs_an_account_before_it_shows_a_code(admin_client):
    from takeaction.models import DonatePage

    label = "KHQR (Bakong) account for gifts in Cambodia"
    DonatePage.objects.update(khqr_account_id="", khqr_name="")
    assert rows(admin_client)[label][0] == "Missing: needed before launch"
    DonatePage.objects.update(khqr_account_id="aple@bank", khqr_name="APLE CAMBODIA")
    assert rows(admin_client)[label][0] == "Filled in"
