"""Settings for the test suite: the real settings with a throwaway key and fast hashing."""

import os
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")
os.environ.setdefault("LEESZAAL_HTTPS", "0")
os.environ.setdefault("LEESZAAL_VAR_DIR", str(Path(__file__).resolve().parent.parent / "var" / "test"))

from leeszaal.settings import *  # noqa: F403
from leeszaal.settings import STORAGES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
USAGE_FLUSH_SECONDS = 0  # usage events are stored as they are recorded
