"""Golden transcripts of the intake (see tests/support/transcript.py for the format).

Run with UPDATE_GOLDEN=1 to rewrite the expected files after an intended
change, then read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.transcript import run_script

HERE = Path(__file__).parent
SCRIPTS = sorted((HERE / "scripts").glob("*.in"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_transcript_matches_golden(script: Path) -> None:
    actual = run_script(script.read_text(encoding="utf-8").splitlines())
    golden = HERE / "golden" / f"{script.stem}.out"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no golden file for {script.name}: run with UPDATE_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8")


def test_every_script_has_a_golden_file_and_back() -> None:
    goldens = {p.stem for p in (HERE / "golden").glob("*.out")}
    assert goldens == {p.stem for p in SCRIPTS}
