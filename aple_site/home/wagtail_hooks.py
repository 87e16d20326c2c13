from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .i18n import is_translator


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html(
        '<link rel="stylesheet" href="{}"><link rel="stylesheet" href="{}">',
        static("css/khmer-font.css"),
        static("css/admin.css"),
    )


class TranslatorsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_translator(request.user)


@hooks.register("register_admin_menu_item")
def interface_strings_menu_item():
    url = reverse("rosetta-file-list", kwargs={"po_filter": "project"})
    return TranslatorsMenuItem(_("Interface strings"), url, icon_name="doc-full", order=170)
