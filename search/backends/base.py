"""The interface every search backend offers, and what it hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from access.decision import Grants
    from search.documents import Document
    from search.query import Query


class Sort(StrEnum):
    RELEVANCE = "relevantie"
    DATE = "datum"


class AccessFilter(StrEnum):
    OPEN = "open"
    SUBSCRIPTION = "abonnement"
    READABLE = "leesbaar"


@dataclass(frozen=True, slots=True)
class Filters:
    #: A journal's slug.
    journal: str | None = None
    year: int | None = None
    author_id: int | None = None
    keyword: str | None = None
    access: AccessFilter | None = None
    article_type: str | None = None


@dataclass(frozen=True, slots=True)
class FacetRow:
    facet: str
    value: str
    label: str
    count: int


@dataclass(slots=True)
class RawResults:
    #: (article id, score) of the requested page of hits, best first.
    hits: list[tuple[int, float]] = field(default_factory=list)
    #: Counts per facet value among all hits: journal, year, type, access, author and keyword
    #: (the most frequent only), and ``readable`` (how many of the hits the reader may read).
    facets: list[FacetRow] = field(default_factory=list)
    #: How many articles match (at most ``cap``).
    total: int = 0
    #: ``cap`` or more matched: ranking and facet counts are of the newest ``cap``.
    estimated: bool = False


class Backend(Protocol):
    name: str

    def store(self, documents: list[Document]) -> None:
        """Put these documents' text into the index, replacing what it held for them."""

    def remove(self, article_ids: list[int]) -> None:
        """Take these articles' text out of the index."""

    def run(
        self, query: Query, *, filters: Filters, grants: Grants, sort: Sort, limit: int, offset: int, cap: int
    ) -> RawResults:
        """One page of hits, the number of matches and facet counts, in one round trip where the
        engine allows. Ranking and facets may look at the ``cap`` newest matches only."""

    def size(self) -> dict[str, Any]:
        """What the index takes on disk (for the benchmark and the reindex command)."""
