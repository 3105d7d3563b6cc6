import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leeszaal.settings")
# The web server answers within limits: a PostgreSQL statement that runs longer than this many seconds is
# cancelled (503) instead of holding a worker. Commands (migrate, db_worker) run without (leeszaal.settings).
os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT", "10")

application = get_wsgi_application()
