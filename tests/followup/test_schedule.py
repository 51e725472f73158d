"""The pure rules: slots, quiet hours in each person's zone, the daily cap, and decisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flows.followup import schedule
from flows.followup.policy import FollowupPolicy
from flows.followup.records import CHECKIN, DUE, REMINDED, SENT, Plan, Prefs, Prompt
from flows.followup.zones import COUNTRY_ZONES, is_zone, zone, zone_name
from flows.jobs import followup as job

POLICY = FollowupPolicy()
T0 = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
PLAN = Plan("K7M4-Q2XP", 14, T0, T0 + timedelta(days=90))


def _prompt(slot: int = 1, state: str = DUE) -> Prompt:
    return Prompt(1, "k", CHECKIN, PLAN.ref, "p" * 32, slot, state, T0 + timedelta(days=14))


def _situation(now: datetime, **changes: object) -> job.Situation:
    base: dict[str, object] = {
        "prompt": _prompt(),
        "now": now,
        "prefs": Prefs("p" * 32),
        "country": "KE",
        "case_status": "implementation",
        "plan": PLAN,
        "prompted": (),
        "open_in_conversation": False,
    }
    base.update(changes)
    return job.Situation(**base)  # type: ignore[arg-type]


def test_every_country_of_every_region_has_a_zone_and_an_override_wins() -> None:
    from flows.core.regions import AFRICA, ASIA_PACIFIC, LATIN_AMERICA

    assert set(COUNTRY_ZONES) >= AFRICA | ASIA_PACIFIC | LATIN_AMERICA
    assert zone_name("ID") == "Asia/Jakarta"
    assert zone_name("ID", "Asia/Jayapura") == "Asia/Jayapura"
    assert zone_name("ID", "Not/AZone") == "Asia/Jakarta"
    assert zone_name(None) == "UTC"
    assert not is_zone("../../etc/passwd") and not is_zone("Mars/Olympus")


def test_quiet_hours_are_local_and_end_at_the_local_morning() -> None:
    nairobi, jakarta = zone("Africa/Nairobi"), zone("Asia/Jakarta")
    evening = datetime(2026, 12, 6, 16, 0, tzinfo=UTC)  # 19:00 Nairobi, 23:00 Jakarta
    assert not schedule.is_quiet(evening, nairobi, POLICY)
    assert schedule.after_quiet(evening, jakarta, POLICY) == datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    early = datetime(2026, 12, 7, 0, 30, tzinfo=UTC)  # 07:30 Jakarta: half an hour to wait
    assert schedule.after_quiet(early, jakarta, POLICY) == datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    assert schedule.after_quiet(evening, nairobi, POLICY) == evening


def test_the_daily_cap_waits_a_day_after_the_last_prompt_then_for_the_morning() -> None:
    nairobi = zone("Africa/Nairobi")
    sent = [datetime(2026, 12, 6, 9, 0, tzinfo=UTC)]
    now = datetime(2026, 12, 6, 10, 0, tzinfo=UTC)
    assert schedule.not_before(now, nairobi, sent, POLICY) == datetime(
        2026, 12, 7, 9, 0, tzinfo=UTC
    )
    two_a_day = FollowupPolicy(per_day=2)
    assert schedule.not_before(now, nairobi, sent, two_a_day) == now
    late = [datetime(2026, 12, 6, 17, 30, tzinfo=UTC)]  # 20:30 Nairobi: tomorrow 20:30 is fine
    assert schedule.not_before(now, nairobi, late, POLICY) == late[0] + timedelta(days=1)
    later = [datetime(2026, 12, 6, 18, 30, tzinfo=UTC)]  # +1 day is 21:30 there: the morning
    assert schedule.not_before(now, nairobi, later, POLICY) == datetime(
        2026, 12, 8, 5, 0, tzinfo=UTC
    )


def test_slots_and_the_newest_one_due() -> None:
    assert schedule.last_slot(PLAN.starts_at, 14, PLAN.ends_at) == 6
    assert schedule.latest_slot(T0, 14, T0 + timedelta(days=13), 6) == 0
    assert schedule.latest_slot(T0, 14, T0 + timedelta(days=45), 6) == 3
    assert schedule.latest_slot(T0, 14, T0 + timedelta(days=400), 6) == 6


def test_decisions() -> None:
    due = T0 + timedelta(days=14)
    assert job.decide(_situation(due), POLICY) == job.Decision(job.SEND)
    late = _situation(T0 + timedelta(days=30))
    assert job.decide(late, POLICY) == job.Decision(job.SUPERSEDE, T0 + timedelta(days=28), 2)
    assert job.decide(_situation(due, case_status="closed"), POLICY).action == job.END
    assert job.decide(_situation(due, case_status=None), POLICY).action == job.SKIP
    assert job.decide(_situation(due, prefs=Prefs("p", stopped=True)), POLICY).action == job.SKIP
    paused = _situation(due, prefs=Prefs("p", paused_until=due + timedelta(days=2)))
    assert job.decide(paused, POLICY) == job.Decision(job.DEFER, due + timedelta(days=2))
    assert job.decide(_situation(due, open_in_conversation=True), POLICY).action == job.SKIP
    capped = _situation(due, prompted=(due - timedelta(hours=1),))
    assert job.decide(capped, POLICY) == job.Decision(job.DEFER, due + timedelta(hours=23))
    reminder = _situation(due, prompt=_prompt(state=SENT), open_in_conversation=True)
    assert job.decide(reminder, POLICY).action == job.REMIND
    assert job.decide(_situation(due, prompt=_prompt(state=REMINDED)), POLICY).action == job.FLAG
    beyond = _situation(due, prompt=_prompt(slot=7))
    assert job.decide(beyond, POLICY).action == job.END
