"""The OAI-PMH endpoint: GET and POST (application/x-www-form-urlencoded), answered by ``oai.protocol``."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from oai import protocol


@csrf_exempt  # harvesters POST without a session; the endpoint changes nothing
@require_http_methods(["GET", "HEAD", "POST"])
def endpoint(request: HttpRequest) -> HttpResponse:
    arguments = request.POST if request.method == "POST" else request.GET
    root = protocol.respond({name: arguments.getlist(name) for name in arguments})
    return HttpResponse(protocol.serialize(root), content_type="text/xml; charset=utf-8")
