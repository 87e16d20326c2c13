"""Wagtail's image tags, with `{% picture %}` remembering what it rendered.

A `<picture>` of a card (three formats, two widths) costs Wagtail a few hundred microseconds to work out
its renditions, and a listing shows a dozen. The HTML depends only on the image, the filters, the
attributes and the language (default alt texts are translated); any change to an image starts a new
page-cache generation. So each worker keeps the pictures it rendered in this generation (WorkerMemory).
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.images.templatetags import wagtailimages_tags as wagtail_images

from aple_site.home import page_cache

register = template.Library()
register.tags.update(wagtail_images.register.tags)
register.filters.update(wagtail_images.register.filters)

_rendered = page_cache.WorkerMemory(4000)  # pictures per worker (about 1 KB each)


class RememberedPictureNode(wagtail_images.PictureNode):
    def render(self, context):
        if self.output_var_name:
            return super().render(context)
        image = self.validate_image(context)
        if not image:
            return ""
        attrs = tuple((name, str(value.resolve(context))) for name, value in self.attrs.items())
        key = (get_language(), image.pk, tuple(self.filter_specs), attrs)
        html = _rendered.get(key)
        if html is None:
            html = super().render(context)
            _rendered.put(key, html)
        return mark_safe(html)  # noqa: S308 - HTML rendered by Wagtail, kept as it was  # nosec B308 B703


@register.tag
def picture(parser, token):
    node = wagtail_images.image(parser, token)
    return RememberedPictureNode(node.image_expr, node.filter_specs, attrs=node.attrs)
