"""The admin's document form: a file is accepted for what it contains, not for what it is called (a page
saved as "report.pdf" is refused), so that no visitor downloads something other than what the link says."""

import codecs
import zipfile
from pathlib import Path

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

SNIFFED = 64 * 1024  # bytes read from the start of a file
# Office documents are zip archives holding these parts.
ARCHIVE_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _archive_matches(upload, extension):
    if not zipfile.is_zipfile(upload):
        return False
    upload.seek(0)
    with zipfile.ZipFile(upload) as archive:
        names = set(archive.namelist())
        if extension == "odt":
            return "mimetype" in names and archive.read("mimetype").strip() == ODT_MIMETYPE
    return extension == "zip" or ARCHIVE_PARTS[extension] in names


def content_matches(upload, extension):
    """Whether the file's contents are of the kind its extension names (WAGTAILDOCS_EXTENSIONS)."""
    upload.seek(0)
    head = upload.read(SNIFFED)
    try:
        if extension == "pdf":
            return head.startswith(b"%PDF-")
        if extension == "rtf":
            return head.startswith(b"{\\rtf")
        if extension in ("txt", "csv"):
            if b"\x00" in head:
                return False
            codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)  # UTF-8 (or with a BOM)
            return True
        if extension in ("docx", "xlsx", "pptx", "odt", "zip"):
            return _archive_matches(upload, extension)
        return False
    except (UnicodeDecodeError, zipfile.BadZipFile, KeyError, OSError):
        return False
    finally:
        upload.seek(0)


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # a new file (an edit may keep the one stored)
            extension = Path(upload.name).suffix.lower().lstrip(".")
            if not content_matches(upload, extension):
                raise forms.ValidationError(
                    _("This file's contents are not those of a .%(extension)s file. Upload the real document."),
                    code="content_mismatch",
                    params={"extension": extension},
                )
        return upload
