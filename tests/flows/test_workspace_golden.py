"""Golden transcripts of the facilitator workspace (format: tests/support/workspace_transcript.py).

Run with UPDATE_GOLDEN=1 to rewrite the expected files after an intended
change, then read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.workspace_transcript import run_workspace_script

HERE = Path(__file__).parent
SCRIPTS = sorted((HERE / "workspace_scripts").glob("*.in"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_workspace_transcript_matches_golden(script: Path) -> None:
    actual = run_workspace_script(script.read_text(encoding="utf-8").splitlines())
    golden = HERE / "workspace_golden" / f"{script.stem}.out"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file for {script.name}: run with UPDATE_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8")


def test_every_workspace_script_has_a_golden_file_and_back() -> None:
    goldens = {p.stem for p in (HERE / "workspace_golden").glob("*.out")}
    assert goldens == {p.stem for p in SCRIPTS}
