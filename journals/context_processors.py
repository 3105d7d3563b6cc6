from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from journals.queries import site_publisher


def publisher(request: HttpRequest) -> dict[str, object]:
    """The site's publisher for the header and footer of every page, looked up only when a template asks."""
    return {"publisher": SimpleLazyObject(site_publisher)}
