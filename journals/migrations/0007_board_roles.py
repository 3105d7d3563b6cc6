"""Editorial board roles from a translated list; what matches none is kept as free text."""

from django.db import migrations, models

#: The roles of ``EditorialBoardMember.Role`` by their value and Dutch label, lower case (as in 0007).
ROLES = {
    "hoofdredacteur": "hoofdredacteur",
    "adjunct-hoofdredacteur": "adjunct-hoofdredacteur",
    "redactiesecretaris": "redactiesecretaris",
    "redacteur": "redacteur",
    "redactielid": "redactielid",
    "lid van de redactie": "redactielid",
    "eindredacteur": "eindredacteur",
    "recensieredacteur": "recensieredacteur",
    "gastredacteur": "gastredacteur",
    "redactieraad": "redactieraad",
    "lid redactieraad": "redactieraad",
    "lid van de redactieraad": "redactieraad",
    "voorzitter-redactieraad": "voorzitter-redactieraad",
    "voorzitter redactieraad": "voorzitter-redactieraad",
    "voorzitter van de redactieraad": "voorzitter-redactieraad",
}


def roles_from_text(apps, schema_editor):
    Member = apps.get_model("journals", "EditorialBoardMember")
    for member in Member.objects.exclude(role=""):
        text = " ".join(member.role.split())
        role = ROLES.get(text.lower(), "")
        Member.objects.filter(pk=member.pk).update(role=role, role_other="" if role else text[:100])


def text_from_roles(apps, schema_editor):
    Member = apps.get_model("journals", "EditorialBoardMember")
    for member in Member.objects.filter(role="").exclude(role_other=""):
        Member.objects.filter(pk=member.pk).update(role=member.role_other)


class Migration(migrations.Migration):
    dependencies = [
        ("journals", "0006_sections"),
    ]

    operations = [
        migrations.AddField(
            model_name="editorialboardmember",
            name="role_other",
            field=models.CharField(
                blank=True,
                help_text="Alleen voor een functie die niet in de lijst staat.",
                max_length=100,
                verbose_name="andere functie",
            ),
        ),
        migrations.AddField(
            model_name="editorialboardmember",
            name="role_other_en",
            field=models.CharField(
                blank=True,
                help_text="Leeg: de Engelse pagina's tonen de Nederlandse functie.",
                max_length=100,
                verbose_name="andere functie in het Engels",
            ),
        ),
        migrations.RunPython(roles_from_text, text_from_roles, elidable=True),
        migrations.AlterField(
            model_name="editorialboardmember",
            name="role",
            field=models.CharField(
                blank=True,
                choices=[
                    ("hoofdredacteur", "hoofdredacteur"),
                    ("adjunct-hoofdredacteur", "adjunct-hoofdredacteur"),
                    ("redactiesecretaris", "redactiesecretaris"),
                    ("redacteur", "redacteur"),
                    ("redactielid", "redactielid"),
                    ("eindredacteur", "eindredacteur"),
                    ("recensieredacteur", "recensieredacteur"),
                    ("gastredacteur", "gastredacteur"),
                    ("redactieraad", "lid redactieraad"),
                    ("voorzitter-redactieraad", "voorzitter redactieraad"),
                ],
                max_length=100,
                verbose_name="functie",
            ),
        ),
    ]
