"""Pictures: our `{% picture %}` (filters parsed once per tag) renders exactly what Wagtail's does, and every
template that shows pictures uses it."""

import io
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from django.template import engines
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.templatetags.wagtailimages_tags import SrcsetImageNode

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
CARD = 'picture image format-{avif,webp,jpeg} fill-{400x250,800x500}-c60 sizes="50vw" alt="" loading="lazy"'


def an_image():
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), "teal").save(buffer, "PNG")
    return get_image_model().objects.create(title="Teal", file=ImageFile(buffer, name="teal.png"))


@pytest.mark.django_db
@pytest.mark.parametrize("tag", [CARD, 'srcset_image image format-webp width-{300,600} sizes="50vw" alt=""'])
def test_our_picture_tag_renders_what_wagtails_renders_every_time(tag):
    image = an_image()
    ours = engines["django"].from_string("{% load pictures %}{% " + tag + " %}")
    wagtails = engines["django"].from_string("{% load wagtailimages_tags %}{% " + tag + " %}")
    first = ours.render({"image": image})
    assert first == wagtails.render({"image": image}) and "srcset=" in first
    assert ours.render({"image": get_image_model().objects.get(pk=image.pk)}) == first


def test_every_template_with_pictures_uses_the_tag_that_parses_its_filters_once():
    checked = 0
    for path in sorted(TEMPLATES.rglob("*.html")):
        if "{% picture" not in (text := path.read_text()) and "{% srcset_image" not in text:
            continue
        template = engines["django"].get_template(str(path.relative_to(TEMPLATES))).template
        nodes = template.nodelist.get_nodes_by_type(SrcsetImageNode)
        assert nodes, path
        assert all("get_filters" in vars(node) for node in nodes), f"{path} loads wagtailimages_tags for pictures"
        checked += 1
    assert checked >= 10
