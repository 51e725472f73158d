"""``make report-preview`` without a browser says so in one line and exits 2; a page that
writes anything on its console fails the preview (a fake ``chromium`` stands in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import report_preview


def test_without_chromium_one_clear_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "no-such-browser"))
    assert report_preview.main() == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.count("\n") == 1 and "apt-get install -y chromium" in said.err
    assert not (tmp_path / "build").exists()  # nothing made before the browser is known


def test_a_console_message_fails_the_preview(tmp_path: Path) -> None:
    browser = tmp_path / "chromium"
    browser.write_text(
        "#!/bin/sh\necho '[1203/054233.1:INFO:CONSOLE(1)] \"Refused to load\"' >&2\n",
        encoding="utf-8",
    )
    browser.chmod(0o700)
    page = tmp_path / "report.html"
    page.write_text("<!DOCTYPE html><p>x</p>", encoding="utf-8")
    with pytest.raises(report_preview.PreviewError, match="console"):
        report_preview.render(page, str(browser))
