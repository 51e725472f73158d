"""Which files the bot keeps: evidence yes, anything else politely refused.

Kept small on purpose: the files are sealed and stored for people at risk,
so only kinds a facilitator can use are accepted, within a size limit.

What a file *is* is decided by its content (:func:`sniff`, magic bytes), not
by the MIME type the client declared: real clients declare ``video/quicktime``,
``audio/mpeg3``, ``application/octet-stream`` or nothing at all for files we
want, and a declared ``image/jpeg`` can hide an executable. The declared type
is only a hint where the content leaves a choice (an MP4 container holding
sound only, say), and plain text, which has no magic bytes, is believed only
where text (or nothing in particular) was declared.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

from flows.core.messages import ArgValue, Attachment, AttachmentKind
from flows.core.policy import Policy

ALLOWED_KINDS = frozenset(
    {
        AttachmentKind.PHOTO,
        AttachmentKind.DOCUMENT,
        AttachmentKind.VOICE,
        AttachmentKind.AUDIO,
        AttachmentKind.VIDEO,
    }
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"

ALLOWED_MIME = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/webp",
        "image/heic",
        "application/pdf",
        "text/plain",
        DOCX,
        "application/msword",
        ODT,
        "audio/ogg",
        "audio/mpeg",
        "audio/mp4",
        "audio/aac",
        "audio/wav",
        "audio/amr",
        "video/mp4",
        "video/quicktime",
        "video/3gpp",
    }
)
"""What :func:`sniff` may name a kept file; anything else is refused."""

_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})
_EXECUTABLE = (
    b"MZ",  # Windows PE
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",  # Mach-O, both byte orders, 32/64 bit, fat
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"dex\n",  # Android
)
_TEXT_CONTROLS = frozenset(range(32)) - {9, 10, 12, 13}
NEVER_DECLARED = frozenset(
    {
        "application/x-msdownload",
        "application/x-msdos-program",
        "application/x-dosexec",
        "application/x-executable",
        "application/x-elf",
        "application/x-mach-binary",
        "application/x-sh",
        "application/x-shellscript",
        "application/vnd.android.package-archive",
        "application/java-archive",
        "application/zip",
        "application/x-zip-compressed",
        "application/vnd.rar",
        "application/x-rar-compressed",
        "application/x-7z-compressed",
        "application/gzip",
        "application/x-tar",
    }
)
"""Declared types never worth fetching: programs and archives. Only a hint, used before
the content is there; once it is, the content decides."""


def sniff(data: bytes, hint: str = "") -> str | None:
    """The allowed MIME type ``data`` really is, or None for executables and unknown binaries."""
    head = data[:64]
    if head.startswith(_EXECUTABLE) or (head.startswith(b"#!") and not head.startswith(b"#!AMR")):
        return None
    hint = hint.casefold()
    found = _sniff_binary(data, hint)
    if found is not None:
        return found
    return "text/plain" if _may_be_text(hint) and _is_text(data) else None


def _sniff_binary(data: bytes, hint: str) -> str | None:
    head = data[:16]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/wav"
    if b"%PDF" in data[:1024]:  # "%PDF-1.7"; some writers put junk before it
        return "application/pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/msword"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith((b"#!AMR\n", b"#!AMR-WB\n")):
        return "audio/amr"
    if head.startswith(b"ID3"):
        return "audio/mpeg"
    if head[4:8] == b"ftyp":
        return _sniff_ftyp(head[8:12], hint)
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        layer = (head[1] >> 1) & 0b11
        return "audio/aac" if layer == 0 else "audio/mpeg"  # ADTS has layer bits 00
    return None


def _sniff_ftyp(brand: bytes, hint: str) -> str | None:
    """ISO base media files: the major brand says photo, sound or film."""
    if brand in (b"avif", b"avis", b"crx "):  # still images we do not keep
        return None
    if brand in _HEIC_BRANDS:
        return "image/heic"
    if brand.startswith(b"3g"):
        return "video/3gpp"
    if brand == b"qt  ":
        return "video/quicktime"
    if brand in (b"M4A ", b"M4B ", b"F4A ") or hint.startswith("audio/"):
        return "audio/mp4"
    return "video/mp4"


def _sniff_zip(data: bytes) -> str | None:
    """A ZIP container is kept only when it is a text document (DOCX or ODT)."""
    if data[30:38] == b"mimetype" and data[38 : 38 + len(ODT)] == ODT.encode():
        return ODT
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())  # the directory only
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    if "word/document.xml" in names and "[Content_Types].xml" in names:
        return DOCX
    return None


def _may_be_text(hint: str) -> bool:
    """Text has no magic bytes: it is believed only where text was declared, or nothing was."""
    return hint.startswith("text/") or hint in ("", "application/octet-stream")


def _is_text(data: bytes) -> bool:
    """UTF-8 text without NULs or stray control bytes (a Signal long-text attachment)."""
    if not data:
        return False
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return not any(ord(c) in _TEXT_CONTROLS for c in text)


def refusal_reason(attachment: Attachment, policy: Policy) -> str | None:
    """The message id explaining why a file is refused, or None when it is accepted.

    With empty ``data`` only the kind and the size are judged: transports
    probe that way before downloading (the content is judged once it is
    there); :func:`keep_refusal` is the check before anything is stored.
    """
    if attachment.kind is AttachmentKind.STICKER:
        return "file-sticker"
    if attachment.kind not in ALLOWED_KINDS:
        return "file-type-refused"
    if attachment.size > policy.max_file_bytes or (
        attachment.data is not None and len(attachment.data) > policy.max_file_bytes
    ):
        return "file-too-big"
    if not attachment.data and attachment.mime.casefold() in NEVER_DECLARED:
        return "file-type-refused"
    if attachment.data is None:
        return "file-unavailable"
    if attachment.data and sniff(attachment.data, attachment.mime) is None:
        return "file-type-refused"
    return None


def keep_refusal(attachment: Attachment, policy: Policy) -> str | None:
    """Like :func:`refusal_reason`, and an empty file is no file: nothing is kept."""
    reason = refusal_reason(attachment, policy)
    if reason is None and not attachment.data:
        return "file-unavailable"
    return reason


def as_kept(attachment: Attachment) -> Attachment:
    """The accepted file with the MIME type its content shows, not the one declared."""
    found = sniff(attachment.data or b"", attachment.mime)
    return replace(attachment, mime=found) if found and found != attachment.mime else attachment


def quota_refusal(
    attachment: Attachment, usage: tuple[int, int], policy: Policy
) -> tuple[str, dict[str, ArgValue]] | None:
    """The reply when keeping this file would pass the person's daily quota, else None.

    ``usage`` is the (files, bytes) the person has had stored in the last
    rolling day (:data:`flows.core.policy.QUOTA_WINDOW`), whatever the flow.
    """
    files, stored = usage
    if (
        files + 1 > policy.max_files_per_day
        or stored + len(attachment.data or b"") > policy.max_file_bytes_per_day
    ):
        return "file-quota", {
            "files": policy.max_files_per_day,
            "limit_mb": policy.max_file_bytes_per_day // (1024 * 1024),
        }
    return None
