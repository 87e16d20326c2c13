"""Giving in Cambodia on the Donate page: the amount a donor picks (a GET form) and its KHQR code, drawn here."""

import re
from decimal import Decimal, InvalidOperation

import segno
from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from aple_site.core.i18n import local_digits

from . import khqr

# Amounts a donor can pick with one tap: round sums, not claims about what they buy.
PRESETS = {"KHR": ("20000", "40000", "100000"), "USD": ("5", "10", "25")}
# The smallest amounts the banking apps take, and a ceiling above which a bank transfer is the way.
LIMITS = {"KHR": (Decimal("100"), Decimal("40000000")), "USD": (Decimal("0.01"), Decimal("10000"))}
OTHER = "other"
MAX_TYPED = 20
ASCII_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
SPACES = re.compile(r"[\s\u00a0\u202f]")
NUMBER = re.compile(r"(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", re.ASCII)


def number_text(amount, currency):
    """20000 as "20,000" (in Khmer digits on the Khmer site); dollars with cents only when there are some."""
    amount = Decimal(amount)
    if currency == "USD" and amount != amount.to_integral_value():
        text = f"{amount:,.2f}"
    else:
        text = f"{int(amount):,}"
    return local_digits(text)


def amount_in_words(amount, currency):
    """ "20,000 riel", "5 US dollars", "២០,០០០ រៀល"."""
    number = number_text(amount, currency)
    if currency == "KHR":
        return _("%(amount)s riel") % {"amount": number}
    count = 1 if Decimal(amount) == 1 else 2
    return ngettext("%(amount)s US dollar", "%(amount)s US dollars", count) % {"amount": number}


def currency_name(currency):
    return {"KHR": _("Riel (KHR)"), "USD": _("US dollars (USD)")}[currency]


def typed_amount(text, currency):
    """The amount a donor typed ("50000", "50,000", "៥០ ០០០", "12.50"), or None if it is not one KHQR allows."""
    text = SPACES.sub("", text.translate(ASCII_DIGITS))
    if len(text) > MAX_TYPED or not NUMBER.fullmatch(text):
        return None
    try:
        amount = Decimal(text.replace(",", ""))
        khqr.amount_text(amount, currency)
    except (InvalidOperation, ValueError):
        return None
    low, high = LIMITS[currency]
    return amount if low <= amount <= high else None


def range_message(currency):
    low, high = LIMITS[currency]
    if currency == "KHR":
        return _("Enter an amount in whole riel, from %(low)s to %(high)s riel.") % {
            "low": number_text(low, currency),
            "high": number_text(high, currency),
        }
    return _("Enter an amount in US dollars, from %(low)s to %(high)s, with at most two decimals (cents).") % {
        "low": local_digits("0.01"),
        "high": number_text(high, currency),
    }


class GiftForm(forms.Form):
    """The amount of a gift, sent with GET: a preset, or another amount typed in one of the allowed currencies.
    Unbound (no query), it asks nothing and the page shows a code for any amount."""

    choice_error = gettext_lazy("That choice is not available. Choose from the list.")

    preset = forms.ChoiceField(
        label=gettext_lazy("Choose an amount"),
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": choice_error},
    )
    amount = forms.CharField(
        label=gettext_lazy("Your amount"),
        required=False,
        strip=True,
        help_text=gettext_lazy("For another amount, choose “Another amount” above and type it here."),
        widget=forms.TextInput(
            attrs={"inputmode": "decimal", "autocomplete": "off", "maxlength": MAX_TYPED, "data-other-amount": ""}
        ),
    )
    currency = forms.ChoiceField(
        label=gettext_lazy("Currency"), required=False, error_messages={"invalid_choice": choice_error}
    )

    def __init__(self, data, currencies):
        super().__init__(data)
        self.currencies = currencies
        presets = [(f"{c}-{value}", amount_in_words(value, c)) for c in currencies for value in PRESETS[c]]
        self.fields["amount"].validators = []  # anything typed is checked below, with the message that explains it
        self.fields["preset"].choices = presets + [(OTHER, _("Another amount"))]
        self.fields["currency"].choices = [(c, currency_name(c)) for c in currencies]
        if len(currencies) == 1:
            self.fields["currency"].widget = forms.HiddenInput()

    def clean(self):
        data = super().clean()
        preset = data.get("preset")
        if self.errors:
            return data
        if preset and preset != OTHER:
            currency, value = preset.split("-")
            data["gift"] = (Decimal(value), currency)
            return data
        currency = data.get("currency") or self.currencies[0]
        text = data.get("amount", "")
        if not text:
            if preset == OTHER:
                self.add_error("amount", _("Enter an amount."))
            return data
        amount = typed_amount(text, currency)
        if amount is None:
            self.add_error("amount", range_message(currency))
        else:
            data["gift"] = (amount, currency)
        return data

    def gift(self):
        """(amount, currency) chosen, or None: none asked for (any amount), or the choice is not valid."""
        return self.cleaned_data.get("gift") if self.is_bound and self.is_valid() else None


def code(account, currencies, gift):
    """What the page shows of the KHQR code: the image (an SVG data URI), its text alternative and the amount
    in words, for `gift` ((amount, currency)), or for any amount in the first currency when there is none."""
    amount, currency = gift if gift else (None, currencies[0])
    text = khqr.payload(account, currency, amount)
    if gift:
        words = amount_in_words(amount, currency)
        alt = _("KHQR code for a gift of %(amount)s to %(name)s") % {"amount": words, "name": account.name}
    else:
        words = ""
        alt = _("KHQR code for a gift to %(name)s: your banking app asks for the amount") % {"name": account.name}
    image = segno.make(text, error="m").svg_data_uri(scale=6, border=4)
    return {"image": image, "alt": alt, "amount": words, "currency": currency, "payload": text}
