"""Which files the bot can strip of hidden details (EXIF GPS position, camera serial,
PDF author and XMP) before relaying them: a pure list shared by the flows (what the
sender is told) and :mod:`bot.metadata` (which does the stripping)."""

from __future__ import annotations

CLEANED = frozenset({"image/jpeg", "image/png", "image/webp", "application/pdf"})
"""Relayed as a copy without metadata (the sealed original is kept as evidence)."""


def metadata_removed(mime: str | None) -> bool:
    return (mime or "").split(";")[0].strip().lower() in CLEANED
