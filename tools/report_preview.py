"""``make report-preview``: render a made-up annual report in headless Chromium, to PNG
pages, and fail on any console message (a blocked load, a script, a CSP violation).

Needs Debian's ``chromium`` and ``poppler-utils`` (for ``pdftoppm``):
``sudo apt-get install -y chromium poppler-utils``. The pages land in
``build/report-preview/<lang>/page-NN.png`` beside the HTML and its PDF.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from admin_cli.report import write_report
from admin_cli.reporting.collect import collect
from admin_cli.reporting.words import Words
from bench.report_data import fill
from flows.report.facts import Period
from store.crypto import Keyring
from store.sqlite.store import SqliteStore

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
YEAR = Period(date(2026, 1, 1), date(2027, 1, 1))


class PreviewError(Exception):
    """Rendering failed or the page said something on its console."""


def browser() -> str | None:
    chosen = os.environ.get("CHROMIUM")
    if chosen:
        return shutil.which(chosen)
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


async def make_reports(folder: Path, cases: int, languages: tuple[str, ...]) -> list[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        store = await SqliteStore.open(Path(tmp) / "data", Keyring.generate())
        try:
            await fill(store, cases, directory=80)
            report = await collect(store, YEAR, {"collaborations": 150, "requests": 500})
        finally:
            await store.close()
    return [
        write_report(report, Words(lang), folder / lang / "report.html", date(2026, 12, 31))[0]
        for lang in languages
    ]


def render(html: Path, chromium: str) -> list[Path]:
    """Print ``html`` to PDF in headless Chromium, then split it into PNG pages."""
    pdf = html.with_suffix(".pdf")
    done = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--enable-logging=stderr", "--v=0", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", html.resolve().as_uri()],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    if console:
        raise PreviewError(f"{html}: the page logged to its console: {console[:3]}")
    if done.returncode != 0 or not pdf.exists():
        raise PreviewError(f"chromium could not print {html} (exit {done.returncode})")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise PreviewError("pdftoppm is missing: sudo apt-get install -y poppler-utils")
    for old in html.parent.glob("page-*.png"):
        old.unlink()
    subprocess.run(
        [pdftoppm, "-png", "-r", "70", str(pdf), str(html.parent / "page")],
        check=True, timeout=120,
    )  # fmt: skip
    return sorted(html.parent.glob("page-*.png"))


def main() -> int:
    chromium = browser()
    if chromium is None:
        print(
            "report-preview needs Chromium: sudo apt-get install -y chromium poppler-utils",
            file=sys.stderr,
        )
        return 2
    folder = Path("build/report-preview")
    pages = []
    try:
        for html in asyncio.run(make_reports(folder, 600, ("en", "ar"))):
            pages += render(html, chromium)
    except PreviewError as exc:
        print(f"report-preview: {exc}", file=sys.stderr)
        return 1
    for page in pages:
        print(page)
    print(f"{len(pages)} pages rendered, no console errors.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
