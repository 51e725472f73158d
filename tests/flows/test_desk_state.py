"""The facilitator's desk state: typed, and the dicts saved before it still load."""

from __future__ import annotations

from flows.workspace.desk_state import AlbumReply, DeskState


def test_state_saved_as_a_plain_dict_before_the_dataclass_loads() -> None:
    saved = {
        "offered": ["f:open:K7M4-Q2XP"],
        "focus": "K7M4-Q2XP",
        "composing": "agreement",
        "ref": "K7M4-Q2XP",
        "arg": None,
        "draft": {"activities": "Workshops"},
        "album": {"id": "G1", "ref": "K7M4-Q2XP"},
    }
    state = DeskState.from_json(saved)
    assert state == DeskState(
        offered=["f:open:K7M4-Q2XP"],
        focus="K7M4-Q2XP",
        composing="agreement",
        ref="K7M4-Q2XP",
        draft={"activities": "Workshops"},
        album=AlbumReply("G1", "K7M4-Q2XP"),
    )
    assert DeskState.from_json(state.to_json()) == state


def test_an_empty_or_odd_state_loads_as_nothing_in_progress() -> None:
    assert DeskState.from_json({}) == DeskState()
    assert DeskState.from_json({"album": "G1", "draft": None, "unknown": 1}) == DeskState()
    assert DeskState().to_json() == {}
