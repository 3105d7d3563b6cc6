"""Citation export views: one article or one issue as RIS, BibTeX or CSL-JSON (discovery.citations)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from discovery import citations
from journals.models import Issue, user_is_staff


def _response(content: str, format_name: str, filename: str) -> HttpResponse:
    spec = citations.FORMATS[format_name]
    response = HttpResponse(content.encode(), content_type=f"{spec.content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.{spec.extension}"'
    return response


def _format(format_name: str) -> str:
    if format_name not in citations.FORMATS:
        raise Http404
    return format_name


def article_export(request: HttpRequest, article_id: int, format_name: str) -> HttpResponse:
    """A published article's record (staff: drafts too); anything else answers 404, as if it did not exist."""
    name = _format(format_name)
    article = get_object_or_404(citations.citable_articles(drafts=user_is_staff(request.user)), pk=article_id)
    return _response(citations.export([article], name), name, citations.bibtex_key(article))


def issue_export(request: HttpRequest, issue_id: int, format_name: str) -> HttpResponse:
    """A published issue's published articles in reading order (staff: drafts too), in three queries."""
    name = _format(format_name)
    staff = user_is_staff(request.user)
    issue = get_object_or_404(Issue.objects.visible_to(request.user).select_related("journal"), pk=issue_id)
    filename = f"{issue.journal.slug}-{issue.year}-{issue.number}"
    return _response(citations.export(citations.issue_articles(issue, drafts=staff), name), name, filename)
