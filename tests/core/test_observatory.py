"""Mozilla's HTTP Observatory grades every public page type A+, in both languages, as the site runs in production:
the production settings under gunicorn, behind deploy/nginx.conf itself (TLS from a certificate authority this test
creates and the scanner trusts), all on loopback. The scanner is @mdn/mdn-http-observatory from npm
(tools/observatory/), run page by page by tools/observatory/scan.mjs."""

import datetime
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.production import ROOT, create_database, demo_site, free_port, gunicorn, manage, production_env

# The whole site is a copy of the session's demo database (tests/production.py: demo_site), so it must exist.
pytestmark = pytest.mark.django_db

OBSERVATORY = ROOT / "tools" / "observatory"
HOST = "localhost"

# One address of each public page type, "check my report" and search, in both languages.
ADDRESSES = """
from wagtail.models import Page
from django.utils import translation
seen = {}
for page in Page.objects.live().filter(depth__gte=2).specific().order_by("path"):
    seen.setdefault(type(page).__name__, page)
urls = []
for language in ("en", "km"):
    with translation.override(language):
        urls += [page.get_url() for page in seen.values()]
        report = seen["ReportAbusePage"].get_url()
        urls += [report + "check/", f"/{language}/search/?q=child"]
print("\\n".join(urls))
"""


def certificates(folder):
    """A certificate authority of the test's own and a certificate for localhost signed by it: (ca, cert, key)."""
    now = datetime.datetime.now(datetime.UTC)

    def made(subject, issuer, key, signer, ca, names=()):
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        )
        if names:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), False)
        return builder.sign(signer, hashes.SHA256())

    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "APLE test authority")])
    ca = made(ca_name, ca_name, ca_key, ca_key, ca=True)
    leaf = made(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)]), ca_name, key, ca_key, False, [HOST])
    paths = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(leaf.public_bytes(serialization.Encoding.PEM) + paths[0].read_bytes())
    paths[2].write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


def nginx_conf(folder, app, http, https, purge, static, media, cert, key):
    """deploy/nginx.conf as it is, with this machine's ports, paths and host name put in (each must be found)."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    for old, new in [
        ("server 127.0.0.1:8001;", f"server 127.0.0.1:{app};"),
        ("/var/cache/nginx/aple", str(folder / "cache")),
        ("    listen 80;\n    listen [::]:80;", f"    listen 127.0.0.1:{http};"),
        ("    listen 443 ssl http2;\n    listen [::]:443 ssl http2;", f"    listen 127.0.0.1:{https} ssl http2;"),
        ("return 301 https://$host$request_uri;", f"return 301 https://$host:{https}$request_uri;"),
        ("server_name aplecambodia.org;", f"server_name {HOST};"),
        ("/etc/letsencrypt/live/aplecambodia.org/fullchain.pem", str(cert)),
        ("/etc/letsencrypt/live/aplecambodia.org/privkey.pem", str(key)),
        ("/var/www/letsencrypt", str(folder)),
        ("/srv/aple/static/", f"{static}/"),
        ("/var/lib/aple/media/", f"{media}/"),
        ("listen 127.0.0.1:8080;", f"listen 127.0.0.1:{purge};"),
        ("proxy_pass https://127.0.0.1;", f"proxy_pass https://127.0.0.1:{https};"),
    ]:
        assert old in conf, f"deploy/nginx.conf no longer holds {old!r}: update this test"
        conf = conf.replace(old, new)
    user = "user nobody nogroup;" if os.geteuid() == 0 else ""
    temp = "\n".join(f"    {name}_temp_path {folder}/{name}_temp;" for name in ("client_body", "proxy", "fastcgi"))
    return f"""{user}
worker_processes 1;
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
{temp}
    uwsgi_temp_path {folder}/uwsgi_temp;
    scgi_temp_path {folder}/scgi_temp;
{conf}
}}
"""


@pytest.fixture(scope="module")
def site(django_db_setup, postgres_server):
    if not (OBSERVATORY / "node_modules" / "@mdn" / "mdn-http-observatory").exists():
        pytest.fail("the Observatory scanner is not installed: run `make test`, which installs it")
    # Not under pytest's own folder, which only its owner may enter: nginx's workers (nobody, under root) read the
    # static files and write their cache here.
    work = Path(tempfile.mkdtemp(prefix="aple-observatory-"))
    os.chmod(work, 0o755)
    ca, cert, key = certificates(work)
    http, https, purge = free_port(), free_port(), free_port()
    create_database(postgres_server, "observatory")
    env = production_env(
        postgres_server,
        "observatory",
        work,
        ALLOWED_HOSTS=f"{HOST},127.0.0.1",
        SECURE_SSL_REDIRECT="true",
        CSRF_TRUSTED_ORIGINS=f"https://{HOST}:{https}",
        CLIENT_IP_META_KEY="HTTP_X_REAL_IP",
    )
    demo_site(env)
    addresses = manage(env, "shell", "-v0", "-c", ADDRESSES).stdout.split()
    with gunicorn(env, workers=2, log=work / "gunicorn.log") as base:
        folder = work / "nginx"
        folder.mkdir()
        if os.geteuid() == 0:  # nginx's workers run as nobody: its cache and temporary folders must be theirs
            shutil.chown(folder, "nobody", "nogroup")
        conf = folder / "nginx.conf"
        app = base.rsplit(":", 1)[1]
        conf.write_text(nginx_conf(folder, app, http, https, purge, env["STATIC_ROOT"], env["MEDIA_ROOT"], cert, key))
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        check = subprocess.run([nginx, "-t", "-q", "-c", str(conf)], capture_output=True, text=True)  # noqa: S603
        assert check.returncode == 0, check.stderr
        process = subprocess.Popen([nginx, "-c", str(conf)], start_new_session=True)  # noqa: S603
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{http}/", timeout=2)  # noqa: S310 - loopback
                except urllib.error.HTTPError:
                    break
                except OSError:
                    time.sleep(0.1)
                else:
                    break
            warm_up(addresses, https, ca)
            yield {"addresses": addresses, "http": http, "https": https, "ca": ca, "log": work / "gunicorn.log"}
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(10)
            shutil.rmtree(work, ignore_errors=True)


def warm_up(addresses, https, ca):
    """Each address once before the scanner, which gives up after 10 s: on a loaded machine a cold worker's first
    answer (imports, pictures made) can take longer than that."""
    import ssl

    context = ssl.create_default_context(cafile=str(ca))
    for path in addresses:
        try:
            urllib.request.urlopen(f"https://{HOST}:{https}{path}", context=context, timeout=60)  # noqa: S310 - loopback
        except urllib.error.HTTPError:
            pass  # graded by the test itself


def scan(site, path):
    env = {**os.environ, "NODE_EXTRA_CA_CERTS": str(site["ca"])}
    command = ["node", str(OBSERVATORY / "scan.mjs"), HOST, path, str(site["http"]), str(site["https"])]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=OBSERVATORY)  # noqa: S603
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def test_every_public_page_type_scores_a_plus(site):
    grades = {}
    for path in site["addresses"]:
        result = scan(site, path)
        assert 200 <= result["scan"]["statusCode"] < 400, path  # what the Observatory grades
        failed = {name: test["result"] for name, test in result["tests"].items() if not test["pass"]}
        grades[path] = (result["scan"]["grade"], result["scan"]["score"], failed)
    print("\n".join(f"{grade} {score:>4} {path} {failed or ''}" for path, (grade, score, failed) in grades.items()))
    assert len(grades) >= 34  # 16 page types and search, in both languages
    below = {path: grade for path, grade in grades.items() if grade[0] != "A+"}
    assert not below, below


def test_a_host_name_the_site_does_not_serve_gets_a_400_through_nginx(site):
    import ssl

    context = ssl.create_default_context(cafile=str(site["ca"]))
    request = urllib.request.Request(f"https://{HOST}:{site['https']}/en/", headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, context=context, timeout=10)  # noqa: S310 - loopback
    assert refused.value.code == 400
    assert b"Traceback" not in refused.value.read()
