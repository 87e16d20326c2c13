"""The site's own search index: one row per live page and language.

PostgreSQL searches it with full-text search: English text through the `english` configuration (stemming:
"reports" finds "reporting"), Khmer through the words cut by words.py, stored as a list of lexemes (the
database's own parser would cut Khmer at every vowel sign). Expression indexes make both fast (see the
migration). Other databases (the local SQLite run) search the same rows by substring.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", _("Story")
        RESOURCE = "resource", _("Resource")
        COURSE = "course", _("Online course")
        PAGE = "page", _("Page")

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=5)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    title = models.TextField()
    text = models.TextField(help_text="The page's text in this language, for snippets.")
    words = models.TextField(blank=True, help_text="Khmer: the words of title and text, one space between each.")
    title_words = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)

    class Meta:
        unique_together = [("page", "language")]
        default_permissions = ()

    def __str__(self):
        return f"{self.title} ({self.language})"
