"""Relayed files lose their hidden details: EXIF (GPS position, camera serial, time)
and text chunks of photos, the document information and XMP of PDFs.

Why here and not in the store: the sealed original stays as it arrived (evidence);
only the copy that leaves the bot, towards a facilitator, collaborator or requester,
is cleaned, on the sender's way out. Pillow and pypdf parse hostile bytes, so this
runs in a worker thread, and any failure keeps the original and says so
(``may_remain``): the reader is then told the file may still hold such details.
HEIC, office files, audio and video cannot be cleaned with these libraries.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from flows.core.metadata import metadata_removed

_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
MAX_PIXELS = 50_000_000
"""Larger images are not decoded (a decompression bomb); they are sent with a warning."""


@dataclass(frozen=True, slots=True)
class Cleaned:
    data: bytes
    may_remain: bool
    """True when hidden details may still be in ``data`` (a type we cannot clean, or
    a file that would not parse): the reader is warned."""


def clean(mime: str, data: bytes) -> Cleaned:
    """A copy of ``data`` without metadata, or the original marked ``may_remain``."""
    kind = (mime or "").split(";")[0].strip().lower()
    if not metadata_removed(kind):
        return Cleaned(data, may_remain=True)
    try:
        cleaned = _pdf(data) if kind == "application/pdf" else _image(data, _FORMATS[kind])
    except Exception:  # hostile or damaged bytes: never a crash, never a silent leak
        return Cleaned(data, may_remain=True)
    return Cleaned(cleaned, may_remain=False)


def _image(data: bytes, fmt: str) -> bytes:
    from PIL import Image, ImageOps  # imported when a file comes: Pillow is slow to load

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data)) as opened:
            if opened.width * opened.height > MAX_PIXELS:
                raise ValueError("too many pixels")
            upright = ImageOps.exif_transpose(opened)  # keep how it looked, drop the tag
            # A new image of the same pixels: no EXIF, XMP, ICC or text chunk is carried.
            plain = Image.frombytes(upright.mode, upright.size, upright.tobytes())
            if fmt == "JPEG" and plain.mode not in ("RGB", "L", "CMYK"):
                plain = plain.convert("RGB")
            out = io.BytesIO()
            options = {"quality": 92} if fmt in ("JPEG", "WEBP") else {}
            plain.save(out, fmt, **options)
    return out.getvalue()


def _pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter  # imported when a file comes: slow to load
    from pypdf.generic import NameObject

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        raise ValueError("encrypted")
    writer = PdfWriter(clone_from=reader)
    writer.metadata = None
    root = writer.root_object
    for key in ("/Metadata", "/PieceInfo"):
        if NameObject(key) in root:
            del root[NameObject(key)]
    for page in writer.pages:
        for key in ("/Metadata", "/PieceInfo"):
            if NameObject(key) in page:
                del page[NameObject(key)]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
