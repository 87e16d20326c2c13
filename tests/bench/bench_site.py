"""Site benchmark (`make bench`): the demo plus 10,000 articles and 2,000 resources in both languages, under
production settings, gunicorn with one worker per core, on the throwaway PostgreSQL server with Redis as the
shared cache; wrk (2 threads, 8 connections, bounded runs) on loopback measures each page type with the page
cache off and on, a static file through the application, and a page through an nginx proxy cache in front.
In the same run: nginx serving a 30 KB HTML file (this machine's physical limit) and a bare Django view under
the same gunicorn (the framework's floor). Every figure is printed beside its target and as a ratio to both
baselines; results go to tests/bench/results/ (JSON and Markdown). BENCH_SECONDS sets each run's length (10)."""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from aple_site.home.page_cache import GENERATION_KEY

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).parent / "results"
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = 8
WORKERS = os.cpu_count() or 1
UNCACHED_RPS, UNCACHED_P99_MS, SHARE, RSS_MB = 250, 100, 0.5, 250

URLS_SCRIPT = """
import json
from django.utils import translation
from news.models import ArticlePage, NewsIndexPage
from resources.models import ResourceLibraryPage
from takeaction.models import ReportAbusePage
category = NewsIndexPage.objects.live().order_by("path").first()
with translation.override("en"):
    urls = {
        "home": "/en/",
        "media hub": category.get_parent().url,
        "news listing, page 1": category.url,
        "news listing, page 200": category.url + "?page=200",
        "article": ArticlePage.objects.live().child_of(category).order_by("-date").first().url,
        "resource library, 2 filters": ResourceLibraryPage.objects.live().order_by("depth", "path").first().url
        + "?audience=parents&type=leaflet",
        "search (English)": "/en/search/?q=online+safety",
        "search (Khmer)": "/km/search/?q=%E1%9E%80%E1%9E%BB%E1%9E%98%E1%9E%B6%E1%9E%9A",
        "report form": ReportAbusePage.objects.live().first().url,
    }
print(json.dumps(urls))
"""

# Each page visited once before the runs, outside the measured servers: the pictures' renditions (resized,
# AVIF and WebP) are made as on a live site, where the first visitor after an upload causes them.
WARM_SCRIPT = """
import json, os
from django.test import Client
client = Client(HTTP_HOST="localhost")
for url in json.loads(os.environ["BENCH_URLS"]):
    assert client.get(url).status_code == 200, url
"""

EXPLAIN_SCRIPT = """
from news.models import NewsIndexPage
category = NewsIndexPage.objects.live().order_by("path").first()
# What ListingPaginator asks for page 200 of the category: the ids of its 12 articles, then those rows.
ids = category.articles().values_list("pk", flat=True)[199 * 12 : 200 * 12]
print(ids.explain(analyze=True))
print(category.articles().filter(pk__in=list(ids)).explain(analyze=True))
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url, seconds=SECONDS):
    """Requests/s and latency of `url`, asked for as a browser does (compressed if the server can)."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
        + ["-H", "Accept-Encoding: gzip", url],
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
    manage = [sys.executable, "manage.py"]
    started = time.monotonic()
    for command in (
        ["migrate", "--noinput", "-v0"],
        ["load_demo"],
        ["shell", "-c", "from aple_site.home.demo.bulk import add_large_site; add_large_site()"],
        ["rebuild_search"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        subprocess.run(manage + command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, timeout=1800)
    built = time.monotonic() - started
    urls = json.loads(
        subprocess.check_output(manage + ["shell", "-v0", "-c", URLS_SCRIPT], env=env, cwd=ROOT, text=True)
    )
    explain = subprocess.check_output(manage + ["shell", "-v0", "-c", EXPLAIN_SCRIPT], env=env, cwd=ROOT, text=True)
    warm_env = dict(env, BENCH_URLS=json.dumps(list(urls.values())), ALLOWED_HOSTS="localhost")
    subprocess.run(manage + ["shell", "-v0", "-c", WARM_SCRIPT], env=warm_env, cwd=ROOT, check=True, timeout=600)
    return {"work": work, "env": env, "urls": urls, "explain": explain, "built_seconds": built}


def test_site_benchmark(site, procs):
    work, env = site["work"], site["env"]
    rows, baselines = [], {}

    # The physical limit: nginx serving a 30 KB HTML file; and the edge cache, proxying the application.
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
    baselines["nginx"] = wrk(f"http://127.0.0.1:{static_port}/page.html")

    # The framework's floor: a bare Django view under the same gunicorn.
    hello_port = free_port()
    hello = gunicorn(procs, "tests.bench.hello:application", dict(os.environ), hello_port)
    baselines["bare"] = wrk(f"http://127.0.0.1:{hello_port}/")
    procs.stop(hello)

    rss = {}
    for mode, seconds_cached in (("off", "0"), ("on", "600")):
        app = gunicorn(procs, "aple_site.wsgi", dict(env, PAGE_CACHE_SECONDS=seconds_cached), app_port)
        home = wait_for(f"http://127.0.0.1:{app_port}/en/")
        css = re.search(r'href="(/static/[^"]+\.css)"', home)[1]
        for name, url in [*site["urls"].items(), ("static file (CSS, via WhiteNoise)", css)]:
            wait_for(f"http://127.0.0.1:{app_port}{url}")  # fills the cache (menus, renditions, the page itself)
            rows.append({"endpoint": name, "page_cache": mode, **wrk(f"http://127.0.0.1:{app_port}{url}")})
        if mode == "off":
            cold = cold_renders(env["CACHE_URL"], app_port, site["urls"])
        if mode == "on":
            for name in ("home", "article"):
                url = f"http://127.0.0.1:{edge_port}{site['urls'][name]}"
                wait_for(url)
                rows.append({"endpoint": name, "page_cache": "edge (nginx proxy cache)", **wrk(url)})
        rss[mode] = worker_rss_mb(app)
        procs.stop(app)
    procs.stop(nginx)

    lines, misses = report(rows, baselines, rss, site, cold)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    RESULTS.mkdir(exist_ok=True)
    data = {"rows": rows, "baselines": baselines, "worker_rss_mb": rss, "misses": misses, "machine": machine()}
    data["cold_render_ms"] = cold
    data["built_seconds"] = site["built_seconds"]
    (RESULTS / f"site-{stamp}.json").write_text(json.dumps(data, indent=2))
    (RESULTS / f"site-{stamp}.md").write_text("\n".join(lines) + "\n\n```\n" + site["explain"] + "```\n")
    print("\n" + "\n".join(lines) + "\n\nEXPLAIN ANALYZE of the listing's page 200:\n" + site["explain"])
    assert all(row["non_2xx"] == 0 for row in rows), "some requests failed"


def cold_renders(cache_url, port, urls, times=5):
    """Milliseconds to render each page right after a publish, when every part kept for the generation (the
    route, menus, cards, listing pages, search results) is gone: the median of `times` single requests, each
    after a new generation is started as a publish does."""
    import redis

    shared = redis.Redis.from_url(cache_url)
    medians = {}
    for name, url in urls.items():
        spent = []
        for _ in range(times):
            shared.incr(":1:" + GENERATION_KEY)
            started = time.perf_counter()
            wait_for(f"http://127.0.0.1:{port}{url}")
            spent.append((time.perf_counter() - started) * 1000)
        medians[name] = sorted(spent)[times // 2]
    return medians


def machine():
    model = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
    memory = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[1]) // 1024
    return f"{os.cpu_count()} cores ({model[1] if model else 'unknown CPU'}), {memory} MB RAM"


def report(rows, baselines, rss, site, cold):
    nginx, bare = baselines["nginx"]["rps"], baselines["bare"]["rps"]
    misses = []
    lines = [
        f"Site benchmark, {datetime.now():%Y-%m-%d %H:%M}, {machine()}; gunicorn {WORKERS} workers (sync), "
        f"wrk 2 threads {CONNECTIONS} connections {SECONDS} s per run; site built in {site['built_seconds']:.0f} s.",
        "",
        f"Baselines: nginx 30 KB static file {nginx:,.0f} req/s (p99 {baselines['nginx']['p99_ms']:.1f} ms); "
        f"bare Django view under gunicorn {bare:,.0f} req/s (p99 {baselines['bare']['p99_ms']:.1f} ms).",
        "",
        "| endpoint | page cache | req/s | p50 ms | p99 ms | ÷ nginx static | ÷ bare Django | target | met |",
        "|---|---|---:|---:|---:|---:|---:|---|---|",
    ]
    by_key = {(row["endpoint"], row["page_cache"]): row for row in rows}
    for row in rows:
        if row["page_cache"] == "off":
            target = f"≥ {UNCACHED_RPS}/s, p99 < {UNCACHED_P99_MS} ms"
            met = row["rps"] >= UNCACHED_RPS and row["p99_ms"] < UNCACHED_P99_MS
        elif row["endpoint"] == "report form":
            target, met = "n/a: never cached (it sets the form's security cookie)", None
        elif row["page_cache"] == "on":
            target = f"≥ {SHARE:.0%} of bare view"
            met = row["rps"] >= SHARE * bare
        else:
            target = f"≥ {SHARE:.0%} of nginx static"
            met = row["rps"] >= SHARE * nginx
        if row["endpoint"] == "news listing, page 200":
            page_1 = by_key[("news listing, page 1", row["page_cache"])]
            target += f"; ≥ 0.9 × page 1 ({row['rps'] / page_1['rps']:.2f})"
            met = met and row["rps"] >= 0.9 * page_1["rps"]
        if met is False:
            misses.append(f"{row['endpoint']} ({row['page_cache']})")
        lines.append(
            f"| {row['endpoint']} | {row['page_cache']} | {row['rps']:,.0f} | {row['p50_ms']:.1f} | "
            f"{row['p99_ms']:.1f} | {row['rps'] / nginx:.3f} | {row['rps'] / bare:.2f} | {target} | "
            f"{'n/a' if met is None else 'yes' if met else '**MISSED**'} |"
        )
    for mode, size in rss.items():
        met = size < RSS_MB
        if not met:
            misses.append(f"worker memory (page cache {mode})")
        lines.append(
            f"| worker memory after the runs (page cache {mode}) | | {size:.0f} MB | | | | | < {RSS_MB} MB | "
            f"{'yes' if met else '**MISSED**'} |"
        )
    lines += ["", f"Missed: {', '.join(misses) if misses else 'none'}.", ""]
    lines += [
        "With the page cache off, pages are still put together from parts each worker keeps until the next",
        "publish (routes, menus, cards, listing pages, search results). The first visit after a publish renders",
        "everything afresh (median of 5 single requests, page cache off):",
        "",
        "| page | first render after a publish, ms |",
        "|---|---:|",
        *(f"| {name} | {ms:.0f} |" for name, ms in cold.items()),
    ]
    return lines, misses


def test_tools_are_installed():
    for tool in ("wrk", "nginx", "redis-server"):
        assert shutil.which(tool), f"{tool} is missing: `make bench` installs it (system packages)"
