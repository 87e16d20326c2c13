"""Pictures for the demo content, drawn here with Pillow (no network, no stock photos)."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter

PALETTES = {
    "hero": ((10, 47, 82), (18, 122, 116), (127, 209, 201)),
    "prevention": ((15, 76, 129), (127, 209, 201), (245, 197, 66)),
    "justice": ((10, 47, 82), (90, 120, 160), (230, 236, 242)),
    "support": ((18, 122, 116), (245, 163, 0), (255, 240, 214)),
    "reform": ((60, 50, 110), (15, 76, 129), (200, 210, 240)),
    "hotline": ((179, 18, 44), (15, 76, 129), (255, 230, 230)),
    "section": ((15, 76, 129), (18, 122, 116), (231, 240, 248)),
}


def draw_picture(kind, width=1600, height=900, seed=0):
    """A soft abstract picture: a two-colour gradient with overlapping round shapes."""
    rng = random.Random(f"{kind}-{seed}")  # noqa: S311 - shapes of a picture, not a secret
    start, end, accent = PALETTES.get(kind, PALETTES["section"])
    image = PILImage.new("RGB", (width, height), start)
    draw = ImageDraw.Draw(image)
    for x in range(width):
        t = x / max(width - 1, 1)
        colour = tuple(int(a + (b - a) * t) for a, b in zip(start, end, strict=True))
        draw.line([(x, 0), (x, height)], fill=colour)
    shapes = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    shape_draw = ImageDraw.Draw(shapes)
    for _ in range(9):
        radius = rng.randint(height // 10, height // 3)
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        alpha = rng.randint(40, 110)
        shape_draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=(*accent, alpha))
    shapes = shapes.filter(ImageFilter.GaussianBlur(radius=height // 60))
    image.paste(shapes, (0, 0), shapes)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return ImageFile(buffer, name=f"demo-{kind}-{seed}.jpg")
