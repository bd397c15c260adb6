"""A generator of large plans for the benchmarks (dump data, loadable with ``load_plan``).

Defaults: 2,000 subtasks (a quarter of them daily) in 200 tasks, 500 risks and 24,000 KPI
actuals (2,000 KPIs x 12 months), 20 teams. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from typing import Any

from desktop.models.serialize import FORMAT

PHRASES = [
    "每月第一周",
    "每月第二周",
    "每月第三周",
    "每月第四周",
    "每月第五周",
    "每周",
    "每月初",
    "每月中旬",
    "每月底",
    "每季度",
]


def large_plan(
    subtasks: int = 2000,
    risks: int = 500,
    actuals: int = 24000,
    teams: int = 20,
    tasks: int = 200,
    seed: int = 1,
    year: int = 2027,
) -> dict[str, Any]:
    rng = random.Random(seed)
    team_names = [f"團隊{i:02d}" for i in range(teams)]
    palette = [
        "#4e79a7",
        "#f28e2b",
        "#e15759",
        "#76b7b2",
        "#59a14f",
        "#edc948",
        "#b07aa1",
        "#ff9da7",
        "#9c755f",
        "#bab0ac",
    ]
    kpi_count = max(1, actuals // 12)
    goals = []
    for g in range(max(1, kpi_count // 100)):
        goals.append({"code": f"G{g}", "title": f"目標{g}", "description": "", "kpis": []})
    for k in range(kpi_count):
        goal = goals[k % len(goals)]
        months = range(1, 13) if k < actuals // 12 else range(1, 1 + actuals % 12)
        goal["kpis"].append(
            {
                "code": f"K{k}",
                "name": f"指標{k}",
                "unit": "%",
                "baseline": 10.0,
                "target": 80.0,
                "target_kind": "level",
                "direction": "up",
                "frequency": "monthly",
                "tolerance": 0.1,
                "actuals": [
                    {"month": m, "value": round(rng.uniform(0, 100), 2), "source": "", "note": ""}
                    for m in months
                ],
            }
        )
    task_list = []
    for t in range(tasks):
        task_list.append(
            {
                "code": f"T{t}",
                "title": f"任務{t} 內容策劃與創作",
                "description": "描述" * 10,
                "importance": "",
                "expected_result": "",
                "kpis": [],
                "subtasks": [],
            }
        )
    for s in range(subtasks):
        task = task_list[s % tasks]
        phrase = "每日" if s % 4 == 0 else rng.choice(PHRASES)
        task["subtasks"].append(
            {
                "code": f"S{s}",
                "title": f"子任務{s} 用戶互動管理",
                "owner": rng.choice(team_names),
                "schedule": phrase,
                "resources": "社交媒體平臺、回復工具",
                "done": [],
            }
        )
    risk_list = [
        {
            "code": f"R{r}",
            "title": f"風險{r}",
            "category": "",
            "impact_text": "可能導致用戶流失",
            "likelihood": rng.randint(1, 5),
            "impact": rng.randint(1, 5),
            "owner": rng.choice(team_names),
            "measure": "建立流程",
            "schedule": rng.choice(PHRASES),
            "assurance": "",
            "warning_kpi": None,
            "warning_op": None,
            "warning_threshold": None,
            "status": "open",
            "review_on": None,
            "residual_likelihood": None,
            "residual_impact": None,
        }
        for r in range(risks)
    ]
    return {
        "format": FORMAT,
        "plan": {
            "uuid": "11111111-1111-4111-8111-111111111111",
            "lineage": "11111111-1111-4111-8111-111111111111",
            "revision": 1,
            "title": f"大型計劃 {subtasks} 子任務",
            "year": year,
            "organisation": "基準測試",
            "language": "zh_TW",
            "compiler": "",
            "reviewer": "",
            "approver": "",
            "compiled_on": None,
            "introduction": "",
            "summary": "",
            "outlook": "",
            "week_convention": "calendar",
            "allow_dual_roles": False,
        },
        "teams": [
            {"name": n, "color": palette[i % len(palette)]} for i, n in enumerate(team_names)
        ],
        "goals": goals,
        "tasks": task_list,
        "milestones": [],
        "resources": [],
        "risks": risk_list,
        "monitoring": [],
        "evaluation": [],
        "communication": [],
        "collaboration": [],
    }


def create_large_workspace(path: str, **kwargs: Any) -> str:
    """Write a workspace file holding one large plan; returns the plan's uuid."""
    from desktop.models.deserialize import load_plan
    from desktop.store import open_workspace

    with open_workspace(path) as ws, ws.write() as session:
        return load_plan(session, large_plan(**kwargs)).uuid
