"""What changed, on the Sign-off screen before a reviewer signs: changes since the last
approved revision, since a reviewer signed (their rejection), and against an earlier review
package the reviewer keeps."""

from __future__ import annotations

import pytest

from desktop.operations import run_change
from desktop.signoff.review import export_package
from desktop.signoff.workflow import sign

from .conftest import PASSWORDS
from .gui_steps import shot
from .test_gui_signoff import screen  # noqa: F401  (fixture)

pytestmark = pytest.mark.sqlite_only


def lower_r1(ws, uuid: str, value: int = 1) -> None:
    def apply(session, plan):
        next(r for r in plan.risks if r.code == "R1").likelihood = value

    run_change(ws, uuid, "edit R1", apply, tables=("risk",))


def rows(panel) -> list[list[str]]:
    table = panel.table
    return [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]


def test_first_revision_has_nothing_to_compare(screen):  # noqa: F811
    panel = screen.changes_panel
    assert panel.table.rowCount() == 0
    assert "first revision" in panel.summary.text()


def test_since_the_reviewer_rejected(qtbot, screen, tmp_path):  # noqa: F811
    ws = screen.ctx.workspace
    with ws.session() as s:
        uuid = screen.ctx.plan(s).uuid
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"], reject=True, comment="R1 太高")
    lower_r1(ws, uuid)
    screen.refresh()
    panel = screen.changes_panel
    labels = [panel.compare.itemText(i) for i in range(panel.compare.count())]
    assert "Changes since 李審核 signed" in labels
    panel.compare.setCurrentIndex(labels.index("Changes since 李審核 signed"))
    panel.show_changes()
    assert panel.summary.text() == "Changes since 李審核 signed revision 1: 1"
    assert rows(panel) == [["風險", "R1 內容質量不達標", "可能性", "3", "1"]]
    shot(screen, tmp_path, "changes-since-signed")


def test_since_the_approved_revision_and_an_earlier_package(qtbot, screen, tmp_path):  # noqa: F811
    ws = screen.ctx.workspace
    with ws.session() as s:
        uuid = screen.ctx.plan(s).uuid
    for role, name in (("compiler", "王編制"), ("reviewer", "李審核"), ("approver", "張批準")):
        sign(ws, uuid, role, name, PASSWORDS[name])
    package = tmp_path / "r1.pdreview"
    package.write_bytes(export_package(ws, uuid))
    screen.refresh()
    assert screen.make_new_revision() is not None
    with ws.session() as s:
        new_uuid = screen.ctx.plan(s).uuid
    lower_r1(ws, new_uuid, 2)
    screen.refresh()
    panel = screen.changes_panel
    assert panel.compare.currentText() == "Changes since revision 1 (approved)"
    assert panel.summary.text() == "Changes since revision 1: 1"
    assert rows(panel) == [["風險", "R1 內容質量不達標", "可能性", "3", "2"]]
    panel.compare_with_file(package)
    assert panel.summary.text() == "Changes since r1.pdreview (revision 1): 1"
    assert rows(panel)[0][3:] == ["3", "2"]
