from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from aple_site.consent.blocks import CookieTableBlock
from aple_site.core.blocks import RICH_FEATURES, BodyBlock
from aple_site.core.fields import StreamField
from aple_site.core.pages import QuickExitMixin, with_images
from aple_site.core.restrictions import ViewRestrictionsMixin, public


class HomePage(ViewRestrictionsMixin, Page):
    """The site's front page: one per site, at the root of the tree."""

    hero_heading = models.CharField(
        _("hero heading"), max_length=120, help_text=_("The large headline at the top of the home page.")
    )
    hero_text = models.TextField(_("hero text"), blank=True, help_text=_("One or two sentences under the headline."))
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A wide photo or illustration (at least 1600 pixels wide). Set its focal point."),
    )
    hero_cta_label = models.CharField(
        _("button label"), max_length=60, blank=True, help_text=_("Text of the button under the headline.")
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button target"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the hero button leads to, usually Report Abuse."),
    )
    mission_title = models.CharField(
        _("mission title"), max_length=120, blank=True, help_text=_("Heading of the mission section.")
    )
    mission_text = models.TextField(
        _("mission statement"), blank=True, help_text=_("A short paragraph saying what the organisation does and why.")
    )
    impact_title = models.CharField(
        _("impact title"), max_length=120, blank=True, help_text=_("Heading above the impact figures.")
    )
    programmes_title = models.CharField(
        _("programmes title"), max_length=120, blank=True, help_text=_("Heading above the programme cards.")
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        MultiFieldPanel([FieldPanel("mission_title"), FieldPanel("mission_text")], heading=_("Mission")),
        MultiFieldPanel(
            [FieldPanel("impact_title"), InlinePanel("impact_figures", label=_("Figure"), max_num=6)],
            heading=_("Impact figures"),
        ),
        MultiFieldPanel(
            [FieldPanel("programmes_title"), InlinePanel("programme_cards", label=_("Programme"), max_num=8)],
            heading=_("Programmes"),
        ),
        InlinePanel(
            "featured_resources",
            label=_("Resource"),
            max_num=6,
            heading=_("Featured resources"),
            help_text=_("Leave empty to show the newest resources."),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from news.models import ArticleViews

        context = super().get_context(request, *args, **kwargs)
        showcase = self.showcase()
        context.update(showcase)
        self.hero_image = showcase["hero_image"]  # with its renditions
        ArticleViews.for_pages(showcase["latest_articles"])
        return context

    def showcase(self):
        from news.models import CARD_FIELDS, ArticlePage, NewsHubPage, article_cards

        programme_cards = list(self.programme_cards.select_related("page", "image").filter(page__live=True))
        latest = public(ArticlePage.objects.live()).select_related("image").only(*CARD_FIELDS)
        resources = self.featured()
        # Every picture of the page (hero, cards) with its renditions in one query.
        articles = with_images(
            latest.order_by("-date", "-pk")[:3],
            also=[([self], "hero_image"), (resources, "cover"), (programme_cards, "image")],
        )
        return {
            "impact_figures": list(self.impact_figures.all()),
            "programme_cards": programme_cards,
            "latest_articles": article_cards(articles),
            "news_hub": public(NewsHubPage.objects.live()).first(),
            "featured_resources": resources,
            "hero_image": self.hero_image,
        }

    def featured(self):
        """The resources the editor picked, or else the three newest."""
        from resources.models import ResourcePage

        resources = public(ResourcePage.objects.live()).select_related("resource_type", "cover")
        picked = list(resources.filter(featured_on__home=self).order_by("featured_on__sort_order")[:6])
        return picked or list(resources.order_by("-year", "-pk")[:3])


class HomeImpactFigure(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="impact_figures")
    value = models.CharField(_("value"), max_length=30, help_text=_("e.g. 20+ (Khmer: ២០+)."))
    label = models.CharField(_("label"), max_length=120, help_text=_("What the figure counts."))

    panels = [FieldPanel("value"), FieldPanel("label")]


class HomeProgrammeCard(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="programme_cards")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The programme page the card links to."),
    )
    title = models.CharField(_("title"), max_length=120, blank=True, help_text=_("Leave empty to use the page title."))
    text = models.CharField(_("text"), max_length=250, blank=True, help_text=_("One sentence about the programme."))
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("page"), FieldPanel("title"), FieldPanel("text"), FieldPanel("image")]


class HomeFeaturedResource(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_resources")
    resource = models.ForeignKey(
        "resources.ResourcePage",
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="featured_on",
        help_text=_("A publication to show on the home page."),
    )

    panels = [FieldPanel("resource")]


class StandardBodyBlock(BodyBlock):
    """A content page's blocks, with the cookie table a cookie policy page needs."""

    cookie_table = CookieTableBlock()


class StandardPage(ViewRestrictionsMixin, QuickExitMixin, Page):
    """A content page: About Us, Our Work and the other pages made of text and blocks."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown under the title and in listings.")
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional picture shown beside the introduction and on cards linking here."),
    )
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("image"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.ProgrammePage", "news.NewsHubPage", "resources.ResourceLibraryPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Section pages (About Us, Our Work...) list their sub-pages as cards.
        context["child_pages"] = with_images(public(self.get_children().live()).specific())
        return context


GOALS_MIN, GOALS_MAX = 2, 6


class ProgrammePage(ViewRestrictionsMixin, QuickExitMixin, Page):
    """A programme of Our Work (Early Prevention, Criminal Justice…): an overview, its goals as cards, then
    what the programme does, one activity after another."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown under the heading and on cards.")
    )
    heading = models.CharField(
        _("heading"),
        max_length=160,
        blank=True,
        help_text=_("The page's main heading, e.g. Justice & Legal Support. Leave empty to use the title."),
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional photo shown beside the introduction and on cards linking here."),
    )
    overview = RichTextField(
        _("overview"), features=RICH_FEATURES, blank=True, help_text=_("What the programme is and why it matters.")
    )
    goals_title = models.CharField(
        _("goals heading"), max_length=120, blank=True, help_text=_("Leave empty for “Our goals”.")
    )
    activities_title = models.CharField(
        _("activities heading"), max_length=120, blank=True, help_text=_("Leave empty for “What the programme does”.")
    )
    body = StreamField(
        BodyBlock(), blank=True, verbose_name=_("more"), help_text=_("Anything else, shown after the activities.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("heading"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("overview"),
        MultiFieldPanel(
            [
                FieldPanel("goals_title"),
                InlinePanel(
                    "goals",
                    label=_("Goal"),
                    min_num=GOALS_MIN,
                    max_num=GOALS_MAX,
                    help_text=_("Two to six goals, usually four, each shown as a card."),
                ),
            ],
            heading=_("Goals"),
        ),
        MultiFieldPanel(
            [FieldPanel("activities_title"), InlinePanel("activities", label=_("Activity"))],
            heading=_("What the programme does"),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("programme page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["goals"] = list(self.goals.all())
        context["activities"] = list(self.activities.all())
        return context


class ProgrammeGoal(Orderable):
    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(_("title"), max_length=120, help_text=_("A few words, e.g. Public awareness."))
    text = models.TextField(_("text"), max_length=400, help_text=_("One or two sentences about the goal."))

    panels = [FieldPanel("title"), FieldPanel("text")]


class ProgrammeActivity(Orderable):
    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="activities")
    title = models.CharField(_("title"), max_length=160, help_text=_("Shown in bold, e.g. Training police officers."))
    text = RichTextField(
        _("text"), features=["bold", "italic", "link"], help_text=_("A paragraph on what the work involves.")
    )

    panels = [FieldPanel("title"), FieldPanel("text")]
