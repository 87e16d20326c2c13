"""Existing images and documents become the site's own (home.SiteImage, home.SiteDocument), keeping their ids."""

from django.db import migrations


def copy_media(apps, schema_editor):
    """Existing images and documents become the site's own, with the same ids (so every link holds)."""
    from django.core.management.color import no_style

    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    copied = []
    for source_label, target_label in (("wagtailimages.Image", "home.SiteImage"), ("wagtaildocs.Document", "home.SiteDocument")):
        source, target = apps.get_model(source_label), apps.get_model(target_label)
        names = [f.attname for f in target._meta.concrete_fields if f.attname in {g.attname for g in source._meta.concrete_fields}]
        rows = [target(**{name: getattr(item, name) for name in names}) for item in source.objects.all()]
        if not rows:
            continue
        target.objects.bulk_create(rows)
        copied.append(target)
        old_type = ContentType.objects.filter(app_label=source._meta.app_label, model=source._meta.model_name).first()
        new_type, _ = ContentType.objects.get_or_create(app_label="home", model=target._meta.model_name)
        if old_type:
            TaggedItem.objects.filter(content_type=old_type).update(content_type=new_type)
    if copied:
        with schema_editor.connection.cursor() as cursor:
            for sql in schema_editor.connection.ops.sequence_reset_sql(no_style(), copied):
                cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("home", "0006_site_images_and_documents")]

    operations = [migrations.RunPython(copy_media, migrations.RunPython.noop)]
