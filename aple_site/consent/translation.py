from modeltranslation.translator import TranslationOptions, register

from .models import ConsentCategory, ConsentCookie, ConsentSettings


@register(ConsentCategory)
class ConsentCategoryTR(TranslationOptions):
    fields = ("name", "description")


@register(ConsentCookie)
class ConsentCookieTR(TranslationOptions):
    fields = ("purpose", "lifetime")


@register(ConsentSettings)
class ConsentSettingsTR(TranslationOptions):
    fields = ("banner_title", "banner_text")
