"""Template tags for the journals' look: versioned URLs of the accent stylesheet and of the covers."""

from __future__ import annotations

from django import template
from django.urls import reverse

from journals.models import Issue, Journal
from leeszaal.pagecache import pages_generation

register = template.Library()


def _versioned(url: str) -> str:
    return f"{url}?v={pages_generation()}"


@register.simple_tag
def accent_stylesheet_url() -> str:
    return _versioned(reverse("journals:accent_css"))


@register.simple_tag
def journal_cover_url(journal: Journal) -> str:
    """The uploaded cover if there is one, else the generated SVG."""
    if journal.cover:
        return str(journal.cover.url)
    return _versioned(reverse("journals:journal_cover", kwargs={"journal": journal.slug}))


@register.simple_tag
def issue_cover_url(issue: Issue) -> str:
    if issue.cover:
        return str(issue.cover.url)
    return _versioned(reverse("journals:issue_cover", kwargs=issue.url_kwargs()))
