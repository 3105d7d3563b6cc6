"""The search page: one for all journals (``/zoeken/``) and one per journal (``/<journal>/zoeken/``)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from access.decision import identified_institution
from access.readers import reader_from_request
from journals.models import Journal
from leeszaal.pagecache import mark_shareable
from search.backends.base import Sort
from search.engine import Results, article_by_doi, search
from search.params import SearchParams
from usage.recording import count_search

#: Page links shown on either side of the current page.
PAGE_WINDOW = 2


def _links(params: SearchParams, results: Results, *, fixed_journal: bool) -> dict[str, Any]:
    """The URLs the page links to: facet values, removable filters, sorts and pages."""

    def url(changed: SearchParams) -> str:
        return "?" + changed.query_string(fixed_journal=fixed_journal)

    facets = []
    selected = []
    for facet in results.facets:
        if facet.name == "journal" and fixed_journal:
            continue
        values = []
        for value in facet.values:
            link = url(params.toggled(facet.name, value.value))
            values.append({"label": value.label, "count": value.count, "selected": value.selected, "url": link})
            if value.selected:
                selected.append({"facet": facet.label, "label": value.label, "url": link})
        facets.append({"name": facet.name, "label": facet.label, "values": values})
    first = max(1, results.page - PAGE_WINDOW)
    last = min(results.pages, results.page + PAGE_WINDOW)
    pages = [
        {"number": n, "url": url(params.changed(page=n)), "current": n == results.page} for n in range(first, last + 1)
    ]
    return {
        "facets": facets,
        "selected": selected,
        "sorts": [
            {"key": sort.value, "url": url(params.changed(sort=sort)), "current": params.sort == sort} for sort in Sort
        ],
        "pages": pages,
        "previous_url": url(params.changed(page=results.page - 1)) if results.page > 1 else "",
        "next_url": url(params.changed(page=results.page + 1)) if results.page < results.pages else "",
        "clear_filters_url": url(SearchParams(text=params.text, sort=params.sort)),
    }


@require_safe
def results(request: HttpRequest, journal: str | None = None) -> HttpResponse:
    the_journal = get_object_or_404(Journal.objects.select_related("publisher"), slug=journal) if journal else None
    params = SearchParams.from_query(request.GET, journal=journal)
    if params.text.strip():
        article = article_by_doi(params.text)
        if article is not None:
            return redirect(article.get_absolute_url())
    reader = reader_from_request(request)
    found = None
    context: dict[str, Any] = {"params": params, "journal": the_journal}
    if params.text.strip():
        found = search(text=params.text, reader=reader, filters=params.filters, sort=params.sort, page=params.page)
        context |= _links(params, found, fixed_journal=the_journal is not None)
        if found.suggestion:
            context["suggestion_url"] = "?" + params.changed(text=found.suggestion).query_string(
                fixed_journal=the_journal is not None
            )
    context["results"] = found
    context["candidates"] = settings.SEARCH_CANDIDATES
    response = render(request, "search/results.html", context)
    if found is not None and found.query is not None:
        count_search(response, institution_id=identified_institution(reader)[0])
    return mark_shareable(request, response, reader)
