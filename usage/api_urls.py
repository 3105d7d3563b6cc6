"""The COUNTER_SUSHI API paths of Release 5.1, below ``/r51/`` (``usage.api``).

The Code of Practice writes them without a trailing slash; one is accepted too. Every other path
below ``/r51/`` answers a JSON 404, never the site's HTML page.
"""

from django.urls import re_path

from usage import api

app_name = "sushi"

urlpatterns = [
    re_path(r"^status/?$", api.status, name="status"),
    re_path(r"^members/?$", api.members, name="members"),
    re_path(r"^reports/?$", api.report_index, name="reports"),
    re_path(r"^reports/(?P<path_id>[^/]+)/?$", api.report, name="report"),
    re_path(r"^", api.not_found, name="not_found"),
]
