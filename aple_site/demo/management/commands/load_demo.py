"""Build the demo site: the whole page tree of DESIGN.md in English and Khmer, the menu, the
header and footer settings, and (with --users) one user per role. It adds no pictures: image fields stay
empty (cards and pages show the site's own drawn treatment) until editors upload real photographs.

Running it again changes nothing: existing pages, menu items and settings are kept as
they are, so an editor's changes to the demo survive.
"""

import datetime
import json
from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from aple_site.consent.models import ConsentCategory, ConsentCookie, ConsentSettings
from aple_site.core.models import GlossaryTerm
from aple_site.demo.content import CONTENT_DIR, load_content
from aple_site.demo.pdf import make_pdf
from aple_site.home.models import (
    HomeImpactFigure,
    HomePage,
    HomeProgrammeCard,
    ProgrammeActivity,
    ProgrammeGoal,
    ProgrammePage,
    StandardPage,
)
from aple_site.navigation.models import FooterLink, MenuItem, SiteSettings
from news.models import ArticlePage, ArticleViews, NewsHubPage, NewsIndexPage, NewsTag
from resources.models import (
    Audience,
    LessonPage,
    OnlineCoursePage,
    ResourceLibraryPage,
    ResourcePage,
    ResourceTopic,
    ResourceType,
)
from takeaction.models import (
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

LANGS = ("en", "km")

# Pages of the tree that are not standard content pages.
PAGE_TYPES = {
    "explore/media": NewsHubPage,
    "explore/media/news-articles": NewsIndexPage,
    "explore/media/our-insights": NewsIndexPage,
    "explore/media/in-the-spotlight": NewsIndexPage,
    "explore/media/case-stories": NewsIndexPage,
    "explore/resources": ResourceLibraryPage,
    "explore/resources/children-and-young-people": ResourceLibraryPage,
    "explore/resources/parents-caregivers-educators": ResourceLibraryPage,
    "explore/resources/law-enforcement-justice": ResourceLibraryPage,
    "explore/resources/informational-materials": ResourceLibraryPage,
    "explore/training-guides": ResourceLibraryPage,
    "explore/research-reports": ResourceLibraryPage,
    "explore/campaign-materials": ResourceLibraryPage,
    "explore/online-courses": ResourceLibraryPage,
    "about-us/impact-reports": ResourceLibraryPage,
    "our-work/early-prevention": ProgrammePage,
    "our-work/criminal-justice": ProgrammePage,
    "our-work/victim-support": ProgrammePage,
    "our-work/legal-reforms": ProgrammePage,
    "take-action/report-abuse": ReportAbusePage,
    "take-action/seek-help": SeekHelpPage,
    "take-action/donate": DonatePage,
    "take-action/get-involved": GetInvolvedPage,
    "take-action/work-with-us": WorkWithUsPage,
}
# Pages with a StreamField body of their own (besides standard pages).
PAGES_WITH_BODY = (StandardPage, ProgrammePage, SeekHelpPage, DonatePage, GetInvolvedPage, WorkWithUsPage)
# What each resource library shows: a fixed audience, a fixed type, everything, or what is inside it.
LIBRARY_SCOPE = {
    "explore/resources": {"site_wide": True},
    "explore/resources/children-and-young-people": {"audience": "children"},
    "explore/resources/parents-caregivers-educators": {"audience": "parents"},
    "explore/resources/law-enforcement-justice": {"audience": "justice"},
    "explore/resources/informational-materials": {"audience": "public"},
    "explore/training-guides": {"resource_type": "training-guide"},
    "explore/research-reports": {"resource_type": "research-report"},
    "about-us/impact-reports": {"resource_type": "impact-report"},
}
# Where the demo resources live (the "library" key of the demo data).
LIBRARY_PATHS = {
    "training-guides": "explore/training-guides",
    "research-reports": "explore/research-reports",
    "campaign-materials": "explore/campaign-materials",
    "impact-reports": "about-us/impact-reports",
    "children": "explore/resources/children-and-young-people",
    "parents": "explore/resources/parents-caregivers-educators",
    "justice": "explore/resources/law-enforcement-justice",
    "informational": "explore/resources/informational-materials",
}

SITE_SETTINGS = {
    "organisation_name": {"en": "APLE Cambodia", "km": "អង្គការ APLE កម្ពុជា"},
    "tagline": {
        "en": "Protecting children from sexual abuse and exploitation since 2003",
        "km": "ការពារកុមារពីការរំលោភបំពាន និងការកេងប្រវ័ញ្ចផ្លូវភេទ តាំងពីឆ្នាំ២០០៣",
    },
    "report_button_label": {"en": "Report abuse", "km": "រាយការណ៍ការរំលោភបំពាន"},
    "footer_about": {
        "en": "Founded in Phnom Penh in 2003, APLE (Action Pour Les Enfants) is a Cambodian non-governmental "
        "organisation that works with communities, police, courts and families so that children can grow up free "
        "from sexual abuse and exploitation.",
        "km": "APLE (Action Pour Les Enfants) បានបង្កើតឡើងនៅរាជធានីភ្នំពេញ ក្នុងឆ្នាំ២០០៣ "
        "ជាអង្គការមិនមែនរដ្ឋាភិបាលកម្ពុជា ដែលធ្វើការជាមួយសហគមន៍ ប៉ូលិស តុលាការ "
        "និងគ្រួសារ ដើម្បីឱ្យកុមារអាចធំធាត់ដោយរួចផុតពីការរំលោភបំពាន និងការកេងប្រវ័ញ្ចផ្លូវភេទ។",
    },
    "footer_vision": {
        "en": "A community with strong social and legal justice, where every child is free from sexual abuse and "
        "exploitation.",
        "km": "សហគមន៍មួយដែលមានយុត្តិធម៌សង្គម និងយុត្តិធម៌ផ្លូវច្បាប់រឹងមាំ ដែលកុមារគ្រប់រូបរួចផុតពីការរំលោភបំពាន និងការកេងប្រវ័ញ្ចផ្លូវភេទ។",
    },
    # The office address is not confirmed yet: it stays empty (and hidden) until an editor enters it.
    "registration_number": {
        "en": "Registered with the Ministry of Interior, No. 1599",
        "km": "ចុះបញ្ជីនៅក្រសួងមហាផ្ទៃ លេខ ១៥៩៩",
    },
}
# The organisation's public contacts. No Facebook address is known for sure: it stays empty until an editor
# enters it.
CONTACTS = {
    "hotline_number": "092 311 511",
    "police_hotline": "1288",
    "phone_number": "023 996 351",
    "email": "info@aplecambodia.org",
}
# The footer's columns as the organisation's current site has them: a page of the tree (or "resource:SLUG"), and
# its label where the link does not use the page's title.
FOOTER_LINKS = {
    FooterLink.QUICK: [
        ("resource:annual-report-2018", {"en": "Annual Report", "km": "របាយការណ៍ប្រចាំឆ្នាំ"}),
        ("explore/disrupting-harm-study", {"en": "Disrupting Harm Study", "km": "ការសិក្សា Disrupting Harm"}),
        ("about-us/faq", {"en": "The Fact", "km": "ការពិត"}),  # its answer on boys: 52 % of the children helped
        ("explore/media/case-stories", {"en": "Stories of Change", "km": "រឿងរ៉ាវនៃការផ្លាស់ប្តូរ"}),
    ],
    FooterLink.ACTION: [
        ("take-action/report-abuse", None),
        ("take-action/donate", None),
        ("take-action/get-involved", None),
        ("take-action/work-with-us", None),
    ],
    FooterLink.POLICIES: [("privacy-policy", None), ("cookie-policy", None)],
}
# The main menu: Home (on its own), then the top-level sections, their children, and Explore's grandchildren
# (three levels).
MENU = ["", "about-us", "our-work", "take-action", "explore"]

# Demo users, one per role. Local passwords only: `make run` prints them.
USERS = [
    ("admin", None, True, "aple-admin-local-2026"),
    ("editor", "Editors", False, "aple-editor-local-2026"),
    ("moderator", "Moderators", False, "aple-moderator-local-2026"),
    ("translator", "Translators", False, "aple-translator-local-2026"),
    ("analyst", "Hotline analysts", False, "aple-analyst-local-2026"),
    ("coordinator", "Volunteer coordinators", False, "aple-coordinator-local-2026"),
]


def paragraphs(html):
    """Rich-text paragraphs as plain text with blank lines between them."""
    return "\n\n".join(strip_tags(part).strip() for part in html.split("</p>") if strip_tags(part).strip())


def localized(field, values):
    return {f"{field}_{lang}": values[lang] for lang in LANGS if lang in values}


class Command(BaseCommand):
    help = "Load the bilingual demo site (idempotent). Use --users to create one user per role."

    def add_arguments(self, parser):
        parser.add_argument("--users", action="store_true", help="Create demo users with local passwords.")
        parser.add_argument(
            "--content",
            default=CONTENT_DIR,
            help="A folder of content files in the demo's format (news.yaml, resources.yaml, …) to load instead.",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        self.data = load_content(options["content"])
        self.created = 0
        # Wagtail's search index and reference index are built once at the end rather than on each of some 400
        # saves (the switches Wagtail documents for bulk loads): the demo loads in 29-31 s instead of 34 s here.
        no_auto_update = {
            name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        with disable_reference_index_auto_update(), override_settings(WAGTAILSEARCH_BACKENDS=no_auto_update):
            home = self.build_site()
        call_command("rebuild_references_index", stdout=StringIO())
        call_command("update_index", stdout=StringIO(), stderr=StringIO())
        # Inline items and snippets made here were not published through the admin: index all at once.
        call_command("rebuild_search", stdout=StringIO())
        self.stdout.write(f"Demo content: {self.created} objects created, {Page.objects.count()} pages in all.")
        if options["users"]:
            self.users(home)

    def build_site(self):
        self.taxonomy()
        self.glossary()
        home = self.home_page()
        self.pages = {}
        for node in self.data["pages"]["pages"]:
            self.build(node, home, "")
        self.articles()
        self.resources()
        self.courses()
        self.take_action()
        self.home_sections(home)
        site = self.site(home)
        self.menu()
        self.site_settings(site)
        self.consent(site)
        self.search()
        return home

    # Pages ------------------------------------------------------------------------------------

    def publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def home_page(self):
        home = HomePage.objects.first()
        if home:
            return home
        root = Page.get_first_root_node()
        # Wagtail's migrations create a "Welcome" page; the demo home page replaces it.
        for page in root.get_children():
            if page.specific_class is Page:
                page.delete()
        root.refresh_from_db()
        fields = {}
        for name in ("title", "seo_title", "search_description", "hero_heading", "hero_text", "hero_cta_label"):
            fields.update(localized(name, self.data["pages"]["home"][name]))
        fields.update(localized("mission_title", self.data["pages"]["home"]["mission_title"]))
        fields.update(
            {f"mission_text_{lang}": paragraphs(self.data["pages"]["home"]["mission_text"][lang]) for lang in LANGS}
        )
        fields.update(
            localized("impact_title", {"en": "Our impact", "km": "លទ្ធផលការងាររបស់យើង"})
            | localized("programmes_title", {"en": "What we do", "km": "អ្វីដែលយើងធ្វើ"})
        )
        home = HomePage(slug_en="home", slug_km="home", **fields)
        return self.publish(root, home)

    def build(self, node, parent, path):
        slug = node["slug"]["en"]
        path = f"{path}/{slug}" if path else slug
        page = parent.get_children().filter(slug_en=slug).specific().first()
        if page is None:
            fields = {}
            for name in ("title", "slug", "seo_title", "search_description", "intro"):
                fields.update(localized(name, node[name]))
            page_type = PAGE_TYPES.get(path, StandardPage)
            for key, value in LIBRARY_SCOPE.get(path, {}).items():
                fields[key] = {"audience": self.audiences, "resource_type": self.types}.get(key, {}).get(value, value)
            for name, values in node.get("fields", {}).items():
                if isinstance(values["en"], list):  # a StreamField: its blocks as JSON
                    values = {lang: json.dumps(blocks) for lang, blocks in values.items()}
                fields.update(localized(name, values))
            if page_type in PAGES_WITH_BODY:
                for lang in LANGS:
                    fields[f"body_{lang}"] = json.dumps(node["body"][lang])
            if page_type is GetInvolvedPage:
                # Sent from the site's own address (DEFAULT_FROM_EMAIL in the settings) to the organisation's.
                fields.update(to_address=CONTACTS["email"])
                fields.update(subject="Get Involved: a new message from the website")
            page = page_type(show_in_menus=node.get("in_menu", True), **fields)
            if page_type is ProgrammePage:
                page.goals = [
                    ProgrammeGoal(
                        sort_order=order, **localized("title", goal["title"]), **localized("text", goal["text"])
                    )
                    for order, goal in enumerate(node["goals"])
                ]
                page.activities = [
                    ProgrammeActivity(
                        sort_order=order, **localized("title", item["title"]), **localized("text", item["text"])
                    )
                    for order, item in enumerate(node["activities"])
                ]
            page = self.publish(parent, page)
        self.pages[path] = page
        for child in node.get("children", []):
            self.build(child, page, path)

    def glossary(self):
        """The terms the hotline and Report Abuse pages define (their "Glossary" block shows them all)."""
        if GlossaryTerm.objects.exists():
            return
        for order, data in enumerate(self.data["takeaction"]["glossary"]):
            GlossaryTerm.objects.create(
                slug=data["slug"],
                sort_order=order,
                **localized("term", data["term"]),
                **localized("definition", data["definition"]),
            )
            self.created += 1

    def taxonomy(self):
        self.audiences, self.types, self.topics = {}, {}, {}
        for model, data, store in (
            (Audience, self.data["resources"]["audiences"], self.audiences),
            (ResourceType, self.data["resources"]["types"], self.types),
        ):
            for slug, names in data.items():
                item = model.objects.filter(slug=slug).first()
                if item is None:
                    item = model.objects.create(slug=slug, **localized("name", names))
                    self.created += 1
                store[slug] = item
        for slug, names in self.data["resources"]["topics"].items():
            topic = ResourceTopic.objects.filter(slug=slug).first()
            if topic is None:
                topic = ResourceTopic.objects.create(slug=slug, **localized("name", names))
                self.created += 1
            self.topics[slug] = topic

    def document(self, data, language):
        title = data["title"][language]
        Document = get_document_model()
        document = Document.objects.filter(title=title, file__contains=f"{data['slug']}-{language}").first()
        if document is None:
            document = Document(title=title, title_km=data["title"]["km"])
            document.file = make_pdf(title, data["pages"][language], language, f"{data['slug']}-{language}.pdf")
            document.save()
            self.created += 1
        return document

    def resources(self):
        for data in self.data["resources"]["resources"]:
            library = self.pages[LIBRARY_PATHS[data["library"]]]
            if library.get_children().filter(slug_en=data["slug"]).exists():
                continue
            fields = {"slug_en": data["slug"], "slug_km": data["slug"], "year": data["year"]}
            for name in ("title", "summary"):
                fields.update(localized(name, data[name]))
            for language in data["files"]:
                fields[f"document_{language}"] = self.document(data, language)
            resource = ResourcePage(
                resource_type=self.types[data["type"]],
                external_url=data.get("external_url", ""),
                **fields,
            )
            resource.audiences = [self.audiences[key] for key in data["audiences"]]
            for key in data["topics"]:
                resource.topics.add(self.topics[key])
            self.publish(library, resource)

    def courses(self):
        library = self.pages["explore/online-courses"]
        for data in self.data["resources"]["courses"]:
            course = library.get_children().filter(slug_en=data["slug"]).specific().first()
            if course is not None:
                continue
            fields = {"slug_en": data["slug"], "slug_km": data["slug"]}
            for name in ("title", "summary", "duration"):
                fields.update(localized(name, data[name]))
            fields.update({f"outcomes_{lang}": "\n".join(data["outcomes"][lang]) for lang in LANGS})
            course = self.publish(
                library,
                OnlineCoursePage(
                    audience=self.audiences[data["audience"]],
                    course_language=data["language"],
                    **fields,
                ),
            )
            for lesson in data["lessons"]:
                fields = {"slug_en": lesson["slug"], "slug_km": lesson["slug"]}
                for name in ("title", "intro"):
                    fields.update(localized(name, lesson[name]))
                for lang in LANGS:
                    fields[f"topics_{lang}"] = json.dumps(
                        [
                            {
                                "type": "topic",
                                "value": {"title": topic["title"][lang], "content": topic["content"][lang]},
                            }
                            for topic in lesson["topics"]
                        ]
                    )
                self.publish(course, LessonPage(**fields))

    def articles(self):
        tags = {}
        for slug, names in self.data["news"]["tags"].items():
            tag = NewsTag.objects.filter(slug=slug).first()
            if tag is None:
                tag = NewsTag.objects.create(slug=slug, **localized("name", names))
                self.created += 1
            tags[slug] = tag
        for data in self.data["news"]["articles"]:
            category = self.pages[f"explore/media/{data['category']}"]
            if category.get_children().filter(slug_en=data["slug"]).exists():
                continue
            # An article whose date is not known is dated the day it is first published here.
            date = datetime.date.fromisoformat(data["date"]) if data.get("date") else timezone.localdate()
            fields = {"slug_en": data["slug"], "slug_km": data["slug"]}
            for name in ("title", "summary", "byline"):
                if data.get(name):
                    fields.update(localized(name, data[name]))
            for lang in LANGS:
                fields[f"body_{lang}"] = json.dumps(data["body"][lang])
            article = ArticlePage(date=date, **fields)
            for slug in data["tags"]:
                article.tags.add(tags[slug])
            category.add_child(instance=article)
            published_at = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))
            article.save_revision().publish()
            ArticlePage.objects.filter(pk=article.pk).update(
                first_published_at=published_at, last_published_at=published_at
            )
            if data.get("views"):
                # The count the old site showed, carried over once (readers add to it from there).
                ArticleViews.objects.get_or_create(page=article, defaults={"views": data["views"]})
            self.created += 1

    def take_action(self):
        """The help services directory, the ways to give, the Get Involved form and the vacancies."""
        if not HelpService.objects.exists():
            provinces = {p.code: p for p in Province.objects.all()}
            for data in self.data["takeaction"]["services"]:
                service = HelpService(
                    kind=data["kind"],
                    sort_order=data["order"],
                    nationwide=data.get("nationwide", False),
                    email=data.get("email", ""),
                    website=data.get("website", ""),
                    **{
                        key: value
                        for name in ("name", "description", "hours", "languages", "address")
                        if name in data
                        for key, value in localized(name, data[name]).items()
                    },
                )
                service.provinces = [provinces[code] for code in data.get("provinces", [])]
                service.phones = [
                    HelpServicePhone(number=number, sort_order=order, **localized("label", label))
                    for order, (label, number) in enumerate(data.get("phones", []))
                ]
                service.save()
                self.created += 1
        donate = self.pages["take-action/donate"]
        if not donate.ways.exists():
            for order, data in enumerate(self.data["takeaction"]["ways_to_give"]):
                WayToGive.objects.create(
                    page=donate,
                    sort_order=order,
                    kind=data["kind"],
                    **localized("title", data["title"]),
                    **localized("details", data["details"]),
                )
                self.created += 1
        form_page = self.pages["take-action/get-involved"]
        if not form_page.form_fields.exists():
            for order, (field_type, required, label, choices) in enumerate(self.data["takeaction"]["form_fields"]):
                GetInvolvedFormField.objects.create(
                    page=form_page,
                    sort_order=order,
                    field_type=field_type,
                    required=required,
                    clean_name="",
                    **localized("label", label),
                    **(localized("choices", choices) if choices else {}),
                )
                self.created += 1
        hotline = self.pages["our-work/hotline"]
        if not any(block.block_type == "button" for block in hotline.body_en):
            # The hotline page leads to the online form as well as the phone numbers (before its glossary).
            report = self.pages["take-action/report-abuse"]
            for lang, label in (("en", "Report online, anonymously"), ("km", "រាយការណ៍តាមអនឡាញ ដោយមិនបញ្ចេញឈ្មោះ")):
                body = getattr(hotline, f"body_{lang}")
                at = next((i for i, block in enumerate(body) if block.block_type == "glossary"), len(body))
                body.insert(at, ("button", {"label": label, "page": report, "url": ""}))
            hotline.save_revision().publish()
        jobs = self.pages["take-action/work-with-us"]
        for data in self.data["takeaction"]["vacancies"]:
            if jobs.get_children().filter(slug_en=data["slug"]).exists():
                continue
            fields = {"slug_en": data["slug"], "slug_km": data["slug"]}
            for name in ("title", "location", "employment", "summary"):
                fields.update(localized(name, data[name]))
            for lang in LANGS:
                fields[f"description_{lang}"] = json.dumps([{"type": "paragraph", "value": data["description"][lang]}])
            closing = timezone.localdate() + datetime.timedelta(days=data["closes_in"])
            self.publish(jobs, VacancyPage(closing_date=closing, **fields))

    def home_sections(self, home):
        if not home.impact_figures.exists():
            for order, figure in enumerate(self.data["pages"]["home"]["impact_figures"]):
                HomeImpactFigure.objects.create(
                    page=home,
                    sort_order=order,
                    **localized("value", figure["value"]),
                    **localized("label", figure["label"]),
                )
                self.created += 1
        if not home.programme_cards.exists():
            for order, card in enumerate(self.data["pages"]["home"]["programmes"]):
                HomeProgrammeCard.objects.create(
                    home=home,
                    sort_order=order,
                    page=self.pages[f"our-work/{card['page']}"],
                    **localized("title", card["title"]),
                    **localized("text", card["text"]),
                )
                self.created += 1
        if home.hero_cta_page_id is None:
            home.hero_cta_page = self.pages["take-action/report-abuse"]
            home.save_revision().publish()

    def site(self, home):
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if site.root_page_id != home.pk or not site.pk:
            site.hostname, site.port, site.site_name, site.root_page = "localhost", 80, "APLE Cambodia", home
            site.save()
        return site

    # Navigation -------------------------------------------------------------------------------

    def menu(self):
        if MenuItem.objects.exists():
            return
        order = 0

        def add(page, parent, depth):
            nonlocal order
            item = MenuItem.objects.create(link_page=page, parent=parent, sort_order=order)
            order += 1
            self.created += 1
            if depth < 3 and not page.is_site_root():
                for child in page.get_children().live().in_menu():
                    add(child, item, depth + 1)

        for path in MENU:
            add(self.pages[path] if path else HomePage.objects.get(), None, 1)

    def site_settings(self, site):
        site_settings = SiteSettings.for_site(site)
        if site_settings.footer_links.exists():
            return
        for name, values in SITE_SETTINGS.items():
            for field, value in localized(name, values).items():
                setattr(site_settings, field, value)
        for field, value in CONTACTS.items():
            setattr(site_settings, field, value)
        site_settings.report_button_page = self.pages["take-action/report-abuse"]
        site_settings.save()
        for group, links in FOOTER_LINKS.items():
            for order, (path, label) in enumerate(links):
                if path.startswith("resource:"):
                    page = ResourcePage.objects.get(slug_en=path.removeprefix("resource:"))
                else:
                    page = self.pages[path]
                FooterLink.objects.create(
                    settings=site_settings,
                    group=group,
                    link_page=page,
                    sort_order=order,
                    **localized("label", label or {}),
                )
                self.created += 1

    def consent(self, site):
        if not ConsentCategory.objects.exists():
            for order, data in enumerate(self.data["consent"]["categories"]):
                category = ConsentCategory.objects.create(
                    key=data["key"],
                    required=data["required"],
                    sort_order=order,
                    **localized("name", data["name"]),
                    **localized("description", data["description"]),
                )
                for number, (name, provider, purpose, lifetime) in enumerate(data["cookies"]):
                    ConsentCookie.objects.create(
                        category=category,
                        sort_order=number,
                        name=name,
                        provider=provider,
                        **localized("purpose", purpose),
                        **localized("lifetime", lifetime),
                    )
                self.created += 1
        consent_settings = ConsentSettings.for_site(site)
        if not consent_settings.banner_text:
            for name, values in self.data["consent"]["settings"].items():
                for field, value in localized(name, values).items():
                    setattr(consent_settings, field, value)
            for field, value in self.data["consent"]["statistics"].items():
                setattr(consent_settings, field, value)
            consent_settings.policy_page = self.pages.get("cookie-policy")
            consent_settings.save()

    def search(self):
        """Editors' promoted results for a few queries, and the old site's addresses redirected."""
        for order, (query, path, description) in enumerate(self.data["search"]["promotions"]):
            _promotion, created = SearchPromotion.objects.get_or_create(
                query=Query.get(query),
                page=self.pages[path],
                defaults={"description": description, "sort_order": order},
            )
            self.created += created
        for old_path, target in self.data["search"]["old_addresses"]:
            if target.startswith("article:"):
                page = ArticlePage.objects.get(slug_en=target.removeprefix("article:"))
            else:
                page = self.pages[target]
            _redirect, created = Redirect.objects.get_or_create(
                old_path=Redirect.normalise_path(old_path), site=None, defaults={"redirect_page": page}
            )
            self.created += created

    # Users ------------------------------------------------------------------------------------

    def users(self, home):
        call_command("setup_roles", stdout=self.stdout if self.verbosity > 1 else StringIO())

        User = get_user_model()
        self.stdout.write("\nDemo logins (local passwords, for this machine only):")
        for username, group_name, is_superuser, password in USERS:
            user, _ = User.objects.get_or_create(
                # No email address: staff enter their own (the analysts' "new report" emails need one).
                username=username,
                defaults={"first_name": username.title()},
            )
            user.is_superuser = user.is_staff = is_superuser
            user.set_password(password)
            user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(f"  {username:<11} {password:<28} {group_name or 'Administrator (superuser)'}")
        self.demo_backup_codes()

    def demo_backup_codes(self):
        """Superusers and analysts sign in with a second factor. So that the demo opens without a phone, each has
        backup codes (printed; each works once): set up an authenticator app from the account page."""
        from django_otp.plugins.otp_static.models import StaticToken

        from aple_site.accounts import two_factor

        lines = []
        for user in get_user_model().objects.filter(username__in=[u[0] for u in USERS]).order_by("pk"):
            if not two_factor.is_required(user):
                continue
            codes = list(StaticToken.objects.filter(device__user=user).values_list("token", flat=True))
            if len(codes) < 3:
                codes = two_factor.new_backup_codes(user, count=5)
            lines.append(f"  {user.username:<11} {' '.join(sorted(codes))}")
        self.stdout.write("Two-factor backup codes (each works once, in the code field of the sign-in form):")
        self.stdout.write("\n".join(lines))
