"""The picture and document fields point to core's models (core 0001 moved them from home with their tables)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('resources', '0005_resource_year_index'),
    ]

    operations = [
        # State only: the table the field points to was renamed by core 0001, its constraint with it.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='onlinecoursepage',
                    name='cover',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.siteimage', verbose_name='cover'),
                ),
                migrations.AlterField(
                    model_name='resourcepage',
                    name='cover',
                    field=models.ForeignKey(blank=True, help_text='The front page of the publication, or a picture for it.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.siteimage', verbose_name='cover'),
                ),
                migrations.AlterField(
                    model_name='resourcepage',
                    name='document_en',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.sitedocument', verbose_name='file in English'),
                ),
                migrations.AlterField(
                    model_name='resourcepage',
                    name='document_km',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.sitedocument', verbose_name='file in Khmer'),
                ),
            ],
        ),
    ]
