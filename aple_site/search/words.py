"""Words to find pages by, in English and Khmer.

Khmer is written without spaces between words, so the text is cut into words with ICU's word break
iterator (its Khmer dictionary), the same way when a page is indexed and when a visitor searches. Text in
Latin script keeps its words and is lower-cased. Punctuation and spaces are dropped.
"""

import re
import unicodedata
from functools import lru_cache

import icu

KHMER = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]")
KHMER_LETTER = re.compile(r"[\u1780-\u17d3\u17dd\u17e0-\u17e9\u19e0-\u19ff]")  # not its punctuation (។ ៖ …)
# Zero-width characters typists use between Khmer words, and NUL, which no text field may hold.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\x00"))
WORD = re.compile(r"\w", re.UNICODE)


def normalize(text):
    return unicodedata.normalize("NFC", str(text)).translate(INVISIBLE)


def _pieces(paragraph):
    """The paragraph cut at ICU's word boundaries (spaces and punctuation included)."""
    breaker = icu.BreakIterator.createWordInstance(icu.Locale("km"))
    breaker.setText(paragraph)
    # ICU counts in UTF-16 code units: an emoji is two of them but one Python character.
    utf16 = paragraph.encode("utf-16-le")
    start = breaker.first()
    for end in breaker:
        yield utf16[start * 2 : end * 2].decode("utf-16-le")
        start = end


@lru_cache(maxsize=4096)
def _words(paragraph):
    words = []
    for piece in _pieces(paragraph):
        word = piece.strip()
        if word and (WORD.search(word) or KHMER_LETTER.search(word)):
            words.append(word.lower())
    return tuple(words)


def shorten(text, limit):
    """The text cut to at most `limit` characters at a word boundary (Khmer included), with "…"."""
    text = " ".join(normalize(text).split())
    if len(text) <= limit:
        return text
    kept = ""
    for piece in _pieces(text):
        if len(kept) + len(piece) > limit - 1:
            break
        kept += piece
    return (kept.rstrip(" ,;:–-") or text[: limit - 1]) + "…"


def words(text):
    """The words of a text, in order (Khmer segmented; paragraphs are cached, demo and generated content repeat)."""
    result = []
    for paragraph in normalize(text).split("\n"):
        if paragraph.strip():
            result.extend(_words(paragraph.strip()))
    return result


def is_khmer(text):
    return bool(KHMER.search(text or ""))
