"""The picture and document fields point to core's models (core 0001 moved them from home with their tables)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('news', '0004_article_date_index'),
    ]

    operations = [
        # State only: the table the field points to was renamed by core 0001, its constraint with it.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='articlepage',
                    name='image',
                    field=models.ForeignKey(blank=True, help_text='Shown at the top, on cards and when the article is shared. Set its focal point.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.siteimage', verbose_name='hero image'),
                ),
            ],
        ),
    ]
