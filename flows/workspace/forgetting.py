"""What a facilitator's working memory keeps once some cases are erased: nothing
about them (no focus, no half-written reply, note or agreement, no offered buttons)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from flows.workspace.desk_state import DeskState


def without_cases(desk: dict[str, Any], refs: Collection[str]) -> dict[str, Any]:
    """The desk state (as saved) with everything about ``refs`` cleared."""
    state = DeskState.from_json(desk)
    if state.ref in refs:
        state.clear_draft()
    if state.focus in refs:
        state.focus = None
    if state.album is not None and state.album.ref in refs:
        state.album = None
    if any(ref in token for token in state.offered for ref in refs):
        state.offered = []
    return state.to_json()
