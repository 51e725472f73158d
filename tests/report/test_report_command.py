"""``cre-admin report`` on a real data dir: the HTML parses, loads nothing, has a text
alternative for every chart and never shows a count under 5; the CSV tables hold the
same figures; and, from what the CSV shows, no suppressed count can be worked out."""

from __future__ import annotations

import csv
import re
from html.parser import HTMLParser
from pathlib import Path

from typer.testing import CliRunner

from flows.report.suppression import Equation, Mark
from store.ports import AdminStore
from tests.report.conftest import add_cases, case, data_dir, invoke, with_data
from tests.report.reader import possible_values

# Africa 10 (Kenya 7, Uganda 2, Tanzania 1), Asia 2 (Philippines, Indonesia): every request
# on one day, one level, one channel, one language, so the small counts are all by country.
DESIGNED = [
    *(case(f"KE{n:02d}-AAAA", "KE", "africa") for n in range(7)),
    *(case(f"UG{n:02d}-AAAA", "UG", "africa", rights=["water"]) for n in range(2)),
    case("TZ00-AAAA", "TZ", "africa"),
    case("PH00-AAAA", "PH", "asia", sector="energy"),
    case("ID00-AAAA", "ID", "asia"),
]


class Page(HTMLParser):
    """Every tag with its attributes, the text of table rows, and each svg's parts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rows: list[list[str]] = []
        self.svgs: list[dict[str, object]] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._in: list[str] = []
        self._ids: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        self._in.append(tag)
        if tag == "svg":
            self.svgs.append({"attrs": attributes, "title": "", "desc": "", "texts": []})
        if tag in ("title", "desc") and self.svgs and "svg" in self._in:
            self.svgs[-1][f"{tag}_id"] = attributes.get("id")
        if tag == "tr":
            self._row = []
        if tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        while self._in and self._in.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._in and self._in[-1] in ("title", "desc") and "svg" in self._in and self.svgs:
            self.svgs[-1][self._in[-1]] = str(self.svgs[-1][self._in[-1]]) + data
        if self._in and self._in[-1] == "text" and self.svgs:
            texts = self.svgs[-1]["texts"]
            assert isinstance(texts, list)
            texts.append(data)


def _report(tmp_path: Path, cli: CliRunner, *extra: str) -> tuple[Path, Page]:
    data = data_dir(tmp_path)

    async def fill(store: AdminStore) -> None:
        await add_cases(store, DESIGNED)

    with_data(data, fill)
    out = tmp_path / "out" / "report.html"
    code, said = invoke(
        cli, "report", "--year", "2026", "--out", str(out), "--data-dir", str(data), *extra
    )
    assert code == 0, said
    page = Page()
    page.feed(out.read_text(encoding="utf-8"))
    page.close()
    return out, page


def test_the_html_loads_nothing_and_every_chart_has_a_text_alternative(
    tmp_path: Path, cli: CliRunner
) -> None:
    _, page = _report(tmp_path, cli)
    names = {tag for tag, _ in page.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "base", "image"}
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            if name == "xmlns":
                continue  # a namespace name, never fetched
            assert not re.search(r"(https?:|//|url\()", value or ""), (tag, name, value)
    csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in str(csp[0]["content"])
    assert page.svgs, "the report has charts"
    for svg in page.svgs:
        attrs = svg["attrs"]
        assert isinstance(attrs, dict) and attrs.get("role") == "img"
        assert attrs.get("aria-labelledby") == f"{svg['title_id']} {svg['desc_id']}"
        assert str(svg["title"]).strip() and str(svg["desc"]).strip()
        # The text alternative says everything the chart writes: each label and its value.
        texts = svg["texts"]
        assert isinstance(texts, list) and texts
        for label, value in zip(texts[::2], texts[1::2], strict=True):
            said = re.escape(label.removesuffix("…")) + "[^;]*: " + re.escape(value)
            assert re.search(said, str(svg["desc"])), (label, value, svg["desc"])
    assert len(page.svgs) == len([t for t, _ in page.tags if t == "figure"])


def test_small_counts_are_never_shown(tmp_path: Path, cli: CliRunner) -> None:
    _, page = _report(tmp_path, cli)
    by_name = {row[0]: row[1:] for row in page.rows if len(row) == 2}
    for country in ("Uganda", "Tanzania", "Philippines", "Indonesia"):
        assert by_name[country] == ["fewer than 5"], country
    assert by_name["Kenya"] == ["7"]
    assert by_name["Asia and the Pacific"] == ["fewer than 5"]
    assert by_name["Africa"] == ["hidden"]  # else 12 - 10 = 2 for Asia
    text = " ".join(" ".join(r) for r in page.rows)
    assert not re.search(r"(?<![\d,.])[1-4](?![\d,.])", text.replace("Level 1", "").replace(
        "Level 2", "").replace("Level 3", "").replace("(1 to 5)", ""))  # fmt: skip
    assert "Words only the requester wrote" not in text and "Person " not in text


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


def test_no_suppressed_count_can_be_worked_out_from_the_csv(tmp_path: Path, cli: CliRunner) -> None:
    out, _ = _report(tmp_path, cli)
    folder = out.with_name("report-csv")
    shown: dict[str, int | None] = {}
    marks: dict[str, Mark] = {}
    equations = []
    words = {"fewer than 5": Mark.FEW, "hidden": Mark.HIDDEN, "": Mark.SHOWN}
    for name in ("region", "level", "channel", "language", "month", "sector", "country"):
        rows = _csv(folder / f"requests-by-{name}.csv")
        cells = []
        for key, _label, number, note in rows:
            cell = "total" if key == "total" else f"{name}:{key}"
            shown[cell] = int(number) if number else None
            marks[cell] = words[note]
            if key != "total":
                cells.append(cell)
        if name != "country":
            equations.append(Equation("total", tuple(cells)))
        else:
            for region in {c.split(":")[1].split("/")[0] for c in cells}:
                parts = tuple(c for c in cells if c.startswith(f"country:{region}/"))
                equations.append(Equation(f"region:{region}", parts))
    truth = {"total": 12, "region:africa": 10, "region:asia": 2}
    possible = possible_values(shown, marks, equations, ceiling=40)
    assert possible, "there are suppressed counts to attack"
    for cell, values in possible.items():
        assert len(values) >= 2, f"{cell} can be worked out: {values}"
        if cell in truth:
            assert truth[cell] in values


def test_the_report_speaks_the_coordinators_language(tmp_path: Path, cli: CliRunner) -> None:
    out, _ = _report(tmp_path, cli, "--lang", "ar")
    html = out.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html
    assert "تقرير الأثر السنوي" in html and "أقل من 5" in html
    headline = _csv(out.with_name("report-csv") / "headlines.csv")
    assert headline[0][:3] == ["requests", "الطلبات الواردة", "12"]


def test_bad_periods_and_languages_are_refused_in_one_sentence(
    tmp_path: Path, cli: CliRunner
) -> None:
    data = data_dir(tmp_path)
    for args, said in (
        (("--year", "2026", "--from", "2026-01-01"), "either --year or --from/--to"),
        (("--from", "2026-02-30"), "dates like 2026-01-31"),
        (("--from", "2026-05-01", "--to", "2026-04-01"), "--to is before --from"),
        (("--lang", "de"), "--lang must be one of"),
        (("--out", str(tmp_path / "r.pdf")), "--out must name an .html file"),
    ):
        code, output = invoke(cli, "report", "--data-dir", str(data), *args)
        assert code == 2 and said in output, (args, output)


def test_only_a_chart_with_suppressed_counts_says_they_have_no_bar(
    tmp_path: Path, cli: CliRunner
) -> None:
    out, _ = _report(tmp_path, cli)
    figures = re.findall(r"<figure>.*?</figure>", out.read_text(encoding="utf-8"))
    caption = "Suppressed counts have no bar."
    assert figures
    for figure in figures:
        assert (caption in figure) == ("fewer than 5" in figure or "hidden" in figure), figure
