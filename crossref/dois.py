"""DOIs for articles: a new one from ``DOI_PATTERN`` when an article has none, and none changed once registered.

``DOI_PATTERN`` names the parts of a new DOI: ``{prefix}`` (``DOI_PREFIX``), ``{journal}`` (the journal's
slug), ``{year}``, ``{volume}``, ``{number}`` (the issue's), ``{position}`` and ``{pk}`` (the article's).
A DOI another article already has (DOIs are case-insensitive) gets ``-2``, ``-3``, ... appended.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from journals.identifiers import normalize_doi
from journals.models import Article


def doi_generate(article: Article) -> str:
    """A free DOI for ``article`` from ``DOI_PATTERN``; raises ``ValidationError`` if the pattern gives no DOI."""
    issue = article.issue
    parts: dict[str, Any] = {
        "prefix": settings.DOI_PREFIX,
        "journal": issue.journal.slug,
        "year": issue.year,
        "volume": issue.volume,
        "number": issue.number,
        "position": article.position,
        "pk": article.pk,
    }
    try:
        base = normalize_doi(settings.DOI_PATTERN.format(**parts))
    except (KeyError, IndexError, ValueError) as error:
        raise ValidationError(_("DOI_PATTERN is geen geldig patroon: %(error)s") % {"error": error}) from None
    others = Article.objects.exclude(pk=article.pk).filter(doi__istartswith=base)
    taken = {doi.lower() for doi in others.values_list("doi", flat=True)}
    candidate, number = base, 2
    while candidate.lower() in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def dois_assign(articles: Iterable[Article]) -> list[Article]:
    """Give each article without a DOI a new one; returns the articles that got one.

    Written with a conditional update (``doi=""``), so a DOI someone else set meanwhile stays and is read
    back; a DOI another writer took at the same moment (the unique constraint) is generated again.
    """
    assigned = []
    for article in articles:
        if article.doi:
            continue
        for attempt in range(5):
            candidate = doi_generate(article)
            try:
                with transaction.atomic():
                    rows = Article.objects.filter(pk=article.pk, doi="").update(
                        doi=candidate, updated_at=timezone.now()
                    )
            except IntegrityError:
                if attempt == 4:
                    raise
                continue
            if rows:
                article.doi = candidate
                assigned.append(article)
            else:
                article.doi = Article.objects.filter(pk=article.pk).values_list("doi", flat=True).get()
            break
    return assigned


def registered_doi_of(article_id: int | None) -> str:
    """The DOI Crossref registered for the article, '' if none."""
    from crossref.models import RegisteredDoi

    if article_id is None:
        return ""
    return RegisteredDoi.objects.filter(article_id=article_id).values_list("doi", flat=True).first() or ""


def registered_doi_error(article: Article) -> ValidationError | None:
    """The error for a change of a registered DOI (the same DOI in another case is no change), else None."""
    registered = registered_doi_of(article.pk)
    if registered and (article.doi or "").strip().lower() != registered.lower():
        return ValidationError(
            _("De DOI %(doi)s is bij Crossref geregistreerd en kan niet meer worden gewijzigd.") % {"doi": registered},
            code="doi_registered",
        )
    return None


def remember_loaded_doi(sender: type[Article], instance: Article, **kwargs: Any) -> None:
    """``post_init`` of Article: the DOI as loaded, so that a save that leaves it alone costs no query."""
    instance.__dict__["_crossref_loaded_doi"] = instance.__dict__.get("doi")


def refuse_registered_doi_change(sender: type[Article], instance: Article, raw: bool = False, **kwargs: Any) -> None:
    """``pre_save`` of Article: the last guard, whatever path a save takes (the admin form says it first)."""
    if raw or instance.pk is None or instance._state.adding:
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and "doi" not in update_fields:
        return
    loaded = instance.__dict__.get("_crossref_loaded_doi")
    if loaded is not None and loaded.lower() == (instance.doi or "").lower():
        return  # unchanged since it was read from the database
    error = registered_doi_error(instance)
    if error is not None:
        raise error
