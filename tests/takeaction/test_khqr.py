"""The KHQR encoder against codes published with the National Bank of Cambodia's SDKs, and our own codes read back."""

import datetime

import pytest

from takeaction import khqr

# Published with ports of the NBC's bakong-khqr SDK (an individual account, 500 riel; and 1,000,000 riel), and
# the sample of the NBC's KHQR SDK document (every optional field, a Khmer name and city, tag 99 with an expiry).
PUBLISHED = [
    "00020101021229180014jonhsmith@nbcq52045999530311654035005802KH5910Jonh Smith6010PHNOM PENH"
    "99170013173949577872263046894",
    "00020101021229220018chamroeun_tam@wing520459995303116540710000005802KH5913Chamroeun Tam6010PHNOM PENH"
    "9917001317627644609676304198A",
    "00020101021215311234567812345678ABCDEFGHIJKLMNO29460015john_smith@devb0111855122334550208Dev Bank"
    "52041234530311654031005802KH5910John Smith6010PHNOM PENH"
    "62670106#123450211855122334550311Coffee Shop0709Cashier_10810Buy coffee"
    "64290002km0108ចន ស្មីន0207ភ្នំពេញ993400131745915488053011341013543270006304FD7B",
]
MADE = datetime.datetime(2026, 12, 1, 3, 0, tzinfo=datetime.UTC)
MADE_MS = 1796094000000


def decode(text):
    """A payload's fields, {tag: value}, in order (lengths count characters)."""
    fields = {}
    while text:
        tag, length = text[:2], int(text[2:4])
        fields[tag] = text[4 : 4 + length]
        text = text[4 + length :]
    return fields


def checked(payload):
    """The fields of a payload whose CRC (tag 63, last) is right and whose tags come in ascending order."""
    fields = decode(payload)
    assert list(fields)[-1] == "63" and payload[-8:-4] == "6304"
    assert khqr.crc16(payload[:-4]) == fields["63"]
    tags = list(fields)[:-1]
    assert tags == sorted(tags)
    return fields


def test_crc_is_ccitt_false():
    assert khqr.crc16("123456789") == "29B1"  # the catalogued check value of CRC-16/CCITT-FALSE


@pytest.mark.parametrize("payload", PUBLISHED)
def test_published_codes_check_out(payload):
    fields = checked(payload)
    assert fields["00"] == "01" and fields["58"] == "KH"
    assert khqr.crc16(payload[:-5] + "X") != fields["63"]  # one character changed, another CRC


def test_the_published_individual_code_is_what_we_build_up_to_our_additions():
    account = khqr.Account("jonhsmith@nbcq", "Jonh Smith", "PHNOM PENH")
    ours = checked(khqr.payload(account, "KHR", 500, now=MADE))
    theirs = decode(PUBLISHED[0])
    for tag in ("00", "01", "29", "52", "53", "54", "58", "59", "60"):
        assert ours[tag] == theirs[tag], tag
    assert ours["62"] == "0808Donation"
    assert decode(ours["99"]) == {"00": str(MADE_MS), "01": str(MADE_MS + 86_400_000)}


def test_a_dollar_gift_to_a_merchant_account():
    account = khqr.Account("aple@bank", "APLE", "Phnom Penh", merchant_id="123456", acquiring_bank="A Bank")
    fields = checked(khqr.payload(account, "USD", "12.5", now=MADE))
    assert fields["01"] == "12" and fields["53"] == "840" and fields["54"] == "12.50"
    assert "29" not in fields and decode(fields["30"]) == {"00": "aple@bank", "01": "123456", "02": "A Bank"}
    assert fields["59"] == "APLE" and fields["60"] == "Phnom Penh"


def test_without_an_amount_the_code_is_static_and_always_the_same():
    account = khqr.Account("aple@bank", "APLE")
    payload = khqr.payload(account, "KHR")
    fields = checked(payload)
    assert fields["01"] == "11" and fields["53"] == "116"
    assert "54" not in fields and "99" not in fields  # no amount, no time stamp: a page can be cached as it is
    assert decode(fields["29"]) == {"00": "aple@bank"}
    assert khqr.payload(account, "KHR") == payload


@pytest.mark.parametrize("amount,currency", [("0", "KHR"), ("-5", "USD"), ("100.5", "KHR"), ("1.005", "USD")])
def test_amounts_the_banking_apps_refuse_are_refused(amount, currency):
    with pytest.raises(ValueError):
        khqr.payload(khqr.Account("aple@bank", "APLE"), currency, amount)
