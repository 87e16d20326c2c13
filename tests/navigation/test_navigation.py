"""The header, menu and footer: edited in the admin, shown on every page, cheap to render."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Site

from aple_site.navigation.models import FooterLink, MenuItem, SiteSettings
from takeaction.models import ReportAbusePage
from tests.factories import StandardPageFactory, home_page
from tests.helpers import soup, url_in


def menu_links(html):
    return [a.get_text(strip=True) for a in html.find("nav", class_="main-menu").find_all("a")]


def site_settings(**values):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()
    return settings


def test_menu_has_three_levels(client, db):
    guides = StandardPageFactory(title_en="Guides for parents")
    top = MenuItem.objects.create(label_en="Learn", label_km="រៀន", link_page=home_page(), sort_order=-1)
    middle = MenuItem.objects.create(parent=top, label_en="Library", label_km="បណ្ណាល័យ", link_page=guides)
    MenuItem.objects.create(parent=middle, link_page=guides)  # labelled with the page's title
    menu = soup(client.get("/en/")).find("nav", class_="main-menu")
    learn = next(d for d in menu.select("details.submenu") if d.summary.text == "Learn")
    assert [a.text for a in learn.select(".submenu__sublist a")] == ["Guides for parents"]
    assert learn.find("a", string="Guides for parents")["href"] == url_in(guides, "en")
    khmer = soup(client.get("/km/")).find("nav", class_="main-menu")
    assert any(d.summary.text == "រៀន" for d in khmer.select("details.submenu"))


def test_header_shows_hotline_email_and_report_button(client, db):
    site_settings(hotline_number="092 311 511", email="info@aplecambodia.org")
    html = soup(client.get("/km/"))
    header = html.find("header", class_="site-header")
    assert header.find("a", href="tel:092311511") is not None
    assert header.find("a", href="mailto:info@aplecambodia.org") is not None
    report = header.find("a", class_="button--report")
    assert report.text == "រាយការណ៍ការរំលោភបំពាន"
    assert report["href"] == ReportAbusePage.objects.get().get_url()


def test_empty_contacts_are_left_out_of_the_header(client, db):
    site_settings(hotline_number="", email="")
    header = soup(client.get("/en/")).find("header", class_="site-header")
    assert header.find("a", href=lambda href: href and href.startswith(("tel:", "mailto:"))) is None


def test_footer_shows_contacts_links_registration_and_year(client, db):
    from django.utils import timezone

    settings = site_settings(hotline_number="092 311 511", police_hotline="1288", registration_number="No. 1599")
    guides = StandardPageFactory(title_en="Guides")
    FooterLink.objects.create(settings=settings, group=FooterLink.QUICK, link_page=guides)
    FooterLink.objects.create(settings=settings, group=FooterLink.ACTION, link_url="https://example.org/", label="Give")
    html = soup(client.get("/en/"))
    footer = html.find("footer", class_="site-footer")
    text = footer.get_text(" ", strip=True)
    assert "092 311 511" in text and "1288" in text and "No. 1599" in text
    assert str(timezone.now().year) in footer.find(class_="site-footer__bottom").text
    quick = footer.find("nav", attrs={"aria-labelledby": "footer-quick"})
    assert quick.find("a", string="Guides")["href"] == url_in(guides, "en")
    assert footer.find("nav", attrs={"aria-labelledby": "footer-action"}).find("a", string="Give")


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
    page = StandardPageFactory(title_en="Recognitions and awards")
    MenuItem.objects.create(parent=MenuItem.objects.filter(parent=None).first(), link_page=page)
    assert "Recognitions and awards" in menu_links(soup(client.get("/en/")))
    page.unpublish()
    assert "Recognitions and awards" not in menu_links(soup(client.get("/en/")))


def test_menu_rejects_a_fourth_level(db):
    from django.core.exceptions import ValidationError

    top = MenuItem.objects.create(link_url="https://example.org/a", label="One")
    deepest = MenuItem.objects.create(
        parent=MenuItem.objects.create(parent=top, link_url="https://example.org/b", label="Two"),
        link_url="https://example.org/c",
        label="Three",
    )
    item = MenuItem(parent=deepest, link_url="https://example.org/", label="Too deep")
    with pytest.raises(ValidationError):
        item.full_clean()


def queries_for(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("kind", ["home", "standard"])
@pytest.mark.parametrize("language", ["en", "km"])
def test_page_query_budget_does_not_grow_with_the_menu(client, db, kind, language):
    from django.core.cache import cache

    page = home_page() if kind == "home" else StandardPageFactory(parent=StandardPageFactory())
    path = url_in(page, language)
    queries_for(client, path)  # the very first view also creates image renditions
    cache.clear()
    cold_before = queries_for(client, path)
    warm_before = queries_for(client, path)
    about = StandardPageFactory()
    parent = MenuItem.objects.create(link_page=about, label_en="About")
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
