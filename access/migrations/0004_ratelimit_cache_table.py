"""The table of the rate-limit counters (``leeszaal.sharedcache``): Django's database cache.

What ``manage.py createcachetable`` would make, made by ``migrate`` so that a fresh machine and the test
database have it. No model: only the cache backend reads and writes it.
"""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

TABLE = "leeszaal_ratelimit"


def create_table(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    command = CreateCacheTable()
    command.verbosity = 0
    command.create_table(schema_editor.connection.alias, TABLE, dry_run=False)


def drop_table(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    if TABLE in schema_editor.connection.introspection.table_names():
        schema_editor.execute(f"DROP TABLE {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("access", "0003_institutions_codes")]

    operations = [migrations.RunPython(create_table, drop_table, elidable=False)]
