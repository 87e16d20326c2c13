from modeltranslation.translator import TranslationOptions, register

from .models import FooterLink, MenuItem, SiteSettings


@register(MenuItem)
class MenuItemTR(TranslationOptions):
    fields = ("label",)


@register(FooterLink)
class FooterLinkTR(TranslationOptions):
    fields = ("label",)


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = (
        "organisation_name",
        "tagline",
        "report_button_label",
        "footer_about",
        "footer_vision",
        "address",
        "registration_number",
    )
