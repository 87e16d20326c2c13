"""make bench-cluster: the production layout of deploy/ on this machine's loopback, measured.

Starts, in temporary directories removed at the end (also on failure): a throwaway PostgreSQL server, a Redis,
the demo content loaded under the production settings, TWO gunicorn servers and one nginx in front of them
(its configuration follows deploy/nginx.conf, over plain HTTP). Then:

(a)/(b) requests/s and latency (wrk) of the home page and an article through nginx to one server, then to
    both. nginx's page cache is off here, so the application does the work (pages come from its page
    cache in Redis). Each server runs ONE worker: on a 2-core machine that makes "one server" use one core
    and "both" two, as two single-core hosts would; one worker per core each would let one server take the
    whole machine already and leave nothing to compare. wrk and nginx share the same cores, so the ratio
    (b)/(a) stays below 2.
(c) freshness: a page's title is changed and published in another process (`manage.py shell`, the same
    database and Redis), and both servers and nginx are polled every 50 ms until the new title shows.
(d) the same with nginx's page cache on and Wagtail's front-end cache purge pointing at nginx
    (FRONTEND_CACHE_PURGE_URL): the cached copy must be replaced as well.

A freshness over 1 s, or any error answer under load, fails the run. Figures are printed as a Markdown table
and kept in tests/bench/results/ (JSON and Markdown; not committed).
"""

import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

from cryptography.fernet import Fernet

from tests.postgres import PostgresServer

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).parent / "results"
# The demo Site's host name: Wagtail's purge requests carry it, so every request here does too (same cache key).
HOST = "localhost"
WRK = "wrk -t2 -c8 -d{seconds}s --latency --timeout 5s"
SECONDS = 10  # each measured run; the warm-up before it takes 2
# The site's host name, and compression as browsers ask for it.
WRK_HEADERS = ["-H", f"Host: {HOST}", "-H", "Accept-Encoding: gzip"]
FRESHNESS_LIMIT = 1.0  # seconds
POLL_EVERY = 0.05

# The nginx of the benchmark: deploy/nginx.conf's page cache, purge listener and proxy headers, over HTTP, with
# three front doors: to one server, to both (no cache), to both with the page cache.
NGINX_CONF = """\
{user}
worker_processes 1;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 1024; }}

http {{
    {mime}
    access_log off;
    client_body_temp_path {dir}/client_temp;
    proxy_temp_path {dir}/proxy_temp;
    fastcgi_temp_path {dir}/fastcgi_temp;
    uwsgi_temp_path {dir}/uwsgi_temp;
    scgi_temp_path {dir}/scgi_temp;

    log_format purges '$request_method $host$request_uri $status';

    upstream one {{ server 127.0.0.1:{app1}; }}
    upstream both {{ server 127.0.0.1:{app1}; server 127.0.0.1:{app2}; }}

    proxy_cache_path {dir}/cache levels=1:2 keys_zone=aple_pages:10m max_size=100m inactive=1h use_temp_path=off;
    map $http_cookie $aple_has_cookie {{ "~(^|;\\s*)(sessionid|csrftoken|messages)=" 1; default 0; }}
    map $request_method $aple_not_read {{ GET 0; HEAD 0; default 1; }}
    map $upstream_http_cache_control $aple_private {{ "~*(private|no-store|no-cache)" 1; default 0; }}
    geo $aple_from_loopback {{ default 0; 127.0.0.1 1; ::1 1; }}
    map "$aple_from_loopback:$http_x_cache_refresh" $aple_refresh {{ "1:1" 1; default 0; }}

    gzip on;
    gzip_vary on;
    gzip_proxied any;
    gzip_types text/css text/plain text/xml application/javascript application/json application/xml;
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Real-IP $remote_addr;
    proxy_set_header Accept-Encoding gzip;
    gunzip on;

    server {{
        listen 127.0.0.1:{one};
        location / {{ proxy_pass http://one; }}
    }}
    server {{
        listen 127.0.0.1:{both};
        location / {{ proxy_pass http://both; }}
    }}
    server {{
        listen 127.0.0.1:{cached};
        location / {{
            proxy_pass http://both;
            proxy_cache aple_pages;
            proxy_cache_key "$scheme://$host$request_uri";
            proxy_cache_valid 200 1m;
            proxy_cache_use_stale updating error timeout;
            proxy_cache_lock on;
            proxy_cache_bypass $aple_has_cookie $aple_not_read $aple_refresh;
            proxy_no_cache $aple_has_cookie $aple_not_read $aple_private;
            proxy_ignore_headers Cache-Control Expires Vary;
            add_header X-Edge-Cache $upstream_cache_status;
        }}
        location ~ ^/(en|km)/take-action/report-abuse/ {{
            access_log off;
            error_log /dev/null;
            proxy_pass http://both;
        }}
    }}
    server {{
        listen 127.0.0.1:{purge};
        access_log {dir}/purges.log purges;  # the addresses Wagtail purges, shown in the results
        location / {{
            allow 127.0.0.1;
            deny all;
            if ($request_method != PURGE) {{ return 405; }}
            proxy_method GET;
            proxy_pass http://127.0.0.1:{cached};
            proxy_set_header Host $host;
            proxy_set_header X-Cache-Refresh 1;
            proxy_set_header Accept-Encoding gzip;
            proxy_ignore_client_abort on;
        }}
    }}
}}
"""

# Run by `manage.py shell -c` in its own process: a new English title, published as an editor would.
PUBLISH = """\
import time
from django.utils import translation
from wagtail.models import Page
translation.activate("en")
page = Page.objects.get(pk={pk}).specific
page.title_en = {title!r}
started = time.time()
page.save_revision().publish()
print("PUBLISHED", started, time.time())
"""

FIRST_ARTICLE = """\
from django.utils import translation
from news.models import ArticlePage
translation.activate("en")
article = ArticlePage.objects.live().order_by("pk").first()
print("ARTICLE", article.pk, article.get_url())
"""


def say(text):
    print(text, flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, what, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, http.client.HTTPException):
            if check():
                return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not come up within {timeout} s")


def get(port, path, headers=None, timeout=5):
    """(status, headers, body) of one GET to 127.0.0.1:port with the site's host name."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": HOST, **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
    finally:
        connection.close()


class Cluster:
    def __init__(self, stack):
        self.stack = stack
        self.dir = Path(tempfile.mkdtemp(prefix="aple-cluster-"))
        stack.callback(shutil.rmtree, self.dir, ignore_errors=True)
        os.chmod(self.dir, 0o755)  # nginx's workers (nobody, under root) go through it
        self.ports = {name: free_port() for name in ("redis", "app1", "app2", "one", "both", "cached", "purge")}

    def process(self, name, command, env=None):
        """A long-running process, stopped at the end (its own session: nothing else is signalled)."""
        log = open(self.dir / f"{name}.log", "wb")  # noqa: SIM115 - closed by the stack
        self.stack.callback(log.close)
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.stack.callback(self.stop, process)
        return process

    @staticmethod
    def stop(process):
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def log_tail(self, name):
        path = self.dir / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def start_postgres(self):
        server = PostgresServer()
        self.stack.callback(server.stop)  # also removes its directory if start() fails half-way
        server.start()
        return f"postgres://postgres@{str(server.socket_dir).replace('/', '%2F')}:{server.port}/postgres"

    def start_redis(self):
        port = self.ports["redis"]
        command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        process = self.process("redis", [*command, "--dir", str(self.dir)])

        def answers():
            assert process.poll() is None, self.log_tail("redis")
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")

        wait_until(answers, "redis-server")
        return f"redis://127.0.0.1:{port}/1"

    def environment(self, database_url, cache_url):
        env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")}
        env.update(
            DJANGO_SETTINGS_MODULE="aple_site.settings.production",
            SECRET_KEY=secrets.token_urlsafe(50),
            DATABASE_URL=database_url,
            CACHE_URL=cache_url,
            ALLOWED_HOSTS=f"{HOST},127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            CLIENT_IP_META_KEY="HTTP_X_REAL_IP",
            # What `manage.py rotate_report_keys --new-key` prints: a Fernet key.
            REPORT_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
            REPORT_HASH_KEY=secrets.token_urlsafe(40),
            STATIC_ROOT=str(self.dir / "static"),
            MEDIA_ROOT=str(self.dir / "media"),
            TRANSLATIONS_DIR=str(self.dir / "locale"),
        )
        return env

    def manage(self, env, *args, timeout=600):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
        return result.stdout

    def start_app(self, name, env):
        port = self.ports[name]
        command = [sys.executable, "-m", "gunicorn", "aple_site.wsgi", "--workers", "1"]
        process = self.process(name, [*command, "--bind", f"127.0.0.1:{port}", "--no-control-socket"], env=env)

        def answers():
            assert process.poll() is None, self.log_tail(name)
            return get(port, "/en/")[0] == 200

        wait_until(answers, f"gunicorn {name}")

    def start_nginx(self):
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        folder = self.dir / "nginx"
        folder.mkdir()
        conf = folder / "nginx.conf"
        mime = "/etc/nginx/mime.types"
        conf.write_text(
            NGINX_CONF.format(
                dir=folder,
                # Under root, nginx's workers run as nobody (their temporary folders are created for them).
                user="user nobody nogroup;" if os.geteuid() == 0 else "",
                mime=f"include {mime};" if Path(mime).exists() else "default_type text/html;",
                **self.ports,
            )
        )
        check = subprocess.run([nginx, "-t", "-q", "-c", str(conf), "-p", str(folder)], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx configuration refused:\n{check.stderr}")
        process = self.process("nginx", [nginx, "-c", str(conf), "-p", str(folder)])

        def answers():
            assert process.poll() is None, self.log_tail("nginx") + (folder / "error.log").read_text()
            return get(self.ports["both"], "/en/")[0] == 200

        wait_until(answers, "nginx")


def wrk(port, path, seconds=SECONDS):
    command = [*WRK.format(seconds=seconds).split(), *WRK_HEADERS, f"http://127.0.0.1:{port}{path}"]
    output = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True).stdout

    def latency(percent):
        number, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    sockets = re.search(r"Socket errors: (.*)", output)
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": latency(50),
        "p99_ms": latency(99),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": sockets.group(1) if sockets else "",
    }


def freshness(cluster, env, page_id, path, targets):
    """Publish a new title in another process; seconds until each target shows it (from the publish call)."""
    title = f"Cluster freshness {secrets.token_hex(4)}"
    seen, stop = {}, threading.Event()

    def poll(name, port):
        while not stop.is_set():
            with contextlib.suppress(OSError, http.client.HTTPException):
                status, headers, body = get(port, path, timeout=2)
                if status == 200 and title in body:
                    seen[name] = (time.time(), headers.get("X-Edge-Cache", ""))
                    return
            time.sleep(POLL_EVERY)

    threads = [threading.Thread(target=poll, args=target, daemon=True) for target in targets]
    for thread in threads:
        thread.start()
    try:
        output = cluster.manage(env, "shell", "-c", PUBLISH.format(pk=page_id, title=title), timeout=120)
        started, finished = map(float, re.search(r"PUBLISHED ([\d.]+) ([\d.]+)", output).groups())
        deadline = time.time() + 5  # enough to see what is late; the limit is checked below
        for thread in threads:
            thread.join(max(0.0, deadline - time.time()))
    finally:
        stop.set()
    rows = []
    for name, _port in targets:
        at, edge = seen.get(name, (None, ""))
        delay = round(at - started, 3) if at else None
        ok = delay is not None and delay <= FRESHNESS_LIMIT
        rows.append({"target": name, "seconds": delay, "edge_cache": edge, "ok": ok})
    return {"title": title, "publish_seconds": round(finished - started, 3), "targets": rows}


def markdown(result):
    lines = [
        f"# Cluster benchmark, {result['date']}",
        "",
        f"{result['cores']} cores (load average {result['load_average']:.1f} at the start); 2 gunicorn servers "
        f"of 1 sync worker each; nginx 1 worker; PostgreSQL and Redis on loopback; `{result['wrk']}`; "
        "nginx page cache off, application page cache (Redis) on.",
        "",
        "| page | app page cache | (a) 1 server req/s | p50 ms | p99 ms | (b) 2 servers req/s | p50 ms | p99 ms "
        "| (b)/(a) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in result["throughput"]:
        cells = [f"{row['page']} `{row['path']}`", row["page_cache"]]
        for figures in (row["one_server"], row["two_servers"]):
            cells += [f"{figures['requests_per_second']:.0f}", f"{figures['p50_ms']:.2f}", f"{figures['p99_ms']:.2f}"]
        lines.append("| " + " | ".join([*cells, f"{row['ratio']:.2f}"]) + " |")
    lines += [
        "",
        f"Freshness after a publish (seconds from the publish call until the new title is served; limit "
        f"{FRESHNESS_LIMIT:.0f} s; polled every {POLL_EVERY * 1000:.0f} ms):",
        "",
        "| check | target | seen after s | X-Edge-Cache | ok |",
        "| --- | --- | ---: | --- | --- |",
    ]
    for check in ("c", "d"):
        fresh = result[f"freshness_{check}"]
        for row in fresh["targets"]:
            seconds = "never" if row["seconds"] is None else f"{row['seconds']:.3f}"
            lines.append(f"| ({check}) | {row['target']} | {seconds} | {row['edge_cache']} | {row['ok']} |")
    lines += [
        "",
        f"publish() itself took {result['freshness_c']['publish_seconds']:.3f} s in (c) and "
        f"{result['freshness_d']['publish_seconds']:.3f} s in (d) (with the purge round trip through nginx).",
        f"Purge requests nginx received in (d): {'; '.join(result['freshness_d']['purged']) or 'none'}.",
    ]
    return "\n".join(lines)


def run(stack):
    cluster = Cluster(stack)
    say(f"Working in {cluster.dir}")
    say("Starting PostgreSQL and Redis...")
    env = cluster.environment(cluster.start_postgres(), cluster.start_redis())
    say("Loading the demo content under the production settings (migrate, load_demo, collectstatic)...")
    cluster.manage(env, "migrate", "--noinput", "-v0")
    cluster.manage(env, "load_demo", "--users", "-v0")
    cluster.manage(env, "sync_translations", "-v0")
    cluster.manage(env, "collectstatic", "--noinput", "-v0")
    article_id, article_path = re.search(
        r"ARTICLE (\d+) (\S+)", cluster.manage(env, "shell", "-c", FIRST_ARTICLE)
    ).groups()
    say("Starting two gunicorn servers and nginx...")
    cluster.start_app("app1", env)
    cluster.start_app("app2", env)
    cluster.start_nginx()
    ports = cluster.ports

    result = {
        "date": f"{datetime.now():%Y-%m-%d %H:%M}",
        "cores": os.cpu_count(),
        "load_average": os.getloadavg()[0],  # the machine may be shared: other work skews the figures
        "wrk": WRK.format(seconds=SECONDS),
        "throughput": [],
    }
    for page, path in (("home", "/en/"), ("article", article_path)):
        for port in (ports["one"], ports["both"]):
            status, _headers, body = get(port, path)
            assert status == 200 and "<html" in body, f"{path} answered {status} through nginx"
        say(f"wrk: {page} {path}, through nginx to one server, then to both...")
        wrk(ports["both"], path, seconds=2)  # warm-up: the page cache, database connections
        page_cache = get(ports["both"], path)[1].get("X-Page-Cache", "")  # "hit": served from Redis
        one = wrk(ports["one"], path)
        both = wrk(ports["both"], path)
        for figures in (one, both):
            assert not figures["errors"], f"error answers under load: {figures}"
        ratio = both["requests_per_second"] / one["requests_per_second"]
        result["throughput"].append(
            {
                "page": page,
                "path": path,
                "page_cache": page_cache,
                "one_server": one,
                "two_servers": both,
                "ratio": ratio,
            }
        )

    say("(c) Publishing a new title; polling both servers and nginx...")
    targets = [("app server 1", ports["app1"]), ("app server 2", ports["app2"]), ("nginx (no cache)", ports["both"])]
    result["freshness_c"] = freshness(cluster, env, article_id, article_path, targets)

    say("(d) With nginx's page cache and the front-end cache purge...")
    get(ports["cached"], article_path)
    status, headers, _body = get(ports["cached"], article_path)
    assert headers.get("X-Edge-Cache") == "HIT", f"the article is not kept by nginx's cache: {status} {headers}"
    purge_env = {**env, "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{ports['purge']}"}
    result["freshness_d"] = freshness(
        cluster, purge_env, article_id, article_path, [("nginx (cache on)", ports["cached"])]
    )
    result["freshness_d"]["purged"] = (cluster.dir / "nginx" / "purges.log").read_text().splitlines()
    return result


def main():
    # A stop from outside (Ctrl-C, SIGTERM) still runs the clean-up.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    for tool in ("wrk", "redis-server"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is missing: run `make system-packages`.")
    with contextlib.ExitStack() as stack:
        result = run(stack)
        say("Stopping...")
    text = markdown(result)
    print("\n" + text + "\n")
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"cluster-{stamp}.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / f"cluster-{stamp}.md").write_text(text + "\n")
    late = [row for check in ("c", "d") for row in result[f"freshness_{check}"]["targets"] if not row["ok"]]
    if late:
        sys.exit(f"FAILED: not fresh within {FRESHNESS_LIMIT} s: {late}")


if __name__ == "__main__":
    main()
