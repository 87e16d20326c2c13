from modeltranslation.translator import TranslationOptions, register

from .glossary import GlossaryTerm


@register(GlossaryTerm)
class GlossaryTermTR(TranslationOptions):
    fields = ("term", "definition")
