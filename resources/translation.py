from modeltranslation.translator import TranslationOptions, register

from .models import (
    Audience,
    LessonPage,
    OnlineCoursePage,
    ResourceLibraryPage,
    ResourcePage,
    ResourceTopic,
    ResourceType,
)


@register(Audience)
class AudienceTR(TranslationOptions):
    fields = ("name",)


@register(ResourceType)
class ResourceTypeTR(TranslationOptions):
    fields = ("name",)


@register(ResourceTopic)
class ResourceTopicTR(TranslationOptions):
    fields = ("name",)


@register(ResourceLibraryPage)
class ResourceLibraryPageTR(TranslationOptions):
    fields = ("intro",)


@register(ResourcePage)
class ResourcePageTR(TranslationOptions):
    fields = ("summary",)


@register(OnlineCoursePage)
class OnlineCoursePageTR(TranslationOptions):
    fields = ("summary", "duration", "outcomes")


@register(LessonPage)
class LessonPageTR(TranslationOptions):
    fields = ("intro", "topics")
