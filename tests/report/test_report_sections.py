"""Each section of ``cre-admin report``, on a real data dir filled with a made-up
exchange (cases, claims and replies, agreements and connections, check-ins and
evaluations, calls, grants and payments, a directory): what the section shows, that it
agrees with the CSV table of the same figures, and that it adds up."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from admin_cli.reporting.words import Words
from flows.followup.evaluation import OUTCOMES
from flows.report.model import HEADLINE_IDS
from store.ports import AdminStore
from tests.report.conftest import data_dir, invoke, with_data
from tests.report.test_report_command import Page

W = Words("en")
REGIONS = ("africa", "asia", "latin_america", "coordinator")


@dataclass
class Made:
    sections: dict[str, Page]
    """Each section's parsed HTML, by its heading (the headlines: ``headlines``)."""
    html: dict[str, str]
    """The same sections as written."""
    csv: Path


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    from bench.report_data import fill

    tmp = tmp_path_factory.mktemp("sections")
    data = data_dir(tmp)

    async def filled(store: AdminStore) -> None:
        await fill(store, 400, directory=30)

    with_data(data, filled)
    out = tmp / "report.html"
    with pytest.MonkeyPatch.context() as env:
        for name in ("CRE_MASTER_KEY", "CRE_DATA_DIR", "CRE_CONFIG"):
            env.delenv(name, raising=False)
        env.setenv("CRE_REPORT_TARGETS", "collaborations=150,requests=500")
        args = ("report", "--year", "2026", "--out", str(out), "--data-dir", str(data))
        code, said = invoke(CliRunner(), *args)
    assert code == 0, said
    html = out.read_text(encoding="utf-8")
    head, *rest = html.split("<section>")
    written = {"headlines": head}
    for chunk in rest:
        heading = re.search(r"<h2[^>]*>([^<]+)</h2>", chunk)
        assert heading, chunk[:200]
        written[heading.group(1)] = chunk
    sections = {name: _parsed(chunk) for name, chunk in written.items()}
    return Made(sections, written, out.with_name("report-csv"))


def _parsed(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def _csv(made: Made, name: str) -> list[list[str]]:
    with (made.csv / name).open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


def _number(text: str) -> float:
    return float(text.replace(",", "").removesuffix(" h").removesuffix(" USD").rstrip("%"))


def _html_text(page: Page) -> str:
    return " ".join(" ".join(row) for row in page.rows)


def test_every_section_is_there_in_order(made: Made) -> None:
    names = [
        "report-section-requests",
        "report-t-by-country",
        "report-section-harm",
        "report-section-outcomes",
        "report-section-speed",
        "report-section-gaps",
        "report-section-money",
    ]
    assert list(made.sections) == ["headlines", *(W(n) for n in names)]


def test_headlines_show_every_figure_with_its_target(made: Made) -> None:
    written = made.html["headlines"]
    cards = [a for t, a in made.sections["headlines"].tags if a.get("class") == "card"]
    assert len(cards) == len(HEADLINE_IDS)
    places = [written.index(escape(W("report-h-" + h))) for h in HEADLINE_IDS]
    assert places == sorted(places)
    assert escape(W("report-target", value="150")) in written
    assert escape(W("report-target", value="500")) in written
    calls = f"{W('report-calls-open', count='3')} · {W('report-calls-targeted', count='1')}"
    assert escape(calls) in written  # one open call per region, one targeted at all
    rows = {r[0]: r for r in _csv(made, "headlines.csv")}
    assert list(rows) == list(HEADLINE_IDS)
    assert rows["requests"][2:] == ["400", "", "500"]
    assert rows["collaborations"][4] == "150"
    for figure in ("requests", "collaborations", "grants", "directory"):
        assert int(rows[figure][2]) > 0, figure  # the made-up exchange has all of them
    assert int(rows["beneficiaries"][2]) <= int(rows["collaborations"][2])
    assert int(rows["spent"][2]) <= int(rows["committed"][2])


def test_requests_add_up_to_the_total_in_every_table(made: Made) -> None:
    page = made.sections[W("report-section-requests")]
    tables = [r for r in page.rows if r and r[0] == W("report-total")]
    assert [t[1] for t in tables] == ["400"] * 5  # region, month, level, channel, language
    for name in ("region", "month", "level", "channel", "language"):
        rows = _csv(made, f"requests-by-{name}.csv")
        total = next(int(r[2]) for r in rows if r[0] == "total")
        assert total == 400
        assert sum(int(r[2]) for r in rows if r[0] != "total" and r[2]) <= total
    months = [r[0] for r in _csv(made, "requests-by-month.csv") if r[0] != "total"]
    assert months == [f"2026-{m:02d}" for m in range(1, 13)]
    assert "January 2026" in _html_text(page) and "December 2026" in _html_text(page)
    assert len(page.svgs) == 2  # by region and by month


def test_countries_are_grouped_by_the_region_that_handles_them(made: Made) -> None:
    page = made.sections[W("report-t-by-country")]
    regions = {r[0]: r[2] for r in _csv(made, "requests-by-region.csv")}
    countries = _csv(made, "requests-by-country.csv")
    for region in REGIONS:
        mine = [r for r in countries if r[0].startswith(region + "/")]
        shown = [int(r[2]) for r in mine if r[2]]
        if regions.get(region) and len(shown) == len(mine):
            assert sum(shown) == int(regions[region]), region
    text = _html_text(page)
    assert "Kenya" in text and "Peru" in text and "Tonga" in text
    tonga = next(r for r in countries if r[0].endswith("/TO"))
    assert tonga[2:] == ["", "fewer than 5"]  # one request: never its number


def test_rights_actors_sectors_and_strategies_are_charted(made: Made) -> None:
    page = made.sections[W("report-section-harm")]
    titles = [str(s["title"]) for s in page.svgs]
    assert titles == [W(f"report-t-by-{d}") for d in ("rights", "financier", "sector", "strategy")]
    sectors = _csv(made, "requests-by-sector.csv")
    assert next(int(r[2]) for r in sectors if r[0] == "total") == 400
    for name in ("rights", "financier", "strategy"):  # several a request: no total row
        rows = _csv(made, f"requests-by-{name}.csv")
        assert rows and all(r[0] != "total" for r in rows)
        assert sum(int(r[2]) for r in rows if r[2]) >= 400 * 0.9
    assert made.html[W("report-section-harm")].count(W("report-multi-note")) == 3


def test_outcomes_scores_and_checkin_rates_by_region(made: Made) -> None:
    page = made.sections[W("report-section-outcomes")]
    text = _html_text(page)
    for outcome in OUTCOMES:
        assert W("report-outcome-" + outcome) in text
    outcomes = _csv(made, "outcomes.csv")
    assert {r[1] for r in outcomes} <= set(OUTCOMES)
    scores = _csv(made, "survey-scores.csv")
    for region, question, responses, note, mean in scores:
        assert (responses == "") == (note != ""), (region, question)
        if mean:
            assert 1 <= float(mean) <= 5 and f"{float(mean):.1f}" in text
    rates = _csv(made, "checkins.csv")
    assert rates
    for region, _sent, _note, answered in rates:
        if answered:
            assert 0 <= float(answered) <= 1
            assert f"{round(float(answered) * 100)}%" in text, region


def test_speed_gives_median_and_90th_percentile_per_region(made: Made) -> None:
    page = made.sections[W("report-section-speed")]
    rows = [r for r in page.rows if len(r) == 6 and r[0] != W("report-col-region")]
    assert rows
    for row in rows:
        if row[2].endswith(" h"):
            assert _number(row[2]) <= _number(row[3]), row
            assert re.fullmatch(r"[\d,]+\.\d h", row[2]), row  # one decimal, always
        if row[4].endswith(" h"):
            assert _number(row[4]) <= _number(row[5]), row
    for *_, hours_0, hours_1, hours_2, hours_3 in _csv(made, "speed.csv"):
        if hours_0:
            assert float(hours_0) <= float(hours_1) and float(hours_2) <= float(hours_3)


def test_gaps_name_uncovered_countries_thin_strategies_and_unreached_countries(
    made: Made,
) -> None:
    written = made.html[W("report-section-gaps")]
    for heading in ("report-t-uncovered", "report-t-thin", "report-t-unreached"):
        assert f"<h3>{W(heading)}</h3>" in written
    uncovered = _csv(made, "gaps-uncovered-countries.csv")
    assert uncovered and ["TO", "Tonga"] in uncovered  # requests, no collaborator there
    assert all(escape(name) in written for _, name in uncovered)
    thin = _csv(made, "gaps-thin-strategies.csv")
    assert any(r[:2] == ["asia", "security"] for r in thin)  # the made-up directory's gap
    unreached = _csv(made, "gaps-unreached-countries.csv")
    reached = {r[0].split("/")[-1] for r in _csv(made, "requests-by-country.csv")}
    assert unreached and not {r[1] for r in unreached} & reached
    assert all(escape(name) in written for _, _, name in unreached)


def test_budget_committed_and_spent_by_region(made: Made) -> None:
    page = made.sections[W("report-section-money")]
    rows = _csv(made, "budget.csv")
    assert rows
    headline = {r[0]: r for r in _csv(made, "headlines.csv")}
    assert sum(int(r[1]) for r in rows) == int(headline["committed"][2])
    assert sum(int(r[2]) for r in rows) == int(headline["spent"][2])
    shown = {r[0]: r[1:] for r in page.rows if len(r) == 3}
    for region, committed, spent in rows:
        cells = shown[W.label("region", region)]
        assert cells == [W.dollars(int(committed)), W.dollars(int(spent))]
        assert int(spent) <= int(committed)
