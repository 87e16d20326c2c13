"""Django's i18n template tags, with the translation of a string escaped unless its English holds markup.

Django renders the translation of a template literal (``{% translate "…" %}``, ``{% blocktranslate %}…``) as
trusted HTML. Translators edit the Khmer catalogue in the browser, so a translation is untrusted input: here it
is escaped like any variable, and only strings whose English holds markup by design (a link, a line break) are
rendered as HTML; for those, the catalogue check (aple_site/core/catalogue.py) keeps the translation's markup to the
English's. Registered as the template library "i18n" (TEMPLATES' "libraries" option), so every ``{% load i18n %}``
(ours, Wagtail's admin, the strings editor) loads it. Everything else in the library is Django's own.

`BlockTranslateNode.render` repeats Django 5.2's with one change (marked); tests/core/test_translation_safety.py
renders every form of both tags through Django's library and this one and fails if they differ for markup.
"""

from decimal import Decimal

from django import template
from django.template.base import render_value_in_context
from django.templatetags import i18n
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString
from django.utils.text import unescape_string_literal

from aple_site.core.catalogue import has_markup

register = template.Library()
register.tags.update(i18n.register.tags)
register.filters.update(i18n.register.filters)


def _plain(text):
    """The same text as an ordinary str, no longer marked safe (escaped when output, like any variable)."""
    return "".join(text)


def _literal(token):
    """The English of ``{% translate "…" %}``, or None when the tag translates a variable (whose own safety
    then decides, as in Django)."""
    bits = token.split_contents()
    try:
        return unescape_string_literal(bits[1])
    except (IndexError, ValueError):
        return None


class TranslateNode(i18n.TranslateNode):
    def __init__(self, node, english):
        super().__init__(node.filter_expression, node.noop, node.asvar, node.message_context)
        self.escaped = english is not None and not has_markup(english)

    def render(self, context):
        output = super().render(context)
        if not self.escaped:
            return output
        if self.asvar:
            context[self.asvar] = _plain(context[self.asvar])
            return ""
        return escape(output) if context.autoescape else _plain(output)


@register.tag("translate")
@register.tag("trans")
def do_translate(parser, token):
    return TranslateNode(i18n.do_translate(parser, token), _literal(token))


class BlockTranslateNode(i18n.BlockTranslateNode):
    def render(self, context, nested=False):
        if self.message_context:
            message_context = self.message_context.resolve(context)
        else:
            message_context = None
        context.update({var: val.resolve(context) for var, val in self.extra_context.items()})
        singular, vars = self.render_token_list(self.singular)
        english = singular
        if self.plural and self.countervar and self.counter:
            count = self.counter.resolve(context)
            if not isinstance(count, Decimal | float | int):
                raise template.TemplateSyntaxError(
                    f"{self.countervar!r} argument to {self.tag_name!r} tag must be a number."
                )
            context[self.countervar] = count
            plural, plural_vars = self.render_token_list(self.plural)
            english += plural
            if message_context:
                result = translation.npgettext(message_context, singular, plural, count)
            else:
                result = translation.ngettext(singular, plural, count)
            vars.extend(plural_vars)
        else:
            if message_context:
                result = translation.pgettext(message_context, singular)
            else:
                result = translation.gettext(singular)
        # The one change from Django: the translation is escaped unless its English holds markup.
        if context.autoescape and not has_markup(english):
            result = escape(result)
        default_value = context.template.engine.string_if_invalid

        def render_value(key):
            if key in context:
                val = context[key]
            else:
                val = default_value % key if "%s" in default_value else default_value
            return render_value_in_context(val, context)

        data = {v: render_value(v) for v in vars}
        context.pop()
        try:
            result %= data
        except (KeyError, ValueError) as error:
            if nested:
                raise template.TemplateSyntaxError(
                    f"{self.tag_name!r} is unable to format string returned by gettext: {result!r} using {data!r}"
                ) from error
            with translation.override(None):
                result = self.render(context, nested=True)
        if self.asvar:
            # Escaped above (or its English holds markup by design, which the catalogue check keeps to), and the
            # values put in are escaped: as Django's own.
            context[self.asvar] = SafeString(result)  # nosec B703
            return ""
        return result


@register.tag("blocktranslate")
@register.tag("blocktrans")
def do_block_translate(parser, token):
    node = i18n.do_block_translate(parser, token)
    return BlockTranslateNode(
        node.extra_context,
        node.singular,
        node.plural,
        node.countervar,
        node.counter,
        node.message_context,
        node.trimmed,
        node.asvar,
        node.tag_name,
    )
