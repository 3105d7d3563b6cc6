from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from journals.queries import site_publisher


def publisher(request: HttpRequest) -> dict[str, object]:
    """The site's publisher for the header and footer of every page, looked up only when a template asks.

    ``content_language`` is the language the publisher writes its own texts in (its description, an issue's
    theme): on pages in another interface language those texts carry it as their ``lang`` (WCAG 3.1.2).
    """
    return {"publisher": SimpleLazyObject(site_publisher), "content_language": settings.LANGUAGE_CODE}
