"""Uploads in the admin: an allow-list of types checked by content, size and pixel limits, no SVG; documents
served through Wagtail's view with a download disposition; no shared-password privacy."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from aple_site.core.documents import content_matches
from tests.factories import DocumentFactory, StandardPageFactory

Document = get_document_model()
SiteImage = get_image_model()


def docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def png(width, height):
    buffer = io.BytesIO()
    Image.new("L", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name,content,accepted",
    [
        ("leaflet.pdf", b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF", True),
        ("leaflet.pdf", b"<html><script>alert(1)</script></html>", False),
        ("guide.docx", None, True),
        ("guide.docx", b"PK\x03\x04 not really an archive", False),
        ("figures.csv", "year,children\n2025,១២០\n".encode(), True),
        ("figures.csv", b"MZ\x90\x00\x03\x00\x00\x00", False),  # a Windows program
        ("notes.txt", b"\xff\xfe\x00\x00", False),
    ],
)
def test_a_document_is_accepted_for_what_it_contains(admin_client, db, name, content, accepted):
    content = docx() if content is None else content
    assert content_matches(SimpleUploadedFile(name, content), name.rsplit(".", 1)[1]) is accepted
    before = Document.objects.count()
    root = Collection.get_first_root_node().pk
    response = admin_client.post(
        reverse("wagtaildocs:add"), {"title": "Upload", "file": SimpleUploadedFile(name, content), "collection": root}
    )
    assert (Document.objects.count() == before + 1) is accepted
    if not accepted:
        assert response.status_code == 200  # the form again, with the reason
        assert "are not those of a" in response.content.decode()


def test_svg_and_giant_images_are_refused(admin_client, db):
    root = Collection.get_first_root_node().pk
    before = SiteImage.objects.count()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    refused = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Logo", "file": SimpleUploadedFile("logo.svg", svg), "collection": root}
    )
    assert refused.status_code == 200 and SiteImage.objects.count() == before
    bomb = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Huge", "file": SimpleUploadedFile("huge.png", png(8000, 6000)), "collection": root},
    )  # 48 million pixels, a small file
    assert bomb.status_code == 200 and SiteImage.objects.count() == before
    assert "pixels" in bomb.content.decode()
    fine = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Photo", "file": SimpleUploadedFile("photo.png", png(800, 600)), "collection": root},
    )
    assert fine.status_code == 302 and SiteImage.objects.count() == before + 1


def test_documents_are_downloaded_not_rendered(client, db):
    document = DocumentFactory(file=ContentFile(b"<html><script>alert(1)</script>", name="page.html"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith(("attachment", "inline"))
    assert response["Content-Disposition"].startswith("attachment")


def test_privacy_is_for_signed_in_staff_never_a_shared_password(admin_client, db):
    page = StandardPageFactory()
    form = admin_client.get(reverse("wagtailadmin_pages:set_privacy", args=[page.pk])).json()["html"]
    assert 'value="login"' in form and 'value="password"' not in form
