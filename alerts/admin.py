from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.http import HttpRequest

from alerts.models import AlertSent, Follow

# Generic only for the type checker (django-stubs); at run time the admin classes are not.
if TYPE_CHECKING:
    _FollowAdmin = admin.ModelAdmin[Follow]
    _AlertSentAdmin = admin.ModelAdmin[AlertSent]
else:
    _FollowAdmin = _AlertSentAdmin = admin.ModelAdmin


@admin.register(Follow)
class FollowAdmin(_FollowAdmin):
    list_display = ("journal", "user", "email", "language", "created_at", "confirmed_at", "unsubscribed_at")
    list_filter = ("journal", "language")
    search_fields = ("email", "user__email")
    list_select_related = ("journal", "user")
    raw_id_fields = ("user",)
    readonly_fields = ("created_at",)


@admin.register(AlertSent)
class AlertSentAdmin(_AlertSentAdmin):
    """What went to whom: written by the send task only."""

    list_display = ("issue", "follow", "delivery", "sent_at")
    list_filter = ("delivery",)
    list_select_related = ("issue__journal", "follow__user", "follow__journal")
    raw_id_fields = ("follow", "issue")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AlertSent | None = None) -> bool:
        return False
