"""The tests' own content, built with wagtail-factories (factory_boy): pages in English and Khmer, pictures,
tags. A test builds what it needs under the site's home page, so no test depends on the demo's wording.

    hub = NewsHubFactory()
    stories = NewsIndexFactory(parent=hub, title_en="Stories")
    ArticleFactory(parent=stories, date=datetime.date(2021, 6, 22), tags=[NewsTagFactory(slug="campaigns")])
"""

import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Site

from news.models import ArticlePage, NewsHubPage, NewsIndexPage, NewsTag


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Picture {n}")
    title_km = factory.Sequence(lambda n: f"រូបភាព {n}")
    collection = factory.LazyFunction(lambda: wagtail_factories.CollectionFactory._meta.model.get_first_root_node())


class PageFactory(wagtail_factories.PageFactory):
    """A published page with an English and a Khmer title; its address is the English slug in both languages."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True  # publishing saves it

    parent = factory.LazyFunction(home_page)
    title_en = factory.Sequence(lambda n: f"Page {n}")
    title_km = factory.Sequence(lambda n: f"ទំព័រ {n}")
    title = factory.SelfAttribute("title_en")
    slug_en = factory.LazyAttribute(lambda page: slugify(page.title_en))
    slug = factory.SelfAttribute("slug_en")

    @factory.post_generation
    def published(page, create, extracted, **kwargs):
        if create and extracted is not False:
            page.save_revision().publish()


class NewsTagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsTag
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name_en = factory.LazyAttribute(lambda tag: tag.slug.replace("-", " ").capitalize())
    name_km = factory.Sequence(lambda n: f"ប្រធានបទ {n}")
    name = factory.SelfAttribute("name_en")


class NewsHubFactory(PageFactory):
    class Meta:
        model = NewsHubPage

    title_en = factory.Sequence(lambda n: f"News {n}")
    title_km = factory.Sequence(lambda n: f"ព័ត៌មាន {n}")


class NewsIndexFactory(PageFactory):
    class Meta:
        model = NewsIndexPage

    parent = factory.SubFactory(NewsHubFactory)
    title_en = factory.Sequence(lambda n: f"Stories {n}")
    title_km = factory.Sequence(lambda n: f"រឿងរ៉ាវ {n}")


class ArticleFactory(PageFactory):
    class Meta:
        model = ArticlePage

    parent = factory.SubFactory(NewsIndexFactory)
    title_en = factory.Sequence(lambda n: f"Story {n}")
    title_km = factory.Sequence(lambda n: f"រឿងទី {n}")
    summary_en = factory.LazyAttribute(lambda page: f"What happened in {page.title_en.lower()}.")
    summary_km = factory.LazyAttribute(lambda page: f"សេចក្តីសង្ខេបនៃ{page.title_km}។")
    date = factory.Sequence(lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n))

    @factory.post_generation
    def tags(page, create, extracted, **kwargs):
        if extracted:
            page.tags.add(*extracted)
            if create:
                page.save_revision().publish()  # the live version holds them
