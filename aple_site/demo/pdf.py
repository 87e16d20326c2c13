"""Small real PDF files for the demo resources, drawn with Pillow (which shapes Khmer with raqm)."""

import io
import unicodedata
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parent.parent / "static" / "fonts"
FONT_FILES = {"en": "noto-sans-latin.woff2", "km": "noto-sans-khmer.woff2"}
PAGE = (827, 1169)  # A4 at 100 dpi
MARGIN = 72


def _font(language, size):
    return ImageFont.truetype(str(FONTS / FONT_FILES[language]), size, layout_engine=ImageFont.Layout.RAQM)


def _clusters(word):
    """Split a long word into pieces that never separate a Khmer consonant from its marks."""
    piece = ""
    for index, char in enumerate(word):
        previous = word[index - 1] if index else ""
        joins = unicodedata.category(char) in ("Mn", "Mc") or previous == "\u17d2"
        if piece and not joins:
            yield piece
            piece = ""
        piece += char
    if piece:
        yield piece


def _wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for piece in _clusters(word) if draw.textlength(word, font=font) > width else [word]:
            if draw.textlength(line + piece, font=font) > width and line:
                lines.append(line)
                line = ""
            line += piece
    if line:
        lines.append(line)
    return lines


def make_pdf(title, paragraphs, language, filename):
    """A one- or two-page A4 PDF with the title and paragraphs in the given language."""
    pages, image = [], None
    title_font, body_font = _font(language, 36), _font(language, 20)
    leading = 42 if language == "km" else 32
    y = PAGE[1]
    width = PAGE[0] - 2 * MARGIN

    def new_page():
        page = Image.new("L", PAGE, 255)
        pages.append(page)
        return page, ImageDraw.Draw(page), MARGIN

    image, draw, y = new_page()
    draw.rectangle([0, 0, PAGE[0], 28], fill=60)
    y += 20
    for line in _wrap(draw, title, title_font, width):
        draw.text((MARGIN, y), line, font=title_font, fill=0)
        y += int(leading * 1.6)
    y += 30
    for paragraph in paragraphs:
        for line in _wrap(draw, paragraph, body_font, width):
            if y > PAGE[1] - MARGIN:
                image, draw, y = new_page()
            draw.text((MARGIN, y), line, font=body_font, fill=30)
            y += leading
        y += leading // 2
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", resolution=100, save_all=True, append_images=pages[1:])
    return ContentFile(buffer.getvalue(), name=filename)
