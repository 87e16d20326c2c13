"""The page tree in few queries: routing an address in one query instead of two per level, and the
private sections (pages with a view restriction) kept in the cache instead of asked for by every listing.

Wagtail finds a page by walking the tree, a query for each level and another for the page's own fields,
then asks for the ancestors' view restrictions (two more) and, in every `.public()` listing, for all view
restrictions again. Here the levels of an address are fetched together, the restricted paths (and other
small facts about the tree, such as the news categories) are cached for the current page-cache generation
(which moves on any page or restriction change), and a page outside every restricted section skips the
restriction lookup. Pages inside one get Wagtail's own check.
"""

import copy
import hashlib
from collections import defaultdict
from contextvars import ContextVar
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Model, Q
from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult
from wagtail_modeltranslation.patch_wagtailadmin import _localized_site_get_site_root_paths

from . import page_cache

MAX_DEPTH = 32  # levels below the home page that an address may have
STRUCTURE_TIMEOUT = 60  # seconds: bounds staleness where the cache is not shared between processes


_remembered = page_cache.WorkerMemory(4096)  # in items plus the objects they hold (see _weight): tens of MB


def _weight(value):
    """Roughly how many pages, images and other rows `value` holds (a listing's page weighs its dozen cards,
    numbers nothing, text a unit per 4 KB): for the bound on what each worker keeps."""
    if isinstance(value, Model):
        return 1
    if isinstance(value, str):
        return len(value) // 4096
    if isinstance(value, list | tuple):
        return sum(map(_weight, value))
    if isinstance(value, dict):
        return sum(map(_weight, value.values()))
    return 0


# Set while a preview is rendered: a draft must neither read what live pages keep nor leave anything there.
_previewing = ContextVar("previewing", default=False)


def for_generation(name, compute):
    """`compute()`, kept until any page, snippet, setting or restriction changes (a new page-cache generation):
    in this worker's memory, and in the shared cache for the other workers. Not kept in previews."""
    if _previewing.get():
        return compute()
    value = _remembered.get(name)
    if value is not None:
        return value
    # Hashed: names hold filter values, which may contain anything (memcached refuses spaces).
    key = "structure:" + hashlib.sha256(f"{name}:{page_cache.generation()}".encode()).hexdigest()
    cache = page_cache.page_cache()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, STRUCTURE_TIMEOUT)
    _remembered.put(name, value, 1 + _weight(value))
    return value


_sites = page_cache.WorkerMemory(64)


def site_for(request):
    """Wagtail's site for this request, looked up once per host, port and generation in each worker. The
    site's home page is kept with it (so it is read once too: `.specific` is cached on it)."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site  # found already for this request (SiteMiddleware)
    address = (split_domain_port(request._get_raw_host())[0], request.get_port())  # as Wagtail reads them
    site = _sites.get(address)
    if site is None:
        site = Site._find_for_request(request)
        _sites.put(address, site)
    return site


def site_root_paths(page, request=None):
    """For page models: the sites' root paths in the current language, as wagtail-modeltranslation finds them
    (its replacement of Wagtail's `_get_site_root_paths`, which asks the cache again for every page object
    whose URL is wanted and whenever the language changes), kept in the worker's memory for the generation."""
    return for_generation(f"site-root-paths:{get_language()}", _localized_site_get_site_root_paths)


def restricted_paths():
    """Tree paths of the pages that carry a view restriction (their descendants are private too)."""
    return for_generation(
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


class CachedRestrictionsMixin:
    """For page models: no restriction query for a page outside every private section; previews computed
    afresh, never kept (see for_generation)."""

    def serve_preview(self, request, mode_name):
        token = _previewing.set(True)
        try:
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()  # while previewing: templates keep fragments too ({% remember %})
            return response
        finally:
            _previewing.reset(token)

    def get_view_restrictions(self):
        if self.alias_of_id is None and not is_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


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


_routed = page_cache.WorkerMemory(512)


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
    each level. The pages on the way are kept on the page found as `route_ancestors` (for the breadcrumbs).
    Each worker keeps the page found for an address until any page changes (a new page-cache generation),
    and gives each request its own copy of it."""
    if len(path_components) > MAX_DEPTH:
        raise Http404  # deeper than any page of the site: no need to ask the database
    if not path_components:
        if root.live:
            return RouteResult(root)
        raise Http404
    key = (root.pk, get_language(), *path_components)
    found = _routed.get(key)
    if found is None:
        found = _find(root, path_components)
        if found is None:
            raise Http404
        _routed.put(key, found)
    page, used = found
    return copy.copy(page).route(request, path_components[used:])
