"""The records OAI-PMH disseminates: which articles, under which identifier and in which set."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from django.conf import settings

from journals.models import Article, ArticleQuerySet

SET_PREFIX = "journal:"


def public_articles(articles: ArticleQuerySet | None = None) -> ArticleQuerySet:
    """Published articles in online issues of active journals: what a harvester may see (of ``articles``)."""
    return (
        (articles if articles is not None else Article.objects.all()).published().filter(issue__journal__is_active=True)
    )


def repository_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def identifier_for(article_id: int) -> str:
    return f"oai:{repository_host()}:article/{article_id}"


def article_id_of(identifier: str) -> int | None:
    """The article id in an identifier of this repository, or None."""
    match = re.fullmatch(r"oai:([^:]+):article/([1-9][0-9]{0,18})", identifier)
    if match is None or match.group(1) != repository_host():
        return None
    return int(match.group(2))


def set_spec(journal_slug: str) -> str:
    return f"{SET_PREFIX}{journal_slug}"
