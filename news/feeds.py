"""RSS 2.0 feeds: all stories (the Media hub) and one per category, in the language of the URL."""

import datetime

from django.http import HttpResponse
from django.utils import feedgenerator, timezone
from django.utils.translation import get_language


def article_feed(request, listing_page, articles):
    language = get_language()
    feed = feedgenerator.Rss201rev2Feed(
        title=listing_page.title,
        link=listing_page.get_full_url(request),
        description=getattr(listing_page, "intro", "") or listing_page.title,
        language=language,
        feed_url=request.build_absolute_uri(),
    )
    for article in articles:
        feed.add_item(
            title=article.title,
            link=article.get_full_url(request),
            description=article.summary,
            author_name=article.byline or None,
            pubdate=datetime.datetime.combine(
                article.date, datetime.time(9, 0), tzinfo=timezone.get_current_timezone()
            ),
            unique_id=article.get_full_url(request),
            unique_id_is_permalink=True,
            categories=[item.tag.name for item in article.tagged_items.all()],
        )
    response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response
