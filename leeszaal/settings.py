"""Leeszaal settings, read from the environment with typed, safe defaults.

Defaults suit a production host behind HTTPS: DEBUG off, secure cookies, HSTS.
A developer or the demo turns DEBUG on and HTTPS off explicitly.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from leeszaal.env import env_addresses, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("LEESZAAL_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)
HTTPS = env_bool("LEESZAAL_HTTPS", not DEBUG)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = get_random_secret_key()

SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [SITE_URL])

INSTALLED_APPS = [
    "leeszaal.apps.LeeszaalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "django_tasks_db",
    "accounts",
    "journals",
    "access",
    "usage",
    "search",
    "jats",
    "sales",
    "discovery",
    "crossref",
    "oai",
    "alerts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so that cached pages are counted too; records after the response is sent.
    "usage.recording.UsageMiddleware",
    # Outside sessions, messages, CSRF and auth: decides after all of them (leeszaal.pagecache).
    "leeszaal.pagecache.SharedPageCacheMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "leeszaal.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "leeszaal.urls"
WSGI_APPLICATION = "leeszaal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "journals.context_processors.publisher",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'leeszaal.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}

# Database trouble and error reports (issue 13) -------------------------------------------------------------
# A database that does not answer holds no worker (leeszaal.outage). PostgreSQL: a connection attempt gives up
# after DATABASE_CONNECT_TIMEOUT seconds (libpq's least is 2), a statement after DATABASE_STATEMENT_TIMEOUT
# (0: never; leeszaal.wsgi makes it 10 s for the web server, so manage.py commands such as migrate and
# db_worker run without). After a failed attempt a process answers 503 at once for DATABASE_RETRY_SECONDS,
# while one probe tries again in the background (leeszaal.postgresql). SQLite: a statement waits up to
# DATABASE_STATEMENT_TIMEOUT (5 s when 0) for another's write lock.
DATABASE_CONNECT_TIMEOUT = env_int("DATABASE_CONNECT_TIMEOUT", 2, minimum=2)
DATABASE_STATEMENT_TIMEOUT = env_int("DATABASE_STATEMENT_TIMEOUT", 0, minimum=0)
DATABASE_RETRY_SECONDS = env_int("DATABASE_RETRY_SECONDS", 5, minimum=1)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": DATABASE_STATEMENT_TIMEOUT or 5,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = False
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "leeszaal.postgresql"
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["connect_timeout"] = DATABASE_CONNECT_TIMEOUT
    if DATABASE_STATEMENT_TIMEOUT:
        _timeout = f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT * 1000}"
        _options["options"] = f"{_options.get('options', '')} {_timeout}".strip()

# The address in every absolute link of a mail or a feed (leeszaal.siteurl), whatever Host a request named.
_site = urlsplit(SITE_URL)
if _site.scheme not in ("http", "https") or not _site.hostname or _site.path or _site.query or _site.fragment:
    raise ImproperlyConfigured(
        f"SITE_URL must be a site's address such as https://tijdschriften.example.nl, not {SITE_URL!r}"
    )

# Errors reach the operator: a 500 with its traceback (Django's "django" logger) and the start and end of a
# database outage (leeszaal.outage) are e-mailed to ADMINS ("Naam <adres>, ..."), from SERVER_EMAIL, when
# DEBUG is off; everything is logged to the console (stderr) as well. A 503 of an outage is not logged on its own.
ADMINS = env_addresses("ADMINS")
EMAIL_SUBJECT_PREFIX = "[Leeszaal] "
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        "not_busy": {"()": "leeszaal.outage.NotBusy"},
    },
    "formatters": {"plain": {"format": "%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail_admins_outage": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "WARNING",
            "filters": ["require_debug_false", "not_busy"],
        },
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    # Django's own "django" logger keeps its handlers (mail_admins for errors when DEBUG is off) and reaches the console.
    "loggers": {"leeszaal.outage": {"handlers": ["mail_admins_outage"], "level": "WARNING"}},
}
# End of database trouble and error reports (issue 13) ------------------------------------------------------

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

# Two caches: "default" (rate limits, small lookups) and "pages" (whole pages for anonymous readers,
# see journals.pagecache). Redis when REDIS_URL is set, shared by all processes; else per process, apart
# from the rate-limit counters (see "Rate limits" below).
REDIS_URL = env_str("REDIS_URL")
CACHES: dict[str, dict[str, object]]
if REDIS_URL:
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": prefix}
        for alias, prefix in (("default", "leeszaal"), ("pages", "leeszaal-pages"))
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": env_int("PAGE_CACHE_MAX_ENTRIES", 300)},
        },
    }
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 120)
# What readers are entitled to is cached under the access generation (access.decision); without Redis,
# a change made in one process reaches the others within this many seconds.
ACCESS_CACHE_SECONDS = env_int("ACCESS_CACHE_SECONDS", 30)
if REDIS_URL:
    # Sessions read from Redis, written through to the database. Not with the per-process cache:
    # a logout in one process would not reach the copy another process keeps.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Rate limits (issue 13) ------------------------------------------------------------------------------------
# Every limit counts the client access.readers.client_ip finds (TRUSTED_PROXIES), the access decision's.
# Its counters are shared by all workers: in Redis with REDIS_URL; else in the database (leeszaal.sharedcache:
# "default" sends them to "ratelimit", the table migrate creates, and every other key to "local", as before).
if not REDIS_URL:
    CACHES["local"] = CACHES["default"]
    CACHES["ratelimit"] = {
        "BACKEND": "leeszaal.sharedcache.DatabaseCounterCache",
        "LOCATION": "leeszaal_ratelimit",
        "OPTIONS": {"MAX_ENTRIES": env_int("RATE_LIMIT_MAX_ENTRIES", 10_000)},
    }
    CACHES["default"] = {
        "BACKEND": "leeszaal.sharedcache.SplitCache",
        "OPTIONS": {"SHARED": "ratelimit", "LOCAL": "local"},
    }
# IPv6 clients are counted by their /64, one subscriber's network (allauth's and access.readers.client_key).
ALLAUTH_RATE_LIMIT_IPV6_PREFIX = 64
# Logins (leeszaal.ratelimit): wrong passwords per address, and per address and account together
# ("login_failed": the key is the pair), and per account from all addresses together ("login_failed_account",
# which only several addresses together can reach). Past that one, the owner logs in with a code sent by e-mail.
ACCOUNT_RATE_LIMITS = {
    "login_failed": env_str("LOGIN_FAILED_RATE", "10/m/ip,5/5m/key"),
    "login_failed_account": env_str("LOGIN_FAILED_ACCOUNT_RATE", "20/5m/key"),
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
# Activation codes (access.views_codes): attempts to redeem one, per client address and per account.
CODE_REDEEM_RATE = env_str("CODE_REDEEM_RATE", "10/m/ip,20/h/user")
# End of rate limits (issue 13) -----------------------------------------------------------------------------

# Usage (COUNTER): record events; keep raw events this many days once counted (the privacy statement says so).
USAGE_RECORDING = env_bool("USAGE_RECORDING", True)
USAGE_RAW_RETENTION_DAYS = env_int("USAGE_RAW_RETENTION_DAYS", 90)
# Each process stores its events together this often (0: each at once), or as soon as this many wait.
USAGE_FLUSH_SECONDS = env_int("USAGE_FLUSH_SECONDS", 1)
USAGE_FLUSH_EVENTS = env_int("USAGE_FLUSH_EVENTS", 500)
# Search: index updates of more articles than this after one commit go to a background task.
SEARCH_INLINE_MAX = env_int("SEARCH_INLINE_MAX", 500)
# Search ranks and counts facets among this many newest matches (all of them when fewer match).
SEARCH_CANDIDATES = env_int("SEARCH_CANDIDATES", 1000)
# Another search backend (a dotted path); empty: the one for the default database (search.backends).
SEARCH_BACKEND = env_str("SEARCH_BACKEND", "")
# COUNTER_SUSHI API (usage.api): requests per customer, and refused requests per address, in a window.
SUSHI_RATE = env_str("SUSHI_RATE", "30/m")
# How the platform names itself in COUNTER reports, and its COUNTER Registry record (once registered).
COUNTER_PLATFORM = env_str("COUNTER_PLATFORM", "Leeszaal")
COUNTER_PLATFORM_ID = env_str("COUNTER_PLATFORM_ID", "leeszaal")
COUNTER_REGISTRY_RECORD = env_str("COUNTER_REGISTRY_RECORD", "")

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Accounts (django-allauth): e-mail is the login, verified before first use.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Leeszaal] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if HTTPS else "http"
LOGIN_REDIRECT_URL = "/account/"
LOGIN_URL = "account_login"

# Accounts hardening (issue 13): allauth's sign-up form, which answers a taken address the same way
# however the taken address is met (accounts.forms.SignupForm). Account mails that the mail server does not
# take at once wait in the task queue (accounts.mail); the 429 page is accounts.views.too_many_requests.
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Full-text PDFs live outside MEDIA_ROOT and are only ever sent by the access-checked PDF view.
PRIVATE_MEDIA_ROOT = VAR_DIR / "private"
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
PDF_MAX_BYTES = env_int("PDF_MAX_BYTES", 50 * 1024 * 1024)
# JATS import (jats.xmlsafe, jats.package): the largest XML document read, and the largest package uploaded.
JATS_MAX_BYTES = env_int("JATS_MAX_BYTES", 20 * 1024 * 1024)
JATS_UPLOAD_MAX_BYTES = env_int("JATS_UPLOAD_MAX_BYTES", 200 * 1024 * 1024)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "journals.storage.PrivateFileStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# E-mail: a folder of files when EMAIL_FILE_PATH is set; the console in DEBUG without EMAIL_HOST;
# otherwise SMTP (by default a local mail server on localhost:25).
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Leeszaal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
_email_host = env_str("EMAIL_HOST")
_email_file_path = env_str("EMAIL_FILE_PATH")
if _email_file_path:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": _email_file_path},
        }
    }
elif DEBUG and not _email_host:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _email_host or "localhost",
                "port": env_int("EMAIL_PORT", 25),
                "username": env_str("EMAIL_HOST_USER"),
                "password": env_str("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", False),
                "timeout": 10,
            },
        }
    }

# Security. HTTPS defaults on unless DEBUG; a local run without TLS sets LEESZAAL_HTTPS=0.
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None
# The client address (access by IP range, rate limits): REMOTE_ADDR, or the right-most address in
# X-Forwarded-For that is not one of these proxies (CIDRs) when the request came through one of them.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", ["127.0.0.1/32", "::1/128"] if env_bool("BEHIND_PROXY", False) else [])
# Private, loopback and documentation ranges for institutions: refused in production, allowed for the demo.
INSTITUTION_SPECIAL_RANGES_ALLOWED = env_bool("INSTITUTION_SPECIAL_RANGES_ALLOWED", DEBUG)
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}

CSRF_FAILURE_VIEW = "leeszaal.views.csrf_failure"
EDITORS_GROUP = "Redactie"

# Selling subscriptions (sales): Mollie payments and invoices. Without MOLLIE_API_KEY the plans are
# shown with a note that payments are not configured, and nothing is sold.
MOLLIE_API_KEY = env_str("MOLLIE_API_KEY")
#: Only for a stand-in of Mollie's API (the tests); empty: Mollie's own.
MOLLIE_API_ENDPOINT = env_str("MOLLIE_API_ENDPOINT")
#: Where Mollie posts payment updates; empty: SITE_URL + the webhook's path.
MOLLIE_WEBHOOK_URL = env_str("MOLLIE_WEBHOOK_URL")
#: Origins of Mollie's checkout, allowed as form-action on the pages whose form ends there.
MOLLIE_CHECKOUT_ORIGINS = env_list("MOLLIE_CHECKOUT_ORIGINS", ["https://www.mollie.com"])
#: Automatic renewal (sales.renewals, ``manage.py sales_renew`` daily): charge this many days before the
#: paid period ends, retry a failed charge after RENEWAL_RETRY_DAYS, stop after RENEWAL_MAX_ATTEMPTS
#: failed charges; remind the reader RENEWAL_REMIND_DAYS_BEFORE days before the end.
RENEWAL_DAYS_BEFORE = env_int("RENEWAL_DAYS_BEFORE", 5)
RENEWAL_RETRY_DAYS = env_int("RENEWAL_RETRY_DAYS", 2)
RENEWAL_MAX_ATTEMPTS = env_int("RENEWAL_MAX_ATTEMPTS", 3)
RENEWAL_REMIND_DAYS_BEFORE = env_int("RENEWAL_REMIND_DAYS_BEFORE", 14)
#: The seller on every invoice.
SELLER_NAME = env_str("SELLER_NAME", "Uitgeverij Lindeboog B.V.")
SELLER_ADDRESS = env_str("SELLER_ADDRESS", "Voorbeeldstraat 1, 1234 AB Utrecht")
SELLER_KVK = env_str("SELLER_KVK")
SELLER_VAT_NUMBER = env_str("SELLER_VAT_NUMBER")

# --- Crossref deposits (crossref) ---------------------------------------------------------------------
# Deposits go to CROSSREF_DEPOSIT_URL (Crossref's test system by default; production is
# https://doi.crossref.org/servlet/deposit) with the role's login; without CROSSREF_USERNAME nothing is sent.
CROSSREF_DEPOSIT_URL = env_str("CROSSREF_DEPOSIT_URL", "https://test.crossref.org/servlet/deposit")
CROSSREF_USERNAME = env_str("CROSSREF_USERNAME")
CROSSREF_PASSWORD = env_str("CROSSREF_PASSWORD")
CROSSREF_DEPOSITOR_NAME = env_str("CROSSREF_DEPOSITOR_NAME", SELLER_NAME)
CROSSREF_DEPOSITOR_EMAIL = env_str("CROSSREF_DEPOSITOR_EMAIL", "crossref@example.org")
CROSSREF_REGISTRANT = env_str("CROSSREF_REGISTRANT", SELLER_NAME)
CROSSREF_TIMEOUT = env_int("CROSSREF_TIMEOUT", 60, minimum=1)
#: The DOI prefix of the publisher (10.5555 is Crossref's test prefix) and the pattern of a new DOI's name:
#: {prefix}, {journal} (slug), {year}, {volume}, {number} (issue), {position} and {pk} of the article.
DOI_PREFIX = env_str("DOI_PREFIX", "10.5555")
DOI_PATTERN = env_str("DOI_PATTERN", "{prefix}/{journal}.{year}.{number}.{position}")
# --- end of Crossref deposits -------------------------------------------------------------------------
# --- OAI-PMH (oai) -----------------------------------------------------------------------------------
#: Records (or headers) per page of ListRecords and ListIdentifiers; the rest follows by resumption token.
OAI_PAGE_SIZE = env_int("OAI_PAGE_SIZE", 100)
#: Identify's adminEmail; empty: the addresses of ADMINS, else DEFAULT_FROM_EMAIL (those with a dotted domain).
OAI_ADMIN_EMAILS = env_list("OAI_ADMIN_EMAILS", [])
# --- end of OAI-PMH -----------------------------------------------------------------------------------
