"""Django's PostgreSQL backend that fails at once while the server did not answer a moment ago (leeszaal.outage)."""
