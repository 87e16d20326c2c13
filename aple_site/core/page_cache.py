"""The page cache: whole public pages kept for anonymous visitors, dropped as soon as anything they show changes.

A page is served from the cache only to a request that carries no session (no signed-in staff, no preview),
for GET or HEAD, and only if the first answer was a plain 200: no cookie set (so no page with a form's
security token: the report pages, Get Involved), not private, not a download or a counter. The language is
part of the address (/en/, /km/) and so of the key. Entries carry a generation number: publishing,
unpublishing, moving or deleting a page, and saving any snippet, setting, image, document, redirect or
promoted result start a new generation, so every page is rendered afresh.
"""

import hashlib
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from wagtail.signals import page_published, page_unpublished, post_page_move

# Set while a preview is rendered: a draft must neither read what live pages keep nor leave anything there.
_previewing = ContextVar("previewing", default=False)


def previewing():
    return _previewing.get()


GENERATION_KEY = "page-cache:generation"
PART_SECONDS = 60 * 60  # shared parts of a generation no page asks for any more expire by themselves
# Addresses that count, serve files or change state are never cached.
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/")
SKIPPED_PARTS = ("/views/", "/downloads/", "/consent/")
# What an edit in the admin can change on a public page.
CONTENT_APPS = {"core", "home", "news", "resources", "takeaction", "navigation", "consent", "site_search"}
CONTENT_MODELS = {
    ("wagtailimages", "image"),
    ("wagtaildocs", "document"),
    ("wagtailredirects", "redirect"),
    ("wagtailsearchpromotions", "query"),
    ("wagtailsearchpromotions", "searchpromotion"),
    ("wagtailcore", "site"),
    ("wagtailcore", "page"),
    ("wagtailcore", "pageviewrestriction"),
}
# Models of those apps that visitors write (counters, submissions, reports): saving them changes no page.
VISITOR_MODELS = {
    ("news", "articleviews"),
    ("core", "siterendition"),
    ("resources", "resourcedownload"),
    ("takeaction", "report"),
    ("takeaction", "reportnote"),
    ("takeaction", "reportauditlog"),
    ("takeaction", "reportnotification"),
    ("takeaction", "getinvolvedsubmission"),
    ("consent", "consentdecision"),
    ("site_search", "searchentry"),
}


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# Within a request (PageCacheMiddleware) the generation is read once (pages ask for it many times: cached
# structure, pictures); outside one, every time.
_request_generation = ContextVar("page_cache_generation", default=None)


@contextmanager
def generation_read_afresh():
    """Around a request: its first look at the generation asks the cache, later ones don't."""
    token = _request_generation.set({})
    try:
        yield
    finally:
        _request_generation.reset(token)


def generation():
    remembered = _request_generation.get()
    if remembered is not None and "value" in remembered:
        return remembered["value"]
    # A new count starts from the clock, never from 1: after the cache is emptied (a restart of Redis), the
    # workers' own copies of older generations cannot match it.
    value = page_cache().get_or_set(GENERATION_KEY, time.time_ns, timeout=None)
    if remembered is not None:
        remembered["value"] = value
    return value


def clear(**kwargs):
    """Start a new generation: every cached page is stale from now on (and expires by itself)."""
    cache = page_cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
    remembered = _request_generation.get()
    if remembered is not None:
        remembered.pop("value", None)


def _request_is_cacheable(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False  # signed in (or previewing), or a message waits to be shown
    path = request.path
    return not path.startswith(SKIPPED_PREFIXES) and not any(part in path for part in SKIPPED_PARTS)


def _response_is_cacheable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # A page with a form's security token sets its cookie on every answer, so the test above leaves it out.
    # (Pages say "Vary: Cookie" because the user bar asks who is signed in: that part is always empty here.)
    control = response.get("Cache-Control", "")
    return not any(word in control for word in ("private", "no-store", "no-cache"))


def _key(request):
    address = f"{request.get_host()}{request.get_full_path()}".encode()
    # Kept as sent: compressed for browsers that take gzip (nearly all), plain for the others.
    encoding = "gzip" if re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")) else "identity"
    return f"page-cache:{request.method}:{encoding}:{hashlib.sha256(address).hexdigest()}"


def _stored(response):
    return (generation(), response.status_code, list(response.items()), response.content)


def _restored(stored):
    _generation, status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def _lookup(request):
    """(key, stored page or None): the page and the current generation read in one round trip; a page kept in
    an older generation is stale. (Two round trips, generation then page, cost 0.28-0.35 ms per cached page
    where this costs 0.21-0.24 ms: tests/bench, cached rows.)"""
    key = _key(request)
    found = page_cache().get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    if current is None:
        current = generation()
    elif (remembered := _request_generation.get()) is not None:
        remembered["value"] = current  # the rest of the request reads it from here
    stored = found.get(key)
    if stored is None or stored[0] != current:
        return key, None
    return key, stored


def shared_part(name, compute):
    """`compute()`, kept in the shared cache until anything a page shows changes (a new generation): for the parts
    that many pages share (menus, footer, consent texts, news categories, the hub's sections, the home page's
    showcase, listing counts and filter choices), never for what only one page shows, which the page cache keeps
    whole. Previews neither read nor keep anything (`previewing`, set by restrictions.py while a preview renders).
    A first visit to an article takes 11 queries with them instead of 31 without, a resource 12 instead of 26, a
    listing page 8 instead of 25 (counted with Django's CaptureQueriesContext on the test site, the parts built by
    another page first)."""
    if previewing():
        return compute()
    # Hashed: names hold filter values, which may contain anything (memcached refuses spaces).
    key = "part:" + hashlib.sha256(f"{name}:{generation()}".encode()).hexdigest()
    cache = page_cache()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, PART_SECONDS)
    return value


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with generation_read_afresh():
            return self._answer(request)

    def _answer(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _request_is_cacheable(request):
            return self.get_response(request)
        key, stored = _lookup(request)
        if stored is not None:
            cached = _restored(stored)
            # A browser holding this version gets "304 Not Modified" (its ETag), others the stored page.
            answer = get_conditional_response(request, etag=cached.get("ETag"), response=cached)
            answer["X-Page-Cache"] = "hit"
            return answer
        response = self.get_response(request)
        if _response_is_cacheable(response):
            # Browsers and a CDN check back each time (cheaply, with the ETag); the page itself is kept here.
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            page_cache().set(key, _stored(response), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response


def _changes_pages(sender):
    meta = getattr(sender, "_meta", None)
    if meta is None:
        return False
    model = (meta.app_label, meta.model_name)
    return model in CONTENT_MODELS or (meta.app_label in CONTENT_APPS and model not in VISITOR_MODELS)


def _content_saved(sender, **kwargs):
    if _changes_pages(sender):
        clear()


def purge_proxy(instance, **kwargs):
    """With a cache in front (deploy/nginx.conf's, or Cloudflare: WAGTAILFRONTENDCACHE), drop from it the page
    published or unpublished, at its exact address in both languages, before the editor's request returns;
    then, in the background, the pages that list it (its category, the hub, the home page...), each of which
    the proxy fetches again. Connected after `clear`, so that the proxy gets the new pages. Other pages (a
    menu or footer edit) expire there by themselves (a minute in deploy/nginx.conf)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return

    def addresses(pages):
        for page in pages:
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    url = page.get_full_url()
                if url:
                    yield url

    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    PurgeBatch(addresses([instance])).purge()
    listing_pages = PurgeBatch(addresses(instance.get_ancestors().filter(depth__gte=2)))
    purge_proxy.pending = threading.Thread(target=listing_pages.purge, daemon=True)
    purge_proxy.pending.start()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(clear, dispatch_uid=f"page-cache-{signal}")
    for signal in (page_published, page_unpublished):
        signal.connect(purge_proxy, dispatch_uid=f"page-cache-proxy-{signal}")
    post_save.connect(_content_saved, dispatch_uid="page-cache-save")
    post_delete.connect(_content_saved, dispatch_uid="page-cache-delete")
