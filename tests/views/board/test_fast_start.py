"""The fast start: board rows read with sqlite3, the preview window, its replacement, fallbacks."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop.app
from desktop.app import fast_start_path, show_preview
from desktop.render.board_geometry import board_rows_from
from desktop.store import open_workspace, prepare_workspace
from desktop.store.board_read import FastReadError, head_revision, read_board, read_first_board
from desktop.store.migrate import head_revision as store_head_revision
from desktop.views.board.board_model import read_board as board_screen_rows
from desktop.views.board.fast_start import BoardPreview
from desktop.views.board.task_board import TaskBoardScreen
from desktop.views.main_window import MainWindow
from desktop.views.shared.context import AppContext

REPO = Path(__file__).resolve().parents[3]


def fields(row: object) -> tuple:
    return tuple(getattr(row, f.name) for f in dataclasses.fields(row))  # type: ignore[arg-type]


@pytest.fixture
def sample_file(db_path: Path) -> Path:
    prepare_workspace(str(db_path)).close()  # a new workspace gets the sample plan
    return db_path


@pytest.fixture
def quiet_gui(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list:
    """run_gui without touching the shared QApplication's translators, hooks or logging;
    records the (preview, window) pairs swapped and quits once the real window is shown."""
    monkeypatch.setattr(desktop.app, "setup_logging", lambda: tmp_path / "log")
    monkeypatch.setattr(desktop.app, "install_excepthook", lambda _path: None)
    monkeypatch.setattr("desktop.views.language.install_translators", lambda *_a: None)
    monkeypatch.setattr(MainWindow, "after_first_show", lambda self: None)
    monkeypatch.setenv("PLANDESK_QUIT_AFTER_MS", "20000")
    swaps: list = []  # callables put here by a test run on the window after the swap
    replace = desktop.app.replace_preview

    def recorded(preview: BoardPreview, window: MainWindow) -> None:
        hooks = [h for h in swaps if callable(h)]
        swaps.append(
            (
                preview,
                window,
                preview.canvas.grab().toImage(),
                preview.loading.text(),
                preview.geometry(),
            )
        )
        replace(preview, window)
        for hook in hooks:
            hook(window)
        QTimer.singleShot(0, lambda: QApplication.instance().exit(0))  # (quit closes windows)

    monkeypatch.setattr(desktop.app, "replace_preview", recorded)
    return swaps


def test_fast_start_rows_are_the_board_screens_rows(sample_file: Path, qtbot) -> None:
    from desktop.operations import board as board_ops
    from desktop.operations import run_change

    ws = open_workspace(sample_file)
    try:
        with ws.session() as session:
            from desktop.models import Plan

            plan = session.query(Plan).order_by(Plan.id).first()
            sub = next(r for r in board_screen_rows(session, plan.id, "en") if r.occurrences)
        run_change(
            ws,
            plan.id,
            "Mark done",
            board_ops.toggle_done(sub.item_id, sub.starts[1]),
            tables=board_ops.TABLES_DONE,
        )
        first = read_first_board(sample_file)
        with ws.session() as session:
            from desktop.models import Plan

            plan = session.query(Plan).order_by(Plan.id).first()
            assert first.plan_id == plan.id and first.year == plan.year
            assert first.title == plan.title and first.revision == plan.revision
            assert read_board(session, plan.id) == first.records  # one reader, same records
            for lang in ("zh_TW", "en"):
                preview = BoardPreview(first, str(sample_file), lang)
                qtbot.addWidget(preview)
                screen_rows = board_screen_rows(session, plan.id, lang)
                assert [fields(r) for r in preview.rows] == [fields(r) for r in screen_rows]
        ctx = AppContext(ws)
        ctx.lang = "en"
        board = TaskBoardScreen(ctx)
        qtbot.addWidget(board)
        board.show()
        assert [fields(r) for r in board.model.visible_rows()] == [fields(r) for r in preview.rows]
        assert len(preview.rows) > 10
        assert [r.code for r in preview.rows if r.kind == "milestone"]  # milestones are read
        assert [
            r.done
            for r in board_rows_from(first.records, "en")
            if r.item_id == sub.item_id and r.kind == "subtask"
        ] == [frozenset({sub.starts[1]})]  # done marks too
    finally:
        ws.close()


def test_head_revision_matches_the_store() -> None:
    assert head_revision() == store_head_revision()


def test_a_workspace_that_needs_a_migration_is_not_read(sample_file: Path) -> None:
    with sqlite3.connect(sample_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
    conn.close()
    with pytest.raises(FastReadError):
        read_first_board(sample_file)
    with pytest.raises(FastReadError):
        read_first_board(sample_file.with_name("missing.sqlite"))


def test_preview_paints_the_real_board_pixel_for_pixel(sample_file: Path, qtbot) -> None:
    preview = BoardPreview(read_first_board(sample_file), str(sample_file), "en")
    qtbot.addWidget(preview)
    painted: list[bool] = []
    preview.canvas.painted.connect(lambda: painted.append(True))
    preview.resize(1600, 1000)
    preview.show()
    qtbot.waitUntil(lambda: bool(painted))
    assert preview.loading.text() == "Loading…"
    assert not preview.nav.isEnabled() and not preview.plan_box.isEnabled()
    ws = open_workspace(sample_file)
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    board = window.screens["board"]
    # the same layout once both legends have been painted (they fit their height to the teams)
    qtbot.waitUntil(lambda: preview.canvas.size() == board.canvas.size())
    assert preview.canvas.mapTo(preview, preview.canvas.rect().topLeft()) == board.canvas.mapTo(
        window, board.canvas.rect().topLeft()
    )
    assert (
        preview.canvas.options().row_height
        == board.tree.visualRect(board.model.index(0, 0)).height()
    )
    assert preview.canvas.grab().toImage() == board.canvas.grab().toImage()
    window.close()
    ws.close()


def test_run_gui_shows_the_preview_then_the_editable_window(
    sample_file: Path, quiet_gui: list, qtbot
) -> None:
    assert desktop.app.run_gui(str(sample_file), "en") == 0
    [(preview, window, image, loading, geometry)] = quiet_gui
    qtbot.addWidget(window)
    assert not image.isNull() and loading == "Loading…"
    assert not shiboken6.isValid(preview) and window.isVisible()  # the preview is gone
    assert window.geometry() == geometry
    assert not window.ctx.read_only
    assert window.ctx.workspace.lock is not None and not window.ctx.workspace.lock.held  # closed
    board = window.screens["board"]
    assert board.add_task_action.isEnabled()
    qtbot.waitUntil(lambda: board.canvas.grab().toImage() == image)  # the same board
    window.close()


def test_the_real_window_takes_edits_right_after_the_swap(
    sample_file: Path, quiet_gui: list, qtbot
) -> None:
    added: list[tuple[int, int]] = []

    def edit(window: MainWindow) -> None:
        board = window.screens["board"]
        before = len(board.model.visible_rows())
        board.add_task()
        added.append((before, len(board.model.visible_rows())))
        window.ctx.ops.undo_stack.undo()

    quiet_gui.append(edit)
    assert desktop.app.run_gui(str(sample_file), "en") == 0
    window = quiet_gui[-1][1]
    qtbot.addWidget(window)
    assert added and added[0][1] == added[0][0] + 1
    window.close()


def test_no_fast_start_for_new_files_urls_and_locked_files(
    db_path: Path, sample_file: Path
) -> None:
    assert fast_start_path(str(db_path.with_name("new.sqlite"))) is None
    assert fast_start_path("sqlite:///" + str(sample_file)) is None
    assert fast_start_path(str(sample_file)) == sample_file.resolve()
    ws = open_workspace(sample_file)  # another PlanDesk holds the lock
    try:
        assert fast_start_path(str(sample_file)) is None
        assert show_preview(str(sample_file), "en") is None
    finally:
        ws.close()
    assert fast_start_path(str(sample_file)) == sample_file.resolve()


def test_run_gui_falls_back_for_a_new_file(
    db_path: Path, quiet_gui: list, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    windows: list[MainWindow] = []
    monkeypatch.setattr(
        MainWindow,
        "show",
        lambda self: (
            windows.append(self),
            QTimer.singleShot(0, lambda: QApplication.instance().exit(0)),
        ),
    )
    assert desktop.app.run_gui(str(db_path), "en") == 0
    assert quiet_gui == [] and len(windows) == 1  # no preview: the normal path
    qtbot.addWidget(windows[0])
    assert windows[0].screens["board"].model.visible_rows()  # the sample plan was created


def test_run_gui_falls_back_for_a_locked_file(
    sample_file: Path, quiet_gui: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: (asked.append(text), QMessageBox.StandardButton.No)[1],
    )
    ws = open_workspace(sample_file)
    try:
        assert desktop.app.run_gui(str(sample_file), "en") == 1
    finally:
        ws.close()
    assert quiet_gui == [] and "in use" in asked[0]


def test_models_package_is_lazy_but_complete() -> None:
    def run(code: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
        ).stdout.strip()

    assert run("import sys, desktop.models.schedule; print('sqlalchemy' in sys.modules)") == "False"
    assert (
        run(
            "from desktop.models import Plan, risk_score; import desktop.models as m; "
            "print(all(hasattr(m, n) for n in m.__all__))"
        )
        == "True"
    )
    # a lone entity module (here through .checks) still registers every mapped class
    assert (
        run(
            "import desktop.models.checks; from sqlalchemy.orm import configure_mappers; "
            "configure_mappers(); print('ok')"
        )
        == "ok"
    )
