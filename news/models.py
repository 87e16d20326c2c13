"""News and stories: the Media hub, one index page per category, and articles."""

import datetime
from functools import partial

from django import forms
from django.conf import settings
from django.db import connection, models
from django.db.models import F, Window
from django.db.models.functions import RowNumber, Substr
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from aple_site.core.fields import StreamField
from aple_site.core.i18n import local_digits
from aple_site.core.listing import FilterForm, filtered, paginate
from aple_site.core.page_cache import shared_part
from aple_site.core.pages import QuickExitMixin, with_images
from aple_site.core.restrictions import ViewRestrictionsMixin, public

from .blocks import ArticleBodyBlock


@register_snippet
class NewsTag(TagBase):
    """A topic shared by articles in both languages; the slug stays the same, the name is translated."""

    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")


class ArticleTag(ItemBase):
    tag = models.ForeignKey(NewsTag, related_name="tagged_articles", on_delete=models.CASCADE)
    content_object = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


# A view count is shown only from this many views up: a new or little-read article shows no count at all rather
# than "Views: 0" or "Views: 2" (docs/editors.md). The count itself is kept from the first view.
VIEWS_SHOWN_FROM = 10


class ArticleViews(models.Model):
    """How often an article was read, both languages together. Kept off the page model so that
    counting never creates a revision or touches the page row."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+")
    views = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = _("article views")
        verbose_name_plural = _("article views")

    @classmethod
    def increment(cls, page_id):
        """Add one view atomically (one INSERT … ON CONFLICT statement, safe under concurrency)."""
        table = cls._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (page_id, views) VALUES (%s, 1) "  # noqa: S608 - the table name is ours; values are parameters  # nosec B608
                f"ON CONFLICT (page_id) DO UPDATE SET views = {table}.views + 1 RETURNING views",
                [page_id],
            )
            return cursor.fetchone()[0]

    @classmethod
    def for_pages(cls, pages):
        counts = dict(cls.objects.filter(page_id__in=[p.pk for p in pages]).values_list("page_id", "views"))
        for page in pages:
            page.view_count = counts.get(page.pk, 0)
            page.shows_view_count = page.view_count >= VIEWS_SHOWN_FROM
        return pages


def article_cards(articles, categories=None):
    """Articles ready for cards: image (with renditions) and category page, in a fixed number of queries
    however many articles there are (none for the categories when they are given). The view counts, which
    change without a new generation, are read by the caller for each request (ArticleViews.for_pages)."""
    articles = with_images(articles)
    if categories is None:
        categories = shared_part("news-categories", lambda: list(NewsIndexPage.objects.all()))
    by_path = {category.path: category for category in categories}
    for article in articles:
        article.category = by_path.get(article.path[: -article.steplen])
    return articles


RELATED_POOL = 200  # articles sharing a topic among which the related ones are chosen

# The columns of an article that cards, previous/next links and the feeds show (with their translations). Reading
# only these instead of whole articles halves the ORM's work per query: 0.92 ms against 1.86 ms for one article
# on this machine (2026-12-03), on every listing, the hub, the home page and each article's surroundings.
CARD_FIELDS = ("title", "url_path", "path", "depth", "date", "summary", "byline", "image")


class ArticleFilterForm(FilterForm):
    """The listing filters: only values that exist are accepted."""

    category = forms.ChoiceField(required=False, label=_("Category"))
    tag = forms.ChoiceField(required=False, label=_("Topic"))
    year = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, label=_("Year"))

    def __init__(self, data, *, articles, categories=None, cache_key=None):
        super().__init__(data, cache_key=cache_key)
        if categories:
            self.fields["category"].choices = [("", _("All categories"))] + [(c.slug, c.title) for c in categories]
        else:
            del self.fields["category"]

        def tags():
            found = NewsTag.objects.filter(tagged_articles__content_object__in=articles).distinct().order_by("name")
            return [(t.slug, t.name) for t in found]

        def years():
            found = articles.order_by().values_list("date__year", flat=True).distinct()
            return [(y, local_digits(y)) for y in sorted(found, reverse=True)]

        self.fields["tag"].choices = [("", _("All topics")), *self.cached_choices("tag", tags)]
        self.fields["year"].choices = [("", _("All years")), *self.cached_choices("year", years)]


class ListingMixin(RoutablePageMixin):
    """Shared by the hub and the category pages: filtered, paginated listing and an RSS feed."""

    def articles(self):
        articles = public(ArticlePage.objects.live()).descendant_of(self).select_related("image").only(*CARD_FIELDS)
        return articles.order_by("-date", "-pk")  # view counts: read for the cards shown (article_cards)

    def filter_categories(self):
        return None

    def listing(self, request):
        articles = self.articles()
        form = ArticleFilterForm(
            request.GET, articles=articles, categories=self.filter_categories(), cache_key=f"articles:{self.pk}"
        )
        if form.is_valid():
            data = form.cleaned_data
            if data.get("category"):
                articles = articles.filter(path__startswith=self._category_path(data["category"]))
            if data.get("tag"):
                articles = articles.filter(tagged_items__tag__slug=data["tag"])
            if data.get("year"):
                articles = articles.filter(date__year=data["year"])
        else:
            articles = articles.none()
        if self.shows_sections(request, form):
            return {"filter_form": form, "sections": self.sections()}
        cards = partial(article_cards, categories=self.filter_categories() or [self])
        count_key = form.count_key if form.is_valid() else None
        listing = paginate(request, articles, cards, count_key, fresh=ArticleViews.for_pages)
        return {"filter_form": form, **listing}

    def shows_sections(self, request, form):
        return False

    def _category_path(self, slug):
        for category in self.filter_categories() or []:
            if category.slug == slug:
                return category.path
        return "-"

    def serve_listing(self, request, template=None):
        return filtered(self.render(request, context_overrides=self.listing(request), template=template), request)

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import article_feed

        return article_feed(request, self, self.articles().prefetch_related("tagged_items__tag")[:20])


class NewsHubPage(ViewRestrictionsMixin, ListingMixin, Page):
    """Media: the newest stories of every category, and all stories filtered by category, topic and year."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["news.NewsIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("media hub")

    def categories(self):
        return list(public(NewsIndexPage.objects.child_of(self).live()))

    def filter_categories(self):
        return shared_part(f"hub-categories:{self.pk}", self.categories)

    @path("")
    def index(self, request):
        return self.serve_listing(request)

    def shows_sections(self, request, form):
        # Unfiltered and on no numbered page, the hub shows the newest three of each category instead.
        return not form.is_filtered and not request.GET.get("page")

    def sections(self, per_category=3):
        """Each category with its newest articles, with their view counts."""
        sections = self._sections(per_category)
        ArticleViews.for_pages([article for _category, articles in sections for article in articles])
        return sections

    def _sections(self, per_category):
        """All read in one query: on PostgreSQL the newest few of each category joined together (each walks
        the date index), elsewhere a ranking window."""
        categories = self.filter_categories()
        if not categories:
            return []
        if connection.features.supports_slicing_ordering_in_compound:
            first, *others = [category.articles()[:per_category] for category in categories]
            newest = first.union(*others, all=True)
        else:
            category_path = Substr("path", 1, (self.depth + 1) * self.steplen)
            ranked = self.articles().annotate(
                rank=Window(RowNumber(), partition_by=[category_path], order_by=[F("date").desc(), F("pk").desc()])
            )
            newest = ranked.filter(rank__lte=per_category)
        articles = article_cards(newest, categories=categories)
        return [(c, [a for a in articles if a.path.startswith(c.path)]) for c in categories]


class NewsIndexPage(ViewRestrictionsMixin, ListingMixin, Page):
    """One category of stories (News Articles, Our Insights, In the Spotlight, Case Stories)."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["news.NewsHubPage"]
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    @path("")
    def index(self, request):
        return self.serve_listing(request)


class ArticlePage(ViewRestrictionsMixin, QuickExitMixin, Page):
    date = models.DateField(
        _("publication date"), default=datetime.date.today, help_text=_("Shown on the article and used to order it.")
    )
    byline = models.CharField(_("byline"), max_length=120, blank=True, help_text=_("Optional: who wrote it."))
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top, on cards and when the article is shared. Set its focal point."),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("Describe the picture for people who cannot see it. Leave empty if it is only decoration."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences shown on cards, in feeds and when shared.")
    )
    body = StreamField(ArticleBodyBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("topics"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("byline")], heading=_("Publication")),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Hero image")),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("tags"),
        InlinePanel("related_links", label=_("Related article"), max_num=3, heading=_("Hand-picked related articles")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        # Listings, previous/next and related articles walk articles newest first.
        indexes = [models.Index(fields=["date", "page_ptr"], name="news_article_date")]

    def siblings(self):
        return public(ArticlePage.objects.live()).sibling_of(self, inclusive=False).only(*CARD_FIELDS)

    def previous_next(self):
        """The older and the newer article in the same category."""
        siblings = self.siblings()
        # The range on the date alone lets the database walk its index from this article outwards.
        older = siblings.filter(date__lte=self.date).filter(
            models.Q(date__lt=self.date) | models.Q(date=self.date, pk__lt=self.pk)
        )
        newer = siblings.filter(date__gte=self.date).filter(
            models.Q(date__gt=self.date) | models.Q(date=self.date, pk__gt=self.pk)
        )
        older, newer = older.order_by("-date", "-pk")[:1], newer.order_by("date", "pk")[:1]
        if not connection.features.supports_slicing_ordering_in_compound:  # SQLite: two queries
            return next(iter(older), None), next(iter(newer), None)
        both = list(older.union(newer))  # PostgreSQL: one
        return (
            next((a for a in both if (a.date, a.pk) < (self.date, self.pk)), None),
            next((a for a in both if (a.date, a.pk) > (self.date, self.pk)), None),
        )

    def related_articles(self, tag_ids=None, limit=3):
        """Hand-picked first, then articles sharing the most topics, then the newest of the category
        (as plain articles: `article_cards` prepares them)."""
        chosen = [
            link.article
            for link in self.related_links.select_related("article")
            .only("article_id", *(f"article__{field}" for field in CARD_FIELDS))
            .filter(article__live=True)
            if link.article_id != self.pk
        ][:limit]
        seen = {self.pk, *(a.pk for a in chosen)}
        if len(chosen) < limit:
            if tag_ids is None:
                tag_ids = list(self.tagged_items.values_list("tag_id", flat=True))
            if tag_ids:
                sharing = (
                    public(ArticlePage.objects.live()).exclude(pk__in=seen).filter(tagged_items__tag_id__in=tag_ids)
                )
                # Those sharing the most topics among the newest that share one (a pool of a fixed size, so
                # that the work stays the same however many articles there are).
                pool = sharing.order_by("-date", "-pk").values("pk")[:RELATED_POOL]
                by_tags = (
                    ArticlePage.objects.filter(pk__in=pool, tagged_items__tag_id__in=tag_ids)
                    .only(*CARD_FIELDS)
                    .annotate(shared=models.Count("tagged_items", distinct=True))
                    .order_by("-shared", "-date", "-pk")[: limit - len(chosen)]
                )
                chosen += list(by_tags)
                seen |= {a.pk for a in chosen}
        if len(chosen) < limit:
            newest = self.siblings().exclude(pk__in=seen).order_by("-date", "-pk")
            chosen += list(newest[: limit - len(chosen)])
        return chosen

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        around = self._around(request)
        context.update(around)
        self.image = around["image"]  # with its renditions
        ArticleViews.for_pages([self, *around["related"]])
        context["view_count"] = self.view_count
        return context

    def _around(self, request):
        previous_article, next_article = self.previous_next()
        tags = list(self.tags.all())
        related = self.related_articles([tag.pk for tag in tags])
        return {
            "category": self.get_parent(),
            "previous_article": previous_article,
            "next_article": next_article,
            "article_tags": tags,
            # This article's own image is read with the related ones' (a query for all, renditions included).
            "related": article_cards([self, *related])[1:],
            "image": self.image,
            "json_ld": self.structured_data(request),
        }

    def structured_data(self, request):
        """schema.org NewsArticle for search engines (the share card itself is in includes/share_meta.html)."""
        from aple_site.core.pages import SHARE_RENDITION
        from aple_site.navigation.menus import get_navigation

        image_urls = []
        if self.image_id:
            image_urls.append(request.build_absolute_uri(self.image.get_rendition(SHARE_RENDITION).url))
        organisation = get_navigation(request)["organisation_name"]["text"]
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.summary,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or self.latest_revision_created_at).date().isoformat()
            if (self.last_published_at or self.latest_revision_created_at)
            else self.date.isoformat(),
            "inLanguage": get_language(),
            "mainEntityOfPage": self.get_full_url(request),
            "image": image_urls,
            "author": {"@type": "Organization", "name": self.byline or organisation},
            "publisher": {"@type": "Organization", "name": organisation},
        }


class ArticleRelatedLink(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        ArticlePage,
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Another story."),
    )

    panels = [PageChooserPanel("article", "news.ArticlePage")]
