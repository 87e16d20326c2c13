"""Site benchmark (`make bench`, `make bench SCALE=100000`): the demo plus SCALE articles (10,000 by default) and a
fifth as many resources, in both languages, under production settings: gunicorn with one worker per core, the
throwaway PostgreSQL server, Redis as the shared cache; wrk (2 threads, 8 connections) on loopback.

Measured in one run, each figure the median of three runs with their spread (lowest-highest), beside:
- the machine's and the framework's floors: nginx serving a 30 KB file, a bare Django view under the same gunicorn;
- the long tail, as real traffic is (crawlers walk every article; readers arrive on old ones from shared links):
  wrk picks every request at random from all the addresses of a kind (tests/bench/random.lua): articles in both
  languages, listing pages (any page number, any valid filter), searches drawn from real queries in both
  languages, resources, and a mix (60 % articles, 15 % home pages, 15 % listings, 5 % search, 5 % resources);
  each with the page cache off and on (emptied before each run: a first visit is what the long tail is);
- one address requested again and again, per page type (the page cache off and on), and through an nginx proxy
  cache in front;
- the server time of a first visit of each page type (the median of single requests to addresses not visited
  before, the shared cache emptied for the page types with one address);
- the largest worker's memory after every run.
Every figure is printed beside its target; JSON and Markdown go to tests/bench/results/. BENCH_SECONDS sets each
run's length (10)."""

import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).parent / "results"
RANDOM_SCRIPT = Path(__file__).parent / "random.lua"
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
SCALE = int(os.environ.get("SCALE", "10000"))
RUNS = 3
CONNECTIONS = 8
WORKERS = os.cpu_count() or 1
# Targets (ratios measured in the same run, so that a busier machine does not move them).
LONG_TAIL_SHARE, LONG_TAIL_P99_MS = 0.04, 100  # random articles and the mix, page cache off: ≥ 4 % of the bare view
FIRST_VISIT_MS = 20  # median server time of a first visit, every public page type
REPEATED_RPS, REPEATED_P99_MS = 250, 100  # one address again and again, page cache off
CACHED_SHARE = 0.5  # page cache on: ≥ 50 % of the bare view; through nginx: ≥ 50 % of nginx's static file
RSS_MB = 200
MIX = {"articles": 60, "home": 15, "listings": 15, "search": 5, "resources": 5}

URLS_SCRIPT = """
import json, random
from django.utils import translation
from news.models import ArticlePage, NewsHubPage, NewsIndexPage, NewsTag
from resources.models import Audience, ResourceLibraryPage, ResourcePage, ResourceType
from takeaction.models import ReportAbusePage
from tests.search_relevance import ENGLISH, KHMER

random.seed(2026)
PER_PAGE = 12
category = NewsIndexPage.objects.live().order_by("path").first()
repeated = {}
with translation.override("en"):
    repeated = {
        "home": "/en/",
        "media hub": category.get_parent().url,
        "news listing, page 1": category.url,
        "news listing, page 200": category.url + "?page=200",
        "article": ArticlePage.objects.live().child_of(category).order_by("-date").first().url,
        "resource library, 2 filters": ResourceLibraryPage.objects.live().order_by("depth", "path").first().url
        + "?audience=parents&type=leaflet",
        "search, English": "/en/search/?q=online+safety",
        "search, Khmer": "/km/search/?q=%E1%9E%80%E1%9E%BB%E1%9E%98%E1%9E%B6%E1%9E%9A",
        "report form": ReportAbusePage.objects.live().first().url,
    }

def both(pages):
    urls = []
    for language in ("en", "km"):
        with translation.override(language):
            urls += [page.url for page in pages]
    return urls

articles = both(ArticlePage.objects.live().only("id", "path", "depth", "url_path").order_by("pk"))
resources = both(ResourcePage.objects.live().only("id", "path", "depth", "url_path").order_by("pk"))
listings = []
# Only filter values a listing offers (the others answer 400 by design): its own topics, years and types.
for language in ("en", "km"):
    with translation.override(language):
        for listing in [NewsHubPage.objects.live().first(), *NewsIndexPage.objects.live()]:
            listed = ArticlePage.objects.live().descendant_of(listing)
            tags = list(NewsTag.objects.filter(tagged_articles__content_object__in=listed).distinct()
                        .values_list("slug", flat=True))
            years = sorted({d.year for d in listed.dates("date", "year")})
            pages = -(-listed.count() // PER_PAGE)
            for _ in range(300):
                choice = random.random()
                if choice < 0.5 or not tags:
                    listings.append(f"{listing.url}?page={random.randint(1, pages)}")
                elif choice < 0.75:
                    listings.append(f"{listing.url}?tag={random.choice(tags)}&page={random.randint(1, 3)}")
                else:
                    listings.append(f"{listing.url}?year={random.choice(years)}&tag={random.choice(tags)}")
        audiences = list(Audience.objects.values_list("slug", flat=True))
        for library in ResourceLibraryPage.objects.live():
            shown = library.resources()
            types = list(ResourceType.objects.filter(resources__in=shown).distinct().values_list("slug", flat=True))
            for _ in range(100):
                query = [f"language={random.choice(['', 'en', 'km'])}"]
                if not library.audience_id:
                    query.append(f"audience={random.choice(audiences)}")
                if not library.resource_type_id and types:
                    query.append(f"type={random.choice(types)}")
                listings.append(f"{library.url}?{'&'.join(query)}")
from urllib.parse import quote
searches = [f"/en/search/?q={quote(query)}" for query, _slug in ENGLISH]
searches += [f"/km/search/?q={quote(query)}" for query, _slug in KHMER]
homes = ["/en/", "/km/"]
print(json.dumps({"repeated": repeated, "articles": articles, "resources": resources, "listings": listings,
                  "search": searches, "home": homes}))
"""

# Addresses of every public page type (up to 60 each, in either language): a first visit is to one not visited
# before; for page types with one or two addresses, after the shared cache is emptied.
FIRST_VISITS_SCRIPT = """
import json
from django.utils import translation
from wagtail.models import Page
import random
random.seed(11)
many = {}
for page in Page.objects.live().filter(depth__gte=2).specific().order_by("?")[:5000]:
    urls = many.setdefault(type(page).__name__, [])
    if len(urls) < 60:
        with translation.override(random.choice(["en", "km"])):
            urls.append(page.get_url())
print(json.dumps(many))
"""

EXPLAIN_SCRIPT = """
from news.models import NewsIndexPage
category = NewsIndexPage.objects.live().order_by("path").first()
ids = category.articles().values_list("pk", flat=True)[199 * 12 : 200 * 12]
print(ids.explain(analyze=True))
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url, seconds=SECONDS, paths=None):
    """Requests/s and latency of one run: `url` again and again, or (with `paths`, a file of addresses) a random
    one of them for each request. Asked for as a browser does (compressed if the server can)."""
    script = ["-s", str(RANDOM_SCRIPT), url, "--", str(paths)] if paths else [url]
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
        + ["-H", "Accept-Encoding: gzip", "-H", "Host: localhost", *script],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    ).stdout
    latency = {p: _ms(*re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)", out, re.M).groups()) for p in ("50", "99")}
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]),
        "p50_ms": latency["50"],
        "p99_ms": latency["99"],
        "non_2xx": int(bad[1]) if bad else 0,
    }


def median_of_runs(measure, before_each=None, runs=RUNS):
    """The median of `runs` runs of `measure()` (each figure on its own), with the lowest and highest rate."""
    results = []
    for _ in range(runs):
        if before_each:
            before_each()
        results.append(measure())
    rates = [r["rps"] for r in results]
    return {
        "rps": statistics.median(rates),
        "rps_low": min(rates),
        "rps_high": max(rates),
        "p50_ms": statistics.median(r["p50_ms"] for r in results),
        "p99_ms": statistics.median(r["p99_ms"] for r in results),
        "non_2xx": sum(r["non_2xx"] for r in results),
    }


class Processes:
    def __init__(self):
        self.running = []

    def start(self, command, env=None, **kwargs):
        process = subprocess.Popen(command, env=env, cwd=ROOT, start_new_session=True, **kwargs)  # noqa: S603
        self.running.append(process)
        return process

    def stop(self, process):
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        self.running.remove(process)

    def stop_all(self):
        for process in list(self.running):
            self.stop(process)


@pytest.fixture(scope="module")
def procs():
    running = Processes()
    yield running
    running.stop_all()


def gunicorn(procs, app, env, port):
    process = procs.start(
        [sys.executable, "-m", "gunicorn", app, "--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}"]
        + ["--log-level", "warning", "--keep-alive", "5"],
        env=env,
    )
    wait_for(f"http://127.0.0.1:{port}/")
    return process


def worker_rss_mb(master):
    children = subprocess.run(["pgrep", "-P", str(master.pid)], capture_output=True, text=True).stdout.split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status)[1]) / 1024)
    return max(sizes) if sizes else 0.0


NGINX = """{user}worker_processes {workers};
daemon off;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {work}/nginx-body;
    proxy_temp_path {work}/nginx-proxy;
    fastcgi_temp_path {work}/nginx-fastcgi;
    uwsgi_temp_path {work}/nginx-uwsgi;
    scgi_temp_path {work}/nginx-scgi;
    proxy_cache_path {work}/edge-cache levels=1:2 keys_zone=edge:10m max_size=200m inactive=10m use_temp_path=off;
    upstream app {{ server 127.0.0.1:{app_port}; keepalive 16; }}
    server {{
        listen 127.0.0.1:{static_port};
        root {work}/www;
    }}
    server {{
        listen 127.0.0.1:{edge_port};
        location / {{
            proxy_pass http://app;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_cache edge;
            proxy_cache_key $scheme$http_host$request_uri;
            proxy_cache_valid 200 10m;
            proxy_ignore_headers Cache-Control Expires;
            proxy_cache_bypass $cookie_sessionid $cookie_csrftoken;
            proxy_no_cache $cookie_sessionid $cookie_csrftoken;
            proxy_cache_lock on;
            add_header X-Edge-Cache $upstream_cache_status;
        }}
    }}
}}
"""


def manage(env, *args, **kwargs):
    return subprocess.run([sys.executable, "manage.py", *args], env=env, cwd=ROOT, check=True, timeout=7200, **kwargs)


@pytest.fixture(scope="module")
def site(postgres_server, procs, tmp_path_factory):
    """The large site in a database of its own, Redis, and the environment of production settings."""
    work = tmp_path_factory.mktemp("bench")
    if os.geteuid() == 0:
        os.chmod(work, 0o755)
    postgres_server._run("createdb", "-h", str(postgres_server.socket_dir), "-p", "5432", "-U", "postgres", "bench")
    redis_port = free_port()
    redis = ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    procs.start(redis, stdout=subprocess.DEVNULL)
    socket_dir = str(postgres_server.socket_dir).replace("/", "%2F")
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="aple_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=f"postgres://postgres@{socket_dir}:5432/bench",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        CACHE_URL=f"redis://127.0.0.1:{redis_port}/0",
        STATIC_ROOT=str(work / "static"),
        MEDIA_ROOT=str(work / "media"),
        REPORT_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        REPORT_HASH_KEY=secrets.token_urlsafe(40),
    )
    started = time.monotonic()
    large = f"from aple_site.demo.bulk import add_large_site; add_large_site({SCALE}, {SCALE // 5})"
    for command in (
        ["migrate", "--noinput", "-v0"],
        ["load_demo"],
        ["shell", "-c", large],
        ["rebuild_search"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        manage(env, *command, stdout=subprocess.DEVNULL)
    built = time.monotonic() - started
    addresses = json.loads(manage(env, "shell", "-v0", "-c", URLS_SCRIPT, capture_output=True, text=True).stdout)
    first = json.loads(manage(env, "shell", "-v0", "-c", FIRST_VISITS_SCRIPT, capture_output=True, text=True).stdout)
    explain = manage(env, "shell", "-v0", "-c", EXPLAIN_SCRIPT, capture_output=True, text=True).stdout
    files = {}
    rng = random.Random(2026)
    for kind in ("articles", "resources", "listings", "search", "home"):
        files[kind] = work / f"{kind}.txt"
        files[kind].write_text("\n".join(addresses[kind]) + "\n")
    mix = [url for kind, share in MIX.items() for url in rng.choices(addresses[kind], k=share * 100)]
    rng.shuffle(mix)
    files["mix"] = work / "mix.txt"
    files["mix"].write_text("\n".join(mix) + "\n")
    # Every picture's renditions (resized, AVIF and WebP) are made once before the runs, outside the measured
    # servers, as on a live site the first visitor after an upload causes them.
    manage(env, "shell", "-v0", "-c", "from tests.bench.bench_site import make_renditions; make_renditions()")
    return {
        "work": work,
        "env": env,
        "redis": f"redis://127.0.0.1:{redis_port}/0",
        "repeated": addresses["repeated"],
        "files": files,
        "first": first,
        "explain": explain,
        "built_seconds": built,
        "counts": {kind: len(addresses[kind]) for kind in files if kind in addresses},
    }


def make_renditions():
    """Every page of the demo (not the numbered copies, which share its pictures) visited once in each language:
    the renditions its templates ask for are made (run with the site's settings)."""
    import re as regex

    from django.test import Client
    from django.utils import translation
    from wagtail.models import Page

    client = Client(HTTP_HOST="localhost")
    for page in Page.objects.live().filter(depth__gte=2).specific().order_by("path"):
        if regex.search(r" \(\d+\)$", page.title_en or ""):
            continue
        for language in ("en", "km"):
            with translation.override(language):
                client.get(page.get_url())


def flush(redis_url):
    """An empty shared cache: no page, part or rendition lookup kept from before."""
    import redis

    redis.Redis.from_url(redis_url).flushdb()


def first_visits(port, first, redis_url, count=15):
    """Median milliseconds of a first visit of each page type (single requests, one at a time)."""
    rng = random.Random(7)
    medians = {}
    for kind, urls in first.items():
        picked = rng.sample(urls, min(count, len(urls)))
        spent = []
        for url in picked:
            if len(urls) <= 2:
                flush(redis_url)
            started = time.perf_counter()
            wait_for(f"http://127.0.0.1:{port}{url}")
            spent.append((time.perf_counter() - started) * 1000)
        medians[kind] = statistics.median(spent)
    return medians


def test_site_benchmark(site, procs):
    work, env = site["work"], site["env"]
    rows, baselines, first = [], {}, {}

    (work / "www").mkdir()
    (work / "www" / "page.html").write_text("<!doctype html><title>x</title>" + "<p>" + "lorem ipsum " * 2550)
    static_port, edge_port, app_port = free_port(), free_port(), free_port()
    conf = work / "nginx.conf"
    conf.write_text(
        NGINX.format(
            user="user root;\n" if os.geteuid() == 0 else "",
            workers=WORKERS,
            work=work,
            static_port=static_port,
            edge_port=edge_port,
            app_port=app_port,
        )
    )
    nginx = procs.start(["nginx", "-c", str(conf), "-p", str(work)])
    wait_for(f"http://127.0.0.1:{static_port}/page.html")
    baselines["nginx"] = median_of_runs(lambda: wrk(f"http://127.0.0.1:{static_port}/page.html"))

    hello_port = free_port()
    hello = gunicorn(procs, "tests.bench.hello:application", dict(os.environ), hello_port)
    baselines["bare"] = median_of_runs(lambda: wrk(f"http://127.0.0.1:{hello_port}/"))
    procs.stop(hello)

    base = f"http://127.0.0.1:{app_port}"
    for mode, seconds_cached in (("off", "0"), ("on", "600")):
        flush(site["redis"])
        app = gunicorn(procs, "aple_site.wsgi", dict(env, PAGE_CACHE_SECONDS=seconds_cached), app_port)

        def row(name, measured, kind, mode=mode, app=app):
            rows.append({"endpoint": name, "page_cache": mode, "kind": kind, **measured, "rss_mb": worker_rss_mb(app)})

        if mode == "off":
            first = first_visits(app_port, site["first"], site["redis"])
        for kind in ("articles", "listings", "search", "resources", "mix"):
            measured = median_of_runs(
                lambda kind=kind: wrk(base + "/", paths=site["files"][kind]), before_each=lambda: flush(site["redis"])
            )
            row(f"{kind} (random)", measured, "long tail")
        for name, url in site["repeated"].items():
            wait_for(base + url)
            row(name, median_of_runs(lambda url=url: wrk(base + url)), "repeated")
        if mode == "on":
            for name in ("home", "article"):
                url = f"http://127.0.0.1:{edge_port}{site['repeated'][name]}"
                wait_for(url)
                rows.append(
                    {
                        "endpoint": name,
                        "page_cache": "edge (nginx proxy cache)",
                        "kind": "repeated",
                        **median_of_runs(lambda url=url: wrk(url)),
                        "rss_mb": None,
                    }
                )
        procs.stop(app)
    procs.stop(nginx)

    lines, misses = report(rows, baselines, first, site)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    RESULTS.mkdir(exist_ok=True)
    data = {"scale": SCALE, "rows": rows, "baselines": baselines, "first_visit_ms": first, "misses": misses}
    data.update(machine=machine(), built_seconds=site["built_seconds"], addresses=site["counts"])
    (RESULTS / f"site-{SCALE}-{stamp}.json").write_text(json.dumps(data, indent=2))
    (RESULTS / f"site-{SCALE}-{stamp}.md").write_text("\n".join(lines) + "\n\n```\n" + site["explain"] + "```\n")
    print("\n" + "\n".join(lines) + "\n\nEXPLAIN ANALYZE of the listing's page 200:\n" + site["explain"])
    assert all(row["non_2xx"] == 0 for row in rows), "some requests failed"


def machine():
    model = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    memory = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1]) // 1024
    return f"{os.cpu_count()} cores ({model[1] if model else 'unknown CPU'}), {memory} MB RAM"


def _target(row, by_key, nginx, bare):
    """(the target, whether it is met, or None where there is none)."""
    if row["kind"] == "long tail":
        if row["page_cache"] == "off" and row["endpoint"] in ("articles (random)", "mix (random)"):
            text = f"≥ {LONG_TAIL_SHARE:.0%} of bare ({LONG_TAIL_SHARE * bare:,.0f}/s), p99 < {LONG_TAIL_P99_MS} ms"
            return text, row["rps"] >= LONG_TAIL_SHARE * bare and row["p99_ms"] < LONG_TAIL_P99_MS
        return "", None
    if row["endpoint"] == "report form":
        return ("n/a: never cached (it sets the form's security cookie)" if row["page_cache"] == "on" else ""), None
    if row["page_cache"] == "off":
        text, met = f"≥ {REPEATED_RPS}/s, p99 < {REPEATED_P99_MS} ms", None
        met = row["rps"] >= REPEATED_RPS and row["p99_ms"] < REPEATED_P99_MS
    elif row["page_cache"] == "on":
        text, met = f"≥ {CACHED_SHARE:.0%} of bare", row["rps"] >= CACHED_SHARE * bare
    else:
        text, met = f"≥ {CACHED_SHARE:.0%} of nginx static", row["rps"] >= CACHED_SHARE * nginx
    if row["endpoint"] == "news listing, page 200":
        page_1 = by_key[("news listing, page 1", row["page_cache"])]
        text += f"; ≥ 0.9 × page 1 ({row['rps'] / page_1['rps']:.2f})"
        met = met and row["rps"] >= 0.9 * page_1["rps"]
    return text, met


def report(rows, baselines, first, site):
    nginx, bare = baselines["nginx"]["rps"], baselines["bare"]["rps"]
    misses = []
    counts = ", ".join(f"{count:,} {kind}" for kind, count in site["counts"].items())
    lines = [
        f"Site benchmark at {SCALE:,} articles, {datetime.now():%Y-%m-%d %H:%M}, {machine()}; gunicorn {WORKERS} "
        f"workers (sync), wrk 2 threads {CONNECTIONS} connections {SECONDS} s per run, each figure the median of "
        f"{RUNS} runs (lowest-highest req/s); site built in {site['built_seconds']:.0f} s; addresses: {counts}.",
        "",
        f"Baselines: nginx 30 KB static file {nginx:,.0f} req/s ({baselines['nginx']['rps_low']:,.0f}-"
        f"{baselines['nginx']['rps_high']:,.0f}); bare Django view under gunicorn {bare:,.0f} req/s "
        f"({baselines['bare']['rps_low']:,.0f}-{baselines['bare']['rps_high']:,.0f}).",
        "",
        "| endpoint | page cache | req/s (low-high) | p50 ms | p99 ms | ÷ bare Django | worker MB | target | met |",
        "|---|---|---:|---:|---:|---:|---:|---|---|",
    ]
    by_key = {(row["endpoint"], row["page_cache"]): row for row in rows}
    for row in rows:
        target, met = _target(row, by_key, nginx, bare)
        if row["rss_mb"] is not None and row["rss_mb"] >= RSS_MB:
            misses.append(f"worker memory after {row['endpoint']} ({row['page_cache']})")
        if met is False:
            misses.append(f"{row['endpoint']} ({row['page_cache']})")
        rss = "" if row["rss_mb"] is None else f"{row['rss_mb']:.0f}"
        lines.append(
            f"| {row['endpoint']} | {row['page_cache']} | {row['rps']:,.0f} ({row['rps_low']:,.0f}-"
            f"{row['rps_high']:,.0f}) | {row['p50_ms']:.1f} | {row['p99_ms']:.1f} | {row['rps'] / bare:.3f} | {rss} | "
            f"{target} | {'' if met is None else 'yes' if met else '**MISSED**'} |"
        )
    lines += [
        "",
        f"Worker memory target: < {RSS_MB} MB after every run. First visits (page cache off; median of single "
        f"requests to addresses not visited before; target ≤ {FIRST_VISIT_MS} ms):",
        "",
        "| page type | first visit, ms | met |",
        "|---|---:|---|",
    ]
    for kind, ms in first.items():
        met = ms <= FIRST_VISIT_MS
        if not met:
            misses.append(f"first visit of {kind}")
        lines.append(f"| {kind} | {ms:.1f} | {'yes' if met else '**MISSED**'} |")
    lines += ["", f"Missed: {', '.join(misses) if misses else 'none'}."]
    return lines, misses


def test_tools_are_installed():
    for tool in ("wrk", "nginx", "redis-server"):
        assert shutil.which(tool), f"{tool} is missing: `make bench` installs it (system packages)"
