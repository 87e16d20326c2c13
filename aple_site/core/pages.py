"""What every section's pages share: the quick-exit switch, and cards' pictures loaded in one query."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model
from wagtail.models import Page

# The picture of a share card and of structured data (1200x630 is what the big social networks show).
SHARE_RENDITION = "fill-1200x630-c70|format-jpeg"


def with_images(pages, field="image", also=()):
    """The pages as a list, their image `field` loaded with its renditions: one query for the renditions of
    all of them (not one per card), and one for the images unless the pages came with them (select_related).
    `also`: more (objects, field) pairs shown on the same page, loaded in the same queries."""
    pages = list(pages)
    pairs = [(page, field) for page in pages] + [(obj, name) for objects, name in also for obj in objects]
    pairs = [(obj, name) for obj, name in pairs if getattr(obj, f"{name}_id", None)]
    missing = {getattr(obj, f"{name}_id") for obj, name in pairs if not obj._meta.get_field(name).is_cached(obj)}
    loaded = get_image_model().objects.in_bulk(missing) if missing else {}
    for obj, name in pairs:
        if getattr(obj, f"{name}_id") in loaded:
            setattr(obj, name, loaded[getattr(obj, f"{name}_id")])
    prefetch_related_objects([getattr(obj, name) for obj, name in pairs], "renditions")
    return pages


class QuickExitMixin(models.Model):
    """Pages an editor can mark as sensitive: they show the "Quick exit" button and send no referrer."""

    quick_exit = models.BooleanField(
        _("show the quick exit button"),
        default=False,
        help_text=_(
            "For pages about abuse that a visitor may need to leave in a hurry: a button (and pressing Escape "
            "twice) replaces the page with a neutral website."
        ),
    )

    settings_panels = Page.settings_panels + [
        MultiFieldPanel([FieldPanel("quick_exit")], heading=_("Visitor safety")),
    ]

    class Meta:
        abstract = True

    @property
    def shows_quick_exit(self):
        return self.quick_exit

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.shows_quick_exit:
            response["Referrer-Policy"] = "no-referrer"
        return response
