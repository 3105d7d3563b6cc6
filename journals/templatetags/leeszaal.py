from __future__ import annotations

from django import template
from django.utils.safestring import SafeString, mark_safe

from journals.html import sanitize_html

register = template.Library()


@register.filter
def clean_html(value: str) -> SafeString:
    """Article HTML, sanitised again at output: rows written around ``Article.save`` (bulk loads,
    ``QuerySet.update``) can never put script into a page."""
    return mark_safe(sanitize_html(value or ""))  # noqa: S308 - nh3 has just removed all unsafe markup
