import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("home", "0007_copy_images_and_documents")]

    operations = [
        migrations.AlterField(
            model_name='homepage',
            name='hero_image',
            field=models.ForeignKey(blank=True, help_text='A wide photo or illustration (at least 1600 pixels wide). Set its focal point.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.siteimage', verbose_name='hero image'),
        ),
        migrations.AlterField(
            model_name='homeprogrammecard',
            name='image',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.siteimage', verbose_name='image'),
        ),
        migrations.AlterField(
            model_name='standardpage',
            name='image',
            field=models.ForeignKey(blank=True, help_text='Optional picture shown beside the introduction and on cards linking here.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.siteimage', verbose_name='image'),
        ),
    ]
