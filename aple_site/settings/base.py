"""Settings shared by every environment.

Environment-specific modules (dev, test, production) import everything from here
and override what differs. Nothing secret lives in this file.
"""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    # wagtail_modeltranslation patches Wagtail's admin, so it comes before the apps it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "aple_site.core",
    "aple_site.home",
    "aple_site.navigation",
    "aple_site.consent",
    "aple_site.search",
    "aple_site.accounts",
    "aple_site.seo",
    "aple_site.operations",
    "aple_site.demo",
    "news",
    "resources",
    "takeaction",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "django.forms",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "rosetta",
    "csp",
]

MIDDLEWARE = [
    # A host name not in ALLOWED_HOSTS: a short 400 before anything reads the host (aple_site/core/middleware.py).
    "aple_site.core.middleware.HostCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Removes every cookie of a category the visitor has not accepted (sees all others' Set-Cookie).
    "aple_site.consent.middleware.ConsentMiddleware",
    # Whole public pages for anonymous visitors (aple_site/core/page_cache.py), kept compressed as sent;
    # before the session is read.
    "aple_site.core.page_cache.PageCacheMiddleware",
    # Content-Security-Policy (aple_site/core/middleware.py): the public site's, or the admin's; kept with cached pages.
    "aple_site.core.middleware.ContentSecurityPolicyMiddleware",
    # Pages (and, under the development server, static files) travel compressed: a first load on a phone is a
    # fraction of its size. Django adds random bytes to each gzip header (its BREACH mitigation); WhiteNoise's
    # precompressed files in production already carry their encoding and pass through untouched.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETags and 304 answers, for cached and fresh pages alike.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before the language is activated: picks up translators' edits made in another process.
    "aple_site.core.middleware.TranslationReloadMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything reads a request body: the public site never accepts an uploaded file.
    "aple_site.core.middleware.RefuseUploadsMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Django's, also accepting the "null" Origin of pages sent with Referrer-Policy: no-referrer.
    "aple_site.core.middleware.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor sign-in (aple_site/accounts): which code verified the session, and the admin kept from
    # sessions that still owe one.
    "django_otp.middleware.OTPMiddleware",
    "aple_site.accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: answers a locked-out sign-in with the lockout page (django-axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "aple_site.urls"
WSGI_APPLICATION = "aple_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
            # Translations are untrusted: {% load i18n %} loads Django's tags with translations escaped unless
            # their English holds markup (aple_site/core/templatetags/i18n_escaped.py).
            "libraries": {"i18n": "aple_site.core.templatetags.i18n_escaped"},
        },
    },
]

# Form widgets may be overridden in templates/ like any other template.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Staff sign-in: django-axes counts failed sign-ins (wrong passwords and wrong two-factor codes) and locks
# that username from that address out for a while; then Django's own password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours: a locked-out sign-in may try again after 15 minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]  # nobody can lock a colleague out from elsewhere
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "aple_site.accounts.two_factor.client_ip"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]
# Wagtail's sign-in form with the two-factor code (aple_site/accounts).
WAGTAILADMIN_USER_LOGIN_FORM = "aple_site.accounts.forms.LoginForm"
OTP_TOTP_ISSUER = "APLE Cambodia"
OTP_TOTP_THROTTLE_FACTOR = 1  # after each wrong code, the next try waits 1, 2, 4, 8... seconds

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the default, Khmer the second language of every page.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("km", _("Khmer")),
]
# Each language's name in its own script, for the language switch.
LANGUAGE_NATIVE_NAMES = {"en": "English", "km": "ខ្មែរ"}
# Interface strings. The catalogue in the repository is the developers'; translators edit the live
# one in TRANSLATIONS_DIR (here the same folder; in production persistent storage, merged with the
# repository's by `manage.py sync_translations` on deploy). Edits take effect at once in every
# process (core.middleware.TranslationReloadMiddleware).
REPOSITORY_LOCALE = BASE_DIR / "locale"
TRANSLATIONS_DIR = REPOSITORY_LOCALE
LOCALE_PATHS = [TRANSLATIONS_DIR]
TIME_ZONE = "Asia/Phnom_Penh"
USE_I18N = True
USE_TZ = True

# django-modeltranslation: page fields exist as *_en and *_km; an empty Khmer field
# falls back to English (templates mark that text with lang="en").
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "km")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",), "en": ()}
# Wagtail's own i18n stays off: translation is field-based (see DESIGN.md).
WAGTAIL_I18N_ENABLED = False
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
# Whether Django itself sends the uploads (make run only; in production the web server does).
SERVE_MEDIA = False

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "aple",
    }
}

# The page cache: how long a page is kept (0 turns it off) and in which cache (production: Redis).
PAGE_CACHE_SECONDS = 600
PAGE_CACHE_ALIAS = "default"

# Wagtail's page editor can exceed Django's default field limit with two languages.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "APLE Cambodia"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# Images and documents with a Khmer title and description (aple_site/core/media.py).
WAGTAILIMAGES_IMAGE_MODEL = "core.SiteImage"
WAGTAILDOCS_DOCUMENT_MODEL = "core.SiteDocument"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Uploads: an allow-list of types, checked by content (images by Pillow, documents by aple_site/core/documents.py), size
# caps, no SVG (it can carry scripts), and a limit on pixels against decompression bombs. Documents are served
# through Wagtail's view (collection privacy holds; nginx refuses the folder itself). No shared passwords:
# private pages and documents are for signed-in staff only.
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "aple_site.core.documents.DocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_DOCUMENT_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "bmp": "webp", "webp": "webp"}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_PASSWORD_RESET_ENABLED = True

# Cookies: only strictly necessary ones, never readable by scripts where avoidable.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Staff (the only visitors with a session) are signed out after half an hour without a request: each request
# moves the end on. Reports of abuse stay behind a screen nobody left open.
SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# No framing; Wagtail's preview views allow their own same-origin iframe themselves.
X_FRAME_OPTIONS = "DENY"
CSRF_COOKIE_HTTPONLY = True  # forms carry the token; no script reads the cookie
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"  # the report pages send no-referrer themselves
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # staff avatars never ask a third party (which would learn their e-mail)

# Content-Security-Policy. The public site runs no inline script or style and no eval: only its own files,
# the video players a visitor chooses to start (aple_site/core/blocks.py VIDEO_PROVIDERS) and, once accepted, the
# statistics service of the consent settings (added per request by the middleware).
VIDEO_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com", "https://www.facebook.com"]
MEDIA_ORIGINS = []  # where uploads are served from, if not this site (production: S3 or its CDN)
# The statistics service's origin, added to the public policy when the consent settings name one (core's CSP
# middleware asks this function: core imports none of our apps).
STATISTICS_ORIGIN_FUNCTION = "aple_site.consent.state.statistics_origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": VIDEO_PLAYER_ORIGINS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The report, "check my report" and help pages load nothing from another site, whatever the visitor accepted: no
# statistics, no video player, no picture from elsewhere.
PRIVATE_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "img-src": ["'self'", "data:"], "frame-src": ["'none'"]}
}
# Wagtail's admin (and the translators' pages under /admin/) uses inline styles, data: and blob: images and
# previews in a same-origin frame: its own, looser policy, never the public site's. No inline script, except on
# the screens of Wagtail's own views (ADMIN_INLINE_SCRIPT_APPS): Wagtail 8 still starts its choosers, date
# pickers and inline panels, and wagtail-modeltranslation its language tabs, with inline <script>s. Our own admin
# screens (the analysts' desk, two-factor sign-in, the strings editor, our reports) and previews never get it.
ADMIN_INLINE_SCRIPT_APPS = ["wagtail", "wagtail_modeltranslation"]
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'", *VIDEO_PLAYER_ORIGINS],
        "frame-ancestors": ["'self'"],
    }
}
# Permissions-Policy: no page uses a camera, microphone, location, payment or sensor; the video players may
# go full screen and play protected media.
PERMISSIONS_POLICY = {
    **{
        feature: []
        for feature in (
            "accelerometer",
            "browsing-topics",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "hid",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "serial",
            "usb",
            "xr-spatial-tracking",
        )
    },
    **{feature: ["self", *VIDEO_PLAYER_ORIGINS] for feature in ("encrypted-media", "fullscreen", "picture-in-picture")},
}

# Reports of abuse (takeaction/). Keys: REPORT_ENCRYPTION_KEYS + REPORT_HASH_KEY, or REPORT_KEY_FILE,
# set per environment and never derived from SECRET_KEY (see takeaction/crypto.py).
REPORT_RETENTION_DAYS = 365  # closed reports are purged this long after they were closed
REPORT_RATE_LIMIT = "5/10m"  # reports (and contact forms) per client
REPORT_LOOKUP_RATE_LIMIT = "10/10m"  # "Check my report" lookups per client
FORM_MIN_FILL_SECONDS = 3  # a form sent faster than this is marked as likely spam (never dropped)
CLIENT_IP_META_KEY = "REMOTE_ADDR"  # behind a proxy: the header it sets, e.g. HTTP_X_REAL_IP
RATELIMIT_USE_CACHE = "default"
RATELIMIT_FAIL_OPEN = True  # if the cache is down, take reports rather than refuse them
CSRF_FAILURE_VIEW = "aple_site.core.views.csrf_failure"
# Django's security.W003 looks for its own CSRF class name only; core.W002 checks ours instead.
# templates.W003 says that "i18n" names two tag libraries: ours replaces Django's on purpose (TEMPLATES above).
SILENCED_SYSTEM_CHECKS = ["security.W003", "templates.W003"]
# Error reports never carry a visitor's address, browser or cookies.
DEFAULT_EXCEPTION_REPORTER_FILTER = "aple_site.core.logs.PrivateExceptionReporterFilter"

# The strings editor (django-rosetta): Khmer only, for the Translators group only, no machine
# translation service (nothing is sent to another host).
ROSETTA_LANGUAGES = [("km", _("Khmer"))]
ROSETTA_ACCESS_CONTROL_FUNCTION = "aple_site.core.roles.is_translator"
ROSETTA_ENABLE_TRANSLATION_SUGGESTIONS = False
ROSETTA_SHOW_AT_ADMIN_PANEL = False
ROSETTA_LOGIN_URL = "/admin/login/"
ROSETTA_POFILENAMES = ("django.po",)
ROSETTA_CASE_SENSITIVE_FILESYSTEM = True
ROSETTA_POFILE_WRAP_WIDTH = 79
ROSETTA_MESSAGES_PER_PAGE = 20
