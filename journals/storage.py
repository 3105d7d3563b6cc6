"""Where full-text files live: a folder outside MEDIA_ROOT that no URL maps to.

Only the access-checked PDF view reads from it. The folder is read from
``settings.PRIVATE_MEDIA_ROOT`` when first needed (and again when a test overrides it).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import cached_property


class PrivateFileStorage(FileSystemStorage):
    #: No route serves this prefix (a test proves it); Django's file widgets only need some URL to exist.
    UNSERVED_PREFIX = "/-/private/"

    def __init__(self, **kwargs: Any) -> None:
        kwargs["base_url"] = self.UNSERVED_PREFIX
        super().__init__(**kwargs)

    @cached_property
    def base_location(self) -> str:
        configured = self.__dict__.get("_location")
        return str(self._value_or_setting(configured, settings.PRIVATE_MEDIA_ROOT))

    def _clear_cached_properties(self, setting: str, **kwargs: Any) -> None:
        super()._clear_cached_properties(setting, **kwargs)  # type: ignore[arg-type]
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)
