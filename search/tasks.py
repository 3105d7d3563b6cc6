"""Background work of search: large index updates, queued after commit with plain ids."""

from __future__ import annotations

from django.tasks import task

from search.indexing import index_articles


@task()
def index_articles_task(article_ids: list[int]) -> dict[str, int]:
    indexed, removed = index_articles(article_ids)
    return {"indexed": indexed, "removed": removed}
