"""Interface-string translations are untrusted input: a translation may not add markup its English lacks.

Translators edit the Khmer catalogue in the browser (django-rosetta), and a template renders the translation of
a string whose English holds markup (a link, a line break) as HTML. So a translation may hold only the markup of
its English: the same tags with the same attributes, the same character references, no more quotation marks (an
attribute could be opened with one), and no script address (``javascript:``, ``vbscript:``, ``data:``) that its
English does not have. `problems()` says what a translation adds; the strings editor (strings_editor.py) refuses
such an edit, `manage.py sync_translations` never keeps one, and the test suite checks the whole catalogue.

Strings whose English has no markup are escaped in any case (templatetags/i18n_escaped.py).
"""

import re
import unicodedata
from collections import Counter

from django.utils.translation import gettext as _

# A tag (or comment, doctype, processing instruction) as a browser would start one: "<" then a letter, "/", "!"
# or "?"; up to its ">" (or the end of the text, for an unclosed one).
TAG = re.compile(r"<\s*[/!?A-Za-z][^>]*>?")
# A character reference: named, decimal or hexadecimal; browsers also read most of them without the ";".
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
# A script address, however it is spaced or cased (browsers drop tabs and newlines inside a URL's scheme).
SCHEME = re.compile(r"(?:j\s*a\s*v\s*a|v\s*b)\s*s\s*c\s*r\s*i\s*p\s*t\s*:|d\s*a\s*t\s*a\s*:", re.IGNORECASE)
QUOTES = ('"', "'", "`")


def _tag(text):
    return " ".join(text.split())


def markup(text):
    """The markup in a string: a Counter of its tags, stray angle brackets, references, quotes and script schemes."""
    text = unicodedata.normalize("NFC", text or "")
    found = Counter()
    rest = TAG.sub(lambda match: found.update([("tag", _tag(match.group()))]) or " ", text)
    found.update(("bracket", ch) for ch in rest if ch in "<>")
    found.update(("entity", match.group().rstrip(";")) for match in ENTITY.finditer(text))
    found.update(("quote", ch) for ch in rest if ch in QUOTES)
    found.update(("scheme", re.sub(r"\s", "", match.group()).lower()) for match in SCHEME.finditer(text))
    return found


def has_markup(text):
    """Whether an English string holds markup by design (a tag, or a reference such as &nbsp;), so that it is
    rendered as HTML."""
    return bool(TAG.search(text or "") or any(match.group().endswith(";") for match in ENTITY.finditer(text or "")))


def problems(english, translation):
    """What `translation` adds to the markup of `english` (a string, or the Counter of a plural entry's two), in
    words a translator reads; empty if nothing."""
    added = markup(translation) - (english if isinstance(english, Counter) else markup(english))
    if not added:
        return []
    names = {
        "tag": _("the tag %(value)s"),
        "bracket": _("the bracket %(value)s"),
        "entity": _("the character reference %(value)s"),
        "quote": _("the quotation mark %(value)s (use « » instead)"),
        "scheme": _("the address “%(value)s”"),
    }
    return [names[kind] % {"value": value} for kind, value in sorted(added)]


def entry_problems(entry):
    """What a catalogue entry's translation(s) add to its English (polib entry; plural forms checked each)."""
    if entry.msgid_plural:
        english = markup(entry.msgid) | markup(entry.msgid_plural)
        found = []
        for text in entry.msgstr_plural.values():
            found += [problem for problem in problems(english, text) if problem not in found]
        return found
    return problems(entry.msgid, entry.msgstr)


def refusal(entry, found):
    """The message shown when a translation is refused."""
    return _("Not saved: the translation of “%(english)s” adds %(what)s, which its English does not have.") % {
        "english": entry.msgid if len(entry.msgid) <= 80 else entry.msgid[:77] + "…",
        "what": ", ".join(found),
    }


def catalogue_problems(catalogue):
    """[(entry, problems)] for every translated entry of a polib catalogue that adds markup."""
    checked = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        found = entry_problems(entry)
        if found:
            checked.append((entry, found))
    return checked
