"""Routing an address in one query for all its levels instead of two per level.

Wagtail finds a page by walking the tree, and wagtail-modeltranslation's replacement of `Page.route` (for slugs
in each language) reads every child of every level on the way. Here the levels of an address are fetched
together, by Wagtail's own indexed slug column first. Every address starts at the home page, whose `route` this is
(set in apps.py: wagtail-modeltranslation gives each page model its own `route` when it starts).

The page found is given its parent as treebeard's `_cached_parent_obj`, as Wagtail's own routing does for the
pages it walks: the breadcrumbs and templates ask `get_parent()`, and without it each asks the database again
(one query per page view; tests/core/test_private_apis.py fails if treebeard stops reading it)."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

MAX_DEPTH = 32  # levels below the home page that an address may have


def _routes_itself(page_class, remaining):
    """Whether a page of this class answers the rest of the address itself rather than by a child."""
    if issubclass(page_class, RoutablePageMixin):
        try:
            page_class.get_resolver().resolve("/" + "".join(f"{part}/" for part in remaining))
        except Http404:
            return False
        return True
    # wagtail-modeltranslation gives every page model its own `route` (slugs with language fallback),
    # which this function replaces; any other `route` is a page's own and is left to do its work.
    return page_class.route is not Page.route


def _slug_in_any_language(slug):
    """Pages whose slug in any language is `slug` (the exact choice is made with the language's fallback)."""
    languages = settings.MODELTRANSLATION_LANGUAGES
    return reduce(or_, (Q(**{build_localized_fieldname("slug", code): slug}) for code in languages))


def _chain(root, path_components, exact_column):
    """The pages along the address, as far as they are found, in one query: looked up by Wagtail's own slug
    column (indexed; wagtail-modeltranslation keeps the default language's slug in it), or, when that finds
    no way through, by the slug columns of every language."""
    if exact_column:
        pages, condition = Page.objects.rewrite(False), lambda slug: Q(slug=slug)
    else:
        pages, condition = Page.objects, _slug_in_any_language
    depths = enumerate(path_components, start=root.depth + 1)
    levels = reduce(or_, (Q(depth=depth) & condition(slug) for depth, slug in depths))
    candidates = defaultdict(list)
    for page in pages.filter(levels, path__startswith=root.path):
        candidates[page.depth].append(page)
    chain, parent = [], root
    for depth, slug in enumerate(path_components, start=root.depth + 1):
        # The slug in the visitor's language, or the English one where the Khmer is empty (modeltranslation's way).
        child = next((p for p in candidates[depth] if p.path[: -p.steplen] == parent.path and p.slug == slug), None)
        if child is None:
            break
        chain.append(child)
        parent = child
    return chain


def _find(root, path_components):
    """(the specific page that answers the address, how many of its parts lead to it), or None."""
    for exact_column in (True, False):
        chain = _chain(root, path_components, exact_column)
        for index, page in enumerate(chain):
            remaining = path_components[index + 1 :]
            page_class = page.specific_class
            if page_class is None:
                return None
            if not remaining or (page.live and _routes_itself(page_class, remaining)):
                found = page.specific
                found.route_ancestors = [root, *chain[:index]]
                found._cached_parent_obj = found.route_ancestors[-1]
                return found, index + 1
    return None


def route(root, request, path_components):
    """What Wagtail (with wagtail-modeltranslation) finds for an address under `root`, with one query for all
    its levels and one for the page found, where they take two queries per level, reading every child of
    each level. The pages on the way are kept on the page found as `route_ancestors` (for the breadcrumbs)."""
    if len(path_components) > MAX_DEPTH:
        raise Http404  # deeper than any page of the site: no need to ask the database
    if not path_components:
        if root.live:
            return RouteResult(root)
        raise Http404
    found = _find(root, path_components)
    if found is None:
        raise Http404
    page, used = found
    return page.route(request, path_components[used:])
