"""Keep the deleted records of OAI-PMH: a tombstone when an article leaves the public set, none when it returns.

An article is public when it is published, its issue is online and its journal is active
(``oai.records.public_articles``). The state before a save is read in ``pre_save`` (one query),
so a change of status, of the issue's ``is_published`` or the journal's ``is_active`` is seen
whichever action made it (``journals.actions.article_unpublish``, ``issue_unpublish``, the admin).
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save, pre_delete, pre_save
from django.utils import timezone

from journals.models import Article, Issue, Journal
from oai.models import OaiTombstone
from oai.records import identifier_for, public_articles, set_spec


def tombstones_record(*, article_ids: list[int], slugs: dict[int, str]) -> None:
    """Give each of ``article_ids`` (not yet tombstoned) a deleted header dated now; ``slugs``: its journal."""
    if not article_ids:
        return
    now = timezone.now().replace(microsecond=0)
    # ignore_conflicts: an article tombstoned already (or by a save at the same moment) keeps its first date.
    OaiTombstone.objects.bulk_create(
        [
            OaiTombstone(article_id=pk, identifier=identifier_for(pk), datestamp=now, sets=set_spec(slugs[pk]))
            for pk in article_ids
        ],
        ignore_conflicts=True,
    )


def tombstones_clear(*, article_ids: list[int]) -> None:
    """The articles are public again: drop their tombstones and date them now, so harvesters fetch them anew."""
    if not article_ids:
        return
    deleted, _ = OaiTombstone.objects.filter(article_id__in=article_ids).delete()
    if deleted:
        Article.objects.filter(pk__in=article_ids).update(updated_at=timezone.now())


def _article_pre_save(sender: Any, instance: Article, **kwargs: Any) -> None:
    instance._oai_was_public = bool(instance.pk) and public_articles().filter(pk=instance.pk).exists()  # type: ignore[attr-defined]


def _article_post_save(sender: Any, instance: Article, created: bool, **kwargs: Any) -> None:
    if kwargs.get("raw") or created:
        return  # a new article was never public, so it has no tombstone to leave or to clear
    was_public = getattr(instance, "_oai_was_public", False)
    now_public = instance.status == Article.Status.PUBLISHED and public_articles().filter(pk=instance.pk).exists()
    if was_public and not now_public:
        tombstones_record(article_ids=[instance.pk], slugs={instance.pk: instance.issue.journal.slug})
    elif now_public and not was_public:
        OaiTombstone.objects.filter(article_id=instance.pk).delete()


def _article_pre_delete(sender: Any, instance: Article, **kwargs: Any) -> None:
    row = public_articles().filter(pk=instance.pk).values_list("issue__journal__slug", flat=True).first()
    if row is not None:
        tombstones_record(article_ids=[instance.pk], slugs={instance.pk: row})


def _issue_pre_save(sender: Any, instance: Issue, **kwargs: Any) -> None:
    old = Issue.objects.filter(pk=instance.pk).values_list("is_published", flat=True).first() if instance.pk else None
    instance._oai_was_published = bool(old)  # type: ignore[attr-defined]


def _issue_post_save(sender: Any, instance: Issue, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    was = getattr(instance, "_oai_was_published", False)
    if was and not instance.is_published:
        rows = Article.objects.filter(
            issue=instance, status=Article.Status.PUBLISHED, issue__journal__is_active=True
        ).values_list("pk", "issue__journal__slug")
        slugs = dict(rows)
        tombstones_record(article_ids=list(slugs), slugs=slugs)
    elif not was and instance.is_published:
        ids = list(public_articles().filter(issue=instance).values_list("pk", flat=True))
        tombstones_clear(article_ids=ids)


def _journal_pre_save(sender: Any, instance: Journal, **kwargs: Any) -> None:
    old = Journal.objects.filter(pk=instance.pk).values_list("is_active", flat=True).first() if instance.pk else None
    instance._oai_was_active = bool(old)  # type: ignore[attr-defined]


def _journal_post_save(sender: Any, instance: Journal, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    was = getattr(instance, "_oai_was_active", False)
    if was and not instance.is_active:
        ids = list(Article.objects.published().filter(issue__journal=instance).values_list("pk", flat=True))
        tombstones_record(article_ids=ids, slugs=dict.fromkeys(ids, instance.slug))
    elif not was and instance.is_active:
        ids = list(public_articles().filter(issue__journal=instance).values_list("pk", flat=True))
        tombstones_clear(article_ids=ids)


def connect() -> None:
    pre_save.connect(_article_pre_save, sender=Article, dispatch_uid="oai_article_pre_save")
    post_save.connect(_article_post_save, sender=Article, dispatch_uid="oai_article_post_save")
    pre_delete.connect(_article_pre_delete, sender=Article, dispatch_uid="oai_article_pre_delete")
    pre_save.connect(_issue_pre_save, sender=Issue, dispatch_uid="oai_issue_pre_save")
    post_save.connect(_issue_post_save, sender=Issue, dispatch_uid="oai_issue_post_save")
    pre_save.connect(_journal_pre_save, sender=Journal, dispatch_uid="oai_journal_pre_save")
    post_save.connect(_journal_post_save, sender=Journal, dispatch_uid="oai_journal_post_save")
