from django.db import migrations

from takeaction.models.places import PROVINCES


def add_provinces(apps, schema_editor):
    Province = apps.get_model("takeaction", "Province")
    for code, name_en, name_km in PROVINCES:
        Province.objects.update_or_create(code=code, defaults={"name": name_en, "name_en": name_en, "name_km": name_km})


class Migration(migrations.Migration):
    dependencies = [("takeaction", "0001_initial")]

    operations = [migrations.RunPython(add_provinces, migrations.RunPython.noop)]
