"""``plandesk forecast`` and the look-ahead findings of ``plandesk check``: KPI targets likely
missed, risks no KPI warns of; on the sample plan and on a big plan."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from benchmarks.large_plan import large_plan
from desktop.cli import main
from desktop.models import Kpi, KpiActual
from desktop.models.deserialize import load_plan

pytestmark = pytest.mark.sqlite_only


def add_actuals(ws, code: str, values: list[float]) -> None:
    with ws.write() as session:
        kpi = session.query(Kpi).filter_by(code=code).one()
        for month, value in enumerate(values, start=1):
            session.add(KpiActual(kpi=kpi, month=month, value=value))


def test_sample_forecast_and_check(sample_ws, db_path, cli):
    ws, _uuid = sample_ws
    add_actuals(ws, "a1", [50, 52, 53, 55])  # level 80 %: heading for 67.7 %
    add_actuals(ws, "e2", [30, 28, 27, 25])  # ceiling 24 h: heading for 12.3 h
    result = cli("forecast", "--db", str(db_path), "--json")
    assert result.returncode == 0, result.stderr
    kpis = {k["code"]: k for k in json.loads(result.stdout)["kpis"]}
    assert len(kpis) == 11
    assert kpis["a1"] == {
        "code": "a1",
        "target": 80.0,
        "projected": 67.7,
        "low": 65.1,
        "high": 70.3,
        "chance": 0.05,
    }
    assert kpis["e2"]["chance"] == 0.95 and kpis["e2"]["projected"] == 12.3
    assert kpis["c1"]["projected"] is None  # no actuals yet
    text = cli("forecast", "--db", str(db_path)).stdout.splitlines()
    assert (
        "a1\tlevel\ttarget 80 %\tactuals 4\tprojected 67.7 % (80 % range 65.1–70.3)\t5 % chance"
        in text
    )
    assert "c1\tlevel\ttarget 5 %\tactuals 0\ttoo few actuals (a forecast needs 3)" in text
    check = cli("check", "--db", str(db_path)).stdout.splitlines()
    assert (
        "warning\tkpi a1 目標用戶品牌認知度\ta1: 5 % chance of reaching 80 by December "
        "(projected 67.7)"
    ) in check
    assert not any(line.startswith("warning\tkpi e2") for line in check)
    silent = [line.split("\t")[1] for line in check if "no KPI warns of this risk" in line]
    assert silent == ["risk R2 社交媒體平臺政策變動", "risk R5 數據分析失誤"]
    zh = cli("check", "--db", str(db_path), "--lang", "zh_TW").stdout
    assert "a1：12 月達到 80 的機會為 5 %（預測 67.7）" in zh


def test_big_plan_forecasts_follow_the_least_squares_line(ws, db_path, capsys):
    data = large_plan(subtasks=40, risks=10, actuals=12 * 60, teams=4, tasks=4, seed=5)
    first = data["goals"][0]["kpis"][0]
    first["actuals"] = first["actuals"][:2]  # too few for a forecast
    with ws.write() as session:
        load_plan(session, data, fresh_identity=True)
    capsys.readouterr()
    assert main(["forecast", "--db", str(db_path), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)["kpis"]
    assert len(got) == 60 and got[0]["code"] == "K0" and got[0]["projected"] is None
    kpis = {k["code"]: k for g in data["goals"] for k in g["kpis"]}
    for row in got:
        actuals = kpis[row["code"]]["actuals"]
        if len(actuals) < 3:
            assert row["projected"] is None and row["chance"] is None
            continue
        xs = [a["month"] for a in actuals]
        ys = [a["value"] for a in actuals]
        slope, intercept = np.polyfit(xs, ys, 1)
        centre = min(100.0, max(0.0, intercept + slope * 12))  # a % KPI stays in 0..100
        half = (row["high"] - row["low"]) / 2
        assert math.isclose(row["projected"], centre, abs_tol=max(half / 10, 0.01) + 1e-9)
        assert row["low"] <= row["projected"] <= row["high"]
        assert 0.05 <= row["chance"] <= 0.95 and round(row["chance"] * 20, 9) % 1 == 0
