"""Lighthouse (mobile profile) on the demo site in Debian's Chromium: `make lighthouse`.

Serves the demo site (the SQLite database of `make run`) on a local port with the development settings but
without runserver's static-file handler, so static files travel as they do behind WhiteNoise: compressed.
Pages other than the home page are audited on their first visit since the server started (nothing of them kept
yet), the oldest article among them as a reader arriving from an old shared link would see it. Writes each report
to lighthouse-report/ and a table of scores to lighthouse-report/scores.md.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "lighthouse-report"
LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8093"))
PAGES = [
    ("home page", "/{}/"),
    ("article", "/{}/explore/media/news-articles/report-it-dont-share-it-campaign/"),
    # The oldest article: a long-tail address nobody has opened since the server started (a first visit).
    ("oldest article", "/{}/explore/media/news-articles/aple-wins-the-stars-impact-award/"),
    ("resource library", "/{}/explore/resources/parents-caregivers-educators/"),
    ("report form", "/{}/take-action/report-abuse/"),
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = " ".join(
    [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ]
)


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - our own local server
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The site did not answer at {url}")


def audit(url, report):
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            "--output=html",
            f"--output-path={report}",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
    )
    result = json.loads(Path(f"{report}.report.json").read_text())
    return {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}


def main():
    OUT.mkdir(exist_ok=True)
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", "--noreload", "--nostatic", f"127.0.0.1:{PORT}"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "aple_site.settings.dev"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{PORT}/en/")
        rows = []
        for name, path in PAGES:
            for language in ("en", "km"):
                url = f"http://127.0.0.1:{PORT}{path.format(language)}"
                slug = f"{name.replace(' ', '-')}-{language}"
                scores = audit(url, OUT / slug)
                rows.append((f"{name} ({language})", scores))
                print(f"{name} ({language}): {scores}", flush=True)
    finally:
        server.terminate()
        server.wait()
    table = ["| page | " + " | ".join(CATEGORIES) + " |", "|---" * (len(CATEGORIES) + 1) + "|"]
    table += [f"| {page} | " + " | ".join(str(s[c]) for c in CATEGORIES) + " |" for page, s in rows]
    (OUT / "scores.md").write_text("\n".join(table) + "\n")
    print("\n".join(table))


if __name__ == "__main__":
    main()
