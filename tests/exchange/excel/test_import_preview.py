"""The import preview says what changes, item by item, in the UI language (issue 16)."""

from __future__ import annotations

import copy

from desktop.exchange.excel.excel_import import preview
from desktop.exchange.excel.import_preview import change_rows
from desktop.models.serialize import dump_plan
from desktop.operations import find_plan


def test_old_and_new_values_per_item_with_full_section_names(sample_ws):
    ws, uuid = sample_ws
    with ws.session() as session:
        old = dump_plan(find_plan(session, uuid))
    new = copy.deepcopy(old)
    new["plan"]["compiler"] = "王小明"
    sub = new["tasks"][0]["subtasks"][0]
    sub["schedule"] = {"kind": "monthly_week", "week": 4}
    new["risks"].pop()
    rows = change_rows(preview(old, new), "zh_TW")
    texts = [(r.section, r.item, r.what, r.details) for r in rows]
    assert ("計劃", "編制人", "修改", "（空） → 王小明") in texts
    assert ("子任務", "T1.1 內容選題", "修改", "完成時間 每月第一周 → 每月第四周") in texts
    removed = old["risks"][-1]
    assert ("風險", f"{removed['code']} {removed['title']}", "刪除", "") in texts
    en = change_rows(preview(old, new), "en")
    assert (
        "Subtasks",
        "T1.1 內容選題",
        "changed",
        "Schedule every month, week 1 → every month, week 4",
    ) in [(r.section, r.item, r.what, r.details) for r in en]
