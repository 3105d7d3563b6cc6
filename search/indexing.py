"""Keeping the index in step with publishing.

Saving or deleting an article, its issue, its journal, an author or an authorship queues the
article ids concerned; once the transaction commits they are indexed in one batch
(``index_articles``): published articles are (re)written, all others taken out. Results are also
filtered by the live publication state, so an unpublished article disappears at once even before
its entry is gone. A batch larger than ``SEARCH_INLINE_MAX`` (a journal turned open access, say)
goes to a background task (``search.tasks.index_articles_task``) instead of the request.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import signals

from journals.models import Article, Author, Contribution, Issue, Journal
from search.backends import get_backend
from search.documents import Document, document_of, vocabulary_counts
from search.models import Entry, EntryAuthor, EntryKeyword, Term

log = logging.getLogger(__name__)

BATCH = 500


def _published_documents(article_ids: list[int]) -> list[Document]:
    articles = Article.objects.published().filter(pk__in=article_ids).select_related("issue__journal").with_authors()
    return [document_of(article) for article in articles]


def _count_terms(counts: dict[str, int]) -> None:
    if not counts:
        return
    existing = dict(Term.objects.filter(word__in=list(counts)).values_list("word", "entries"))
    new = [Term(word=word, entries=n) for word, n in counts.items() if word not in existing]
    changed = [Term(word=word, entries=existing[word] + n) for word, n in counts.items() if word in existing]
    Term.objects.bulk_create(new, batch_size=BATCH, ignore_conflicts=True)
    Term.objects.bulk_update(changed, ["entries"], batch_size=BATCH)


def _index_chunk(chunk: list[int]) -> tuple[list[Document], list[int], set[int]]:
    """Write the published articles among ``chunk`` and remove the rest, in one transaction.

    Returns the documents written, the ids removed and the ids that had no entry before.
    """
    backend = get_backend()
    documents = _published_documents(chunk)
    published = {document.article_id for document in documents}
    gone = [pk for pk in chunk if pk not in published]
    with transaction.atomic():
        # The backends find an article's text by its entry's key, so they go first.
        if gone:
            backend.remove(gone)
            Entry.objects.filter(article_id__in=gone).delete()
        new_ids = published - set(Entry.objects.filter(article_id__in=published).values_list("pk", flat=True))
        backend.store(documents)
        _write(documents)
    return documents, gone, new_ids


def index_articles(article_ids: Iterable[int], *, count_terms: bool = True) -> tuple[int, int]:
    """(Re)index these articles: published ones are written, the rest removed. Returns (indexed, removed)."""
    ids = sorted(set(article_ids))
    indexed = removed = 0
    for start in range(0, len(ids), BATCH):
        with transaction.atomic():
            documents, gone, new_ids = _index_chunk(ids[start : start + BATCH])
            if count_terms:
                _count_terms(vocabulary_counts([d for d in documents if d.article_id in new_ids]))
        indexed += len(documents)
        removed += len(gone)
    return indexed, removed


def _write(documents: list[Document]) -> None:
    if not documents:
        return
    ids = [document.article_id for document in documents]
    EntryAuthor.objects.filter(entry_id__in=ids).delete()
    EntryKeyword.objects.filter(entry_id__in=ids).delete()
    Entry.objects.bulk_create(
        [
            Entry(
                article_id=d.article_id,
                journal_id=d.journal_id,
                year=d.year,
                article_type=d.article_type,
                is_open=d.is_open,
                published_on=d.published_on,
                key=d.key,
            )
            for d in documents
        ],
        update_conflicts=True,
        unique_fields=["article"],
        update_fields=["journal", "year", "article_type", "is_open", "published_on", "key"],
        batch_size=BATCH,
    )
    EntryAuthor.objects.bulk_create(
        [EntryAuthor(entry_id=d.article_id, author_id=a, name=name[:401]) for d in documents for a, name in d.authors],
        batch_size=BATCH,
        ignore_conflicts=True,  # two processes indexing the same article at once
    )
    EntryKeyword.objects.bulk_create(
        [EntryKeyword(entry_id=d.article_id, keyword=k) for d in documents for k in d.keywords],
        batch_size=BATCH,
        ignore_conflicts=True,
    )


def remove_articles(article_ids: Iterable[int]) -> None:
    ids = list(article_ids)
    with transaction.atomic():
        get_backend().remove(ids)
        Entry.objects.filter(article_id__in=ids).delete()


def rebuild(*, progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """Reindex every article while search stays online, then drop entries of articles no longer
    there and recount the vocabulary. Returns (indexed, removed)."""
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    indexed = removed = 0
    counts: dict[str, int] = {}
    for start in range(0, len(ids), BATCH):
        documents, gone, _new = _index_chunk(ids[start : start + BATCH])
        for word, n in vocabulary_counts(documents).items():
            counts[word] = counts.get(word, 0) + n
        indexed += len(documents)
        removed += len(gone)
        if progress is not None:
            progress(min(start + BATCH, len(ids)), len(ids))
    with transaction.atomic():
        stale = list(
            Entry.objects.exclude(article_id__in=Article.objects.published().values("pk")).values_list("pk", flat=True)
        )
        if stale:
            remove_articles(stale)
            removed += len(stale)
        Term.objects.all().delete()
        Term.objects.bulk_create([Term(word=w, entries=n) for w, n in counts.items()], batch_size=BATCH)
    return indexed, removed


# After commit -------------------------------------------------------------------------------------

_pending = threading.local()


def _queue() -> set[int]:
    queue: set[int] | None = getattr(_pending, "ids", None)
    if queue is None:
        queue = _pending.ids = set()
    return queue


def _flush() -> None:
    ids = sorted(_queue())
    _queue().clear()
    if not ids:
        return
    if len(ids) > settings.SEARCH_INLINE_MAX:
        from search.tasks import index_articles_task

        index_articles_task.enqueue(ids)
        return
    try:
        index_articles(ids)
    except Exception:
        # The change itself has committed; a failed index update must not turn it into an error page.
        # ``search_reindex`` repairs the index. Results are filtered by the live publication state.
        log.exception("Search index update failed for articles %s", ids[:20])


def queue_articles(article_ids: Iterable[int]) -> None:
    """Index these articles once the current transaction commits (at once outside one)."""
    ids = set(article_ids)
    if not ids:
        return
    _queue().update(ids)
    # One callback per call: the first to run indexes everything queued, the others find nothing.
    # (A rolled-back transaction drops its callbacks; its ids are indexed with the next commit.)
    transaction.on_commit(_flush)


def _article_ids(**lookup: Any) -> Iterator[int]:
    return iter(Article.objects.filter(**lookup).values_list("pk", flat=True))


def _on_article_save(sender: type, instance: Article, **kwargs: Any) -> None:
    queue_articles([instance.pk])


def _on_article_delete(sender: type, instance: Article, **kwargs: Any) -> None:
    # Before the entry goes with the article (the backends find the text by the entry's key), in the
    # same transaction: a rolled-back delete keeps its index.
    get_backend().remove([instance.pk])


def _on_issue_save(sender: type, instance: Issue, **kwargs: Any) -> None:
    queue_articles(_article_ids(issue=instance))


#: What the index holds of a journal: its slug (a facet term), whether all of it is open access and which
#: types are free to read (both decide an entry's ``is_open``).
_JOURNAL_INDEXED = ("slug", "open_access", "free_article_types")


def _on_journal_pre_save(sender: type, instance: Journal, **kwargs: Any) -> None:
    old = Journal.objects.filter(pk=instance.pk).values(*_JOURNAL_INDEXED).first() if instance.pk else None
    instance.__dict__["_search_indexed"] = old


def _on_journal_save(sender: type, instance: Journal, **kwargs: Any) -> None:
    # Only a change the index holds re-indexes the journal's articles (an edited description does not).
    old = instance.__dict__.pop("_search_indexed", None)
    if old is None or all(old[name] == getattr(instance, name) for name in _JOURNAL_INDEXED):
        return
    queue_articles(_article_ids(issue__journal=instance))


def _on_contribution_change(sender: type, instance: Contribution, **kwargs: Any) -> None:
    queue_articles([instance.article_id])


def _on_author_save(sender: type, instance: Author, **kwargs: Any) -> None:
    if kwargs.get("created"):
        return
    queue_articles(_article_ids(contributions__author=instance))


def connect_signals() -> None:
    uid = "search-index"
    signals.post_save.connect(_on_article_save, sender=Article, dispatch_uid=f"{uid}-article")
    signals.pre_delete.connect(_on_article_delete, sender=Article, dispatch_uid=f"{uid}-article-delete")
    signals.post_save.connect(_on_issue_save, sender=Issue, dispatch_uid=f"{uid}-issue")
    signals.pre_save.connect(_on_journal_pre_save, sender=Journal, dispatch_uid=f"{uid}-journal-pre")
    signals.post_save.connect(_on_journal_save, sender=Journal, dispatch_uid=f"{uid}-journal")
    signals.post_save.connect(_on_contribution_change, sender=Contribution, dispatch_uid=f"{uid}-contribution")
    signals.post_delete.connect(_on_contribution_change, sender=Contribution, dispatch_uid=f"{uid}-contribution-del")
    signals.post_save.connect(_on_author_save, sender=Author, dispatch_uid=f"{uid}-author")
