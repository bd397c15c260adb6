"""Every entry of the main window's menus, in one place, in the order users see them.

A menu entry is a plain ``QAction`` whose text, shortcut and enabled state are set here; the
feature behind it (Excel, printing, sign-off, review packages…) is imported only when the
entry is first triggered, so the window opens without loading openpyxl, the document stack,
cryptography or pyHanko. A shortcut works from the first moment: it triggers the same action.
Screens add their own View-menu entries when they are created (``install_menus``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.operations.undo import OperationRefused
from desktop.views.files.print_settings import KEY_CHECKS, KEY_PAPER, include_checks, paper
from desktop.views.shared.refusals import show_refusal

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey | None

FILES = "desktop.views.files"
SIGNOFF = "desktop.views.signoff"


def feature(window: MainWindow, target: str, **kwargs: Any) -> Callable[[], Any]:
    """A call of ``"package.module:function"(window, **kwargs)``, importing the module then."""
    module_name, _sep, function = target.partition(":")

    def run() -> Any:
        return getattr(importlib.import_module(module_name), function)(window, **kwargs)

    run.target = target  # type: ignore[attr-defined]
    return run


def entry(
    window: MainWindow,
    text: str,
    run: Callable[[], Any],
    shortcut: Shortcut = None,
    *,
    enabled: bool = True,
) -> QAction:
    """A menu action that calls ``run`` when triggered (by its menu entry or its shortcut).
    A refused change that ``run`` lets through is shown in the window's dialog (the edge of
    every menu action: ``views.shared.refusals``)."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setProperty("feature", getattr(run, "target", ""))  # "module:function" or ""
    action.triggered.connect(lambda _checked=False: run_refusals_shown(window, run))
    action.setEnabled(enabled)
    return action


def run_refusals_shown(window: MainWindow, run: Callable[[], Any]) -> Any:
    """``run()``; a refusal it raises and nobody handled gets the window's dialog."""
    try:
        return run()
    except OperationRefused as refusal:
        show_refusal(window, refusal)
        return None


def toggle(window: MainWindow, text: str, checked: bool, store: Callable[[bool], None]) -> QAction:
    """A checkable setting: its state is kept by ``store``."""
    action = QAction(text, window)
    action.setCheckable(True)
    action.setChecked(checked)
    action.toggled.connect(store)
    return action


def build_menus(window: MainWindow) -> None:
    """Fill the File, Sign-off, Settings and Help menus and the View ▸ Language submenu."""
    from desktop.views.language import install as install_language

    _file_menu(window)
    install_language(window)
    _signoff_menu(window)
    _settings_menu(window)
    _help_menu(window)


def _file_menu(window: MainWindow) -> None:
    tr, menu = window.tr, window.file_menu
    writable, reviewing = not window.ctx.read_only, window.ctx.review is not None

    def item(text: str, target: str, shortcut: Shortcut = None, **options: Any) -> QAction:
        enabled = options.pop("enabled", True)
        return entry(window, text, feature(window, target, **options), shortcut, enabled=enabled)

    workspace, excel = f"{FILES}.workspace_actions", f"{FILES}.excel_actions"
    printing = f"{FILES}.print_actions"
    signing, review = f"{SIGNOFF}.pdf_signature_actions", f"{SIGNOFF}.review_actions"
    new = QKeySequence.StandardKey.New
    menu.addActions(
        [
            item(
                tr("New plan from the &sample template"),
                f"{workspace}:_new_plan",
                new,
                sample=True,
                enabled=writable,
            ),
            item(
                tr("New empt&y plan"),
                f"{workspace}:_new_plan",
                "Ctrl+Shift+N",
                sample=False,
                enabled=writable,
            ),
        ]
    )
    window.rollover_action = item(
        tr("New plan for &next year…"),
        f"{FILES}.rollover_actions:new_plan_for_next_year",
        enabled=writable,
    )
    menu.addAction(window.rollover_action)
    window.revise_action = item(
        tr("St&art revision N+1…"), f"{FILES}.revise_actions:start_revision", enabled=False
    )
    menu.addAction(window.revise_action)  # enabled for an approved or rejected plan
    menu.aboutToShow.connect(feature(window, f"{FILES}.revise_actions:update_enabled"))
    menu.addSeparator()
    open_workspace = QKeySequence.StandardKey.Open
    menu.addAction(item(tr("&Open workspace…"), f"{workspace}:_choose_workspace", open_workspace))
    window.open_server_action = item(
        tr("Open workspace on a se&rver…"), f"{FILES}.server_dialog:open_server"
    )
    window.open_server_action.setObjectName("openServerWorkspace")
    menu.addAction(window.open_server_action)
    menu.addMenu(window.recent_menu)
    window.recent_menu.aboutToShow.connect(feature(window, f"{workspace}:_fill_recent"))
    menu.addSeparator()
    window.excel_import_action = item(
        tr("&Import from Excel…"), f"{excel}:_choose_import", enabled=writable
    )
    window.export_actions = _export_actions(window, item)
    window.excel_export_action = window.export_actions["xlsx"]
    menu.addActions([window.excel_import_action, *_exports_in(window, "excel")])
    window.file_menu_exchange = menu.addSeparator()
    window.calendar_word_actions = {
        "calendar": window.export_actions["ics"],
        "word": window.export_actions["docx"],
    }
    menu.addActions(_exports_in(window, "calendar_word"))
    window.reports_action = item(  # issue 29: monthly, quarterly and annual reports
        tr("Progr&ess reports…"), "desktop.views.reports.reports_dialog:open_reports"
    )
    menu.addAction(window.reports_action)
    menu.addSeparator()
    printed = {
        "preview": item(tr("Print Pre&view…"), f"{printing}:open_preview"),
        "print": item(tr("&Print…"), f"{printing}:print_document", QKeySequence.StandardKey.Print),
        "export": window.export_actions["pdf"],
    }
    window.pdf_signature_actions = {
        "export": window.export_actions["pdf_signature"],
        "sign": item(tr("Sign a PD&F…"), f"{signing}:sign_pdf_dialog"),
    }
    printed["view"] = item(tr("Print c&urrent view…"), f"{printing}:print_current_view")
    window.print_actions = dict(printed)
    menu.addActions([printed["preview"], printed["print"], *_exports_in(window, "print")])
    menu.addActions([window.pdf_signature_actions["sign"], printed["view"]])
    menu.addSeparator()
    window.review_actions = {
        "export": window.export_actions["review"],
        "open": item(tr("Open review pac&kage…"), f"{review}:open_review_package"),
        "merge": item(tr("&Merge signed reply…"), f"{review}:merge_signed_reply", enabled=writable),
    }
    window.review_actions["export"].setEnabled(not reviewing)  # a package of a package: no
    menu.addActions([*_exports_in(window, "review"), *list(window.review_actions.values())[1:]])
    menu.addSeparator()
    window.quit_action = entry(window, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
    menu.addAction(window.quit_action)


def export_texts(window: MainWindow) -> dict[str, str]:
    """The File-menu text of every registered export format (mnemonics unique in the menu)."""
    tr = window.tr
    return {
        "xlsx": tr("Export to Exce&l…"),
        "ics": tr("Export &calendar…"),
        "docx": tr("Export &Word…"),
        "pdf": tr("Export P&DF…"),
        "pdf_signature": tr("Export PDF for si&gnature…"),
        "review": tr("E&xport review package…"),
    }


def _export_actions(window: MainWindow, item: Callable[..., QAction]) -> dict[str, QAction]:
    """One File-menu entry per format of the export registry, each running
    ``export_actions.export_format(window, key)``; named by the format's ``action``."""
    from desktop.exchange.export.registry import FORMATS

    texts = export_texts(window)
    actions = {}
    for fmt in FORMATS:
        action = item(texts[fmt.key], f"{FILES}.export_actions:export_format", key=fmt.key)
        action.setObjectName(fmt.action)
        actions[fmt.key] = action
    return actions


def _exports_in(window: MainWindow, group: str) -> list[QAction]:
    """The export entries of one group of the File menu, in registry order."""
    from desktop.exchange.export.registry import in_group

    return [window.export_actions[fmt.key] for fmt in in_group(group)]


def _signoff_menu(window: MainWindow) -> None:
    """A Sign-off menu acting on the Sign-off screen (created when first needed)."""
    menu = QMenu(window.tr("Sign-&off"), window)
    window.menuBar().insertMenu(window.settings_menu.menuAction(), menu)
    entries = (
        (window.tr("&Submit for review…"), "Ctrl+Shift+S", "submit"),
        (window.tr("Sign as &reviewer…"), None, "review"),
        (window.tr("&Approve…"), None, "approve"),
        (window.tr("Re&ject…"), None, "reject"),
        (window.tr("&New revision"), None, "new_revision"),
        (window.tr("&Verify signatures"), "Ctrl+Shift+V", "refresh"),
    )
    for text, shortcut, method in entries:
        run = lambda m=method: getattr(window.show_screen("signoff"), m)()  # noqa: E731
        menu.addAction(entry(window, text, run, shortcut))
    window.signoff_menu = menu


def _settings_menu(window: MainWindow) -> None:
    tr, settings = window.tr, window.ctx.settings
    checks = toggle(
        window,
        tr("Print the plan checks appendix"),
        include_checks(window),
        lambda on: settings.setValue(KEY_CHECKS, on),
    )
    a3 = toggle(
        window,
        tr("Print on A3 paper"),
        paper(window) == "A3",
        lambda on: settings.setValue(KEY_PAPER, "A3" if on else "A4"),
    )
    window.print_actions.update(checks=checks, a3=a3)
    window.people_action = entry(
        window,
        tr("&People…"),
        feature(window, f"{SIGNOFF}.open_dialogs:open_people"),
        "Ctrl+Shift+P",
        enabled=not window.ctx.read_only,
    )
    window.keys_action = entry(
        window, tr("My signing &keys…"), feature(window, f"{SIGNOFF}.open_dialogs:open_keys")
    )
    window.settings_menu.addSeparator()
    window.settings_menu.addActions([checks, a3, window.people_action, window.keys_action])


def _help_menu(window: MainWindow) -> None:
    help_module = "desktop.views.help_actions"
    shortcuts = entry(
        window,
        window.tr("&Keyboard shortcuts"),
        feature(window, f"{help_module}:show_shortcuts"),
        "F1",
    )
    welcome = entry(window, window.tr("&Welcome"), feature(window, f"{help_module}:show_welcome"))
    about = window.help_menu.actions()[0]
    window.help_menu.insertActions(about, [shortcuts, welcome])
