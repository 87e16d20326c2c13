from modeltranslation.translator import TranslationOptions, register

from .models import (
    DonatePage,
    GetInvolvedFormField,
    GetInvolvedPage,
    HelpService,
    HelpServicePhone,
    Province,
    ReportAbusePage,
    SeekHelpPage,
    VacancyPage,
    WayToGive,
    WorkWithUsPage,
)


@register(Province)
class ProvinceTR(TranslationOptions):
    fields = ("name",)


@register(ReportAbusePage)
class ReportAbusePageTR(TranslationOptions):
    fields = ("intro", "why_report", "what_happens", "law", "next_steps", "sidebar")


@register(SeekHelpPage)
class SeekHelpPageTR(TranslationOptions):
    fields = ("intro", "body", "directory_title")


@register(HelpService)
class HelpServiceTR(TranslationOptions):
    fields = ("name", "description", "hours", "languages", "address")


@register(HelpServicePhone)
class HelpServicePhoneTR(TranslationOptions):
    fields = ("label",)


@register(DonatePage)
class DonatePageTR(TranslationOptions):
    fields = ("intro", "body", "ways_title")


@register(WayToGive)
class WayToGiveTR(TranslationOptions):
    fields = ("title", "details", "link_label")


@register(GetInvolvedPage)
class GetInvolvedPageTR(TranslationOptions):
    fields = ("intro", "body", "form_title", "thank_you_text")


@register(GetInvolvedFormField)
class GetInvolvedFormFieldTR(TranslationOptions):
    fields = ("label", "help_text", "choices", "default_value")


@register(WorkWithUsPage)
class WorkWithUsPageTR(TranslationOptions):
    fields = ("intro", "body", "no_vacancies_text")


@register(VacancyPage)
class VacancyPageTR(TranslationOptions):
    fields = ("location", "employment", "summary", "description", "how_to_apply")
