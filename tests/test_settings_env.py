"""Settings from the environment parse strictly: a typo stops the start instead of meaning something else."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from leeszaal.env import env_bool, env_int, env_list, env_str

NAME = "LEESZAAL_TEST_SETTING"


@pytest.fixture(autouse=True)
def _unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NAME, raising=False)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", True),
        ("true", True),
        ("True", True),
        ("TRUE", True),
        ("yes", True),
        ("on", True),
        (" yes ", True),
        ("0", False),
        ("false", False),
        ("False", False),
        ("no", False),
        ("off", False),
        ("", False),
    ],
)
def test_env_bool_reads_the_usual_spellings(monkeypatch: pytest.MonkeyPatch, raw: str, expected: bool) -> None:
    monkeypatch.setenv(NAME, raw)
    assert env_bool(NAME, not expected) is expected


@pytest.mark.parametrize("raw", ["maybe", "ja", "nee", "2", "-1", "y", "n", "truee", "None"])
def test_env_bool_refuses_anything_else(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv(NAME, raw)
    with pytest.raises(ImproperlyConfigured, match=NAME):
        env_bool(NAME, False)


@pytest.mark.parametrize("default", [True, False])
def test_env_bool_falls_back_to_its_default_when_unset(default: bool) -> None:
    assert env_bool(NAME, default) is default


@pytest.mark.parametrize(("raw", "expected"), [("12", 12), (" 7 ", 7), ("0", 0), ("-3", -3), ("31536000", 31536000)])
def test_env_int_reads_whole_numbers(monkeypatch: pytest.MonkeyPatch, raw: str, expected: int) -> None:
    monkeypatch.setenv(NAME, raw)
    assert env_int(NAME, 5) == expected


@pytest.mark.parametrize("raw", ["twelve", "1.5", "1e3", "12s", "0x10", "true"])
def test_env_int_refuses_anything_else(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv(NAME, raw)
    with pytest.raises(ImproperlyConfigured, match=NAME):
        env_int(NAME, 5)


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_env_int_falls_back_to_its_default_when_unset_or_empty(
    monkeypatch: pytest.MonkeyPatch, raw: str | None
) -> None:
    if raw is not None:
        monkeypatch.setenv(NAME, raw)
    assert env_int(NAME, 5) == 5


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("tijdschriften.example.nl", ["tijdschriften.example.nl"]),
        ("a.example.nl, b.example.nl", ["a.example.nl", "b.example.nl"]),
        ("a.example.nl,,b.example.nl,", ["a.example.nl", "b.example.nl"]),
        ("", []),
        (" , ", []),
    ],
)
def test_env_list_splits_on_commas(monkeypatch: pytest.MonkeyPatch, raw: str, expected: list[str]) -> None:
    monkeypatch.setenv(NAME, raw)
    assert env_list(NAME, ["standaard"]) == expected


def test_env_list_falls_back_to_a_copy_of_its_default() -> None:
    default = ["127.0.0.1", "localhost"]
    value = env_list(NAME, default)
    assert value == default
    value.append("evil.example")
    assert default == ["127.0.0.1", "localhost"]
    assert env_list(NAME) == []


def test_env_str(monkeypatch: pytest.MonkeyPatch) -> None:
    assert env_str(NAME, "standaard") == "standaard"
    monkeypatch.setenv(NAME, "waarde")
    assert env_str(NAME, "standaard") == "waarde"


def test_redis_becomes_the_cache_when_configured() -> None:
    """With REDIS_URL both caches (rate limits and pages) live in Redis and work; without it, in memory."""
    import os
    import socket
    import subprocess
    import sys

    from django.conf import settings as django_settings

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        if os.environ.get("CI"):
            pytest.fail("Redis is not running on 127.0.0.1:6379 in CI")
        pytest.skip("no Redis on 127.0.0.1:6379")
    script = (
        "from django.core.cache import caches\n"
        "for alias in ('default', 'pages'):\n"
        "    cache = caches[alias]\n"
        "    assert type(cache).__name__ == 'RedisCache', type(cache)\n"
        "    cache.set('leeszaal-test', alias, 5)\n"
        "    assert cache.get('leeszaal-test') == alias\n"
        "    cache.delete('leeszaal-test')\n"
        "print('ok')\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "leeszaal.settings_test", "REDIS_URL": "redis://127.0.0.1:6379/15"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
