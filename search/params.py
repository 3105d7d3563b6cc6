"""The search page's URL: query, filters, sort and page, read leniently and written back for links.

Anything malformed in the URL (a year that is not a number, an unknown sort, page 10⁹⁹) is
ignored or clamped rather than refused: a shared or hand-edited link still shows results.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

from django.http import QueryDict

from journals.models import Article
from search.backends.base import AccessFilter, Filters, Sort

NAMES = {
    "journal": "tijdschrift",
    "year": "jaar",
    "author_id": "auteur",
    "keyword": "trefwoord",
    "access": "toegang",
    "article_type": "soort",
}
_TYPES = {value for value, _ in Article.Type.choices}


def _int(value: str | None, *, low: int, high: int) -> int | None:
    if value is None or not value.strip().isdigit() or len(value.strip()) > 9:
        return None
    number = int(value)
    return number if low <= number <= high else None


def _text(value: str | None, limit: int = 200) -> str | None:
    if not value:
        return None
    cleaned = "".join(char for char in value if char.isprintable()).strip()
    return cleaned[:limit] or None


@dataclass(frozen=True, slots=True)
class SearchParams:
    text: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: Sort = Sort.RELEVANCE
    page: int = 1

    @classmethod
    def from_query(cls, data: QueryDict, *, journal: str | None = None) -> SearchParams:
        access = data.get("toegang")
        article_type = data.get("soort")
        sort = data.get("sorteer")
        filters = Filters(
            journal=journal or _text(data.get("tijdschrift"), 50),
            year=_int(data.get("jaar"), low=1000, high=9999),
            author_id=_int(data.get("auteur"), low=1, high=2**62),
            keyword=_text(data.get("trefwoord")),
            access=AccessFilter(access) if access is not None and access in AccessFilter._value2member_map_ else None,
            article_type=article_type if article_type in _TYPES else None,
        )
        page = _int(data.get("pagina"), low=1, high=10**9) or 1
        return cls(
            text=data.get("q", ""),
            filters=filters,
            sort=Sort(sort) if sort is not None and sort in Sort._value2member_map_ else Sort.RELEVANCE,
            page=page,
        )

    def _pairs(self, *, fixed_journal: bool) -> list[tuple[str, str]]:
        pairs = [("q", self.text)] if self.text else []
        for name, param in NAMES.items():
            value = getattr(self.filters, name)
            if value is None or (name == "journal" and fixed_journal):
                continue
            pairs.append((param, str(value.value if isinstance(value, AccessFilter) else value)))
        if self.sort != Sort.RELEVANCE:
            pairs.append(("sorteer", self.sort.value))
        if self.page > 1:
            pairs.append(("pagina", str(self.page)))
        return pairs

    def query_string(self, *, fixed_journal: bool = False) -> str:
        return urlencode(self._pairs(fixed_journal=fixed_journal))

    def changed(self, **changes: Any) -> SearchParams:
        """A copy with filters or fields changed; any change but the page's goes back to page 1."""
        filter_changes = {name: changes.pop(name) for name in list(changes) if name in NAMES}
        params = replace(self, filters=replace(self.filters, **filter_changes), **changes)
        if "page" not in changes:
            params = replace(params, page=1)
        return params

    def toggled(self, facet: str, value: str) -> SearchParams:
        """Select a facet value, or deselect it when it is the one selected."""
        name = {"author": "author_id", "type": "article_type"}.get(facet, facet)
        current = getattr(self.filters, name)
        current_value = current.value if isinstance(current, AccessFilter) else current
        if current_value is not None and str(current_value) == value:
            return self.changed(**{name: None})
        converted: Any = value
        if name in ("year", "author_id"):
            converted = int(value)
        elif name == "access":
            converted = AccessFilter(value)
        return self.changed(**{name: converted})
