"""The search index's own rows: one entry per published article, with what facets and filters need.

The text itself lives where each backend keeps it (an FTS5 table on SQLite, a ``tsvector`` column
on PostgreSQL, see ``search.backends``); these tables hold the facet values so that a results page
counts journals, years, types, access, authors and keywords in one query without touching the
articles. Only published articles have an entry: unpublishing removes it at once.
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models


class Entry(models.Model):
    article = models.OneToOneField("journals.Article", on_delete=models.CASCADE, primary_key=True, related_name="+")
    journal = models.ForeignKey("journals.Journal", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    article_type = models.CharField(max_length=30)
    #: Free to read for everyone: open access or a free-to-read type (``Article.is_readable_by_all``).
    is_open = models.BooleanField()
    #: ``Article.publication_date``: the date sort, and perpetual access by publication date.
    published_on = models.DateField(null=True)
    #: ``documents.recency_key``: the index's own order (the FTS5 rowid on SQLite).
    key = models.BigIntegerField(unique=True)

    objects: ClassVar[models.Manager[Entry]] = models.Manager()

    class Meta:
        indexes = [models.Index(fields=["published_on"])]

    def __str__(self) -> str:
        return f"entry {self.article_id}"


class EntryAuthor(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="authors")
    author = models.ForeignKey("journals.Author", on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=401)

    objects: ClassVar[models.Manager[EntryAuthor]] = models.Manager()

    class Meta:
        indexes = [models.Index(fields=["author", "entry"])]
        constraints = [models.UniqueConstraint(fields=["entry", "author"], name="search_entry_author_once")]

    def __str__(self) -> str:
        return self.name


class EntryKeyword(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="keywords")
    #: As the article spells it, in lower case ("pleegzorg"): the facet's value and label.
    keyword = models.CharField(max_length=200)

    objects: ClassVar[models.Manager[EntryKeyword]] = models.Manager()

    class Meta:
        indexes = [models.Index(fields=["keyword", "entry"])]
        constraints = [models.UniqueConstraint(fields=["entry", "keyword"], name="search_entry_keyword_once")]

    def __str__(self) -> str:
        return self.keyword


class Term(models.Model):
    """A word of a public field (title, authors, keywords, abstract) and in how many entries it was seen.

    The vocabulary that spelling suggestions are taken from. The full text is left out on purpose:
    a suggestion must never reveal a word that only a gated text contains. ``entries`` is counted
    up as articles are indexed and recounted exactly by ``search_reindex``.
    """

    word = models.CharField(max_length=60, primary_key=True)
    entries = models.PositiveIntegerField(default=0)

    objects: ClassVar[models.Manager[Term]] = models.Manager()

    def __str__(self) -> str:
        return self.word
