"""Where the space of plans is wide — what people type into the approval fields and the
free-text sections, in any of the three languages — hypothesis draws plans from it, and the
outputs that broke on filled-in plans before (PDF, PDF for signature, the workbook round trip)
run on each, through the same ``tests/matrix/outputs.py`` checks as the fixed states.

Sized for CI: a few examples per run (each builds a plan and writes three files)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.operations import run_change
from desktop.operations.plan_edits import set_header, set_text
from desktop.store import open_workspace
from tests.matrix.conftest import Built
from tests.matrix.outputs import OUTPUTS
from tests.matrix.states import State, sample

NAME_CHARS = "王李張陳林黃編制審核批準經理小組 ABCxyz·-'"
TEXT_CHARS = "社交媒體運用年度目標計劃，。；：「」、（）%0123456789 abcXYZ\n"
names = st.one_of(
    st.just("XXX"), st.text(NAME_CHARS, min_size=1, max_size=100).map(str.strip)
).filter(bool)
texts = st.text(TEXT_CHARS, max_size=3000)
plans = st.fixed_dictionaries(
    {
        "language": st.sampled_from(("zh_TW", "zh_CN", "en")),
        "header": st.fixed_dictionaries(
            {
                "compiler": names,
                "reviewer": names,
                "approver": names,
                "organisation": st.text(NAME_CHARS, max_size=200).map(str.strip),
                "compiled_on": st.one_of(
                    st.just(""), st.dates(date(2000, 1, 1), date(2099, 12, 31)).map(str)
                ),
            }
        ),
        "sections": st.fixed_dictionaries(
            {"introduction": texts, "summary": texts, "outlook": texts}
        ),
    }
)
CHECKED = ("pdf", "pdf_for_signature", "xlsx_round_trip")


def build(folder: Path, drawn: dict) -> Built:
    db = folder / "plan.sqlite"
    ws = open_workspace(db)
    try:
        uuid = sample(ws, language=drawn["language"])
        run_change(ws, uuid, "header", set_header(drawn["header"]), tables=("plan",))
        for field, text in drawn["sections"].items():
            run_change(ws, uuid, field, set_text(field, text), tables=("plan",))
    finally:
        ws.close()
    return Built(State("drawn", lambda _ws, _uuid: uuid), str(db), uuid)


@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(drawn=plans)
def test_filled_in_plans_print_sign_and_round_trip(drawn: dict, monkeypatch) -> None:
    monkeypatch.setenv("PLANDESK_DEBUG", "1")
    with tempfile.TemporaryDirectory() as tmp:
        built = build(Path(tmp), drawn)
        for output in (o for o in OUTPUTS if o.name in CHECKED):
            ran = output.run(built, Path(tmp))
            assert ran.code == 0, f"{output.name}: {ran.stderr}"
