from modeltranslation.translator import TranslationOptions, register

from .models import ArticlePage, NewsHubPage, NewsIndexPage, NewsTag


@register(NewsHubPage)
class NewsHubPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ArticlePage)
class ArticlePageTR(TranslationOptions):
    fields = ("byline", "image_alt", "summary", "body")


@register(NewsTag)
class NewsTagTR(TranslationOptions):
    fields = ("name",)
