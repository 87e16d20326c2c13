"""Fields translated with modeltranslation (Page's own title, slug, SEO title and search
description are translated by wagtail-modeltranslation itself)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    HomeImpactFigure,
    HomePage,
    HomeProgrammeCard,
    ProgrammeActivity,
    ProgrammeGoal,
    ProgrammePage,
    StandardPage,
)


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = (
        "hero_heading",
        "hero_text",
        "hero_cta_label",
        "mission_title",
        "mission_text",
        "impact_title",
        "programmes_title",
    )


@register(HomeImpactFigure)
class HomeImpactFigureTR(TranslationOptions):
    fields = ("value", "label")


@register(HomeProgrammeCard)
class HomeProgrammeCardTR(TranslationOptions):
    fields = ("title", "text")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(ProgrammePage)
class ProgrammePageTR(TranslationOptions):
    fields = ("intro", "heading", "overview", "goals_title", "activities_title", "body")


@register(ProgrammeGoal)
class ProgrammeGoalTR(TranslationOptions):
    fields = ("title", "text")


@register(ProgrammeActivity)
class ProgrammeActivityTR(TranslationOptions):
    fields = ("title", "text")
