"""The few places that rely on another package's private behaviour (listed in docs/architecture.md): each test
here fails when the upstream behaviour we rely on changes."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site


def test_routing_hands_the_found_page_its_parent_so_get_parent_asks_nothing(db):
    """core/routing.py sets treebeard's `_cached_parent_obj` (as Wagtail's own routing does)."""
    page = Page.objects.live().filter(depth__gte=4).first().specific
    site = Site.objects.get(is_default_site=True)
    request = RequestFactory().get(page.url)
    path = page.url_path[len(site.root_page.url_path) :]
    result = site.root_page.specific.route(request, [part for part in path.split("/") if part])
    with CaptureQueriesContext(connection) as queries:
        parent = result.page.get_parent()
    assert parent.pk == page.get_parent().pk
    assert len(queries) == 0
