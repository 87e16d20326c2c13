"""The site's face to search engines and social networks: share cards, canonical addresses and the
organisation's structured data."""

from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import strip_tags

from aple_site.core.pages import SHARE_RENDITION
from aple_site.search.words import shorten

DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "hero_text")
IMAGE_FIELDS = ("image", "hero_image", "cover")
LOCALES = {"en": "en_GB", "km": "km_KH"}


def description(page):
    for field in DESCRIPTION_FIELDS:
        value = getattr(page, field, None)
        if value:
            return shorten(strip_tags(str(value)), 200)
    return ""


def share_image(page, request):
    """(absolute URL, alt text) of the picture shown when the page is shared: its own, or the site's."""
    if page is not None:
        found = _image(page)
        if found:
            return request.build_absolute_uri(found[0]), found[1]
    return request.build_absolute_uri(static("img/share.png")), ""


def _image(page):
    for field in IMAGE_FIELDS:
        image = getattr(page, field, None)
        if image is not None:
            return image.get_rendition(SHARE_RENDITION).url, getattr(page, "image_alt", "") or image.default_alt_text
    return ()


def canonical_url(request):
    """This page's own address: no query string but the page number of a listing."""
    url = request.build_absolute_uri(request.path)
    number = request.GET.get("page", "")
    return f"{url}?page={number}" if number.isascii() and number.isdigit() and int(number) > 1 else url


def share_meta(request, page, site_name):
    language = translation.get_language()
    image, alt = share_image(page, request)
    title = (page.seo_title or page.title) if page is not None else site_name
    return {
        "type": "article"
        if page is not None and page.specific_class._meta.label_lower == "news.articlepage"
        else "website",
        "title": title,
        "description": description(page) if page is not None else "",
        "url": canonical_url(request),
        "image": image,
        "image_alt": alt,
        "locale": LOCALES.get(language, language),
        "alternate_locales": [LOCALES[code] for code, _ in settings.LANGUAGES if code != language],
        "site_name": site_name,
    }


def _international(number):
    """A Cambodian number as dialled from abroad (+855 92 311 511); short codes such as 1288 as they are."""
    digits = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    if digits.startswith("0"):
        return "+855" + digits[1:]
    return digits


def organization(request, nav):
    """schema.org Organization for the home page, from the header and footer settings."""
    points = []
    if nav.get("hotline_number"):
        points.append({"telephone": _international(nav["hotline_number"]), "name": "24/7 hotline"})
    if nav.get("police_hotline"):
        points.append({"telephone": _international(nav["police_hotline"]), "name": "Police hotline"})
    contact_points = [
        {
            "@type": "ContactPoint",
            "contactType": "emergency",
            "areaServed": "KH",
            "availableLanguage": ["km", "en"],
            "hoursAvailable": {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
                "opens": "00:00",
                "closes": "23:59",
            },
            **point,
        }
        for point in points
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": nav["organisation_name"]["text"],
        "url": request.build_absolute_uri(f"/{translation.get_language()}/"),
        "logo": request.build_absolute_uri(static("img/logo.png")),
        "foundingDate": "2003",
        "contactPoint": contact_points,
    }
    if nav.get("email"):
        data["email"] = nav["email"]
    if nav.get("facebook_url"):
        data["sameAs"] = [nav["facebook_url"]]
    return data
