"""Encryption of abuse reports, and the keyed hash of their references.

Reports are encrypted with keys of their own (never derived from SECRET_KEY) that live outside
the database: in the environment (REPORT_ENCRYPTION_KEYS, REPORT_HASH_KEY) or in a key file
(REPORT_KEY_FILE, JSON with "encryption_keys" and "hash_key"). Encryption is Fernet (AES-128-CBC
with HMAC-SHA256, authenticated) through MultiFernet: the first key encrypts, every listed key
decrypts, so a new key can be put in front and `manage.py rotate_report_keys` re-encrypts.

Less metadata: a Fernet token carries the moment it was made, so tokens are made as of the start of the day
(Phnom Penh time): a report keeps its received date and no time. And the plaintext is padded with spaces (which
JSON ignores) to the next of a few sizes, so a ciphertext's length tells little about what was written. Tokens
made before either change still decrypt; `rotate` re-makes them this way.

The reference a reporter receives is stored only as HMAC-SHA256 under the hash key, which is kept
apart from the encryption keys so that rotating those never breaks a reporter's status lookup.
"""

import base64
import datetime
import hashlib
import hmac
import json
import os
import secrets
from functools import lru_cache
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

__all__ = ["InvalidToken", "decrypt", "encrypt", "new_key_file", "reference_hash", "rotate"]

REFERENCE_DIGITS = 20  # 10**20 possibilities: 66 bits from `secrets`
SIZES = (1024, 4096, 16384, 65536)  # plaintext sizes (bytes); larger ones go up in steps of the largest
KHMER_TO_ASCII = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")


def new_key_file(path):
    """Write a fresh key file (one encryption key and a hash key), readable by its owner only."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"encryption_keys": [Fernet.generate_key().decode()], "hash_key": secrets.token_urlsafe(32)}
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        json.dump(data, handle, indent=2)
    return data


def _configured():
    """(encryption keys, hash key) from settings, or from the key file they name."""
    keys = list(getattr(settings, "REPORT_ENCRYPTION_KEYS", None) or [])
    hash_key = getattr(settings, "REPORT_HASH_KEY", None) or ""
    key_file = getattr(settings, "REPORT_KEY_FILE", None)
    if not keys and key_file:
        path = Path(key_file)
        if not path.exists() and getattr(settings, "REPORT_KEY_FILE_CREATE", False):
            new_key_file(path)
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError) as error:
            raise ImproperlyConfigured(f"Cannot read the report key file {path}: {error}") from error
        keys, hash_key = data.get("encryption_keys") or [], hash_key or data.get("hash_key", "")
    if not keys or not hash_key:
        raise ImproperlyConfigured(
            "Report encryption keys are missing: set REPORT_ENCRYPTION_KEYS and REPORT_HASH_KEY, or REPORT_KEY_FILE."
        )
    return tuple(keys), hash_key


@lru_cache(maxsize=4)
def _build(keys, hash_key):
    try:
        fernet = MultiFernet([Fernet(key) for key in keys])
    except (ValueError, TypeError) as error:
        raise ImproperlyConfigured(f"A report encryption key is not a valid Fernet key: {error}") from error
    if hmac.compare_digest(hash_key, settings.SECRET_KEY):
        raise ImproperlyConfigured("REPORT_HASH_KEY must not be the SECRET_KEY.")
    return fernet, hashlib.sha256(hash_key.encode()).digest()


def _fernet():
    return _build(*_configured())[0]


def padded(plaintext):
    """The bytes with spaces added up to the next size of SIZES (or the next multiple of the largest)."""
    size = next((size for size in SIZES if len(plaintext) <= size), None)
    if size is None:
        size = -(-len(plaintext) // SIZES[-1]) * SIZES[-1]
    return plaintext + b" " * (size - len(plaintext))


def start_of_day(moment=None):
    """The start of the local day of `moment` (a Unix time; now by default), as a Unix time."""
    moment = timezone.localtime(
        timezone.now() if moment is None else datetime.datetime.fromtimestamp(moment, tz=datetime.UTC)
    )
    return int(moment.replace(hour=0, minute=0, second=0, microsecond=0).timestamp())


def _sealed(plaintext, moment=None):
    return _fernet().encrypt_at_time(padded(plaintext), start_of_day(moment)).decode()


def encrypt(data):
    """Encrypt a JSON-serialisable value with the newest key, padded and dated to the day; text for a TextField."""
    return _sealed(json.dumps(data, ensure_ascii=False).encode())


def decrypt(token):
    """The value encrypted by `encrypt`. Raises InvalidToken if no configured key opens it."""
    return json.loads(_fernet().decrypt(token.encode()))


def rotate(token):
    """The same value re-encrypted with the newest key, padded, and dated to the day it was first encrypted."""
    fernet = _fernet()
    moment = fernet.extract_timestamp(token.encode())
    return _sealed(fernet.decrypt(token.encode()).rstrip(b" "), moment)


def primary_key_id():
    """A short fingerprint of the key that encrypts new data (never the key itself)."""
    keys, _ = _configured()
    return hashlib.sha256(base64.urlsafe_b64decode(keys[0])).hexdigest()[:8]


def _grouped(number):
    digits = f"{number:0{REFERENCE_DIGITS}d}"
    return "-".join(digits[i : i + 4] for i in range(0, REFERENCE_DIGITS, 4))


def new_reference(nonce=None, content=None):
    """A reference of 20 digits (66 bits) as the reporter sees it: 4821-0937-5516-2048-7731.

    Without a nonce it is drawn from `secrets`. With the form's nonce (128 bits from `secrets`,
    issued when the form was shown) it is derived from the nonce and the report's content under
    the hash key, so that the same form sent twice (a double tap, a reload) gives the same
    reference and is stored once, while a different report sent from a restored old form gets a
    reference of its own. Nothing of the derivation is stored.
    """
    if not nonce:
        return _grouped(secrets.randbelow(10**REFERENCE_DIGITS))
    message = json.dumps([nonce, content], sort_keys=True, ensure_ascii=False).encode()
    digest = hmac.new(_build(*_configured())[1], b"reference|" + message, hashlib.sha512).digest()
    return _grouped(int.from_bytes(digest, "big") % 10**REFERENCE_DIGITS)


def normalize_reference(text):
    """The 20 digits of a reference as typed (Khmer or ASCII digits, any spaces or dashes), or None."""
    digits = "".join(ch for ch in str(text).translate(KHMER_TO_ASCII) if not ch.isspace() and ch not in "-–—.")
    if len(digits) != REFERENCE_DIGITS or not digits.isascii() or not digits.isdigit():
        return None
    return digits


def reference_hash(reference):
    """The keyed hash under which a reference is stored; None if it is not a well-formed reference."""
    digits = normalize_reference(reference)
    if digits is None:
        return None
    return hmac.new(_build(*_configured())[1], digits.encode(), hashlib.sha256).hexdigest()
