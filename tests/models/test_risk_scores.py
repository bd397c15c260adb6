"""Risk scores (likelihood × impact) and bands, on the functions and on stored risks."""

from __future__ import annotations

import pytest

from desktop.models import Risk
from desktop.models.base import risk_band, risk_score
from desktop.operations import find_plan


@pytest.mark.parametrize(
    ("likelihood", "impact", "score", "band"),
    [
        (1, 1, 1, "low"),
        (2, 2, 4, "low"),
        (1, 4, 4, "low"),
        (1, 5, 5, "medium"),
        (3, 3, 9, "medium"),
        (2, 4, 8, "medium"),
        (2, 5, 10, "high"),
        (4, 4, 16, "high"),
        (3, 4, 12, "high"),
        (4, 5, 20, "critical"),
        (5, 5, 25, "critical"),
        (3, 5, 15, "high"),
    ],
)
def test_score_and_band_boundaries(likelihood, impact, score, band):
    assert risk_score(likelihood, impact) == score
    assert risk_band(score) == band


def test_unknown_parts_give_no_score():
    assert risk_score(None, 3) is None and risk_score(3, None) is None
    assert risk_band(None) is None


def test_every_cell_of_the_grid_has_exactly_one_band():
    bands = {risk_band(risk_score(l, i)) for l in range(1, 6) for i in range(1, 6)}  # noqa: E741
    assert bands == {"low", "medium", "high", "critical"}
    assert sum(risk_band(l * i) == "critical" for l in range(1, 6) for i in range(1, 6)) == 3  # noqa: E741


def test_risk_entity_scores_inherent_and_residual():
    risk = Risk(
        code="R9", title="t", likelihood=4, impact=5, residual_likelihood=2, residual_impact=2
    )
    assert (risk.score, risk.band) == (20, "critical")
    assert (risk.residual_score, risk.residual_band) == (4, "low")
    risk.residual_impact = None
    assert risk.residual_score is None and risk.residual_band is None


def test_sample_plan_risks_are_scored(sample_ws):
    ws, uuid = sample_ws
    with ws.session() as session:
        plan = find_plan(session, uuid)
        scores = {r.code: (r.score, r.band) for r in plan.risks}
    assert scores == {
        "R1": (12, "high"),
        "R2": (9, "medium"),
        "R3": (9, "medium"),
        "R4": (6, "medium"),
        "R5": (8, "medium"),
    }
