"""Rules on the publication record that keep identifiers unique and published URLs stable."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from journals.models import Article, Issue, Journal
from tests import factories


def test_a_doi_differing_only_in_case_is_the_same_doi(article: Article, issue: Issue) -> None:
    article.doi = "10.5555/Osk.2024.3"
    article.save()
    twin = factories.make_article(issue)
    twin.doi = "10.5555/osk.2024.3"
    with pytest.raises(IntegrityError), transaction.atomic():
        twin.save()


def test_a_journal_cannot_take_an_issn_another_journal_uses_in_the_other_column(journal: Journal, publisher) -> None:
    other = factories.make_journal(publisher)
    other.issn_print = journal.issn_online
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "issn_print" in error.value.message_dict


def test_print_and_online_issn_must_differ(journal: Journal) -> None:
    journal.issn_print = journal.issn_online
    with pytest.raises(ValidationError) as error:
        journal.full_clean()
    assert "issn_online" in error.value.message_dict


def test_a_published_issue_cannot_move_to_another_journal(issue: Issue, other_journal: Journal) -> None:
    issue.journal = other_journal
    with pytest.raises(ValidationError, match="kunnen niet meer worden gewijzigd"):
        issue.full_clean()


def test_an_unpublished_issue_may_still_move(journal: Journal, other_journal: Journal) -> None:
    draft = factories.make_issue(journal, is_published=False)
    draft.journal = other_journal
    draft.full_clean()


def test_a_published_article_keeps_its_slug(article: Article) -> None:
    article.slug = "een-andere-url"
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "slug" in error.value.message_dict


def test_pdfs_are_filed_by_journal_year_and_issue(article: Article) -> None:
    assert str(article.pdf.name).startswith("pdf/ouderschapskennis/2024/3/groepswerk-met-ouders-in-perspectief")


def test_the_body_is_sanitised_when_saved(issue: Issue) -> None:
    article = factories.make_article(
        issue, body='<p onclick="x()">Tekst<script>alert(1)</script><img src=x onerror=y></p>'
    )
    assert "script" not in article.body
    assert "onclick" not in article.body
    assert "onerror" not in article.body
    assert "Tekst" in article.body


def test_urls_built_without_reverse_match_the_url_conf(article: Article) -> None:
    from django.urls import reverse

    issue = article.issue
    kwargs = {"journal": issue.journal.slug, "year": issue.year, "number": issue.number}
    assert issue.get_absolute_url() == reverse("journals:issue", kwargs=kwargs)
    assert article.get_absolute_url() == reverse("journals:article", kwargs={**kwargs, "slug": article.slug})


def test_two_book_reviews_in_one_issue_get_their_own_slugs(issue: Issue) -> None:
    first = Article.objects.create(issue=issue, title="Boekbespreking")
    second = Article.objects.create(issue=issue, title="Boekbespreking")
    third = Article(issue=issue, title="Boekbespreking", slug="boekbespreking")
    third.save()
    assert [first.slug, second.slug, third.slug] == ["boekbespreking", "boekbespreking-2", "boekbespreking-3"]


def test_the_same_slug_may_return_in_another_issue(issue: Issue, journal: Journal) -> None:
    other = factories.make_issue(journal, volume=28, number="1", year=2025)
    assert Article.objects.create(issue=issue, title="Boekbespreking").slug == "boekbespreking"
    assert Article.objects.create(issue=other, title="Boekbespreking").slug == "boekbespreking"


def test_a_long_title_keeps_its_suffix_within_the_slug_length(issue: Issue) -> None:
    title = "Een zeer lange titel " * 10
    slugs = {Article.objects.create(issue=issue, title=title).slug for _ in range(3)}
    assert len(slugs) == 3
    assert all(len(slug) <= 120 for slug in slugs)
    assert any(slug.endswith("-3") for slug in slugs)


def test_a_writer_that_loses_the_race_for_a_slug_takes_the_next(issue: Issue, monkeypatch: pytest.MonkeyPatch) -> None:
    from journals import models

    Article.objects.create(issue=issue, title="Boekbespreking")
    real = models.unique_slug
    calls: list[str] = []

    def stale(base: str, issue_id: int, exclude: int | None = None) -> str:
        # The first look happened before the other writer committed: it saw the slug as free.
        calls.append(base)
        return base if len(calls) == 1 else real(base, issue_id, exclude)

    monkeypatch.setattr(models, "unique_slug", stale)
    late = Article.objects.create(issue=issue, title="Boekbespreking")
    assert late.slug == "boekbespreking-2"
    assert len(calls) == 2


def test_a_new_article_with_a_taken_doi_still_fails(article: Article, issue: Issue) -> None:
    article.doi = "10.5555/dubbel"
    article.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(issue=issue, title="Ander artikel", doi="10.5555/dubbel")
