"""The staff roles that the code itself checks: membership of a named group (created by
`manage.py setup_roles`)."""

ANALYSTS_GROUP = "Hotline analysts"


def analysts():
    """The active members of the analysts' group."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(is_active=True, groups__name=ANALYSTS_GROUP)


def is_analyst(user):
    """Membership of the analysts' group, checked directly: superusers are not analysts by default."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    cached = getattr(user, "_is_hotline_analyst", None)
    if cached is None:
        cached = user.groups.filter(name=ANALYSTS_GROUP).exists()
        user._is_hotline_analyst = cached
    return cached


TRANSLATORS_GROUP = "Translators"


def is_translator(user):
    """Who may edit the interface strings: active members of the Translators group."""
    return bool(
        user and user.is_authenticated and user.is_active and user.groups.filter(name=TRANSLATORS_GROUP).exists()
    )
