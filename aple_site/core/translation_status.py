"""Which content lacks Khmer, or has Khmer older than its English: the data behind the translators'
"Translation status" report.

Every object of a model registered with modeltranslation (pages, their inline items, snippets,
settings) has a TranslationState row, kept up to date when the object is saved: when its English
fields last changed, when its Khmer fields last changed, and which fields have English but no Khmer.
Wagtail writes a page's fields only when it is published, so the states describe live content.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

SOURCE, TARGET = settings.LANGUAGE_CODE, "km"
UNTRACKED = {"slug", "url_path"}  # URLs fall back to the English slug by design


class TranslationState(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    # What an editor opens to translate it: the object itself, or the page or snippet it belongs to.
    owner_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    owner_id = models.PositiveBigIntegerField()
    page = models.ForeignKey(Page, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    section = models.CharField(_("section"), max_length=300, db_index=True)
    label = models.CharField(_("item"), max_length=300)
    missing = models.CharField(_("Khmer missing"), max_length=500, blank=True)
    en_changed_at = models.DateTimeField(_("English changed"))
    km_changed_at = models.DateTimeField(_("Khmer changed"))

    class Meta:
        unique_together = [("content_type", "object_id")]
        default_permissions = ()

    @property
    def outdated(self):
        return self.km_changed_at < self.en_changed_at


def tracked_fields(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(set(options.all_fields) - UNTRACKED)


def _prepared(model, name, value):
    return model._meta.get_field(name).get_prep_value(value)


def is_empty(value):
    if value is None:
        return True
    if hasattr(value, "raw_data"):  # a StreamField value
        return len(value) == 0
    return not strip_tags(str(value)).strip()


def _owner(instance):
    """The page or snippet an editor opens to translate this object (inline items belong to their parent)."""
    for field in instance._meta.get_fields():
        if isinstance(field, ParentalKey):
            parent = getattr(instance, field.name, None)
            if parent is not None:
                return _owner(parent)
    return instance


def _section(owner):
    if isinstance(owner, Page):
        return f"page:{owner.path[: owner.steplen * 3]}" if owner.depth >= 3 else f"page:{owner.path}"
    return f"model:{owner._meta.label_lower}"


def _label(instance, owner):
    own = str(getattr(instance, f"title_{SOURCE}", None) or instance)
    if owner is instance:
        return own[:300]
    return f"{getattr(owner, f'title_{SOURCE}', None) or owner} › {own}"[:300]


def _tracked_instance(sender, instance):
    """The fields to track for this save, or none (e.g. a page saved through its base class)."""
    if isinstance(instance, Page) and (instance.depth or 0) < 2:
        return []
    if isinstance(instance, Page) and type(instance) is not instance.specific_class:
        return []
    return tracked_fields(sender)


@receiver(pre_save)
def remember_translations(sender, instance, update_fields=None, **kwargs):
    fields = _tracked_instance(sender, instance)
    if not fields or instance.pk is None:
        return
    columns = [build_localized_fieldname(f, lang) for f in fields for lang in (SOURCE, TARGET)]
    if update_fields is not None and not set(update_fields) & set(columns):
        return  # e.g. Wagtail saving a draft: the live fields do not change
    instance._translations_before = sender._default_manager.filter(pk=instance.pk).values(*columns).first()


@receiver(post_save)
def record_translations(sender, instance, created, raw=False, **kwargs):
    fields = _tracked_instance(sender, instance)
    if not fields or raw:
        return
    before = getattr(instance, "_translations_before", None)
    if before is None and not created:
        return  # the save did not touch the translated fields
    instance._translations_before = None
    refresh_state(instance, fields, before)


def refresh_state(instance, fields, before=None, bump=True):
    """Update the object's state: which fields lack Khmer, and (if `bump`) which languages changed."""
    model, now = type(instance), timezone.now()

    def changed(lang):
        if before is None:
            return True
        for field in fields:
            name = build_localized_fieldname(field, lang)
            if _prepared(model, name, getattr(instance, name)) != _prepared(model, name, before[name]):
                return True
        return False

    missing = [
        field
        for field in fields
        if not is_empty(getattr(instance, build_localized_fieldname(field, SOURCE)))
        and is_empty(getattr(instance, build_localized_fieldname(field, TARGET)))
    ]
    owner = _owner(instance)
    owner_type = ContentType.objects.get_for_model(owner)
    state, created = TranslationState.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(model),
        object_id=instance.pk,
        defaults={"owner_type": owner_type, "owner_id": owner.pk, "en_changed_at": now, "km_changed_at": now},
    )
    if bump and not created:
        if changed(SOURCE):
            state.en_changed_at = now
        if changed(TARGET):
            state.km_changed_at = now
    state.owner_type, state.owner_id = owner_type, owner.pk
    state.page = owner if isinstance(owner, Page) else None
    state.section, state.label = _section(owner), _label(instance, owner)
    state.missing = ", ".join(missing)[:500]
    state.save()
    return state


def rebuild():
    """States for every translated object (for content that existed before the states did)."""
    count = 0
    for model in translator.get_registered_models():
        if model is Page or model._meta.abstract or model._meta.proxy:
            continue
        fields = tracked_fields(model)
        for instance in model._default_manager.all().iterator():
            if _tracked_instance(model, instance):
                refresh_state(instance, fields, bump=False)
                count += 1
    return count


@receiver(post_delete)
def forget_translations(sender, instance, **kwargs):
    if tracked_fields(sender):
        TranslationState.objects.filter(
            content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
        ).delete()
