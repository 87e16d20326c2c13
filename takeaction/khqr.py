"""KHQR: the payload of Cambodia's Bakong payment QR code, which any Cambodian banking app scans.

KHQR is the EMVCo merchant-presented QR format with the National Bank of Cambodia's choices: each field is a
tag, a two-digit length (in characters) and a value; the account sits in tag 29 (an individual account) or 30
(a merchant account, with its merchant ID and acquiring bank); a code with an amount is "dynamic" (point of
initiation 12) and must carry tag 99, the time it was made and the time it expires, in milliseconds since
1970; the last field, tag 63, is the CRC-16/CCITT-FALSE of everything before its value. Riel amounts are
whole numbers, dollar amounts have two decimals. (As the NBC's own SDKs build it: tags in ascending order.)

Built here in a few lines rather than with the `bakong-khqr` package (0.6.5): that package is mostly a client
for Bakong's and a third party's web APIs (with tokens), puts a time stamp into every code (so a page with a
code for any amount would never be the same twice), writes amounts through floats and has no merchant (tag 30)
accounts. tests/takeaction/test_khqr.py checks this encoder against codes published with the NBC's SDKs.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

CURRENCY_CODES = {"KHR": "116", "USD": "840"}  # ISO 4217
MERCHANT_CATEGORY = "5999"  # what the NBC's SDKs put when none is given; apps check only that it is 4 digits
LIFETIME = datetime.timedelta(days=1)  # far longer than a page is kept in the page cache (PAGE_CACHE_SECONDS)
DONATION = "Donation"  # the purpose of the transfer (tag 62, sub-tag 08), shown by some banking apps


def tlv(tag, value):
    value = str(value)
    if len(value) > 99:
        raise ValueError(f"KHQR tag {tag} is too long ({len(value)} characters)")
    return f"{tag}{len(value):02d}{value}"


def crc16(text):
    """CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF) of the UTF-8 bytes, as four hex digits."""
    crc = 0xFFFF
    for byte in text.encode():
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return f"{crc:04X}"


@dataclass(frozen=True)
class Account:
    """Where gifts go: a Bakong account ID (name@bank), the name and city banking apps show, and for a merchant
    account its merchant ID and acquiring bank."""

    account_id: str
    name: str
    city: str = "Phnom Penh"
    merchant_id: str = ""
    acquiring_bank: str = ""

    def template(self):
        if self.merchant_id:
            return tlv("30", tlv("00", self.account_id) + tlv("01", self.merchant_id) + tlv("02", self.acquiring_bank))
        return tlv("29", tlv("00", self.account_id))


def amount_text(amount, currency):
    """Tag 54's value: whole riel, or dollars with two decimals."""
    amount = Decimal(amount)
    if amount <= 0:
        raise ValueError("a KHQR amount must be positive")
    if currency == "KHR":
        if amount != amount.to_integral_value():
            raise ValueError("riel amounts are whole numbers")
        return str(int(amount))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError("dollar amounts have at most two decimals")
    return f"{amount:.2f}"


def payload(account, currency, amount=None, *, now=None):
    """The KHQR text for a gift to `account` in `currency` ("KHR" or "USD"): of `amount` (a dynamic code that
    expires after LIFETIME), or, without one, a static code for which the donor's app asks the amount."""
    fields = [tlv("00", "01"), tlv("01", "12" if amount is not None else "11"), account.template()]
    fields += [tlv("52", MERCHANT_CATEGORY), tlv("53", CURRENCY_CODES[currency])]
    if amount is not None:
        fields.append(tlv("54", amount_text(amount, currency)))
    fields += [tlv("58", "KH"), tlv("59", account.name), tlv("60", account.city), tlv("62", tlv("08", DONATION))]
    if amount is not None:
        made = now or datetime.datetime.now(datetime.UTC)
        milliseconds = int(made.timestamp() * 1000)
        expires = milliseconds + int(LIFETIME.total_seconds() * 1000)
        fields.append(tlv("99", tlv("00", milliseconds) + tlv("01", expires)))
    text = "".join(fields) + "6304"
    return text + crc16(text)
