"""The header, menu and footer: edited in the admin, shown on every page, cheap to render."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, Site

from aple_site.navigation.models import FooterLink, MenuItem, SiteSettings
from tests.helpers import soup


def menu_links(html):
    return [a.get_text(strip=True) for a in html.find("nav", class_="main-menu").find_all("a")]


def test_menu_has_three_levels(client, db):
    html = soup(client.get("/en/"))
    menu = html.find("nav", class_="main-menu")
    explore = next(d for d in menu.select("details.submenu") if d.summary.text == "Explore")
    media_children = explore.select(".submenu__sublist a")
    labels = [a.text for a in media_children]
    assert "Case Stories" in labels and "For Parents, Caregivers and Educators" in labels
    assert menu.find("a", string="Case Stories")["href"] == "/en/explore/media/case-stories/"


def test_header_shows_hotline_email_and_report_button(client, db):
    html = soup(client.get("/km/"))
    header = html.find("header", class_="site-header")
    assert header.find("a", href="tel:092311511") is not None
    assert header.find("a", href="mailto:info@aple.example") is not None
    report = header.find("a", class_="button--report")
    assert report.text == "រាយការណ៍ការរំលោភបំពាន"
    target = Page.objects.get(slug_en="report-abuse")
    assert report["href"] == target.specific.get_url()


def test_footer_shows_contacts_links_registration_and_year(client, db):
    from django.utils import timezone

    html = soup(client.get("/en/"))
    footer = html.find("footer", class_="site-footer")
    text = footer.get_text(" ", strip=True)
    assert "092 311 511" in text and "1288" in text
    assert "Ministry of Interior" in text
    assert str(timezone.now().year) in footer.find(class_="site-footer__bottom").text
    assert len(footer.find("nav", attrs={"aria-labelledby": "footer-quick"}).find_all("a")) == 5
    assert len(footer.find("nav", attrs={"aria-labelledby": "footer-action"}).find_all("a")) == 5


def test_editing_a_menu_label_in_the_admin_shows_on_the_site(admin_client, client, db):
    client.get("/km/")  # fill the cache first: the change must clear it
    item = MenuItem.objects.filter(parent=None).order_by("sort_order").first()
    url = reverse(MenuItem.snippet_viewset.get_url_name("edit"), args=[item.pk])
    form = soup(admin_client.get(url)).find("form", attrs={"method": "post"})
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input")
        if field.get("name") and field.get("type") not in ("checkbox", "submit")
    }
    data.update({"label_en": "Who we are", "label_km": "យើងជានរណា", "link_page": item.link_page_id, "link_url": ""})
    response = admin_client.post(url, data)
    assert response.status_code == 302, soup(response).find(class_="error-message")
    assert "យើងជានរណា" in menu_links_or_summaries(soup(client.get("/km/")))
    assert "Who we are" in menu_links_or_summaries(soup(client.get("/en/")))


def menu_links_or_summaries(html):
    menu = html.find("nav", class_="main-menu")
    return [el.get_text(strip=True) for el in menu.find_all(["a", "summary"])]


def test_editing_footer_text_in_the_admin_shows_on_the_site(admin_client, client, db):
    client.get("/en/")
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.footer_about_en = "We answer the hotline day and night."
    settings.save()
    footer = soup(client.get("/en/")).find("footer")
    assert "We answer the hotline day and night." in footer.text


def test_settings_edit_view_answers(admin_client, db):
    site = Site.objects.get(is_default_site=True)
    response = admin_client.get(reverse("wagtailsettings:edit", args=["navigation", "sitesettings", site.pk]))
    assert response.status_code == 200
    assert 'name="footer_about_km"' in response.content.decode()


def test_unpublished_page_drops_out_of_the_menu(client, db):
    client.get("/en/")
    page = Page.objects.get(slug_en="recognitions")
    page.unpublish()
    assert "Recognitions" not in menu_links(soup(client.get("/en/")))


def test_menu_rejects_a_fourth_level(db):
    from django.core.exceptions import ValidationError

    deepest = MenuItem.objects.filter(parent__parent__isnull=False).first()
    item = MenuItem(parent=deepest, link_url="https://example.org/", label="Too deep")
    with pytest.raises(ValidationError):
        item.full_clean()


def queries_for(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("path", ["/en/", "/km/", "/km/explore/", "/en/about-us/faq/"])
def test_page_query_budget_does_not_grow_with_the_menu(client, db, path):
    from django.core.cache import cache

    queries_for(client, path)  # the very first view also creates image renditions
    cache.clear()
    cold_before = queries_for(client, path)
    warm_before = queries_for(client, path)
    about = Page.objects.get(slug_en="about-us")
    parent = MenuItem.objects.filter(parent=None).first()
    for n in range(60):
        MenuItem.objects.create(link_page=about, label_en=f"Extra {n}", parent=parent if n % 2 else None)
    FooterLink.objects.bulk_create(
        FooterLink(settings=SiteSettings.objects.first(), link_page=about, label_en=f"More {n}") for n in range(20)
    )
    cache.clear()
    cold_after = queries_for(client, path)
    warm_after = queries_for(client, path)
    assert cold_after == cold_before
    assert warm_after == warm_before
    assert warm_after <= 24, f"{path} renders in {warm_after} queries"
    assert "Extra 59" in soup(client.get(path)).find("nav", class_="main-menu").text
