"""The Donate page as donors and editors use it: a KHQR code for the amount a donor picks, bank details and other
ways to give, each shown only once an editor has entered it."""

import pytest
from django.core.exceptions import ValidationError

from takeaction.models import DonatePage, WayToGive
from tests.helpers import soup, url_in
from tests.takeaction.test_khqr import checked, decode

ACCOUNT = "gifts_test@devb"


@pytest.fixture
def donate(db):
    """The site's Donate page (one per site), with nothing entered for giving."""
    page = DonatePage.objects.get()
    page.ways.all().delete()
    for field in (
        "khqr_account_id",
        "khqr_name",
        "bank_name",
        "bank_account_name",
        "bank_account_number",
        "bank_swift",
    ):
        setattr(page, field, "")
    page.save()
    return page


@pytest.fixture
def with_account(donate):
    donate.khqr_account_id = ACCOUNT
    donate.khqr_name = "Test Receiver"
    donate.save()
    return donate


def visit(client, page, language="en", query=None, status=200):
    response = client.get(url_in(page, language), query)
    assert response.status_code == status
    return response


def test_without_an_account_no_code_and_no_heading(client, donate):
    html = soup(visit(client, donate))
    assert html.find(id="give") is None and html.find(id="give-title") is None
    assert html.find("img", class_="khqr__code") is None and "KHQR" not in html.get_text()
    assert html.find(id="bank-title") is None and html.find(id="ways-title") is None
    assert html.find("h2", string=lambda text: text and not text.strip()) is None  # no empty heading


def test_with_an_account_a_code_for_any_amount(client, with_account):
    response = visit(client, with_account)
    html = soup(response)
    image = html.find("img", class_="khqr__code")
    assert image["src"].startswith("data:image/svg+xml") and image["alt"] == (
        "KHQR code for a gift to Test Receiver: your banking app asks for the amount"
    )
    assert html.find(class_="khqr__amount").text == "Any amount"
    assert ACCOUNT in html.find("figure", class_="khqr").get_text()
    fields = checked(response.context["khqr"]["payload"])
    assert fields["01"] == "11" and decode(fields["29"]) == {"00": ACCOUNT} and fields["53"] == "116"
    assert "X-Robots-Tag" not in response


@pytest.mark.parametrize(
    "language,query,words,currency,amount",
    [
        ("en", {"preset": "KHR-20000"}, "20,000 riel", "116", "20000"),
        ("km", {"preset": "KHR-20000"}, "២០,០០០ រៀល", "116", "20000"),
        ("en", {"preset": "USD-5"}, "5 US dollars", "840", "5.00"),
        ("en", {"preset": "other", "amount": "12.50", "currency": "USD"}, "12.50 US dollars", "840", "12.50"),
        ("km", {"preset": "other", "amount": "៥០ ០០០", "currency": "KHR"}, "៥០,០០០ រៀល", "116", "50000"),
        ("en", {"amount": "1,000,000", "currency": "KHR"}, "1,000,000 riel", "116", "1000000"),
    ],
)
def test_the_code_for_the_amount_a_donor_picks(client, with_account, language, query, words, currency, amount):
    response = visit(client, with_account, language, query)
    html = soup(response)
    assert html.find(class_="khqr__amount").text == words
    assert words in html.find("img", class_="khqr__code")["alt"]
    fields = checked(response.context["khqr"]["payload"])
    assert fields["01"] == "12" and fields["53"] == currency and fields["54"] == amount and "99" in fields
    assert response["X-Robots-Tag"] == "noindex"


def test_the_form_works_without_javascript(client, with_account):
    html = soup(visit(client, with_account, "en", {"preset": "USD-10"}))
    form = html.find("form", class_="give__form")
    assert form["method"] == "get" and form["action"] == "#give"
    presets = [radio["value"] for radio in form.find_all("input", type="radio")]
    assert presets == ["KHR-20000", "KHR-40000", "KHR-100000", "USD-5", "USD-10", "USD-25", "other"]
    assert form.find("input", type="radio", value="USD-10").has_attr("checked")
    assert form.find("input", attrs={"name": "amount"}) and form.find("select", attrs={"name": "currency"})


def test_one_currency_only(client, with_account):
    with_account.khqr_currencies = "USD"
    with_account.save()
    response = visit(client, with_account, "en", {"amount": "7"})
    form = soup(response).find("form", class_="give__form")
    assert [radio["value"] for radio in form.find_all("input", type="radio")] == ["USD-5", "USD-10", "USD-25", "other"]
    assert form.find("input", attrs={"name": "currency", "type": "hidden"})["value"] == "USD"
    assert checked(response.context["khqr"]["payload"])["54"] == "7.00"


@pytest.mark.parametrize(
    "amount,currency,message",
    [
        ("-5", "KHR", "from 100 to 40,000,000 riel"),
        ("0", "USD", "from 0.01 to 10,000"),
        ("abc", "KHR", "whole riel"),
        ("99999999999", "KHR", "whole riel"),
        ("20000.5", "KHR", "whole riel"),
        ("12.505", "USD", "at most two decimals"),
        ("5,50", "USD", "at most two decimals"),
        ("1e3", "USD", "at most two decimals"),
        ("NaN", "USD", "at most two decimals"),
        ("٣", "USD", "at most two decimals"),  # a digit, but not one banking apps read
        ("9" * 5000, "KHR", "whole riel"),
        ("", "KHR", "Enter an amount."),
    ],
)
def test_a_bad_amount_is_explained_and_kept(client, with_account, amount, currency, message):
    response = visit(client, with_account, "en", {"preset": "other", "amount": amount, "currency": currency}, 400)
    html = soup(response)
    assert html.find("img", class_="khqr__code") is None
    assert html.find(class_="filters__error")["role"] == "alert"
    assert message in html.find(id="id_amount_error").text
    field = html.find("input", attrs={"name": "amount"})
    assert field.get("value", "") == amount and field["aria-invalid"] == "true"


@pytest.mark.parametrize(
    "query", [{"preset": "KHR-7"}, {"preset": "\x00"}, {"preset": "other", "amount": "5", "currency": "EUR"}]
)
def test_a_choice_that_is_not_offered_is_explained(client, with_account, query):
    html = soup(visit(client, with_account, "km", query, 400))
    assert html.find("img", class_="khqr__code") is None
    assert "ជម្រើសនោះមិនមានទេ។" in html.find("form", class_="give__form").get_text()


def test_a_bad_amount_in_khmer(client, with_account):
    html = soup(visit(client, with_account, "km", {"preset": "other", "amount": "-៥", "currency": "KHR"}, 400))
    error = html.find(id="id_amount_error").text
    assert "សូមបញ្ចូលចំនួនទឹកប្រាក់ជារៀលគត់ ចាប់ពី ១០០ ដល់ ៤០,០០០,០០០ រៀល។" in error
    assert html.find("input", attrs={"name": "amount"})["value"] == "-៥"


def test_khmer_labels(client, with_account):
    html = soup(visit(client, with_account, "km"))
    assert html.find(id="give-title").text == "បរិច្ចាគតាម KHQR"
    assert html.select_one(".give__form legend").get_text(strip=True) == "ជ្រើសរើសចំនួនទឹកប្រាក់"
    labels = [label.get_text(strip=True) for label in html.select(".give__form .field__option")]
    assert labels[:4] == ["២០,០០០ រៀល", "៤០,០០០ រៀល", "១០០,០០០ រៀល", "៥ ដុល្លារអាមេរិក"] and labels[-1] == "ចំនួនផ្សេងទៀត"
    assert html.find("button", type="submit", string="បង្ហាញកូដ")
    assert html.find(class_="khqr__amount").text == "ចំនួនណាក៏បាន"
    assert "កម្មវិធីធនាគាររបស់អ្នកនឹងសួររកចំនួនទឹកប្រាក់" in html.find("img", class_="khqr__code")["alt"]


def test_bank_details_only_as_entered(client, donate):
    assert soup(visit(client, donate)).find(id="bank-title") is None
    donate.bank_name = "A Test Bank"
    donate.bank_account_number = "000 111 222"
    donate.save()
    html = soup(visit(client, donate, "km"))
    assert html.find(id="bank-title").text == "ផ្ទេរប្រាក់តាមធនាគារ"
    facts = html.find("section", class_="bank-transfer").find("dl")
    assert [dt.text for dt in facts.find_all("dt")] == ["ធនាគារ", "លេខគណនី"]
    assert [dd.text for dd in facts.find_all("dd")] == ["A Test Bank", "000 111 222"]


def test_other_ways_show_a_link_only_when_entered(client, donate):
    way = WayToGive.objects.create(page=donate, kind="online", title_en="A giving platform", details_en="Online.")
    html = soup(visit(client, donate))
    card = html.find("li", class_="way")
    assert card.find(class_="card__title").text == "A giving platform" and card.find("a") is None
    way.link_url, way.link_label_en = "https://giving.test/project", "Give there"
    way.save()
    link = soup(visit(client, donate)).find("li", class_="way").find("a")
    assert link["href"] == "https://giving.test/project" and link.text == "Give there"


@pytest.mark.parametrize(
    "fields,field",
    [
        ({"khqr_account_id": ACCOUNT}, "khqr_name"),
        ({"khqr_account_id": "not an account", "khqr_name": "X"}, "khqr_account_id"),
        ({"khqr_account_id": ACCOUNT, "khqr_name": "ឈ្មោះ"}, "khqr_name"),
        ({"khqr_account_id": ACCOUNT, "khqr_name": "X", "khqr_merchant_id": "123"}, "khqr_acquiring_bank"),
        (
            {
                "khqr_account_id": "a_long_account_name_@devb",
                "khqr_name": "X",
                "khqr_merchant_id": "1" * 32,
                "khqr_acquiring_bank": "B" * 32,
            },
            "khqr_merchant_id",
        ),
        ({"bank_swift": "abc"}, "bank_swift"),
    ],
)
def test_editors_are_told_what_a_code_needs(donate, fields, field):
    for name, value in fields.items():
        setattr(donate, name, value)
    with pytest.raises(ValidationError) as error:
        donate.full_clean()
    assert field in error.value.message_dict
