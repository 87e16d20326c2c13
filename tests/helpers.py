from bs4 import BeautifulSoup
from django.utils import translation


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def title_in(page, language):
    return getattr(page, f"title_{language}") or page.title_en
