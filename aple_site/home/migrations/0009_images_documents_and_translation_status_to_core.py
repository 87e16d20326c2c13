"""The image, document and translation-status models now belong to core (core 0001 renamed their tables):
the pages' picture fields point there, and home forgets the models without touching the tables."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ('core', '0001_initial'),
        ('home', '0008_use_site_images'),
        ('news', '0005_alter_articlepage_image'),
        ('resources', '0006_alter_onlinecoursepage_cover_and_more'),
    ]

    operations = [
        # State only: the table the field points to was renamed by core 0001, its constraint with it.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='homeprogrammecard',
                    name='image',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.siteimage', verbose_name='image'),
                ),
                migrations.AlterField(
                    model_name='homepage',
                    name='hero_image',
                    field=models.ForeignKey(blank=True, help_text='A wide photo or illustration (at least 1600 pixels wide). Set its focal point.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.siteimage', verbose_name='hero image'),
                ),
                migrations.AlterField(
                    model_name='standardpage',
                    name='image',
                    field=models.ForeignKey(blank=True, help_text='Optional picture shown beside the introduction and on cards linking here.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.siteimage', verbose_name='image'),
                ),
            ],
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="SiteRendition"),
                migrations.DeleteModel(name="SiteImage"),
                migrations.DeleteModel(name="SiteDocument"),
                migrations.DeleteModel(name="TranslationState"),
            ],
        ),
    ]
