"""Dutch is the source language; the English catalog must be complete and compiled."""

from __future__ import annotations

import gettext
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from journals.models import Article

LOCALE = Path(settings.BASE_DIR) / "locale"


def _catalog(mo: Path) -> dict[object, object]:
    with mo.open("rb") as handle:
        return dict(gettext.GNUTranslations(handle)._catalog)  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_committed_catalog_is_complete_and_compiled(language: str, tmp_path: Path) -> None:
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    if not po.exists():
        pytest.skip(f"no {language} catalog")
    if shutil.which("msgfmt") is None:
        if os.environ.get("CI"):
            pytest.fail("gettext's msgfmt is missing in CI")
        pytest.skip("gettext's msgfmt is not installed")
    fresh = tmp_path / "django.mo"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", str(fresh), str(po)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr
    assert _catalog(fresh) == _catalog(po.with_suffix(".mo")), "run `make messages`: the .mo is older than the .po"


def test_the_article_page_speaks_english_when_chosen(client: Client, article: Article) -> None:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    content = client.get(article.get_absolute_url()).content.decode()
    assert "Abstract" in content
    assert "How to cite this article" in content
    assert "Samenvatting" not in content
    assert "Log in" in content
