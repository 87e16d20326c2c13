"""The site's face to search engines and social networks: share cards, canonical addresses, the
organisation's structured data, the sitemap (both languages, with alternates) and robots.txt."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import strip_tags
from django.views.decorators.cache import cache_control
from wagtail.models import Page

from .words import shorten

DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "hero_text")
IMAGE_FIELDS = ("image", "hero_image", "cover")
SHARE_RENDITION = "fill-1200x630-c70|format-jpeg"
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


class PageSitemap(Sitemap):
    """Every live public page, once per language, each with its alternates (xhtml:link)."""

    i18n = True
    languages = [code for code, _name in settings.LANGUAGES]
    alternates = True
    x_default = True
    limit = 20_000

    def items(self):
        return Page.objects.live().public().filter(depth__gte=2).order_by("path")

    def location(self, page):
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at

    def _urls(self, page, protocol, domain):
        # Django's x-default drops the language prefix (/en/about-us/ -> /about-us/), an address we do
        # not serve: ours is the English page, as in the pages' own hreflang links.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            default = next(a["location"] for a in url["alternates"] if a["lang_code"] == settings.LANGUAGE_CODE)
            for alternate in url["alternates"]:
                if alternate["lang_code"] == "x-default":
                    alternate["location"] = default
        return urls


SITEMAPS = {"pages": PageSitemap}


@cache_control(max_age=60 * 60)
def robots_txt(request):
    """Keeps crawlers out of the admin, search results, consent choices and "Check my report".

    The report form itself stays crawlable (people must find it); its confirmation only ever
    answers a POST, which crawlers do not send, and carries `X-Robots-Tag: noindex` besides."""
    from takeaction.models import ReportAbusePage

    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        lines += [f"Disallow: /{code}/search/", f"Disallow: /{code}/consent/"]
    for page in ReportAbusePage.objects.live():
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                url = page.get_url(request=request)
            if url:
                lines.append(f"Disallow: {url}{page.reverse_subpage('check')}")
    lines.append(f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
