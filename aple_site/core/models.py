"""core's models: the site's image and document models (media.py), the translation status (translation_status.py)
and the glossary (glossary.py)."""

from .glossary import GlossaryTerm  # noqa: F401
from .media import SiteDocument, SiteImage, SiteRendition  # noqa: F401
from .translation_status import TranslationState  # noqa: F401
