"""Django's PostgreSQL backend, told about failed connections so that a hung server holds no worker.

``ENGINE = "leeszaal.postgresql"`` (the settings choose it for every PostgreSQL ``DATABASE_URL``).
Everything else is Django's backend unchanged; see ``leeszaal.outage``.
"""

from __future__ import annotations

from typing import Any

from django.db.backends.postgresql import base

from leeszaal import outage


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params: dict[str, Any]) -> Any:
        outage.before_connect()
        try:
            return super().get_new_connection(conn_params)
        except self.Database.Error as error:
            outage.connect_failed(error)
            raise
