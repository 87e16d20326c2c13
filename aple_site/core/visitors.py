"""Which requests are not a person reading: bots, link-preview fetchers and prefetches (never counted as a
read or a download)."""

import re

BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|meta-externalagent|embedly|"
    r"whatsapp|telegram|discord|skype|slack|linkedin|pinterest|preview|lighthouse|pagespeed|monitor|"
    r"curl|wget|python-|httpx|aiohttp|java/|go-http-client|okhttp|node-fetch|axios|scrapy|phantomjs",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("HTTP_PURPOSE", "HTTP_SEC_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")


def is_bot(user_agent):
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def is_prefetch(request):
    return any("prefetch" in request.META.get(header, "").lower() for header in PREFETCH_HEADERS)
