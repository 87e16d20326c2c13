"""The health check a load balancer or monitor asks."""

import secrets

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse


def healthz(request):
    """For a load balancer or monitor: whether this server can use the database and the shared cache. 200 with
    both "ok", otherwise 503 naming what is unavailable. Never cached, never counted."""
    status = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        status["database"] = "ok"
    except DatabaseError:
        status["database"] = "unavailable"
    key = f"healthz:{secrets.token_hex(8)}"
    try:
        cache.set(key, "ok", 10)
        status["cache"] = cache.get(key) or "unavailable"
        cache.delete(key)
    except Exception:  # noqa: BLE001 - any cache backend's own connection errors
        status["cache"] = "unavailable"
    healthy = all(value == "ok" for value in status.values())
    response = JsonResponse(status, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    return response
