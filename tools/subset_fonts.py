"""Cut the site's web fonts from the full variable fonts in tools/fonts/ (run: make fonts).

A first page load on a phone must stay well under 100 KB, and the fonts are most of it. So each font keeps
only the weights the style sheet uses (400 to 800, still one variable file) and the characters of its
script; and English pages, whose only Khmer is the word "ខ្មែរ" in the language switch and on resource
badges, get a font of just those letters (2 KB) instead of the whole Khmer font.
"""

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tools" / "fonts"
TARGET = ROOT / "aple_site" / "static" / "fonts"
WEIGHTS = (400, 800)

LATIN = [*range(0x20, 0x7F), *range(0xA0, 0x100), 0x131, 0x152, 0x153, 0x2C6, 0x2DA, 0x2DC]
LATIN += [0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x20AC, 0x2122, 0x2212]
KHMER = [*range(0x1780, 0x1800), *range(0x19E0, 0x1A00), 0x200C, 0x200D, 0x25CC]
KHMER_LABEL = "ខ្មែរ"

FONTS = [
    # (source, target, characters, text)
    ("noto-sans-latin-wght-normal.woff2", "noto-sans-latin.woff2", LATIN, ""),
    ("noto-sans-latin-wght-italic.woff2", "noto-sans-latin-italic.woff2", LATIN, ""),
    ("noto-sans-khmer-khmer-wght-normal.woff2", "noto-sans-khmer.woff2", KHMER, ""),
    ("noto-sans-khmer-khmer-wght-normal.woff2", "noto-sans-khmer-label.woff2", [], KHMER_LABEL),
]


def cut(source, target, characters, text):
    font = TTFont(SOURCE / source)
    options = subset.Options()
    options.layout_features = ["*"]  # Khmer needs its shaping rules (subscripts, vowel reordering)
    options.flavor = "woff2"
    subsetter = subset.Subsetter(options)
    cmap = font.getBestCmap()
    subsetter.populate(unicodes=[c for c in characters if c in cmap], text=text)
    subsetter.subset(font)
    font = instancer.instantiateVariableFont(font, {"wght": WEIGHTS})
    font.flavor = "woff2"
    font.save(TARGET / target)
    return (TARGET / target).stat().st_size


def main():
    for source, target, characters, text in FONTS:
        size = cut(source, target, characters, text)
        print(f"{target}: {size / 1024:.1f} KB", file=sys.stdout)


if __name__ == "__main__":
    main()
