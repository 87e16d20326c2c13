from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "aple_site.home"
    label = "home"
    verbose_name = "Home and content pages"

    def ready(self):
        from aple_site.core import routing

        from .models import HomePage

        # Every address starts at the home page, which looks up all its levels at once. Set here because
        # wagtail-modeltranslation gives every page model its own `route` when it starts, before this app.
        HomePage.route = routing.route
