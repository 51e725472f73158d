"""Run the installed console scripts as a person or a coordinator would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def run(
    command: str,
    *args: str,
    data: Path,
    stdin: str = "",
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CRE_")}
    environ.update({"CRE_DATA_DIR": str(data), "PYTHONUNBUFFERED": "1"}, **(env or {}))
    return subprocess.run(
        [str(BIN / command), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environ,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"
