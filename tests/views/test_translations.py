"""The UI languages: every visible string is translated in zh_TW and zh_CN (checked against a
fresh lupdate run over the sources), translations keep placeholders, HTML tags and accelerators,
View ▸ Language switches and remembers, ``--lang`` wins, and Qt's own dialogs follow."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableView, QWidget

from desktop.views.language import SETTING, choose_language, install_translators, switch_language
from desktop.views.main_window import SCREENS, MainWindow

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
LANGS = ("zh_TW", "zh_CN")


def _script(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


update_ts = _script("update_translations")
fill_ts = _script("fill_translations")


def _lrelease() -> str:
    for candidate in (
        Path(sys.executable).parent / "pyside6-lrelease",
        REPO / ".venv" / "bin" / "pyside6-lrelease",
    ):
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or pytest.fail("pyside6-lrelease not found")


@pytest.fixture(scope="module")
def compiled_qm() -> None:
    """The .qm files as `make translations` builds them; compiled here when missing or stale,
    so that plain pytest works too (they are git-ignored build output)."""
    for lang in LANGS:
        ts = update_ts.ts_path(lang)
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture
def translators(compiled_qm, qapp):
    """Install translators through this; English (none installed) again afterwards."""
    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


@pytest.fixture(scope="module")
def extracted() -> list:
    return update_ts.extract()


def _committed(lang: str) -> dict[tuple[str, str], object]:
    return {m.key: m for m in update_ts.read_ts(update_ts.ts_path(lang)) if not m.vanished}


# ----- the .ts files -------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
def test_every_source_string_has_a_finished_translation(lang, extracted):
    committed = _committed(lang)
    missing = []
    for msg in extracted:
        have = committed.get(msg.key)
        if have is None or not have.finished or not have.translation.strip():
            where = ", ".join(f"{f}:{line}" for f, line in msg.locations[:2])
            state = "missing" if have is None else "unfinished"
            missing.append(f"  {state}: [{msg.context}] {msg.source!r} ({where})")
    assert not missing, (
        f"{len(missing)} string(s) without a finished {lang} translation; run `make ts`, "
        "translate them (scripts/fill_translations.py --template/--add) and commit the .ts:\n"
        + "\n".join(missing)
    )


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_has_no_unfinished_entries(lang):
    unfinished = [m for m in _committed(lang).values() if not m.finished or not m.translation]
    assert not unfinished, [f"[{m.context}] {m.source!r}" for m in unfinished]


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_tags_and_accelerators(lang):
    bad = []
    for msg in _committed(lang).values():
        found = fill_ts.problems(msg.source, msg.translation)
        if found:
            bad.append(f"  [{msg.context}] {msg.source!r} -> {msg.translation!r}: {found}")
    assert not bad, "\n".join(bad)


def test_the_checks_catch_broken_translations():
    assert fill_ts.problems("&File", "檔案(&F)") == []
    assert fill_ts.problems("Goals & KPIs", "目標與指標") == []
    assert fill_ts.problems("&File", "檔案")
    assert fill_ts.problems("Workspace: {0}", "工作區：")
    assert fill_ts.problems("<b>History</b>", "歷史記錄")
    assert fill_ts.problems("{0} of {1}", "{0} / {2}")


def test_zh_tw_keeps_the_plan_terms():
    glossary = fill_ts.load_glossary()
    expect = {
        "Compiler (編制人)": ("編制人", "编制人"),
        "Reviewer (審核人)": ("審核人", "审核人"),
        "Approver (批準人)": ("批準人", "批准人"),
        "Draft": ("草稿", "草稿"),
        "In review": ("審核中", "审核中"),
        "Reviewed": ("已審核", "已审核"),
        "Approved": ("已批準", "已批准"),
        "&File": ("檔案(&F)", "文件(&F)"),
    }
    for source, (tw, cn) in expect.items():
        assert glossary["messages"][source] == {"zh_TW": tw, "zh_CN": cn}


def test_update_keeps_translations_and_marks_vanished(tmp_path):
    old = update_ts.Message("MainWindow", "&File", translation="檔案(&F)", finished=True)
    gone = update_ts.Message(
        "MainWindow", "Gone from the sources", translation="已移除", finished=True
    )
    for lang in LANGS:
        update_ts.write_ts(update_ts.ts_path(lang, tmp_path), lang, [old, gone])
    update_ts.update(folder=tmp_path)
    after = {m.key: m for m in update_ts.read_ts(update_ts.ts_path("zh_TW", tmp_path))}
    assert after[("MainWindow", "&File")].finished
    assert after[("MainWindow", "&File")].translation == "檔案(&F)"
    assert after[("MainWindow", "Gone from the sources")].vanished
    new = [m for k, m in after.items() if k != ("MainWindow", "&File") and not m.vanished]
    assert new and not any(m.finished for m in new)  # left for the translator


def test_strings_outside_classes_go_to_the_contexts_qt_looks_in(extracted):
    by_key = {m.key for m in extracted}
    # window.tr("…") in a module function: looked up under the window's classes -> QObject
    assert ("QObject", "&Open workspace…") in by_key
    # _t("…") helpers calling QCoreApplication.translate("PlanEditors", text)
    assert ("PlanEditors", "Baseline") in by_key
    assert ("RiskRegister", "Mitigating") in by_key
    assert not any(ctx in ("window", "widget", "app", "") for ctx, _s in by_key)


# ----- at run time -------------------------------------------------------------------------
def _menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _nav(window: MainWindow) -> dict[str, str]:
    return {SCREENS[i][0]: window.nav.item(i).text() for i in range(window.nav.count())}


def _headers(widget: QWidget) -> set[str]:
    found = set()
    for view in widget.findChildren(QTableView):
        model = view.model()
        for col in range(model.columnCount() if model is not None else 0):
            text = model.headerData(col, Qt.Orientation.Horizontal)
            if isinstance(text, str):
                found.add(text)
    return found


def test_switching_the_language_rebuilds_the_window_and_is_remembered(
    sample_ws, qtbot, translators
):
    ws, _uuid = sample_ws
    window = MainWindow(ws, lang="en")
    window.show()
    assert "&File" in _menu_titles(window)
    assert _nav(window)["board"] == "Task board"
    assert window.language_menu.title() == "&Language"

    chinese = switch_language(window, "zh_TW")
    assert chinese is not window
    assert chinese.ctx.lang == "zh_TW"
    assert _menu_titles(chinese)[:3] == ["檔案(&F)", "編輯(&E)", "檢視(&V)"]
    assert _nav(chinese)["board"] == "任務看板"
    assert _nav(chinese)["risks"] == "風險登記冊"
    assert chinese.language_menu.title() == "語言(&L)"
    assert chinese.current_screen_key() == "board"
    file_actions = [a.text() for a in chinese.file_menu.actions()]
    assert "開啟工作區(&O)…" in file_actions  # window.tr() in a module function
    board = chinese.screens["board"]
    assert board.add_task_action.text() == "新增任務"  # tr = self.tr; tr("…")
    assert "狀態：草稿" in chinese.status_plan.text()
    assert QSettings().value(SETTING) == "zh_TW"
    assert choose_language() == "zh_TW"
    goals = chinese.show_screen("goals")
    assert "基線" in _headers(goals)  # _t() helper: QCoreApplication.translate("PlanEditors", …)
    checked = next(a for a in chinese.language_menu.actions() if a.isChecked())
    assert checked.data() == "zh_TW"

    english = switch_language(chinese, "en")
    qtbot.addWidget(english)
    assert "&File" in _menu_titles(english)
    assert _nav(english)["board"] == "Task board"
    assert english.current_screen_key() == "goals"
    assert QSettings().value(SETTING) == "en"


def test_simplified_chinese_at_run_time(sample_ws, qtbot, translators):
    ws, _uuid = sample_ws
    translators("zh_CN")
    window = MainWindow(ws, lang="zh_CN")
    qtbot.addWidget(window)
    assert _menu_titles(window)[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    assert _nav(window)["board"] == "任务看板"


def test_lang_override_beats_the_remembered_choice():
    QSettings().setValue(SETTING, "zh_TW")
    assert choose_language("zh_CN") == "zh_CN"
    assert choose_language("en") == "en"
    assert choose_language(None) == "zh_TW"
    assert choose_language("xx") == "zh_TW"  # an unknown --lang falls back


@pytest.mark.parametrize(("lang", "cancel"), [("zh_TW", "取消"), ("zh_CN", "取消")])
def test_qt_own_dialogs_are_translated(lang, cancel, translators):
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (qt_dir / f"qtbase_{lang}.qm").exists()
    loaded = translators(lang)
    assert f"plandesk_{lang}" in loaded and f"qtbase_{lang}" in loaded
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    assert (
        box.button(QDialogButtonBox.StandardButton.Cancel)
        .text()
        .replace("&", "")
        .startswith(cancel)
    )
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"


def test_english_needs_no_translator(translators):
    assert translators("en") == []
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"


def _duplicate_mnemonics(menu, where: str) -> list[str]:
    """Entries of one menu that share an Alt+letter, and those of its submenus."""
    import re

    letters: dict[str, list[str]] = {}
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        match = re.search(r"&([^&])", action.text().replace("&&", ""))
        if match:
            letters.setdefault(match.group(1).lower(), []).append(action.text())
        if action.menu() is not None:
            found += _duplicate_mnemonics(action.menu(), f"{where} ▸ {action.text()}")
    found += [f"{where}: {texts}" for texts in letters.values() if len(texts) > 1]
    return found


@pytest.mark.parametrize("lang", ["en", *LANGS])
def test_no_menu_has_duplicate_mnemonics(sample_ws, qtbot, translators, lang):
    """Alt+letter reaches one entry in every menu, in every language (issue 25: the zh File
    menu had (S), (E) and (C) twice)."""
    ws, _uuid = sample_ws
    translators(lang)
    window = MainWindow(ws, lang=lang)
    qtbot.addWidget(window)
    for key, _module, _cls in SCREENS:  # screens add their View-menu entries when made
        window.show_screen(key)
    bar = window.menuBar()
    found = _duplicate_mnemonics(bar, "menu bar")
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("lang", "look_in"), [("zh_TW", "尋找於(&L)："), ("zh_CN", "查找范围(&L)：")]
)
def test_qt_file_dialog_has_no_english_left(lang, look_in, translators, qtbot):
    """Qt 6's file dialog asks for "&Look in:" and "Files of &type:", which qtbase_zh_*.qm
    (made for Qt 5's "Look in:") lack: PlanDesk fills those gaps (issue 25)."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    translators(lang)
    dialog = QFileDialog(None, "x", str(REPO), "*.py")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert look_in in labels
    assert not [text for text in labels if "Look in" in text or "Files of" in text]
    view = dialog.findChild(QTreeView)
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) > 0)
    kinds = {
        view.model().index(r, 2, view.rootIndex()).data()
        for r in range(view.model().rowCount(view.rootIndex()))
    }
    assert "Folder" not in kinds
