"""The UI language: system locale by default, View ▸ Language to switch (remembered),
``--lang`` for one run. Loads PlanDesk's and Qt's own translations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from desktop.resources import resource_path
from desktop.views.shared.qt_words import QtGaps
from desktop.views.shared.ui_language import set_current_language

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow

LANGUAGES = {"zh_TW": "繁體中文", "zh_CN": "简体中文", "en": "English"}
SETTING = "ui/language"
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale().name()
    if name.startswith("zh"):
        return "zh_CN" if name in ("zh_CN", "zh_SG") else "zh_TW"
    return "en"


def choose_language(override: str | None = None) -> str:
    """``--lang`` if given, else the remembered choice, else the system locale."""
    if override in LANGUAGES:
        return override
    saved = QSettings().value(SETTING)
    return saved if saved in LANGUAGES else system_language()


def install_translators(app: QCoreApplication, lang: str) -> list[str]:
    """Replace the installed translators; returns the .qm files loaded."""
    set_current_language(lang)  # refusals (models.validate.Invalid) are worded in it too
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    if lang == "en":
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (str(resource_path("translations")), f"plandesk_{lang}"),
        (qt_dir, f"qtbase_{lang}"),
        (qt_dir, f"qtbase_{lang.split('_')[0]}"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
            if name.startswith("qtbase"):
                break
    gaps = QtGaps(lang, app)  # what qtbase lacks in Qt 6 ("&Look in:", "Folder")
    app.installTranslator(gaps)
    _installed.append(gaps)
    return loaded


def install(window: MainWindow) -> None:
    """View ▸ Language: switching rebuilds the window in the new language."""
    menu = window.view_menu.addMenu(window.tr("&Language"))
    group = QActionGroup(window)
    for code, label in LANGUAGES.items():
        action = QAction(label, window, checkable=True)
        action.setChecked(code == window.ctx.lang)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: switch_language(window, action.data()))
    window.language_menu = menu


def switch_language(window: MainWindow, lang: str) -> MainWindow:
    QSettings().setValue(SETTING, lang)
    if lang == window.ctx.lang:
        return window
    install_translators(QCoreApplication.instance(), lang)
    new = type(window)(window.ctx.workspace, lang=lang, plan_id=window.ctx.plan_id)
    new.setGeometry(window.geometry())
    new.show()
    new.show_screen(window.current_screen_key() or "board")
    window.hand_over()
    return new
