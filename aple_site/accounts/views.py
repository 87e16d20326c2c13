"""The two-factor page of the admin (/admin/two-factor/): a code to finish signing in, setting up an
authenticator app with its QR code, new backup codes, or turning two-factor sign-in off where allowed."""

import base64

import segno
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from django_otp import login as otp_login
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from . import two_factor
from .forms import CodeForm

MOVING = "two_factor_moving"  # session flag: a code was given to set up a new phone


class TwoFactorView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "accounts/two_factor.html"
    page_title = gettext_lazy("Two-factor sign-in")
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    @classmethod
    def as_view(cls, **kwargs):
        return never_cache(super().as_view(**kwargs))

    def next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next") or ""
        safe = url_has_allowed_host_and_scheme(url, {self.request.get_host()}, self.request.is_secure())
        return url if safe and url.startswith("/") else None

    def stage(self):
        user = self.request.user
        if two_factor.needs_verification(user) and two_factor.user_has_device(user):
            return "verify"  # the session still owes its code
        return "manage" if two_factor.app_device(user) else "set_up"

    def post(self, request):
        user, stage, action = request.user, self.stage(), request.POST.get("action")
        form = CodeForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        code = form.cleaned_data["otp_token"]
        if action == "set_up" and (stage == "set_up" or request.session.get(MOVING)):
            device = two_factor.pending_app_device(user)
            if not device.verify_token(code):
                form.add_error(
                    "otp_token",
                    _("That code was not accepted. Check the time on your phone and try again."),
                )
                return self.render_to_response(self.get_context_data(form=form, stage="set_up"), status=400)
            request.session.pop(MOVING, None)
            codes = two_factor.confirm_app(device)
            otp_login(request, device)
            messages.success(request, _("Two-factor sign-in is on."))
            return self.render_to_response(self.get_context_data(codes=codes, stage="codes"))
        # Everything else needs a code from a device the account already has.
        device = two_factor.match(user, code)
        if device is None:
            two_factor.record_failure(request, user.get_username())
            form.add_error("otp_token", _("That code was not accepted. Wait a few seconds and try again."))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        otp_login(request, device)
        if action == "codes":
            return self.render_to_response(
                self.get_context_data(codes=two_factor.new_backup_codes(user), stage="codes")
            )
        if action == "new_app":
            request.session[MOVING] = True  # the old app works until the new one has given its first code
            return self.render_to_response(self.get_context_data(stage="set_up"))
        if action == "off" and not two_factor.is_required(user):
            two_factor.turn_off(user)
            messages.success(request, _("Two-factor sign-in is off."))
            return redirect("two_factor")
        return redirect(self.next_url() or "wagtailadmin_home")

    def get_context_data(self, stage=None, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        stage = stage or self.stage()
        context.update(
            stage=stage,
            form=kwargs.get("form") or CodeForm(),
            next=self.next_url() or "",
            required=two_factor.is_required(user),
            verified=user.is_verified(),
            codes_left=two_factor.backup_codes_left(user),
        )
        if stage == "set_up":
            device = two_factor.pending_app_device(user)
            context["qr_code"] = segno.make(device.config_url, error="m").svg_inline(scale=5, border=2)
            key = base64.b32encode(device.bin_key).decode().rstrip("=")
            context["secret"] = " ".join(key[i : i + 4] for i in range(0, len(key), 4))  # to type in by hand
        return context
