"""Two-factor sign-in for staff, on django-otp: an authenticator app (TOTP) and one-time backup codes.

Who must use it: superusers and hotline analysts (they can read reports). Anyone else may turn it on in their
account. A session counts as verified once a code was accepted in it (at sign-in, or on the two-factor page);
the middleware keeps every other session of those users out of the admin.
"""

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from aple_site.core.roles import is_analyst

BACKUP_CODES = 10
APP_NAME = "Authenticator app"
CODES_NAME = "Backup codes"


def is_required(user):
    """Superusers and analysts may not work without a second factor."""
    return user.is_superuser or is_analyst(user)


def needs_verification(user):
    """An authenticated session that has not shown a code, of a user who must or has chosen to."""
    if not user.is_authenticated or user.is_verified():
        return False
    return is_required(user) or user_has_device(user)


def match(user, token):
    """The confirmed device of the user that accepts `token` (as CodeField cleans it; a backup code is used up),
    or None. Each device counts its failures and makes the next try wait longer (django-otp's throttling)."""
    if not token:
        return None
    with transaction.atomic():
        for device in devices_for_user(user, for_verify=True):
            if device.verify_token(token):
                return device
    return None


def record_failure(request, username):
    """A wrong code counts as a failed sign-in: django-axes locks the account out as for a wrong password."""
    user_login_failed.send(sender=__name__, credentials={"username": username}, request=request)


def client_ip(request):
    """The address django-axes counts failures from: the one the proxy in front reports (CLIENT_IP_META_KEY)."""
    return (request.META.get(settings.CLIENT_IP_META_KEY) or "").split(",")[0].strip() or None


def app_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_app_device(user):
    """The authenticator app being set up (not yet confirmed by a code), made on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_NAME, confirmed=False)


@transaction.atomic
def confirm_app(device):
    """The app's first code was right: it replaces any earlier app, and fresh backup codes are made."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_backup_codes(device.user)


@transaction.atomic
def new_backup_codes(user, count=BACKUP_CODES):
    """New one-time codes for `user`; the old ones stop working. Returned once, to be shown once."""
    device, _ = StaticDevice.objects.get_or_create(user=user, defaults={"name": CODES_NAME})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(count)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def backup_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def turn_off(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
