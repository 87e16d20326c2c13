"""Helpers for pages whose fields exist in English and Khmer."""

from django.utils.translation import get_language
from modeltranslation.settings import DEFAULT_LANGUAGE
from modeltranslation.utils import build_localized_fieldname


def fallback_language(obj, field):
    """The language a translated field is really shown in, if it is not the page's language.

    modeltranslation shows the English value when the Khmer field is empty; that text must be
    marked lang="en" so screen readers and fonts treat it as English. Returns None when the field
    is shown in the current language (or is not translated at all).
    """
    language = get_language()
    if obj is None or language == DEFAULT_LANGUAGE:
        return None
    localized = build_localized_fieldname(field, language)
    if not hasattr(obj, localized):
        return None
    value = getattr(obj, localized)
    if value in (None, "") or (hasattr(value, "__len__") and len(value) == 0):
        return DEFAULT_LANGUAGE
    return None


KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def local_digits(text):
    """The text with Khmer digits on the Khmer site (never for tel: links or codes people type)."""
    return str(text).translate(KHMER_DIGITS) if get_language() == "km" else str(text)
