"""The report's inline SVG charts and number formatting: an Arabic chart is the mirror
image of the English one, says ``direction="rtl"`` itself (so the browser lays out and
shapes its labels from text in logical order), keeps labels whole or cuts them at a
word; a suppressed count gets no bar; numbers are written the language's way."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from admin_cli.reporting.svg import LABEL, LONGEST, WIDTH, bar_chart, shorten
from admin_cli.reporting.words import Words
from flows.report.model import Count
from flows.report.suppression import Mark

SVG = "{http://www.w3.org/2000/svg}"
AFRICA, ASIA = "أفريقيا", "آسيا والمحيط الهادئ"
ROWS = [
    (AFRICA, Count(258), "258"),
    (ASIA, Count(151), "151"),
    ("بلا منطقة", Count(None, Mark.FEW), "أقل من 5"),
]


def _chart(rtl: bool) -> ET.Element:
    return ET.fromstring(bar_chart("c", "الطلبات", "رسم بياني", ROWS, rtl))


def _texts(svg: ET.Element) -> list[ET.Element]:
    return list(svg.iter(SVG + "text"))


def test_an_arabic_chart_is_the_mirror_image_of_an_english_one() -> None:
    ltr, rtl = _chart(False), _chart(True)
    assert (ltr.get("direction"), rtl.get("direction")) == ("ltr", "rtl")
    bars = zip(ltr.iter(SVG + "rect"), rtl.iter(SVG + "rect"), strict=True)
    for left, right in bars:
        width = float(left.get("width", 0))
        assert float(right.get("width", 0)) == width
        assert float(right.get("x", 0)) == WIDTH - float(left.get("x", 0)) - width
    for left, right in zip(_texts(ltr), _texts(rtl), strict=True):
        assert float(right.get("x", 0)) == WIDTH - float(left.get("x", 0))
        # The same anchor: the chart's own direction makes "end" the left edge in Arabic.
        assert right.get("text-anchor") == left.get("text-anchor")


def test_labels_end_against_their_bars_and_values_start_after_them() -> None:
    svg = _chart(True)
    labels = [t for t in _texts(svg) if t.text in (AFRICA, ASIA, "بلا منطقة")]
    assert [t.get("text-anchor") for t in labels] == ["end"] * 3
    assert {float(t.get("x", 0)) for t in labels} == {WIDTH - LABEL + 8}
    for bar in svg.iter(SVG + "rect"):  # every bar grows leftwards from the label column
        assert float(bar.get("x", 0)) + float(bar.get("width", 0)) == WIDTH - LABEL
    values = [t for t in _texts(svg) if t.text in ("258", "151", "أقل من 5")]
    assert [t.get("text-anchor") for t in values] == ["start"] * 3


def test_arabic_labels_stay_in_logical_order_for_the_browser_to_shape() -> None:
    """No reversed or pre-shaped text (presentation forms break copying, search and
    screen readers); the font stack names fonts that carry Arabic."""
    svg = _chart(True)
    written = [t.text or "" for t in _texts(svg)]
    assert AFRICA in written and ASIA in written and "أقل من 5" in written
    assert not any("\ufb50" <= ch <= "\ufeff" for text in written for ch in text)
    from admin_cli.reporting.html import STYLE

    assert "DejaVu Sans" in STYLE and "Noto Sans Arabic" in STYLE


def test_a_suppressed_count_gets_no_bar_only_its_words() -> None:
    svg = _chart(False)
    assert len(list(svg.iter(SVG + "rect"))) == 2
    few = [t for t in _texts(svg) if t.text == "أقل من 5"]
    assert len(few) == 1 and few[0].get("class") == "muted"


def test_long_labels_are_cut_at_a_word_with_an_ellipsis() -> None:
    long = "منظمات المجتمع المدني والمدافعون عن حقوق الإنسان في المناطق الريفية"
    cut = shorten(long)
    assert len(cut) <= LONGEST and cut.endswith("…")
    assert long.startswith(cut[:-1]) and long[len(cut) - 1] == " "
    assert shorten("Africa") == "Africa"
    chart = ET.fromstring(bar_chart("c", "t", "d", [(long, Count(9), "9")], True))
    assert _texts(chart)[0].text == cut


def test_numbers_are_written_the_languages_way() -> None:
    en, fr, ar, es = Words("en"), Words("fr"), Words("ar"), Words("es")
    assert (en.number(12345), es.number(12345), ar.number(12345)) == ("12,345", "12.345", "12,345")
    assert fr.number(12345).replace("\u202f", " ").replace("\xa0", " ") == "12 345"
    assert (en.decimal(7), en.decimal(17.66), fr.decimal(4.25)) == ("7.0", "17.7", "4,2")
    assert en.hours(7) == "7.0 h" and ar.hours(7) == "7.0 ساعة"
    assert en.percent(0.78) == "78%" and fr.percent(0.78).replace("\xa0", " ") == "78 %"
    assert en.dollars(199707) == "199,707 USD"


def test_days_and_lists_are_written_in_words_the_languages_way() -> None:
    """An ISO date inside Arabic text has its parts reordered; a list takes Arabic's comma."""
    en, ar = Words("en"), Words("ar")
    assert en.day(date(2026, 1, 1)) == "January 1, 2026"
    assert ar.day(date(2026, 12, 31)) == "31 ديسمبر 2026"
    assert en.join(["Kenya", "Peru"]) == "Kenya, Peru"
    assert ar.join(["كينيا", "بيرو"]) == "كينيا، بيرو"
