"""Keeping what is cached about access in step with the database.

Model signals cover saves and deletes; bulk updates and imports call ``access_changed()`` themselves
(``Subscription.objects.update`` does not send signals).
"""

from __future__ import annotations

from typing import Any

from leeszaal import generations


def access_changed(**kwargs: Any) -> None:
    generations.bump_on_commit(generations.ACCESS)
