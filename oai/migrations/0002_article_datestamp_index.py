"""An index on journals_article (updated_at, id): the keyset of OAI-PMH lists (oai.protocol._page).

Kept as SQL in this app because oai must not change journals' models; the lead may move it into
``Article.Meta.indexes`` (then this migration becomes a no-op: drop it and add the index there).
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("oai", "0001_initial"), ("journals", "0001_initial")]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX oai_article_datestamp ON journals_article (updated_at, id)",
            reverse_sql="DROP INDEX oai_article_datestamp",
        )
    ]
