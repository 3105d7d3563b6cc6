"""Template tags for the ``<head>``: an article's Scholar tags and JSON-LD, Open Graph, the canonical link.

They only render what ``discovery.meta`` builds. The article page is rendered once per article and variant
and shared by its readers (``journals.views._article_page``): nothing here reads the user or the session.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from discovery import meta
from journals.models import Article, Issue, Journal
from leeszaal.siteurl import absolute_url

register = template.Library()


@register.inclusion_tag("discovery/article_head.html")
def article_head(article: Article) -> dict[str, Any]:
    """Google Scholar's ``citation_*`` tags and the schema.org JSON-LD of ``article``."""
    jsonld = meta.jsonld_script_text(meta.article_jsonld(article))
    return {
        "tags": meta.scholar_tags(article),
        "jsonld": mark_safe(jsonld),  # noqa: S308 - JSON with <, > and & escaped: it cannot leave the element
    }


def _page_path(context: template.Context) -> str | None:
    article = context.get("article")
    if isinstance(article, Article):
        return article.get_absolute_url()
    request = context.get("request")
    path = getattr(request, "path", None)
    return path if isinstance(path, str) and path.startswith("/") and not path.startswith("//") else None


@register.simple_tag(takes_context=True)
def canonical_url(context: template.Context) -> str:
    """This page's address on ``SITE_URL`` without its query string ('' when there is no page path)."""
    path = _page_path(context)
    return absolute_url(path) if path else ""


@register.inclusion_tag("discovery/open_graph.html", takes_context=True)
def open_graph_tags(context: template.Context) -> dict[str, Any]:
    """Open Graph for the page: the article's, else the journal's, else the publisher's site."""
    article = context.get("article")
    if isinstance(article, Article):
        return {"tags": meta.article_open_graph(article)}
    url = canonical_url(context)
    if not url:
        return {"tags": []}
    publisher = context.get("publisher")
    site_name = str(getattr(publisher, "name", "") or "Leeszaal")
    journal = context.get("journal")
    if isinstance(journal, Journal):
        description = " ".join(journal.description.split()[:60])
        return {"tags": meta.open_graph(title=journal.title, url=url, description=description, site_name=site_name)}
    tagline = str(getattr(publisher, "tagline", "") or "")
    return {"tags": meta.open_graph(title=site_name, url=url, description=tagline, site_name=site_name)}


@register.simple_tag(takes_context=True)
def canonical_link(context: template.Context) -> SafeString:
    url = canonical_url(context)
    if not url:
        return mark_safe("")
    return format_html('<link rel="canonical" href="{}">', url)


def _description(context: template.Context) -> str:
    article = context.get("article")
    if isinstance(article, Article):
        return article.abstract
    journal = context.get("journal")
    issue = context.get("issue")
    if isinstance(issue, Issue) and isinstance(journal, Journal):
        text = gettext("Inhoudsopgave van %(journal)s, %(issue)s (%(year)s).") % {
            "journal": journal.title,
            "issue": issue.label.lower(),
            "year": issue.year,
        }
        return f"{text} {issue.title}" if issue.title else text
    if isinstance(journal, Journal):
        return journal.description
    publisher = context.get("publisher")
    parts = [str(getattr(publisher, "tagline", "") or ""), str(getattr(publisher, "description", "") or "")]
    return " ".join(part for part in parts if part)


@register.simple_tag(takes_context=True)
def meta_description(context: template.Context) -> SafeString:
    """``<meta name="description">``: the article's abstract, the issue's contents, the journal's or the
    publisher's description, shortened to what search engines show (about 160 characters)."""
    text = " ".join(_description(context).split())
    if not text:
        return mark_safe("")
    return format_html('<meta name="description" content="{}">', Truncator(text).chars(160))
