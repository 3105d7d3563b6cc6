"""What OAI-PMH remembers of records that left the public set (``deletedRecord`` "persistent")."""

from __future__ import annotations

from typing import ClassVar

from django.db import models


class OaiTombstone(models.Model):
    """The deleted header of an article that was public and no longer is (unpublished, deleted, hidden).

    ``article_id`` is no foreign key: the article may be gone. ``sets`` holds the record's setSpecs,
    separated by spaces. A tombstone is removed when its article becomes public again.
    """

    article_id = models.PositiveBigIntegerField(unique=True)
    identifier = models.CharField(max_length=255)
    datestamp = models.DateTimeField(db_index=True)
    sets = models.CharField(max_length=500, blank=True, default="")

    objects: ClassVar[models.Manager[OaiTombstone]] = models.Manager()

    class Meta:
        indexes = [models.Index(fields=["datestamp", "article_id"], name="oai_tombstone_keyset")]

    def __str__(self) -> str:
        return self.identifier

    @property
    def set_specs(self) -> list[str]:
        return self.sets.split()
