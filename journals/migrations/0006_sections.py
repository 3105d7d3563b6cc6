"""Sections (rubrieken) as records: each journal's distinct section names become Section rows."""

import django.db.models.deletion
from django.db import migrations, models


def sections_from_names(apps, schema_editor):
    Article = apps.get_model("journals", "Article")
    Section = apps.get_model("journals", "Section")
    made = {}
    rows = (
        Article.objects.exclude(section_name="")
        .order_by("issue__journal_id", "issue__year", "issue__sort_number", "position", "pk")
        .values_list("pk", "issue__journal_id", "section_name")
    )
    for pk, journal_id, name in rows.iterator():
        name = " ".join(name.split())
        key = (journal_id, name.lower())
        if key not in made:
            # Positions in the order the sections first appear: the tables of contents keep their order.
            position = 1 + sum(1 for journal, _ in made if journal == journal_id)
            made[key] = Section.objects.create(journal_id=journal_id, name=name, position=position).pk
        Article.objects.filter(pk=pk).update(section_id=made[key])


def names_from_sections(apps, schema_editor):
    Article = apps.get_model("journals", "Article")
    for pk, name in Article.objects.filter(section__isnull=False).values_list("pk", "section__name").iterator():
        Article.objects.filter(pk=pk).update(section_name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("journals", "0005_journal_branding"),
    ]

    operations = [
        migrations.CreateModel(
            name="Section",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=100, verbose_name="naam")),
                (
                    "name_en",
                    models.CharField(
                        blank=True,
                        help_text="Leeg: de Engelse pagina's tonen de Nederlandse naam.",
                        max_length=100,
                        verbose_name="naam in het Engels",
                    ),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0,
                        help_text="De plaats van de rubriek in de inhoudsopgave van een nummer.",
                        verbose_name="volgorde",
                    ),
                ),
                (
                    "journal",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="sections",
                        to="journals.journal",
                        verbose_name="tijdschrift",
                    ),
                ),
            ],
            options={
                "verbose_name": "rubriek",
                "verbose_name_plural": "rubrieken",
                "ordering": ["journal", "position", "name"],
                "constraints": [
                    models.UniqueConstraint(fields=("journal", "name"), name="section_unique_name_per_journal")
                ],
            },
        ),
        migrations.RenameField(model_name="article", old_name="section", new_name="section_name"),
        migrations.AddField(
            model_name="article",
            name="section",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="articles",
                to="journals.section",
                verbose_name="rubriek",
            ),
        ),
        migrations.RunPython(sections_from_names, names_from_sections, elidable=True),
        migrations.RemoveField(model_name="article", name="section_name"),
    ]
