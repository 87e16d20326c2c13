"""The sitemap (both languages, with alternates) and robots.txt."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.utils import translation
from django.views.decorators.cache import cache_control
from wagtail.models import Page


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

    def get_urls(self, page=1, site=None, protocol=None):
        # Django's x-default drops the language prefix (/en/about-us/ -> /about-us/), an address we do
        # not serve: ours is the English page, as in the pages' own hreflang links.
        urls = super().get_urls(page, site, protocol)
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
