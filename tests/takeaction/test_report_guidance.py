"""What Report Abuse says beside its form: why report, what happens, the law, Take It Down and the glossary. The form
comes first in the page, so a phone shows it before the side column."""

import json

import pytest

from aple_site.core.models import GlossaryTerm
from tests.factories import GlossaryTermFactory
from tests.helpers import report_page, report_url, soup

GUIDANCE = {
    "why_report": ("<p>A report gets material removed.</p>", "<p>របាយការណ៍ធ្វើឱ្យសម្ភារៈត្រូវបានលុប។</p>"),
    "what_happens": ("<ol><li>You report.</li><li>An analyst assesses.</li></ol>", "<ol><li>អ្នករាយការណ៍។</li></ol>"),
    "law": ("<p>Up to 20 years in prison.</p>", "<p>ដាក់ពន្ធនាគាររហូតដល់ ២០ឆ្នាំ។</p>"),
}


@pytest.fixture
def guided_page(db):
    GlossaryTerm.objects.all().delete()
    GlossaryTermFactory(slug="sextortion", term_en="Sextortion", term_km="ការជំរិតទារផ្លូវភេទ")
    page = report_page()
    for name, (en, km) in GUIDANCE.items():
        setattr(page, f"{name}_en", en)
        setattr(page, f"{name}_km", km)
    glossary = json.dumps([{"type": "glossary", "value": {"title": ""}}])
    page.sidebar_en = page.sidebar_km = glossary
    page.save_revision().publish()
    return page


@pytest.mark.parametrize("language,index", [("en", 0), ("km", 1)])
def test_the_side_column_says_why_what_happens_and_the_law_after_the_form(client, guided_page, language, index):
    response = client.get(report_url(language))
    html = soup(response)
    aside = html.find("aside", class_="report-layout__aside")
    assert aside.find(id="why-report").find_next("div").decode_contents() == GUIDANCE["why_report"][index]
    assert aside.find(id="what-happens").find_next("div").decode_contents() == GUIDANCE["what_happens"][index]
    assert aside.find(id="the-law").find_next("div").decode_contents() == GUIDANCE["law"][index]
    term = aside.find("dt", id="glossary-sextortion")
    assert term.get_text(strip=True) == ("Sextortion", "ការជំរិតទារផ្លូវភេទ")[index]
    # In the page's order (what a phone shows, one column): the form, then all the side content.
    text = response.content.decode()
    form = text.index("data-report-form")
    assert form < text.index('id="why-report"') < text.index('id="what-happens"') < text.index('id="the-law"')
    assert text.index('id="the-law"') < text.index('id="take-it-down"') < text.index('id="glossary-sextortion"')


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_warning_asks_for_the_address_never_the_picture(client, db, language):
    html = soup(client.get(report_url(language)))
    warning = html.find("form", attrs={"data-report-form": True}).find(class_="no-images").get_text(" ", strip=True)
    expected = {
        "en": ["Do not search for, download", "comment on", "Send us the web address, never the picture"],
        "km": ["កុំស្វែងរក ទាញយក", "បញ្ចេញមតិ", "អាសយដ្ឋានគេហទំព័រ មិនមែនរូបភាព"],
    }[language]
    assert all(part in warning for part in expected), warning


def test_take_it_down_needs_neither_the_images_nor_a_name(client, db):
    card = soup(client.get(report_url())).find(id="take-it-down").find_parent("section")
    text = card.get_text(" ", strip=True)
    assert "without you sending the images to anyone and without giving your name" in text
    assert card.find("a", string="Go to Take It Down")["href"] == "https://takeitdown.ncmec.org/"
    km = soup(client.get(report_url("km"))).find(id="take-it-down").find_parent("section")
    assert km.find("a")["href"] == "https://takeitdown.ncmec.org/"
    assert km.find("a").get_text(strip=True) == "ទៅកាន់ Take It Down"
