"""The pure funding rules: bands, amounts, the review tally and the ranking (issue 14)."""

from __future__ import annotations

import pytest

from bot.i18n import Catalogs
from flows.core.policy import LANGUAGES
from flows.funding.amounts import parse_cents, show_cents
from flows.funding.bands import band_problem, level_for
from flows.funding.models import Application, Vote
from flows.funding.ranking import decide, priority_tier, rank
from flows.funding.review import APPROVED, DECLINED, UNDECIDED, ReviewRule, tally
from flows.service.grants import SKIP_WORDS


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("4500", 450_000),
        ("4,500", 450_000),
        ("4 500.5", 450_050),
        ("$4500", 450_000),
        ("USD 30,000", 3_000_000),
        ("4500 usd", 450_000),
        ("0.01", 1),
        ("4500,50", 450_050),
        ("4 500", 450_000),
        ("4 500,50", 450_050),
        ("4.500", 450_000),
        ("4.500,5", 450_050),
        ("4,500.50", 450_050),
        ("4\u202f500 USD", 450_000),
        ("12,000", 1_200_000),
    ],
)
def test_amounts_people_type_are_read_in_cents(text: str, cents: int) -> None:
    assert parse_cents(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        *("-200", "0", "abc", "", "4,50,0", "1e5", "12 34", "٤٥٠٠", "4500.123", "9" * 30, None),
        *("1,234,56", "1.234.56", "4 500 ,50", "4,500 000", "4,,500", "4500,505"),
    ],
)
def test_anything_else_is_not_an_amount(text: str | None) -> None:
    assert parse_cents(text) is None


def test_amounts_are_shown_with_thousands() -> None:
    assert (show_cents(500_000), show_cents(450_050)) == ("5,000", "4,500.50")


@pytest.mark.parametrize(
    ("level", "usd", "problem"),
    [
        (2, 5_000, None),
        (2, 5_000.01, "fund-amount-over-level2"),
        (2, 6_000, "fund-amount-over-level2"),
        (3, 5_000, "fund-amount-under-level3"),
        (3, 5_000.01, None),
        (3, 30_000, None),
        (3, 30_001, "fund-amount-over-level3"),
        (1, 100, "fund-level-not-funded"),
        (2, 0, "fund-amount-invalid"),
    ],
)
def test_the_bands_of_the_design_document(level: int, usd: float, problem: str | None) -> None:
    assert band_problem(level, round(usd * 100)) == problem


def test_level_for_an_amount() -> None:
    assert [level_for(c) for c in (1, 500_000, 500_001, 3_000_000, 3_000_001)] == [2, 2, 3, 3, None]


def _votes(*choices: tuple[str, int | None]) -> list[Vote]:
    return [Vote(i, 1, c, s, True) for i, (c, s) in enumerate(choices)]


def test_a_member_with_a_conflict_counts_for_nothing() -> None:
    result = tally(_votes(("approve", 4), ("conflict", None), ("decline", 2)), ReviewRule(2))
    assert (result.approve, result.decline, result.conflicts) == (1, 1, 1)
    assert result.outcome == UNDECIDED  # a tie goes to the coordinator
    assert result.mean_score == 3.0


def test_quorum_and_approval_rules() -> None:
    two_approve = _votes(("approve", 5), ("approve", 4), ("decline", 1))
    assert tally(two_approve, ReviewRule(2)).outcome == APPROVED
    assert tally(two_approve, ReviewRule(2, "unanimous")).outcome == DECLINED
    assert tally(two_approve, ReviewRule(2, "two_thirds")).outcome == APPROVED
    assert tally(two_approve, ReviewRule(4)).outcome == UNDECIDED
    assert tally(_votes(("abstain", 3), ("abstain", 3)), ReviewRule(2)).outcome == UNDECIDED
    drafts = [Vote(1, 1, "approve", 5, False), Vote(2, 1, "approve", None, False)]
    assert tally(drafts, ReviewRule(1)).outcome == UNDECIDED  # unfinished answers do not count


def _app(
    app_id: int,
    applicant: str,
    *,
    security: bool = False,
    capacity: bool = True,
    cents: int = 400_000,
) -> Application:
    return Application(app_id, 1, f"REF{app_id}", "africa", 2, cents, applicant, security, capacity)


def test_groups_first_unless_security_support_for_a_defender_then_capacity_then_scores() -> None:
    individual = _app(1, "individual")
    defender = _app(2, "individual", security=True)
    organisation = _app(3, "organisation")
    group_no_capacity = _app(4, "group", capacity=False)
    group = _app(5, "group")
    rule = ReviewRule(1)
    tallies = {
        1: tally(_votes(("approve", 5)), rule),
        2: tally(_votes(("approve", 2)), rule),
        3: tally(_votes(("approve", 5)), rule),
        4: tally(_votes(("approve", 5)), rule),
        5: tally(_votes(("approve", 3)), rule),
    }
    ranked = rank([individual, defender, organisation, group_no_capacity, group], tallies)
    assert [a.id for a in ranked] == [5, 2, 4, 1, 3]
    assert [priority_tier(a) for a in ranked] == [0, 0, 0, 1, 1]


def test_approved_applications_are_funded_in_order_while_the_call_lasts() -> None:
    rule = ReviewRule(1)
    first, second, third = _app(1, "group"), _app(2, "group"), _app(3, "group")
    tallies = {
        1: tally(_votes(("approve", 5)), rule),
        2: tally(_votes(("approve", 4)), rule),
        3: tally(_votes(("decline", 1)), rule),
    }
    decisions = decide(rank([first, second, third], tallies), tallies, 600_000)
    assert [(d.application.id, d.reason, d.granted_cents) for d in decisions] == [
        (1, "approved", 400_000),
        (2, "no_funds", 0),
        (3, "declined_by_group", 0),
    ]


def test_the_review_rule_comes_from_the_settings() -> None:
    from config.settings import ConfigError, load_settings

    settings = load_settings({"CRE_GRANTS_QUORUM": "3", "CRE_GRANTS_APPROVAL": "two_thirds"})
    assert (settings.policy.grants_quorum, settings.policy.grants_approval) == (3, "two_thirds")
    for bad in ({"CRE_GRANTS_QUORUM": "0"}, {"CRE_GRANTS_APPROVAL": "most"}):
        with pytest.raises(ConfigError, match="CRE_GRANTS_"):
            load_settings(bad)


def test_the_no_comment_option_typed_in_any_language_means_no_comment() -> None:
    """A member may type the option's label instead of its number; the words the review
    understands must follow the catalogs when a translation changes."""
    catalogs = Catalogs()
    for locale in LANGUAGES:
        assert catalogs.label(locale, "fund-no-comment").casefold() in SKIP_WORDS
