import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.images import rich_text as image_rich_text
from wagtail.images.formats import get_image_formats
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from aple_site.core.roles import TRANSLATORS_GROUP, is_translator

from .glossary import GlossaryTerm
from .translation_status import TranslationState

STATUS_GROUPS = {TRANSLATORS_GROUP, "Editors", "Moderators"}


def can_see_translation_status(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=STATUS_GROUPS).exists())


def section_choices():
    """The site's sections (the home page and the pages under it) and the kinds of snippets and settings."""
    from django.contrib.contenttypes.models import ContentType

    pages = Page.objects.filter(depth__in=[2, 3]).order_by("path")
    choices = [(f"page:{page.path}", page.title) for page in pages]
    labels = TranslationState.objects.exclude(section__startswith="page:").values_list("section", flat=True)
    for label in sorted(set(labels)):
        app_label, model = label.removeprefix("model:").split(".")
        model_class = ContentType.objects.get_by_natural_key(app_label, model).model_class()
        if model_class is not None:
            choices.append((label, capfirst(model_class._meta.verbose_name_plural)))
    return choices


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/khmer-font.css"),
        static("css/admin.css"),
    )


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_translator(request.user)


@hooks.register("register_admin_menu_item")
def interface_strings_menu_item():
    url = reverse("rosetta-file-list", kwargs={"po_filter": "project"})
    return TranslatorsMenuItem(_("Interface strings"), url, icon_name="doc-full", order=170)


class TranslationStatusFilterSet(WagtailFilterSet):
    section = django_filters.ChoiceFilter(label=_("Section"), choices=section_choices)
    problem = django_filters.ChoiceFilter(
        label=_("Khmer"),
        choices=[("missing", _("Missing")), ("outdated", _("Older than the English"))],
        method="filter_problem",
    )

    class Meta:
        model = TranslationState
        fields = ["section", "problem"]

    def filter_problem(self, queryset, name, value):
        if value == "missing":
            return queryset.exclude(missing="")
        return queryset.filter(km_changed_at__lt=F("en_changed_at"))


class TranslationStatusView(ReportView):
    """Live pages and snippets whose Khmer is missing or older than their English, for translators."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    filterset_class = TranslationStatusFilterSet
    list_export = ["label", "type_name", "section_name", "problem", "en_changed_at", "km_changed_at", "edit_url"]
    export_headings = {
        "label": _("Item"),
        "type_name": _("Type"),
        "section_name": _("Section"),
        "problem": _("Khmer"),
        "en_changed_at": _("English changed"),
        "km_changed_at": _("Khmer changed"),
        "edit_url": _("Edit"),
    }
    columns = [
        TitleColumn("label", label=_("Item"), get_url=lambda state: state.edit_url),
        Column("type_name", label=_("Type")),
        Column("section_name", label=_("Section")),
        Column("problem", label=_("Khmer")),
        DateColumn("en_changed_at", label=_("English changed")),
        DateColumn("km_changed_at", label=_("Khmer changed")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return (
            TranslationState.objects.filter(Q(km_changed_at__lt=F("en_changed_at")) | ~Q(missing=""))
            .exclude(page__live=False)
            .select_related("content_type", "owner_type")
            .order_by("section", "label", "pk")
        )

    def decorate_paginated_queryset(self, object_list):
        states = list(object_list)
        names = dict(section_choices())
        owners = {}
        for state in states:
            owners.setdefault(state.owner_type, set()).add(state.owner_id)
        loaded = {
            owner_type.pk: owner_type.model_class()._default_manager.in_bulk(ids)
            for owner_type, ids in owners.items()
            if not issubclass(owner_type.model_class(), Page)
        }
        finder = AdminURLFinder(self.request.user)
        for state in states:
            model = state.content_type.model_class()
            state.type_name = capfirst(model._meta.verbose_name)
            state.section_name = names.get(state.section, state.section)
            missing = [
                str(capfirst(model._meta.get_field(field).verbose_name)) for field in state.missing.split(", ") if field
            ]
            problems = [_("missing: %(fields)s") % {"fields": ", ".join(missing)}] if missing else []
            if state.outdated:
                problems.append(_("older than the English"))
            state.problem = "; ".join(str(p) for p in problems)
            if issubclass(state.owner_type.model_class(), Page):
                path = reverse("wagtailadmin_pages:edit", args=[state.owner_id])
            else:
                owner = loaded[state.owner_type.pk].get(state.owner_id)
                path = finder.get_edit_url(owner) if owner else ""
            state.edit_url = path
        return states


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_status(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    url = reverse("translation_status")
    return TranslationStatusMenuItem(_("Translation status"), url, icon_name="globe", order=650)


class ImageEmbedHandler(image_rich_text.ImageEmbedHandler):
    """Wagtail's, except that an image stored with a format that is not registered (a hand-made request can
    store any) is shown in the first registered format instead of breaking the page with a server error."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        known = {image_format.name for image_format in get_image_formats()}
        fallback = get_image_formats()[0].name
        attrs_list = [
            {**attrs, "format": attrs.get("format") if attrs.get("format") in known else fallback}
            for attrs in attrs_list
        ]
        return super().expand_db_attributes_many(attrs_list)


@hooks.register("register_rich_text_features", order=100)  # after wagtail.images registers its own
def safe_image_embeds(features):
    features.register_embed_type(ImageEmbedHandler)


class GlossaryTermViewSet(SnippetViewSet):
    """The glossary, in the order it is shown (drag the terms to reorder them)."""

    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    menu_order = 170
    add_to_admin_menu = True
    list_display = ["term", "slug"]
    search_fields = ["term_en", "term_km"]


register_snippet(GlossaryTermViewSet)
