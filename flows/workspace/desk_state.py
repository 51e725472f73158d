"""What the workspace remembers about one facilitator between messages.

Saved inside the facilitator's sealed conversation state as a small JSON
object (``Conversation.desk``). :meth:`DeskState.from_json` reads the shapes
saved before this class existed (a plain dict with the same keys), and
:meth:`DeskState.to_json` writes only the keys that are set, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class AlbumReply:
    """The album whose first file was relayed as a reply: its later files go the same way."""

    id: str
    ref: str


@dataclass(slots=True)
class DeskState:
    """A facilitator's working memory.

    ``offered`` are the tokens of the last numbered list (so "2" means the
    second button); ``focus`` the case last worked on (``/claim`` alone means
    it); ``composing`` the action waiting for words (reply, note, reason,
    agreement) on case ``ref`` with ``arg``; ``draft`` the agreement so far.
    """

    offered: list[str] = field(default_factory=list)
    focus: str | None = None
    composing: str | None = None
    ref: str | None = None
    arg: str | None = None
    draft: dict[str, str] = field(default_factory=dict)
    album: AlbumReply | None = None
    held: str | None = None
    """Words typed with a command that still needs a choice (``/move REF declined out of
    scope``): kept as a private note when the action completes, never dropped."""

    def stop_composing(self) -> None:
        """Stop waiting for words; the case and argument stay as they were, and words held
        for the abandoned action are dropped with it."""
        self.composing, self.held = None, None

    def compose(self, action: str, ref: str, arg: str | None = None) -> None:
        """Wait for the words of ``action`` on case ``ref``."""
        self.composing, self.ref, self.arg = action, ref, arg

    def clear_draft(self) -> None:
        """Forget the agreement being composed, and what it was about."""
        self.composing, self.ref, self.arg, self.draft = None, None, None, {}
        self.held = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeskState:
        album = data.get("album")
        return cls(
            offered=[str(t) for t in data.get("offered") or []],
            focus=_text(data.get("focus")),
            composing=_text(data.get("composing")),
            ref=_text(data.get("ref")),
            arg=_text(data.get("arg")),
            draft={str(k): str(v) for k, v in (data.get("draft") or {}).items()},
            album=AlbumReply(str(album["id"]), str(album["ref"]))
            if isinstance(album, dict) and album.get("id") and album.get("ref")
            else None,
            held=_text(data.get("held")),
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.offered:
            data["offered"] = list(self.offered)
        for name in ("focus", "composing", "ref", "arg", "held"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        if self.draft:
            data["draft"] = dict(self.draft)
        if self.album is not None:
            data["album"] = {"id": self.album.id, "ref": self.album.ref}
        return data


def _text(value: object) -> str | None:
    return None if value is None else str(value)
