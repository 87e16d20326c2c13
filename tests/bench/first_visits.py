"""Where a first visit's time goes, in-process: each public page type rendered with the page cache off (the
shared parts built once), on the demo database of `make run`. Prints the median CPU time of a render and its
SQL queries per page type; with `--profile TYPE`, the functions that take that type's time.

    .venv/bin/python -m tests.bench.first_visits [--profile article]

CPU time, not wall time, because this machine is shared: other work slows the clock more than it slows this
process. Compare two versions of the code by running each on the same database, one after the other, twice."""

import argparse
import cProfile
import os
import pstats
import statistics
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aple_site.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import translation  # noqa: E402

from aple_site.home.models import HomePage  # noqa: E402
from news.models import ArticlePage, NewsHubPage, NewsIndexPage  # noqa: E402
from resources.models import ResourceLibraryPage, ResourcePage  # noqa: E402
from takeaction.models import ReportAbusePage  # noqa: E402

PAGE_TYPES = {
    "home": HomePage,
    "article": ArticlePage,
    "resource": ResourcePage,
    "listing": NewsIndexPage,
    "library": ResourceLibraryPage,
    "hub": NewsHubPage,
    "report form": ReportAbusePage,
}


def addresses():
    found = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for name, model in PAGE_TYPES.items():
                found.setdefault(name, []).extend(page.url for page in model.objects.live())
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", choices=PAGE_TYPES)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    settings.PAGE_CACHE_SECONDS = 0
    settings.DEBUG = False
    client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
    found = addresses()
    for urls in found.values():  # renditions, templates and shared parts made once
        for url in urls:
            assert client.get(url).status_code == 200, url
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(lambda: [client.get(url) for _ in range(args.rounds) for url in found[args.profile]])
        pstats.Stats(profile).sort_stats("cumulative").print_stats(60)
        return
    for name, urls in found.items():
        times = []
        for _ in range(args.rounds):
            for url in urls:
                start = time.process_time()
                client.get(url)
                times.append((time.process_time() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(urls[0])
        print(f"{name:12} {statistics.median(times):6.1f} ms CPU  {len(queries):3} queries  ({len(urls)} addresses)")


if __name__ == "__main__":
    main()
