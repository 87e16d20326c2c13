"""The translators' strings editor: django-rosetta's form, refusing a translation that adds markup.

Rosetta saves whatever is typed. This view checks every string of a submitted page first (aple_site/core/catalogue.py):
if one adds markup its English does not have, nothing of the page is saved, and the page comes back (400) with
what was typed still in its boxes and a message naming each string and what it adds.
"""

import re

from django.contrib import messages
from rosetta.views import TranslationFormView

from .catalogue import entry_problems, refusal

FIELD = re.compile(r"^m_([0-9a-f]+)(?:_([0-9]+))?$")


class CheckedTranslationFormView(TranslationFormView):
    def post(self, request, *args, **kwargs):
        typed = {}  # entry -> its translations as submitted, checked all together
        for name, text in request.POST.items():
            match = FIELD.match(name)
            entry = match and self.po_file.find(match.group(1), "md5hash")
            if not entry:
                continue
            if match.group(2) is None:
                entry.msgstr = self.fix_nls(entry.msgid, text)
            else:
                entry.msgstr_plural[int(match.group(2))] = self.fix_nls(entry.msgid_plural, text)
            typed[entry.md5hash] = entry
        refused = [(entry, found) for entry in typed.values() if (found := entry_problems(entry))]
        if not refused:
            del self.po_file  # rosetta reads the catalogue afresh and saves the same submission
            return super().post(request, *args, **kwargs)
        # Nothing is saved; the page is shown again from this request's copy of the catalogue, which holds what
        # was typed (rosetta keeps a copy in its storage only when it saves).
        for entry, found in refused:
            messages.error(request, refusal(entry, found))
        return self.render_to_response(self.get_context_data(**kwargs), status=400)
