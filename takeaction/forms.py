"""The public forms of Take Action: reporting abuse, checking a report, filtering help services."""

from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.html import format_html
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from aple_site.core.i18n import local_digits

from . import crypto
from .models.places import Province
from .models.reports import Report
from .protection import ProtectedFormMixin

SHORT = 200
WHEN = 100
LONG = 5000
MAX_URLS = 20
MAX_URL_LENGTH = 2048


class Textarea(forms.Textarea):
    def __init__(self, rows=4, **attrs):
        super().__init__(attrs={"rows": rows, **attrs})


class LimitedCharField(forms.CharField):
    """A text field whose "too long" message says how long the text is, and which keeps it."""

    def __init__(self, *, max_length, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(max_length=max_length, **kwargs)
        self.error_messages["max_length"] = ngettext_lazy(
            "Please shorten this to at most %(limit_value)s character (it has %(show_value)s).",
            "Please shorten this to at most %(limit_value)s characters (it has %(show_value)s).",
            "count",
        )

    def run_validators(self, value):
        try:
            super().run_validators(value)
        except ValidationError as error:
            for item in error.error_list:
                if item.code == "max_length":  # figures in Khmer digits on the Khmer site
                    limit, length = item.params["limit_value"], item.params["show_value"]
                    item.params = {
                        "limit_value": local_digits(f"{limit:,}"),
                        "show_value": local_digits(f"{length:,}"),
                        "count": limit,
                    }
            raise

    def widget_attrs(self, widget):
        # No maxlength in the page: a browser would silently cut pasted text. The server says what is too long.
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


def defang(url):
    """A web address made safe to show: hxxps://example[.]com/path (never a working link)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower().replace("http", "hxxp").replace("ftp", "fxp")
    host = parts.netloc.replace(".", "[.]")
    rest = url.split(parts.netloc, 1)[1] if parts.netloc else url
    return f"{scheme}://{host}{rest}" if parts.netloc else rest.replace(".", "[.]")


class URLListField(LimitedCharField):
    """One or more web addresses, one per line. Addresses without http(s):// get it added."""

    widget = Textarea

    def __init__(self, **kwargs):
        super().__init__(max_length=MAX_URLS * (MAX_URL_LENGTH + 2), **kwargs)

    def clean(self, value):
        value = super().clean(value)
        lines = [line.strip() for line in value.splitlines() if line.strip()]
        if len(lines) > MAX_URLS:
            raise ValidationError(
                _("Please list at most %(count)s addresses; send another report for the rest."),
                params={"count": local_digits(MAX_URLS)},
            )
        validate = URLValidator(schemes=["http", "https"])
        urls, bad = [], []
        for number, line in enumerate(lines, start=1):
            url = line if "://" in line else f"http://{line}"
            try:
                if len(url) > MAX_URL_LENGTH:
                    raise ValidationError("too long")
                validate(url)
            except ValidationError:
                bad.append(number)
            else:
                urls.append(url)
        if bad:
            raise ValidationError(
                ngettext_lazy(
                    "Line %(lines)s is not a web address. Check it, or remove it.",
                    "Lines %(lines)s are not web addresses. Check them, or remove them.",
                    "count",
                ),
                params={"lines": local_digits(", ".join(str(n) for n in bad)), "count": len(bad)},
            )
        return urls


AGE_CHOICES = [
    ("", _("Not sure")),
    ("0-5", _("Under 6")),
    ("6-11", _("6 to 11")),
    ("12-14", _("12 to 14")),
    ("15-17", _("15 to 17")),
]
# Each language named in itself, and marked as such for screen readers.
LANGUAGE_CHOICES = [
    ("km", format_html('<span lang="km">{}</span>', "ខ្មែរ")),
    ("en", format_html('<span lang="en">{}</span>', "English")),
]

# The questions of each kind of report, in the order they are asked. Fields of other kinds are
# ignored (and not stored) but shown again if the reporter switches back.
KIND_FIELDS = {
    Report.Kind.CSAM: ["csam_urls", "csam_where", "csam_when"],
    Report.Kind.ONLINE: ["online_platform", "online_accounts", "online_what", "online_when"],
    Report.Kind.OFFLINE: [
        "offline_what",
        "offline_province",
        "offline_place",
        "offline_when",
        "offline_age",
        "offline_suspect",
    ],
    Report.Kind.OTHER: [],
}
REQUIRED = {
    Report.Kind.CSAM: ("csam_urls", _("Please give at least one web address where you saw the material.")),
    Report.Kind.ONLINE: ("online_what", _("Please tell us what happened.")),
    Report.Kind.OFFLINE: ("offline_what", _("Please tell us what happened.")),
    Report.Kind.OTHER: ("description", _("Please tell us what worries you.")),
}
KIND_HINTS = {
    Report.Kind.CSAM: _(
        "Pictures or videos of a child being sexually abused, seen on a website, in an app or on social media."
    ),
    Report.Kind.ONLINE: _(
        "Someone online befriends a child to abuse them, asks a child for sexual images, or threatens to share them."
    ),
    Report.Kind.OFFLINE: _(
        "A child is being, or has been, sexually abused or exploited in person: at home, in the community, "
        "by a visitor, or for money."
    ),
    Report.Kind.OTHER: _("Something that does not fit above, or a feeling that a child is not safe."),
}
CONTACT_FIELDS = ["contact_name", "contact_phone", "contact_email", "contact_language"]
SENSITIVE = {"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}


class ReportForm(ProtectedFormMixin):
    kind = forms.ChoiceField(
        label=_("I would like to report…"),
        choices=Report.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose what you would like to report."),
            "invalid_choice": _("Please choose one of the options."),
        },
    )

    csam_urls = URLListField(
        label=_("Web addresses where you saw it"),
        help_text=_("One address per line, copied whole from the browser's address bar (it begins with https://)."),
        widget=Textarea(rows=4, **SENSITIVE, inputmode="url"),
    )
    csam_where = LimitedCharField(
        max_length=SHORT,
        label=_("Where did you see it?"),
        help_text=_("The website, app or platform, e.g. a chat app, a social network or a forum."),
        widget=forms.TextInput(attrs=SENSITIVE),
    )
    csam_when = LimitedCharField(
        max_length=WHEN,
        label=_("When did you see it?"),
        help_text=_("A date or an approximate time, e.g. 'yesterday evening'."),
    )

    online_platform = LimitedCharField(
        max_length=SHORT,
        label=_("Platform"),
        help_text=_("Where it happens: the app, game, website or social network."),
        widget=forms.TextInput(attrs=SENSITIVE),
    )
    online_accounts = LimitedCharField(
        max_length=LONG,
        label=_("Account names or links"),
        help_text=_("User names, profile links or phone numbers of the accounts involved, one per line."),
        widget=Textarea(rows=3, **SENSITIVE),
    )
    online_what = LimitedCharField(max_length=LONG, label=_("What happened?"), widget=Textarea(rows=6, **SENSITIVE))
    online_when = LimitedCharField(
        max_length=WHEN,
        label=_("When did it happen?"),
        help_text=_("A date or an approximate time, e.g. 'since last month'."),
    )

    offline_what = LimitedCharField(max_length=LONG, label=_("What happened?"), widget=Textarea(rows=6, **SENSITIVE))
    offline_province = forms.ModelChoiceField(
        queryset=Province.objects.all(),
        required=False,
        to_field_name="code",
        label=_("Province"),
        empty_label=_("Not sure, or outside Cambodia"),
        error_messages={"invalid_choice": _("Please choose a province from the list.")},
    )
    offline_place = LimitedCharField(
        max_length=SHORT,
        label=_("Where exactly?"),
        help_text=_("District, commune, village, or a place people know, if you can."),
        widget=forms.TextInput(attrs=SENSITIVE),
    )
    offline_when = LimitedCharField(
        max_length=WHEN,
        label=_("When did it happen?"),
        help_text=_("A date or an approximate time, e.g. 'last week' or 'it is still happening'."),
    )
    offline_age = forms.ChoiceField(
        label=_("The child's approximate age"),
        choices=AGE_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    offline_suspect = LimitedCharField(
        max_length=LONG,
        label=_("What do you know about the person suspected?"),
        help_text=_("For example a name, nickname, age, appearance, job, or how they know the child."),
        widget=Textarea(rows=3, **SENSITIVE),
    )

    description = LimitedCharField(
        max_length=LONG,
        label=_("Anything else you would like to tell us"),
        widget=Textarea(rows=5, **SENSITIVE),
    )

    contact_me = forms.BooleanField(
        required=False,
        label=_("I would like the hotline to contact me about this report"),
        help_text=_("Leave this unticked to stay anonymous."),
    )
    contact_name = LimitedCharField(
        max_length=SHORT, label=_("Your name, or what we should call you"), widget=forms.TextInput(attrs=SENSITIVE)
    )
    contact_phone = forms.RegexField(
        regex=r"^\+?[0-9០-៩ ()./-]{6,25}$",
        required=False,
        max_length=25,
        label=_("Phone number"),
        error_messages={"invalid": _("Please enter a phone number using digits, spaces and + ( ) - only.")},
        widget=forms.TextInput(attrs={**SENSITIVE, "inputmode": "tel", "type": "tel"}),
    )
    contact_email = forms.EmailField(
        required=False,
        max_length=254,
        label=_("Email address"),
        error_messages={"invalid": _("Please enter the whole email address, with its @ and the part after it.")},
        widget=forms.EmailInput(attrs=SENSITIVE),
    )
    contact_language = forms.ChoiceField(
        required=False, label=_("Language we should use"), choices=LANGUAGE_CHOICES, widget=forms.RadioSelect
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and not self.initial.get("contact_language"):
            self.fields["contact_language"].initial = get_language()

    @property
    def chosen_kind(self):
        """The kind the reporter picked (from the submitted data or the initial value), if valid."""
        value = self.data.get("kind") if self.is_bound else self.initial.get("kind")
        return value if value in Report.Kind.values else None

    @property
    def kind_options(self):
        """The radio buttons of the kind question, each with a sentence explaining it."""
        return [(option, KIND_HINTS[option.data["value"]]) for option in self["kind"]]

    @property
    def kind_sections(self):
        """For each kind that has questions of its own: the kind and its (field, required) pairs."""
        return [
            (kind, [(self[name], REQUIRED[kind][0] == name) for name in names])
            for kind, names in KIND_FIELDS.items()
            if names
        ]

    @property
    def description_required(self):
        return self.chosen_kind == Report.Kind.OTHER

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind:
            field, message = REQUIRED[kind]
            if not data.get(field) and field not in self.errors:
                self.add_error(field, message)
        contact_given = any(data.get(name) for name in CONTACT_FIELDS[:3])
        if data.get("contact_me"):
            if not data.get("contact_phone") and not data.get("contact_email") and "contact_phone" not in self.errors:
                self.add_error(
                    "contact_phone", _("Please give a phone number or an email address so we can reach you.")
                )
        elif contact_given:
            self.add_error(
                "contact_me",
                _("You entered contact details: tick this box if we may contact you, or clear them to stay anonymous."),
            )
        return data

    def report_details(self):
        """What is encrypted: the answers of the chosen kind, the description and any contact details."""
        data, kind = self.cleaned_data, self.cleaned_data["kind"]
        answers = {}
        for name in KIND_FIELDS[kind]:
            value = data.get(name)
            if isinstance(value, Province):
                value = value.code
            if value:
                answers[name.split("_", 1)[1]] = value
        details = {"answers": answers, "description": data.get("description", ""), "language": get_language()}
        if data.get("contact_me"):
            details["contact"] = {name.split("_", 1)[1]: data.get(name, "") for name in CONTACT_FIELDS}
        screening = self.spam_signals()
        if screening:
            details["screening"] = screening
        return details

    def province(self):
        if self.cleaned_data["kind"] == Report.Kind.OFFLINE:
            return self.cleaned_data.get("offline_province")
        return None


class ReportLookupForm(forms.Form):
    reference = forms.CharField(
        label=_("Your report reference"),
        max_length=60,
        help_text=_("The 20 digits shown when you sent your report, e.g. 4821-0937-5516-2048-7731."),
        widget=forms.TextInput(attrs={**SENSITIVE, "inputmode": "numeric"}),
        error_messages={"required": _("Please enter your report reference.")},
    )

    def clean_reference(self):
        reference = self.cleaned_data["reference"]
        if crypto.normalize_reference(reference) is None:
            raise ValidationError(_("A reference has 20 digits, e.g. 4821-0937-5516-2048-7731. Please check it."))
        return reference
