"""The tests' own content, built with wagtail-factories (factory_boy): pages in English and Khmer, pictures,
tags. A test builds what it needs under the site's home page, so no test depends on the demo's wording.

    hub = NewsHubFactory()
    stories = NewsIndexFactory(parent=hub, title_en="Stories")
    ArticleFactory(parent=stories, date=datetime.date(2021, 6, 22), tags=[NewsTagFactory(slug="campaigns")])
"""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Site

from aple_site.core.models import GlossaryTerm
from aple_site.home.models import ProgrammeActivity, ProgrammeGoal, ProgrammePage, StandardPage
from news.models import ArticlePage, NewsHubPage, NewsIndexPage, NewsTag
from resources.models import Audience, LessonPage, OnlineCoursePage, ResourceLibraryPage, ResourcePage, ResourceType
from takeaction.models import HelpService, HelpServicePhone, VacancyPage, WorkWithUsPage


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


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    intro_en = factory.LazyAttribute(lambda page: f"About {page.title_en.lower()}.")
    intro_km = factory.LazyAttribute(lambda page: f"អំពី{page.title_km}។")


class ProgrammePageFactory(PageFactory):
    """A programme of Our Work with `goals` and `activities`, each a list of (English, Khmer) title and text pairs:

    ProgrammePageFactory(parent=our_work, goals=[(("Reach", "ឈានដល់"), ("Every child.", "កុមារគ្រប់រូប។"))])
    """

    class Meta:
        model = ProgrammePage

    parent = factory.SubFactory(StandardPageFactory)
    title_en = factory.Sequence(lambda n: f"Programme {n}")
    title_km = factory.Sequence(lambda n: f"កម្មវិធី {n}")
    intro_en = factory.LazyAttribute(lambda page: f"About {page.title_en.lower()}.")
    intro_km = factory.LazyAttribute(lambda page: f"អំពី{page.title_km}។")
    goals = [
        (("Education", "ការអប់រំ"), ("Lessons for children.", "មេរៀនសម្រាប់កុមារ។")),
        (("Awareness", "ការយល់ដឹង"), ("Messages for everyone.", "សារសម្រាប់មនុស្សគ្រប់គ្នា។")),
    ]
    activities = []

    @classmethod
    def _create(cls, model_class, *args, goals=(), activities=(), **kwargs):
        def items(model, pairs, wrap=str):
            return [
                model(sort_order=order, title_en=en, title_km=km, text_en=wrap(text_en), text_km=wrap(text_km))
                for order, ((en, km), (text_en, text_km)) in enumerate(pairs)
            ]

        kwargs["goals"] = items(ProgrammeGoal, goals)
        kwargs["activities"] = items(ProgrammeActivity, activities, wrap=lambda text: f"<p>{text}</p>")
        return super()._create(model_class, *args, **kwargs)


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GlossaryTerm

    slug = factory.Sequence(lambda n: f"term-{n}")
    sort_order = factory.Sequence(lambda n: n)
    term_en = factory.Sequence(lambda n: f"Term {n}")
    term_km = factory.Sequence(lambda n: f"ពាក្យ {n}")
    term = factory.SelfAttribute("term_en")
    definition_en = factory.LazyAttribute(lambda term: f"<p>What {term.term_en.lower()} means.</p>")
    definition_km = factory.LazyAttribute(lambda term: f"<p>អត្ថន័យនៃ{term.term_km}។</p>")


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


class DocumentFactory(factory.django.DjangoModelFactory):
    """A PDF in the root collection."""

    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Guide {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(
        lambda doc: ContentFile(b"%PDF-1.4 " + doc.title.encode(), name=f"{slugify(doc.title)}.pdf")
    )


class AudienceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Audience
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"audience-{n}")
    name_en = factory.LazyAttribute(lambda term: term.slug.replace("-", " ").capitalize())
    name_km = factory.Sequence(lambda n: f"អ្នកអាន {n}")
    name = factory.SelfAttribute("name_en")


class ResourceTypeFactory(AudienceFactory):
    class Meta:
        model = ResourceType
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"type-{n}")
    name_km = factory.Sequence(lambda n: f"ប្រភេទ {n}")


class ResourceLibraryFactory(PageFactory):
    class Meta:
        model = ResourceLibraryPage

    title_en = factory.Sequence(lambda n: f"Library {n}")
    title_km = factory.Sequence(lambda n: f"បណ្ណាល័យ {n}")


class ResourceFactory(PageFactory):
    """A resource with a file in English (`document_km` for one in Khmer) for parents, as a leaflet.

    ResourceFactory(parent=library, audiences=[AudienceFactory(slug="children")], document_km=DocumentFactory())
    """

    class Meta:
        model = ResourcePage

    parent = factory.SubFactory(ResourceLibraryFactory)
    title_en = factory.Sequence(lambda n: f"Resource {n}")
    title_km = factory.Sequence(lambda n: f"ឯកសារ {n}")
    summary_en = factory.LazyAttribute(lambda page: f"What {page.title_en.lower()} is for.")
    summary_km = factory.LazyAttribute(lambda page: f"អំពី{page.title_km}។")
    year = 2024
    resource_type = factory.SubFactory(ResourceTypeFactory, slug="leaflet")
    document_en = factory.SubFactory(DocumentFactory)
    document_km = None

    audiences = factory.LazyFunction(lambda: [AudienceFactory(slug="parents")])


def topic(title, *content):
    """One topic of a lesson: raw StreamField data (paragraphs as HTML strings, or blocks as dicts)."""
    blocks = [item if isinstance(item, dict) else {"type": "paragraph", "value": item} for item in content]
    return {"type": "topic", "value": {"title": title, "content": blocks}}


def check(question, right, wrong):
    """A knowledge check block with one right and one wrong answer."""
    options = [{"text": right, "correct": True, "feedback": ""}, {"text": wrong, "correct": False, "feedback": ""}]
    return {"type": "check", "value": {"question": question, "options": options}}


class OnlineCourseFactory(PageFactory):
    class Meta:
        model = OnlineCoursePage

    parent = factory.SubFactory(ResourceLibraryFactory)
    title_en = factory.Sequence(lambda n: f"Course {n}")
    title_km = factory.Sequence(lambda n: f"វគ្គសិក្សា {n}")
    summary_en = "Learn to keep children safe online."
    summary_km = "រៀនការពារកុមារតាមអនឡាញ។"


class LessonFactory(PageFactory):
    """A lesson of two topics, the second ending with a knowledge check."""

    class Meta:
        model = LessonPage

    parent = factory.SubFactory(OnlineCourseFactory)
    title_en = factory.Sequence(lambda n: f"Lesson {n}")
    title_km = factory.Sequence(lambda n: f"មេរៀន {n}")
    topics_en = factory.LazyAttribute(
        lambda page: [
            topic(f"{page.title_en}: the basics", "<p>What grooming looks like.</p>"),
            topic(
                f"{page.title_en}: what to do",
                "<p>Who to tell.</p>",
                check("Who can help?", "A trusted adult", "Nobody"),
            ),
        ]
    )
    topics_km = factory.LazyAttribute(
        lambda page: [
            topic(f"{page.title_km}៖ មូលដ្ឋាន", "<p>ការល្បួងមានលក្ខណៈដូចម្តេច។</p>"),
            topic(
                f"{page.title_km}៖ អ្វីដែលត្រូវធ្វើ",
                "<p>ប្រាប់នរណា។</p>",
                check("តើនរណាអាចជួយ?", "មនុស្សពេញវ័យដែលទុកចិត្តបាន", "គ្មាននរណាម្នាក់"),
            ),
        ]
    )
    topics = factory.SelfAttribute("topics_en")


class HelpServiceFactory(factory.django.DjangoModelFactory):
    """A counselling service for all of Cambodia with one phone number; `phones=["012 345 678", ...]`."""

    class Meta:
        model = HelpService
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Counselling service {n}")
    name_km = factory.Sequence(lambda n: f"សេវាប្រឹក្សាយោបល់ {n}")
    name = factory.SelfAttribute("name_en")
    kind = HelpService.Kind.COUNSELLING
    nationwide = True

    @factory.post_generation
    def phones(service, create, extracted, **kwargs):
        for number in extracted if extracted is not None else [f"012 {service.pk % 1000:03d} 456"]:
            service.phones.add(HelpServicePhone(number=number))
        service.save()  # modelcluster keeps the phones in memory until the service is saved

    @factory.post_generation
    def provinces(service, create, extracted, **kwargs):
        if extracted:
            service.provinces.set(extracted)
            service.save()  # as the admin saves it, with its provinces


class VacancyFactory(PageFactory):
    """An open vacancy on the site's Work with Us page."""

    class Meta:
        model = VacancyPage

    parent = factory.LazyFunction(lambda: WorkWithUsPage.objects.get())
    title_en = factory.Sequence(lambda n: f"Officer {n}")
    title_km = factory.Sequence(lambda n: f"មន្ត្រី {n}")
    location_en = "Phnom Penh"
    location_km = "រាជធានីភ្នំពេញ"
    summary_en = "Work with our hotline team."
    summary_km = "ធ្វើការជាមួយក្រុមខ្សែទូរស័ព្ទរបស់យើង។"
    closing_date = factory.Sequence(lambda n: datetime.date.today() + datetime.timedelta(days=30 + n))
