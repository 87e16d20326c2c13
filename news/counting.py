"""Counting real reads of articles, without cookies and without storing who read what.

A view counts when a browser showing a published article asks for /views/<id>/ (a beacon from
site.js, or an <img> inside <noscript>). It does not count for previews (the preview page has no
counter), for signed-in staff, for known bots and link-preview fetchers, for prefetches, or a second
time on the same day for the same visitor. "The same visitor" is a hash of the day's random salt,
the address and the user agent, kept only in the cache until the day ends: the address itself is
never stored, and the salt of a past day is gone, so old hashes cannot be matched to anyone.
"""

import datetime
import hashlib
import secrets

from django.core.cache import cache
from django.utils import timezone

from aple_site.core.visitors import is_bot, is_prefetch


def _seconds_until_midnight(now):
    tomorrow = datetime.datetime.combine(now.date() + datetime.timedelta(days=1), datetime.time(), now.tzinfo)
    return max(int((tomorrow - now).total_seconds()), 60)


def first_view_today(request, page_id):
    """True the first time today that this visitor reads this article (nothing is stored but a hash)."""
    now = timezone.localtime()
    ttl = _seconds_until_midnight(now)
    day = now.date().isoformat()
    salt = cache.get_or_set(f"views:salt:{day}", lambda: secrets.token_hex(16), ttl)
    address = request.META.get("REMOTE_ADDR", "")
    agent = request.META.get("HTTP_USER_AGENT", "")
    digest = hashlib.sha256(f"{salt}|{address}|{agent}|{page_id}".encode()).hexdigest()
    return cache.add(f"views:seen:{digest}", 1, ttl)


def should_count(request):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return False
    return not is_bot(request.META.get("HTTP_USER_AGENT", "")) and not is_prefetch(request)
