"""Every public page, in both languages, says nothing invented: no demo or placeholder wording, and no telephone
number or email address that is not one of the organisation's contacts (its settings) or a listed help service.

The pages are the demo's (load_demo loads the organisation's real facts); the test knows no wording of its own
content, only the words that mark a template and the contacts the settings and the help services hold. Run with
`-s` to see what was checked.
"""

import re

import pytest
from bs4 import BeautifulSoup

from tests.helpers import url_in

# Words that mark invented or template content, in English and in Khmer ("trial", "invented"); "example" is allowed
# only in "for example".
TEMPLATE_WORDS = re.compile(
    r"example\.(?:org|com|net)|\bdemo\b|placeholder|lorem ipsum|\bdummy\b|fictional|fictitious|illustrative|\bsample\b"
    r"|(?<!for )\bexample\b|សាកល្បង|ប្រឌិត",
    re.IGNORECASE,
)
KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
# Cambodian telephone numbers as people write them: 0xx xxx xxx(x), +855 xx xxx xxx, with spaces, dots or dashes.
PHONE = re.compile(r"(?:\+855[\s.-]?|\b0)\d{1,2}[\s.-]?\d{3}[\s.-]?\d{3,4}\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
OTHER_ROUTES = ["/{lang}/search/?q=help", "/{lang}/consent/", "/{lang}/no-such-page/"]


def digits(number):
    number = re.sub(r"\D", "", number.translate(KHMER_DIGITS))
    return "0" + number[3:] if number.startswith("855") else number


def known_contacts():
    from wagtail.models import Site

    from aple_site.navigation.models import SiteSettings
    from takeaction.models import HelpService, HelpServicePhone

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    phones = {site_settings.hotline_number, site_settings.police_hotline, site_settings.phone_number}
    phones |= set(HelpServicePhone.objects.filter(service__live=True).values_list("number", flat=True))
    emails = {site_settings.email} | set(HelpService.objects.filter(live=True).values_list("email", flat=True))
    return {digits(phone) for phone in phones if phone}, {email.lower() for email in emails if email}


def what_it_shows(html):
    """The text a visitor reads (and a screen reader hears), and the addresses its links call or write to."""
    soup = BeautifulSoup(html, "html.parser")
    links = [a["href"] for a in soup.select("a[href^='tel:'], a[href^='mailto:']")]
    for hidden in soup(["script", "style", "template", "noscript"]):
        hidden.decompose()
    text = soup.get_text(" ")
    # What is read without being page text: alternative texts, labels, tooltips and the page's descriptions.
    attributes = [
        element[name]
        for element in soup.find_all(True)
        for name in ("alt", "title", "aria-label", "placeholder")
        if element.get(name)
    ]
    descriptions = "meta[name='description'], meta[property='og:title'], meta[property='og:description']"
    attributes += [meta["content"] for meta in soup.select(descriptions)]
    text += " " + " ".join(attributes)
    return text, links


@pytest.fixture
def crawled(client, demo_pages):
    addresses = [url_in(page, lang) for page in demo_pages for lang in ("en", "km")]
    addresses += [route.format(lang=lang) for route in OTHER_ROUTES for lang in ("en", "km")]
    pages = {}
    for address in addresses:
        response = client.get(address)
        assert response.status_code in (200, 404), (address, response.status_code)
        pages[address] = what_it_shows(response.content.decode())
    return pages


def test_no_page_reads_as_a_template(crawled):
    found = {
        address: sorted({match.group(0) for match in TEMPLATE_WORDS.finditer(text)})
        for address, (text, _) in crawled.items()
        if TEMPLATE_WORDS.search(text)
    }
    print(f"\n{len(crawled)} pages read in English and Khmer for template wording")
    assert found == {}


def test_every_phone_number_and_email_address_is_a_real_contact(crawled):
    phones, emails = known_contacts()
    unknown, seen_phones, seen_emails = {}, set(), set()
    for address, (text, links) in crawled.items():
        text = text.translate(KHMER_DIGITS)
        numbers = [match.group(0) for match in PHONE.finditer(text)]
        numbers += [link[4:] for link in links if link.startswith("tel:")]
        addresses = [match.group(0).rstrip(".") for match in EMAIL.finditer(text)]
        addresses += [link[7:].split("?")[0] for link in links if link.startswith("mailto:")]
        seen_phones |= {digits(n) for n in numbers}
        seen_emails |= {a.lower() for a in addresses}
        wrong = [n for n in numbers if digits(n) not in phones] + [a for a in addresses if a.lower() not in emails]
        if wrong:
            unknown[address] = sorted(set(wrong))
    print(
        f"\n{len(crawled)} pages: {len(seen_phones)} different telephone numbers and {len(seen_emails)} email "
        f"addresses, each checked against {len(phones)} known numbers and {len(emails)} known addresses"
    )
    assert seen_phones and seen_emails, "the crawl found no contact at all: the patterns no longer match the pages"
    assert unknown == {}


def test_the_check_fails_on_an_invented_number_and_demo_wording(client, db):
    """The crawl's patterns catch what they are for (a page of our own with an invented contact and wording)."""
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(intro_en="Call 012 345 678 or write to someone@example.org (demo figure).")
    text, _ = what_it_shows(client.get(url_in(page, "en")).content.decode())
    phones, emails = known_contacts()
    numbers = {digits(match.group(0)) for match in PHONE.finditer(text.translate(KHMER_DIGITS))}
    assert "012345678" in numbers - phones
    assert "someone@example.org" in {match.group(0).rstrip(".") for match in EMAIL.finditer(text)} - emails
    assert {m.group(0).lower() for m in TEMPLATE_WORDS.finditer(text)} >= {"demo", "example.org"}
