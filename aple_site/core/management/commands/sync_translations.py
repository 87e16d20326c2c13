"""Bring the repository's interface strings into the live catalogue that translators edit.

Run on every deploy (after `compilemessages`). The live catalogue lives in TRANSLATIONS_DIR, on storage
that survives deploys. The merge is three-way, with `django.base.po` (the repository's catalogue as of the
last sync) as the common ancestor:

* a string a translator changed since the last sync keeps the translator's text;
* every other string takes the repository's text, so developers' new strings and fixes arrive;
* strings no longer in the repository are dropped.

Then the catalogue is checked: a translation that adds markup its English does not have (aple_site/core/catalogue.py) is
not kept (a translator's edit gives way to the repository's text; any other is emptied, so the English shows)
and is listed. Then the live catalogue is compiled, and every running process picks it up on its next request.
When TRANSLATIONS_DIR is the repository's own folder (local development) there is nothing to merge, but the
check and the compilation run all the same.
"""

import shutil
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand

from aple_site.core.catalogue import catalogue_problems, entry_problems


def _key(entry):
    return (entry.msgctxt, entry.msgid)


def _text(entry):
    return dict(entry.msgstr_plural) if entry.msgid_plural else entry.msgstr


def _translated(entry):
    return entry is not None and entry.translated() and "fuzzy" not in entry.flags


class Command(BaseCommand):
    help = "Merge the repository's Khmer catalogue into the live one in TRANSLATIONS_DIR and compile it."

    def handle(self, *args, **options):
        repository, live_root = Path(settings.REPOSITORY_LOCALE), Path(settings.TRANSLATIONS_DIR)
        for code, _name in settings.LANGUAGES:
            source = repository / code / "LC_MESSAGES" / "django.po"
            if code == settings.LANGUAGE_CODE or not source.exists():
                continue
            live = live_root / code / "LC_MESSAGES" / "django.po"
            if live.resolve() == source.resolve():
                catalogue = polib.pofile(str(source))
                self.refuse_markup(catalogue, code)
                catalogue.save_as_mofile(str(live.with_suffix(".mo")))
                self.stdout.write(f"{code}: the live catalogue is the repository's; compiled.")
                continue
            self.stdout.write(f"{code}: {self.merge(source, live, code)}")

    def refuse_markup(self, catalogue, code):
        """Empty every translation that adds markup, and say which; returns how many."""
        refused = catalogue_problems(catalogue)
        for entry, found in refused:
            self.stderr.write(f"{code}: refused the translation of {entry.msgid!r}: it adds {', '.join(found)}.")
            entry.msgstr = ""
            entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "")
        return len(refused)

    def merge(self, source, live, code):
        base = live.with_name("django.base.po")
        live.parent.mkdir(parents=True, exist_ok=True)
        if not live.exists():
            shutil.copyfile(source, base)
            catalogue = polib.pofile(str(source), wrapwidth=settings.ROSETTA_POFILE_WRAP_WIDTH)
            self.refuse_markup(catalogue, code)
            catalogue.save(str(live))
            catalogue.save_as_mofile(str(live.with_suffix(".mo")))
            return "created from the repository."
        merged = polib.pofile(str(source), wrapwidth=settings.ROSETTA_POFILE_WRAP_WIDTH)
        edited = {_key(e): e for e in polib.pofile(str(live))}
        ancestor = {_key(e): e for e in polib.pofile(str(base))} if base.exists() else {}
        kept = 0
        for entry in merged:
            theirs, before = edited.get(_key(entry)), ancestor.get(_key(entry))
            changed_by_translator = _translated(theirs) and (before is None or _text(theirs) != _text(before))
            if changed_by_translator and entry_problems(theirs):
                self.stderr.write(f"{code}: not kept, the translator's {entry.msgid!r}: it adds markup.")
            elif changed_by_translator and _text(theirs) != _text(entry):
                if entry.msgid_plural:
                    entry.msgstr_plural = dict(theirs.msgstr_plural)
                else:
                    entry.msgstr = theirs.msgstr
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
                kept += 1
        added = len({_key(e) for e in merged} - set(edited))
        dropped = len(set(edited) - {_key(e) for e in merged})
        self.refuse_markup(merged, code)
        merged.save(str(live))
        merged.save_as_mofile(str(live.with_suffix(".mo")))
        shutil.copyfile(source, base)
        return f"kept {kept} translator edit(s), added {added} new string(s), dropped {dropped} old one(s); compiled."
