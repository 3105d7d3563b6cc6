"""Template tags of the usage app, so that pages of apps below it can show usage without importing it."""

from __future__ import annotations

from typing import Any

from django import template

from access.models import Institution
from usage.summaries import sushi_context

register = template.Library()


@register.inclusion_tag("usage/_sushi.html", takes_context=True)
def sushi_access(context: template.Context, institution: Institution) -> dict[str, Any]:
    """The SUSHI block of the librarian's page: the API address, customer id and the active credentials."""
    return {"institution": institution, "csrf_token": context.get("csrf_token"), **sushi_context(institution)}
