"""The framework's floor for the benchmark: a bare Django view ("Hello") with no middleware, no database and
no templates, served by the same application server as the site (`gunicorn tests.bench.hello:application`)."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(DEBUG=False, SECRET_KEY="bare-view-benchmark", ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__)


def hello(request):
    return HttpResponse("Hello", content_type="text/plain")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
