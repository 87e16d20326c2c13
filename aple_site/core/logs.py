"""What error reports and logs may keep: nothing of who a visitor is, nothing a form held."""

import logging

from django.views.debug import SafeExceptionReporterFilter


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    """Error reports (emails, logs) never include who the visitor is, nor what a form held."""

    HIDDEN_META = {"REMOTE_ADDR", "HTTP_USER_AGENT", "HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP", "HTTP_COOKIE"}

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        return {key: self.cleansed_substitute if key in self.HIDDEN_META else value for key, value in meta.items()}

    def get_post_parameters(self, request):
        if request is not None and self.is_active(request) and not request.path.startswith("/admin/"):
            return dict.fromkeys(request.POST, self.cleansed_substitute)
        return super().get_post_parameters(request)


class TemplateContextLogFilter(logging.Filter):
    """Keeps template contexts out of the logs.

    When a template variable does not resolve, Django logs it on `django.template` at DEBUG level with the
    exception, whose text is the whole template context: a reporter's reference on the confirmation page, the
    decrypted report and its contact details on an analyst's report page, form tokens. Installed on that logger
    by CoreConfig.ready(), this filter keeps the record (the variable and template are in its message) and
    drops the exception, so a log at DEBUG level holds nothing of a report."""

    def filter(self, record):
        record.exc_info = record.exc_text = None
        return True
