"""The talks at which an agreement was made are not part of what it plans: 'agreed on Monday to set up a commission
..., in talks hosted by Velonia' reports talks that took place. Issue 12, thirty-ninth round. Invented sentences and
names; published on Wednesday 12 March 2031."""

from __future__ import annotations

from tests.unit.test_event_time_clauses import real_claims
from tests.unit.test_events import one


def test_talks_where_an_agreement_was_made_occurred() -> None:
    cs = real_claims(
        "The leaders of Korvania and Dravo agreed on Monday to set up a joint commission to manage the river, in "
        "talks hosted by Velonia."
    )
    assert one(cs, "talks")["status"] == "occurred"


def test_talks_of_a_plan_stay_planned() -> None:
    cs = real_claims("The ministers of Korvania and Dravo will meet on Friday, at talks hosted by Velonia.")
    assert all(c["status"] == "planned" for c in cs)
    cs = real_claims("Korvania and Dravo agreed to resume negotiations next month, in talks hosted by Velonia.")
    assert all(c["status"] == "planned" for c in cs if c["event_type"] == "talks")
