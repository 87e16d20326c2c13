"""Private sections (pages with a view restriction) known without asking the database on every request.

Wagtail asks for the view restrictions of a page's ancestors before serving it (two queries), and `.public()`
reads every restriction again in each listing. The few restricted paths are a shared part of the current
generation instead (which moves on any page or restriction change): a page outside them skips the lookup, and
listings exclude them by path. Pages inside one get Wagtail's own check.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import PageViewRestriction

from .page_cache import _previewing, shared_part


def restricted_paths():
    """Tree paths of the pages that carry a view restriction (their descendants are private too)."""
    return shared_part(
        "restricted-paths", lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())
    )


def public(queryset):
    """`queryset.public()` without asking the database for the restrictions each time."""
    paths = restricted_paths()
    if not paths:
        return queryset
    return queryset.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))


def is_restricted(page):
    return any(page.path.startswith(path) for path in restricted_paths())


class ViewRestrictionsMixin:
    """For page models: no restriction query for a page outside every private section; previews computed
    afresh, never kept (see page_cache.shared_part)."""

    def serve_preview(self, request, mode_name):
        token = _previewing.set(True)
        try:
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()  # while previewing
            return response
        finally:
            _previewing.reset(token)

    def get_view_restrictions(self):
        if self.alias_of_id is None and not is_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
