"""Relayed copies lose their hidden details; the sealed original keeps them (item 9)."""

from __future__ import annotations

import io

from PIL import Image, PngImagePlugin
from pypdf import PdfReader

from bot.metadata import clean
from tests.privacy.world import pdf, photo


def _exif_image(fmt: str) -> bytes:
    image = Image.new("RGB", (32, 24), (10, 200, 30))
    exif = Image.Exif()
    exif[0xA431] = "SERIAL-4471"
    exif.get_ifd(0x8825).update({1: "N", 2: (1.0, 2.0, 3.0)})
    options: dict[str, object] = {"exif": exif.tobytes()}
    if fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Author", "Wanjiru K.")
        options["pnginfo"] = info
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def test_jpeg_loses_gps_and_serial_and_keeps_its_pixels() -> None:
    original = photo("SERIAL-4471").data or b""
    cleaned = clean("image/jpeg", original)
    assert not cleaned.may_remain and b"SERIAL-4471" not in cleaned.data
    image = Image.open(io.BytesIO(cleaned.data))
    assert dict(image.getexif()) == {} and image.size == (64, 48)
    assert b"SERIAL-4471" in original  # what is kept sealed as evidence is untouched


def test_png_and_webp_lose_exif_and_text_chunks() -> None:
    for mime, fmt in (("image/png", "PNG"), ("image/webp", "WEBP")):
        data = _exif_image(fmt)
        assert b"SERIAL-4471" in data
        cleaned = clean(mime, data)
        assert not cleaned.may_remain and b"SERIAL-4471" not in cleaned.data
        assert b"Wanjiru" not in cleaned.data


def test_pdf_loses_its_author_and_xmp() -> None:
    original = pdf("Wanjiru Kamau").data or b""
    cleaned = clean("application/pdf", original)
    assert not cleaned.may_remain and b"Wanjiru" not in cleaned.data
    reader = PdfReader(io.BytesIO(cleaned.data))
    assert len(reader.pages) == 1 and not (reader.metadata or {}).get("/Author")
    assert "/Metadata" not in reader.trailer["/Root"]


def test_what_cannot_be_cleaned_is_sent_as_is_and_said_so() -> None:
    for mime, data in (
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04"),
        ("video/mp4", b"\x00\x00\x00\x18ftypmp42"),
        ("image/heic", b"\x00\x00\x00\x18ftypheic"),
        ("image/jpeg", b"\xff\xd8\xff\xe0 not really a jpeg"),  # damaged: never a crash
        ("application/pdf", b"%PDF-1.7\nbroken\n%%EOF\n"),
    ):
        cleaned = clean(mime, data)
        assert cleaned.may_remain and cleaned.data == data, mime


def test_a_decompression_bomb_is_not_decoded() -> None:
    image = Image.new("1", (12_000, 12_000))  # 144 megapixels, a few kilobytes as PNG
    out = io.BytesIO()
    image.save(out, "PNG")
    cleaned = clean("image/png", out.getvalue())
    assert cleaned.may_remain
