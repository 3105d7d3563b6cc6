"""What the publisher's home page shows: each journal with its latest issue, and the newest articles.

A fixed number of queries however many journals, issues or articles there are.
"""

from __future__ import annotations

from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce

from journals.models import Article, Issue, Journal, attach_author_names

NEWEST_ARTICLES = 8


def journals_with_latest_issue() -> list[Journal]:
    """The active journals in their order, each with ``latest_issue`` (published, or None): two queries."""
    latest = Issue.objects.published().filter(journal=OuterRef("pk")).newest_first().values("pk")[:1]
    journals = list(Journal.objects.active().for_listing().annotate(latest_issue_id=Subquery(latest)))
    wanted: dict[int, int | None] = {journal.pk: journal.__dict__["latest_issue_id"] for journal in journals}
    issues = Issue.objects.in_bulk([pk for pk in wanted.values() if pk is not None])
    for journal in journals:
        issue = issues.get(wanted[journal.pk]) if wanted[journal.pk] is not None else None
        if issue is not None:
            issue.journal = journal
        journal.__dict__["latest_issue"] = issue  # for the template: journal.latest_issue
    return journals


def newest_articles(limit: int = NEWEST_ARTICLES) -> list[Article]:
    """The newest published articles of the active journals, with journal and author names: two queries."""
    articles = list(
        Article.objects.published()
        .filter(issue__journal__is_active=True)
        .for_listing()
        .select_related("issue__journal")
        .annotate(shown_on=Coalesce("published_on", "issue__published_on"))
        .order_by(F("shown_on").desc(nulls_last=True), "-pk")[:limit]
    )
    return attach_author_names(articles)
