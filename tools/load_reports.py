#!/usr/bin/env python3
"""Many people report abuse at the same moment while others read the site: is every report kept?

Standard library only (threads and urllib), and loopback only: it refuses any other host. Each simulated
reporter behaves like a browser: it opens the report form (/en/ or /km/take-action/report-abuse/), keeps its
cookies, takes the form as the page gives it (security token, form token, empty honeypot), fills in a report
of one of the four kinds (some with contact details, some anonymous), waits as long as a person would take
(the site marks faster forms as likely spam), and then all reporters press "Send report" together (a
barrier), so the submissions really are concurrent. Each description carries a unique marker, to find the
report afterwards and to make sure it never shows up in a log. Meanwhile readers browse public pages (home,
listings, articles, search, both languages) until the reporters are done.

Each simulated person sends an address of its own in X-Real-IP, as nginx does in production, so the
per-client rate limit counts people, not this script: serve the site with CLIENT_IP_META_KEY=HTTP_X_REAL_IP
(production settings). `make run` counts every simulated person as 127.0.0.1, whose allowance is 5 reports in
ten minutes (the others get 429): use --reporters 5 there.

    .venv/bin/python tools/load_reports.py http://127.0.0.1:8000 --reporters 200 --readers 6 \
        --deadline 120 --json load.json

Prints a summary (confirmations, refusals by status, 5xx, readers' requests, latencies) and exits with 1 if any
report was not confirmed, any answer was a 5xx or any request failed. The JSON file also lists every report
(marker, contact details, reference): it is test data, keep it out of logs.
"""

import argparse
import ipaddress
import json
import random
import re
import secrets
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from html.parser import HTMLParser
from http.cookiejar import CookieJar, DefaultCookiePolicy

REPORT_PATH = "/{language}/take-action/report-abuse/"
REFERENCE = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{4}-\d{4}\b")
KINDS = ("csam", "online", "offline", "other")
PROVINCES = ("battambang", "phnom-penh", "siem-reap", "")  # codes of the site's province list ("" = not sure)
# Where readers start; they also follow the links they find on these pages (articles, resources, pages).
READER_START = (
    "/en/",
    "/km/",
    "/en/explore/media/",
    "/km/explore/media/",
    "/en/explore/media/news-articles/",
    "/km/explore/media/news-articles/",
    "/en/search/?q=report",
    "/en/search/?q=online+safety",
    "/km/search/?q=" + urllib.parse.quote("កុមារ"),  # "child"
    "/km/search/?q=" + urllib.parse.quote("របាយការណ៍"),  # "report"
)
# Readers leave these alone: the report pages are the reporters', the rest is not public reading.
READER_SKIP = re.compile(r"^/(?:admin|documents|media|static)/|/take-action/report-abuse/|/cookies/")
MAX_READER_PATHS = 300


def loopback_base(url):
    """The base URL without a trailing slash, if it names a loopback host; ValueError otherwise."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"{url}: not an http(s) address")
    if host != "localhost":
        try:
            if not ipaddress.ip_address(host).is_loopback:
                raise ValueError
        except ValueError:
            raise ValueError(f"{url}: only loopback hosts (localhost, 127.0.0.0/8, ::1) may be loaded") from None
    return f"{parts.scheme}://{parts.netloc}"


def percentile(values, fraction):
    """Nearest-rank percentile of `values` (None if empty)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))]


def latency(values):
    """p50, p99 and maximum in milliseconds."""
    return {
        name: (round(value * 1000, 1) if value is not None else None)
        for name, value in (
            ("p50_ms", percentile(values, 0.50)),
            ("p99_ms", percentile(values, 0.99)),
            ("max_ms", max(values) if values else None),
        )
    }


def peak_overlap(spans):
    """The most requests that were in flight at the same moment, from (start, end) pairs."""
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    peak = current = 0
    for _, step in events:
        current += step
        peak = max(peak, current)
    return peak


class LoopbackRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects like a browser, but only to loopback hosts."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        try:
            loopback_base(urllib.parse.urljoin(req.full_url, newurl))
        except ValueError as error:
            raise urllib.error.HTTPError(req.full_url, code, f"refused redirect: {error}", headers, fp) from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class Visitor:
    """One person's browser: its own cookies and its own address (sent as X-Real-IP, as nginx would)."""

    def __init__(self, base, address, language, deadline, timeout):
        self.base, self.deadline, self.timeout = base, deadline, timeout
        # The site's cookies are Secure; a browser sends them to a loopback address over plain http too
        # (localhost is a secure context), so this jar does as well. Only loopback is ever loaded.
        jar = CookieJar(DefaultCookiePolicy(secure_protocols=("https", "wss", "http")))
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), LoopbackRedirects)
        self.headers = {
            "User-Agent": "aple-load-test/1.0",
            "Accept": "text/html,application/xhtml+xml",
            "Accept-Language": "km,en;q=0.5" if language == "km" else "en",
            "X-Real-IP": address,
        }

    def request(self, path, data=None, headers=None):
        """(status or None, body text, seconds, start, error name or None). Never waits past the deadline."""
        url = urllib.parse.urljoin(self.base + "/", path)
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        # The scheme is http(s) and the host loopback: checked once in loopback_base.
        request = urllib.request.Request(url, data=body, headers={**self.headers, **(headers or {})})  # noqa: S310
        timeout = max(0.1, min(self.timeout, self.deadline - time.monotonic()))
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=timeout) as response:  # noqa: S310 - loopback only, checked
                status, text, error = response.status, response.read().decode("utf-8", "replace"), None
        except urllib.error.HTTPError as failure:
            status, text, error = failure.code, failure.read().decode("utf-8", "replace"), None
        except (OSError, urllib.error.URLError) as failure:  # refused, reset, timed out
            status, text, error = None, "", type(getattr(failure, "reason", failure)).__name__
        return status, text, time.monotonic() - started, started, error


class ReportFormReader(HTMLParser):
    """What a browser would send for the report form (the <form data-report-form>) as the page gives it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.action, self.fields = None, {}
        self._in_form = False
        self._textarea = self._select = None
        self._select_first = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and "data-report-form" in attrs:
            self._in_form, self.action = True, attrs.get("action")
        if not self._in_form or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("radio", "checkbox"):
                if "checked" in attrs:
                    self.fields[name] = attrs.get("value", "on")
                return
            self.fields[name] = attrs.get("value") or ""
        elif tag == "textarea" and name:
            self._textarea = name
            self.fields[name] = ""
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select:
            self._select_first.setdefault(self._select, attrs.get("value", ""))
            if "selected" in attrs:
                self.fields[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form" and self._in_form:
            self._in_form = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select:
            self.fields.setdefault(self._select, self._select_first.get(self._select, ""))
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea] += data


def report_answers(number, marker, kind, contact):
    """The answers of report `number` of `kind`; every free-text answer carries the marker."""
    answers = {"kind": kind, "description": f"Report {marker}: the children look frightened when he visits."}
    if kind == "csam":
        answers.update(
            csam_urls=f"https://example.com/{marker}/gallery\nexample.org/album?id={number}",
            csam_where=f"A photo-sharing forum ({marker})",
            csam_when="Yesterday evening",
        )
    elif kind == "online":
        answers.update(
            online_platform="A chat app",
            online_accounts=f"@stranger_{number}",
            online_what=f"An adult keeps asking my niece for photos ({marker}).",
            online_when="Since last month",
        )
    elif kind == "offline":
        answers.update(
            offline_what=f"A neighbour takes children to his house at night ({marker}).",
            offline_province=PROVINCES[number % len(PROVINCES)],
            offline_place="A village near the market",
            offline_when="It is still happening",
            offline_age="12-14",
            offline_suspect="A man of about fifty",
        )
    if contact:
        answers.update(
            contact_me="on",
            contact_name=contact["name"],
            contact_phone=contact["phone"],
            contact_email=contact["email"],
        )
    return answers


class LoadRun:
    def __init__(self, base, reporters, readers, deadline, timeout, fill_seconds, seed=None):
        self.base = loopback_base(base)
        self.reporters, self.readers = reporters, readers
        self.started = time.monotonic()
        self.deadline = self.started + deadline
        self.timeout, self.fill_seconds = timeout, fill_seconds
        self.run_id = secrets.token_hex(4)
        self.random = random.Random(seed)  # noqa: S311 - which page to read next, not a secret
        self.barrier = threading.Barrier(reporters) if reporters else None
        self.reporters_done = threading.Event()
        self.lock = threading.Lock()
        self.reports = [None] * reporters
        self.reads = []  # (status or error name, seconds)
        self.reader_paths = list(READER_START)
        self.reader_seen = set(self.reader_paths)
        self.warm = (0, 0.0, Counter())  # pages visited before the run, seconds, statuses
        self.learning = True  # whether readers add the links they find to the pages they may open
        # A network of its own for this run's made-up client addresses (198.18.0.0/15, for benchmarks).
        self.network = ipaddress.ip_network(f"198.{18 + self.random.randrange(2)}.0.0/16")
        self.phone_prefix = f"{self.random.randrange(10_000):04d}"

    def address(self, number):
        return str(self.network[number + 1])

    def remaining(self):
        return max(0.0, self.deadline - time.monotonic())

    # Reporters ---------------------------------------------------------------------------------------------

    def reporter(self, number):
        language = ("en", "km")[number % 2]
        kind = KINDS[(number // 2) % len(KINDS)]  # every kind in both languages
        marker = f"LOADMARK-{self.run_id}-{number:04d}"
        contact = None
        if number % 3:  # two in three leave contact details, the others stay anonymous
            contact = {
                "name": f"Reporter {marker}",
                "phone": f"+855 97 {self.phone_prefix} {number:04d}",
                "email": f"reporter.{self.run_id}.{number:04d}@example.org",
                "language": language,
            }
        result = {
            "number": number,
            "language": language,
            "kind": kind,
            "marker": marker,
            "contact": contact,
            "address": self.address(number),
            "get_status": None,
            "post_status": None,
            "confirmed": False,
            "reference": None,
            "problem": None,  # why it was not sent or not confirmed, when there was no answer to say so
        }
        self.reports[number] = result
        visitor = Visitor(self.base, result["address"], language, self.deadline, self.timeout)
        status, page, seconds, _, error = visitor.request(REPORT_PATH.format(language=language))
        result.update(get_status=status, get_seconds=seconds, get_error=error)
        form = ReportFormReader()
        form.feed(page)
        ready = status == 200 and form.action and "form_token" in form.fields
        if not ready:
            result["problem"] = error or f"no report form ({status})"
        shown = time.monotonic()
        # A person takes a while to fill the form in (faster would be flagged as likely spam), then everyone
        # presses "Send report" at the same moment. A reporter whose form failed still comes to the barrier.
        time.sleep(max(0.0, min(shown + self.fill_seconds - time.monotonic(), self.remaining())))
        try:
            self.barrier.wait(timeout=max(0.01, self.remaining()))
        except threading.BrokenBarrierError:
            result["barrier"] = "broken"  # someone never came: send anyway, just not all together
        if not ready:
            return
        data = {**form.fields, **report_answers(number, marker, kind, contact)}
        if contact:
            data["contact_language"] = contact["language"]
        data.pop("choose_kind", None)
        # The report page sends no referrer, so a browser's Origin for this post is "null".
        status, page, seconds, started, error = visitor.request(form.action, data, headers={"Origin": "null"})
        result.update(post_status=status, post_seconds=seconds, post_start=started, post_error=error)
        result["problem"] = error
        shown_reference = re.search(r'class="reference__number"[^>]*>\s*([^<]*)<', page) if status == 200 else None
        match = shown_reference and REFERENCE.search(shown_reference[1])
        if match:
            result.update(confirmed=True, reference=match[0])

    # Readers -----------------------------------------------------------------------------------------------

    def reader(self, number):
        visitor = Visitor(self.base, self.address(self.reporters + number), "en", self.deadline, self.timeout)
        while not self.reporters_done.is_set() and self.remaining() > 0:
            with self.lock:
                path = self.random.choice(self.reader_paths)
            status, page, seconds, _, error = visitor.request(path)
            with self.lock:
                self.reads.append((status if status is not None else error, seconds))
                if status == 200 and self.learning:
                    self.learn_links(page)
            if error:
                time.sleep(0.1)  # no answer at all: do not spin

    def learn_links(self, page):
        """Add the site's own page links found on a page to what readers may open next."""
        for link in re.findall(r'href="(/(?:en|km)/[^"#]*)"', page):
            link = link.replace("&amp;", "&")
            if (
                link not in self.reader_seen
                and not READER_SKIP.search(link)
                and len(self.reader_paths) < MAX_READER_PATHS
            ):
                self.reader_seen.add(link)
                self.reader_paths.append(link)

    # The run ----------------------------------------------------------------------------------------------

    def warm_up(self, pages):
        """Visit the readers' start pages and `pages` of the pages they link to (picked at random) once, one after
        the other, before the run; the readers then keep to these. On a live site the pictures' renditions
        (resized, AVIF, WebP) and each worker's kept parts exist already: making them all at once would be most of
        what the run measures, and would make the same renditions in several workers at the same time.
        Returns (pages visited, seconds, statuses)."""
        started, statuses = time.monotonic(), Counter()
        visitor = Visitor(self.base, self.address(self.reporters + self.readers), "en", self.deadline, self.timeout)
        for path in READER_START:
            status, page, _, _, error = visitor.request(path)
            statuses[str(status if status is not None else error)] += 1
            if status == 200:
                self.learn_links(page)
        linked = self.reader_paths[len(READER_START) :]
        linked = self.random.sample(linked, min(pages, len(linked)))
        for path in linked:
            status, _, _, _, error = visitor.request(path)
            statuses[str(status if status is not None else error)] += 1
        self.reader_paths = [*READER_START, *linked]
        self.learning = False  # the readers keep to the pages visited here
        return sum(statuses.values()), time.monotonic() - started, statuses

    def run(self, warm_up_pages=40):
        if warm_up_pages is not None:
            self.warm = self.warm_up(warm_up_pages)
        self.load_started = time.monotonic()
        readers = [threading.Thread(target=self.reader, args=(n,), daemon=True) for n in range(self.readers)]
        reporters = [threading.Thread(target=self.reporter, args=(n,), daemon=True) for n in range(self.reporters)]
        for thread in readers + reporters:
            thread.start()
        for thread in reporters:
            thread.join(self.remaining())
        reporters_seconds = time.monotonic() - self.load_started
        self.reporters_done.set()
        for thread in readers:
            thread.join(self.remaining() + 1)
        unfinished = sum(thread.is_alive() for thread in readers + reporters)
        return self.summary(reporters_seconds, unfinished)

    def summary(self, reporters_seconds, unfinished):
        reports = [report for report in self.reports if report is not None]
        confirmed = [report for report in reports if report["confirmed"]]
        refused = Counter(
            str(report["post_status"] or report["problem"] or "not sent")
            for report in reports
            if not report["confirmed"]
        )
        answers = [report[key] for report in reports for key in ("get_status", "post_status")]
        answers += [status for status, _ in self.reads]
        warm_pages, warm_seconds, warm_statuses = self.warm
        answers += [int(status) if status.isdigit() else status for status in warm_statuses.elements()]
        server_errors = sum(isinstance(status, int) and status >= 500 for status in answers)
        # Requests that got no answer at all (refused, reset, timed out), by error.
        failures = Counter(report[key] for report in reports for key in ("get_error", "post_error") if report.get(key))
        failures.update(status for status in answers[len(reports) * 2 :] if isinstance(status, str))
        posts = [report for report in reports if report.get("post_seconds") is not None]
        post_starts = [report["post_start"] for report in posts]
        spans = [(report["post_start"], report["post_start"] + report["post_seconds"]) for report in posts]
        reading_seconds = max(reporters_seconds, 1e-9)
        summary = {
            "base": self.base,
            "run_id": self.run_id,
            "reporters": self.reporters,
            "readers": self.readers,
            "seconds": round(time.monotonic() - self.started, 2),
            "warm_up_pages": warm_pages,
            "warm_up_seconds": round(warm_seconds, 2),
            "warm_up_statuses": dict(warm_statuses),
            "reporters_seconds": round(reporters_seconds, 2),
            "unfinished_threads": unfinished + (self.reporters - len(reports)),
            "confirmations": len(confirmed),
            "distinct_references": len({report["reference"] for report in confirmed}),
            "not_confirmed": dict(refused),
            "server_errors_5xx": server_errors,
            "failed_requests": dict(failures),
            "barrier_broken": sum(report.get("barrier") == "broken" for report in reports),
            "posts_start_spread_ms": round((max(post_starts) - min(post_starts)) * 1000, 1) if post_starts else None,
            "posts_in_flight_peak": peak_overlap(spans),
            "report_form_get": latency([r["get_seconds"] for r in reports if r.get("get_seconds") is not None]),
            "report_post": latency([report["post_seconds"] for report in posts]),
            "reader_requests": len(self.reads),
            "reader_statuses": dict(Counter(str(status) for status, _ in self.reads)),
            "reader_requests_per_second": round(len(self.reads) / reading_seconds, 1),
            "reader_latency": latency([seconds for _, seconds in self.reads]),
            "reader_distinct_paths": len(self.reader_paths),
        }
        summary["ok"] = (
            summary["confirmations"] == self.reporters
            and summary["distinct_references"] == self.reporters
            and not server_errors
            and not failures
            and not summary["unfinished_threads"]
        )
        return summary, reports


def print_summary(summary, out=sys.stdout):
    get, post, read = summary["report_form_get"], summary["report_post"], summary["reader_latency"]
    lines = [
        f"{summary['reporters']} reporters and {summary['readers']} readers against {summary['base']} "
        f"in {summary['seconds']} s",
        f"warm-up: {summary['warm_up_pages']} pages in {summary['warm_up_seconds']} s, "
        f"statuses {summary['warm_up_statuses'] or 'none'}; then the reporters took {summary['reporters_seconds']} s",
        f"confirmations shown: {summary['confirmations']} ({summary['distinct_references']} distinct references)",
        f"not confirmed, by status: {summary['not_confirmed'] or 'none'}",
        f"5xx answers: {summary['server_errors_5xx']}; requests without an answer: {summary['failed_requests'] or 0}",
        f"report posts: started within {summary['posts_start_spread_ms']} ms of each other, "
        f"up to {summary['posts_in_flight_peak']} in flight; p50 {post['p50_ms']} ms, p99 {post['p99_ms']} ms, "
        f"max {post['max_ms']} ms",
        f"report form: p50 {get['p50_ms']} ms, p99 {get['p99_ms']} ms",
        f"readers: {summary['reader_requests']} requests ({summary['reader_requests_per_second']}/s) over "
        f"{summary['reader_distinct_paths']} addresses, statuses {summary['reader_statuses']}; "
        f"p50 {read['p50_ms']} ms, p99 {read['p99_ms']} ms",
        f"unfinished threads at the deadline: {summary['unfinished_threads']}; barrier broken for "
        f"{summary['barrier_broken']}",
        "OK" if summary["ok"] else "NOT OK",
    ]
    print("\n".join(lines), file=out)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the site's base URL, on a loopback host, e.g. http://127.0.0.1:8000")
    parser.add_argument("--reporters", type=int, default=200, help="concurrent reporters (200)")
    parser.add_argument("--readers", type=int, default=6, help="concurrent readers browsing meanwhile (6)")
    parser.add_argument("--deadline", type=float, default=120, help="seconds the whole run may take (120)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds any one request may take (60)")
    parser.add_argument(
        "--fill-seconds",
        type=float,
        default=3.5,
        help="seconds between opening the form and sending it; the site flags faster ones as spam (3.5)",
    )
    parser.add_argument("--seed", type=int, help="seed for the readers' choice of pages")
    parser.add_argument(
        "--warm-up-pages",
        type=int,
        default=40,
        help="before the run, visit the readers' start pages and this many of the pages they link to, which the "
        "readers then keep to (40)",
    )
    parser.add_argument(
        "--no-warm-up",
        dest="warm_up_pages",
        action="store_const",
        const=None,
        help="no visit before the run: readers start cold and follow every link they find",
    )
    parser.add_argument("--json", help="write the summary and every report's data (markers, references) here")
    args = parser.parse_args(argv)
    try:
        run = LoadRun(
            args.base, args.reporters, args.readers, args.deadline, args.timeout, args.fill_seconds, args.seed
        )
    except ValueError as error:
        parser.error(str(error))
    summary, reports = run.run(warm_up_pages=args.warm_up_pages)
    print_summary(summary)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"summary": summary, "reports": reports}, handle, indent=1, ensure_ascii=False)
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
