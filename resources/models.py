"""Resource libraries (publications per audience and type) and online courses taught on the site."""

from django import forms
from django.conf import settings
from django.db import connection, models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase, TagBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from aple_site.core.blocks import RICH_FEATURES, ImageBlock, VideoBlock
from aple_site.core.fields import StreamField
from aple_site.core.i18n import local_digits
from aple_site.core.listing import FilterForm, filtered, paginate
from aple_site.core.pages import QuickExitMixin, with_images
from aple_site.core.restrictions import ViewRestrictionsMixin, public

FILE_LANGUAGES = [("en", _("English")), ("km", _("Khmer"))]


class Term(models.Model):
    """A translated name with a fixed slug for filter addresses."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in filter addresses, e.g. parents."))

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        abstract = True

    def __str__(self):
        return self.name


@register_snippet
class Audience(Term):
    class Meta:
        ordering = ["pk"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


@register_snippet
class ResourceType(Term):
    class Meta:
        ordering = ["name"]
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")


@register_snippet
class ResourceTopic(TagBase):
    class Meta:
        verbose_name = _("resource topic")
        verbose_name_plural = _("resource topics")


class ResourceTopicItem(ItemBase):
    tag = models.ForeignKey(ResourceTopic, related_name="tagged_resources", on_delete=models.CASCADE)
    content_object = ParentalKey("resources.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items")


class ResourceFilterForm(FilterForm):
    q = forms.CharField(required=False, max_length=200, label=_("Search in this library"))
    audience = forms.ChoiceField(required=False, label=_("For"))
    type = forms.ChoiceField(required=False, label=_("Type"))
    language = forms.ChoiceField(required=False, label=_("Language"))
    topic = forms.ChoiceField(required=False, label=_("Topic"))
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Year"))

    def __init__(self, data, *, resources, library):
        super().__init__(data, cache_key=f"resources:{library.pk}")
        self.fields["language"].choices = [("", _("Any language"))] + FILE_LANGUAGES
        if library.audience_id:
            del self.fields["audience"]
        else:
            audiences = self.cached_choices("audience", lambda: [(a.slug, a.name) for a in Audience.objects.all()])
            self.fields["audience"].choices = [("", _("Everyone")), *audiences]
        if library.resource_type_id:
            del self.fields["type"]
        else:

            def types():
                return [(t.slug, t.name) for t in ResourceType.objects.filter(resources__in=resources).distinct()]

            self.fields["type"].choices = [("", _("All types")), *self.cached_choices("type", types)]

        def topics():
            found = ResourceTopic.objects.filter(tagged_resources__content_object__in=resources)
            return [(t.slug, t.name) for t in found.distinct().order_by("name")]

        def years():
            found = resources.order_by().values_list("year", flat=True).distinct()
            return [(y, local_digits(y)) for y in sorted(found, reverse=True)]

        self.fields["topic"].choices = [("", _("All topics")), *self.cached_choices("topic", topics)]
        self.fields["year"].choices = [("", _("All years")), *self.cached_choices("year", years)]

    def apply(self, resources):
        data = self.cleaned_data
        if data.get("audience"):
            resources = resources.filter(audiences__slug=data["audience"])
        if data.get("type"):
            resources = resources.filter(resource_type__slug=data["type"])
        if data.get("language") == "en":
            resources = resources.filter(document_en__isnull=False)
        elif data.get("language") == "km":
            resources = resources.filter(document_km__isnull=False)
        if data.get("topic"):
            resources = resources.filter(tagged_items__tag__slug=data["topic"])
        if data.get("year"):
            resources = resources.filter(year=data["year"])
        if data.get("q"):
            words = data["q"].split()[:10]
            for word in words:
                resources = resources.filter(
                    Q(title_en__icontains=word)
                    | Q(title_km__icontains=word)
                    | Q(summary_en__icontains=word)
                    | Q(summary_km__icontains=word)
                )
        return resources.distinct()


def resource_cards(resources):
    """Resources ready for cards (cover with renditions) in a fixed number of queries."""
    return with_images(resources, field="cover")


class ResourceLibraryPage(ViewRestrictionsMixin, Page):
    """A library of publications. Set an audience or a type to show only those, wherever they live."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    audience = models.ForeignKey(
        Audience,
        verbose_name=_("only for this audience"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Show only resources for this audience, e.g. parents."),
    )
    resource_type = models.ForeignKey(
        ResourceType,
        verbose_name=_("only this type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Show only resources of this type, e.g. research reports."),
    )

    site_wide = models.BooleanField(
        _("every resource on the site"),
        default=False,
        help_text=_("Tick for an overview of all resources. Otherwise a library shows the resources inside it."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("resource_type"), FieldPanel("site_wide")],
            heading=_("What this library shows"),
            help_text=_("With an audience or a type, the library shows matching resources from anywhere on the site."),
        ),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage", "resources.ResourceLibraryPage"]
    subpage_types = ["resources.ResourceLibraryPage", "resources.ResourcePage", "resources.OnlineCoursePage"]

    class Meta:
        verbose_name = _("resource library")
        verbose_name_plural = _("resource libraries")

    def resources(self):
        resources = public(ResourcePage.objects.live())
        if not (self.audience_id or self.resource_type_id or self.site_wide):
            resources = resources.descendant_of(self)
        if self.audience_id:
            resources = resources.filter(audiences=self.audience_id)
        if self.resource_type_id:
            resources = resources.filter(resource_type=self.resource_type_id)
        return resources

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = self.resources()
        form = ResourceFilterForm(request.GET, resources=resources, library=self)
        if form.is_valid():
            resources = form.apply(resources)
        else:
            resources = resources.none()
        resources = resources.select_related("resource_type", "cover").order_by("-year", "-first_published_at", "-pk")
        context.update(
            filter_form=form,
            **paginate(request, resources, resource_cards, form.count_key if form.is_valid() else None),
            **self.children_shown(),
        )
        return context

    def children_shown(self):
        return {
            "sub_libraries": list(public(ResourceLibraryPage.objects.child_of(self).live())),
            "courses": list(public(OnlineCoursePage.objects.child_of(self).live()).select_related("cover")),
        }

    def serve(self, request, *args, **kwargs):
        return filtered(super().serve(request, *args, **kwargs), request)


class ResourcePage(ViewRestrictionsMixin, QuickExitMixin, Page):
    """One publication, with a file in English and/or Khmer."""

    summary = models.TextField(_("summary"), help_text=_("One or two sentences shown on cards and on the page."))
    cover = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The front page of the publication, or a picture for it."),
    )
    resource_type = models.ForeignKey(
        ResourceType, verbose_name=_("type"), on_delete=models.PROTECT, related_name="resources"
    )
    audiences = ParentalManyToManyField(Audience, verbose_name=_("audiences"), related_name="resources")
    topics = ClusterTaggableManager(through=ResourceTopicItem, blank=True, verbose_name=_("topics"))
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("Year of publication."))
    document_en = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("file in English"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document_km = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("file in Khmer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(_("external link"), blank=True, help_text=_("Optional, e.g. a video."))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cover"),
        MultiFieldPanel(
            [FieldPanel("resource_type"), FieldPanel("audiences"), FieldPanel("topics"), FieldPanel("year")],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("document_en"), FieldPanel("document_km"), FieldPanel("external_url")], heading=_("Files")
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.FilterField("year")]
    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        # The newest first, on the home page and in the libraries.
        indexes = [models.Index(fields=["year", "page_ptr"], name="resources_resource_year")]

    def files(self):
        """The downloadable files: language, document, format and real size; private ones are left out."""
        ids = {getattr(self, f"document_{code}_id") for code, _name in FILE_LANGUAGES} - {None}
        if not ids:
            return []
        documents = get_document_model().objects.select_related("collection").in_bulk(ids)
        private = tuple(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
        result = []
        for code, name in FILE_LANGUAGES:
            document = documents.get(getattr(self, f"document_{code}_id"))
            if document is None or document.collection.path.startswith(private or ("-",)):
                continue
            result.append(
                {
                    "language": code,
                    "language_name": name,
                    "document": document,
                    "format": document.file_extension.upper(),
                    "size": document.get_file_size(),
                }
            )
        return result

    def related_resources(self, audience_ids, limit=3):
        related = (
            public(ResourcePage.objects.live())
            .exclude(pk=self.pk)
            .filter(Q(resource_type=self.resource_type_id) | Q(audiences__in=audience_ids))
            .annotate(same_type=models.Count("pk", filter=Q(resource_type=self.resource_type_id)))
            .select_related("resource_type")
            .order_by("-same_type", "-year", "-pk")
            .distinct()[:limit]
        )
        return list(related)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = self.files()
        context["audience_list"] = list(self.audiences.all())
        context["topic_list"] = list(self.topics.all())
        # The page's own cover is loaded with the related resources' (one query for all of them).
        related = self.related_resources([audience.pk for audience in context["audience_list"]])
        context["related"] = resource_cards([self, *related])[1:]
        context["library"] = self.get_parent()
        return context


class ResourceDownload(models.Model):
    """Downloads of one file of a resource on one day (for the last-30-days and all-time report)."""

    resource = models.ForeignKey(ResourcePage, on_delete=models.CASCADE, related_name="downloads")
    language = models.CharField(max_length=2, choices=FILE_LANGUAGES)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["resource", "language", "day"], name="one_row_per_file_day")]

    @classmethod
    def increment(cls, resource_id, language):
        table = cls._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (resource_id, language, day, count) VALUES (%s, %s, %s, 1) "  # noqa: S608 - the table name is ours; values are parameters  # nosec B608
                f"ON CONFLICT (resource_id, language, day) DO UPDATE SET count = {table}.count + 1",
                [resource_id, language, timezone.localdate()],
            )


# Online courses ------------------------------------------------------------------------------


class CheckOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False, help_text=_("Tick the right answer."))
    feedback = blocks.TextBlock(required=False, help_text=_("Shown when the learner picks this answer."))


class CheckBlock(blocks.StructBlock):
    """A short multiple-choice question, checked in the browser (nothing is sent anywhere)."""

    question = blocks.CharBlock(max_length=300)
    options = blocks.ListBlock(CheckOptionBlock(), min_num=2, max_num=6)

    class Meta:
        icon = "help"
        template = "blocks/check.html"
        label = _("Knowledge check")


class TopicContentBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_FEATURES, template="blocks/paragraph.html")
    image = ImageBlock()
    video = VideoBlock()
    check = CheckBlock()


class TopicBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    content = TopicContentBlock()

    class Meta:
        icon = "doc-full"
        label = _("Topic")


class OnlineCoursePage(ViewRestrictionsMixin, RoutablePageMixin, Page):
    summary = models.TextField(_("summary"), help_text=_("What the course is about, in one or two sentences."))
    cover = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.ForeignKey(
        Audience, verbose_name=_("audience"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    course_language = models.CharField(
        _("course language"),
        max_length=4,
        choices=[("both", _("English and Khmer")), ("en", _("English")), ("km", _("Khmer"))],
        default="both",
    )
    duration = models.CharField(_("duration"), max_length=60, blank=True, help_text=_("e.g. About 45 minutes"))
    outcomes = models.TextField(_("what you will learn"), blank=True, help_text=_("One point per line."))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cover"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("course_language"), FieldPanel("duration"), FieldPanel("outcomes")],
            heading=_("About the course"),
        ),
    ]
    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = ["resources.LessonPage"]

    class Meta:
        verbose_name = _("online course")

    def outcome_list(self):
        return [line.strip() for line in self.outcomes.splitlines() if line.strip()]

    def lessons(self):
        return list(public(LessonPage.objects.child_of(self).live()))

    def topic_sequence(self, request=None):
        """Every topic of the course in order: (lesson, topic number, title, url, key)."""
        sequence = []
        for lesson in self.lessons():
            base = lesson.get_url(request=request)
            for number, topic in enumerate(lesson.topics, start=1):
                url = base if number == 1 else f"{base}{number}/"
                sequence.append(
                    {
                        "lesson": lesson,
                        "number": number,
                        "title": topic.value["title"],
                        "url": url,
                        "key": f"{lesson.pk}-{number}",
                    }
                )
        return sequence

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sequence"] = self.topic_sequence(request)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("complete/")
    def complete(self, request):
        return self.render(request, template="resources/course_complete.html")


class LessonPage(ViewRestrictionsMixin, QuickExitMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    topics = StreamField([("topic", TopicBlock())], verbose_name=_("topics"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("topics")]
    parent_page_types = ["resources.OnlineCoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    @path("")
    def first_topic(self, request):
        return self.serve_topic(request, 1)

    @path("<int:number>/")
    def topic(self, request, number):
        return self.serve_topic(request, number)

    def serve_topic(self, request, number):
        from django.http import Http404

        if not 1 <= number <= len(self.topics):
            raise Http404
        course = self.get_parent().specific
        sequence = course.topic_sequence(request)
        key = f"{self.pk}-{number}"
        position = next(i for i, item in enumerate(sequence) if item["key"] == key)
        return self.render(
            request,
            context_overrides={
                "course": course,
                "topic": self.topics[number - 1].value,
                "topic_number": number,
                "topic_key": key,
                "position": position + 1,
                "total": len(sequence),
                "previous_topic": sequence[position - 1] if position > 0 else None,
                "next_topic": sequence[position + 1] if position + 1 < len(sequence) else None,
                "complete_url": course.get_url(request) + course.reverse_subpage("complete"),
            },
        )
