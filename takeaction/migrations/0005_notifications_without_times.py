"""Outbox rows keep no time: sent ones are deleted, pending ones keep their attempts only."""

from django.db import migrations, models


def forget_sent(apps, schema_editor):
    """Rows already sent are no longer kept (and would otherwise be announced again)."""
    apps.get_model("takeaction", "ReportNotification").objects.filter(sent_at__isnull=False).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('takeaction', '0004_hotline_analysts_group'),
    ]

    operations = [
        migrations.RunPython(forget_sent, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='reportnotification',
            name='created_at',
        ),
        migrations.RemoveField(
            model_name='reportnotification',
            name='next_attempt_at',
        ),
        migrations.RemoveField(
            model_name='reportnotification',
            name='sent_at',
        ),
        migrations.AlterField(
            model_name='reportauditlog',
            name='action',
            field=models.CharField(choices=[('viewed', 'Opened'), ('status', 'Status changed'), ('note', 'Added a note'), ('purged', 'Purged after the retention period')], max_length=10, verbose_name='action'),
        ),
    ]
