"""core's models: the site's image and document models (media.py) and the translation status (translation_status.py)."""

from .media import SiteDocument, SiteImage, SiteRendition  # noqa: F401
from .translation_status import TranslationState  # noqa: F401
