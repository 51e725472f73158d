"""Follow-up during implementation and the evaluation at the end (issue 13).

The check-ins and surveys are flows the exchange starts (:mod:`flows.engine`);
when and to whom they go is decided by pure rules here (cadence, time zones,
quiet hours, fatigue) and carried out by the due-runner (:mod:`flows.jobs.followup`).
"""
