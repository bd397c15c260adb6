"""Qt's own strings that its zh_TW / zh_CN translations (qtbase_*.qm) lack in Qt 6: the file
dialog's "&Look in:" and "Files of &type:" (Qt 5 had them without the accelerator) and the
file kinds of its list ("Folder", "File"). ``QtGaps`` answers just those, after qtbase."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

# (context, source) -> (zh_TW, zh_CN); worded as qtbase words the Qt 5 strings
QT_GAPS: dict[tuple[str, str], tuple[str, str]] = {
    ("QFileDialog", "&Look in:"): ("尋找於(&L)：", "查找范围(&L)："),
    ("QFileDialog", "Files of &type:"): ("檔案型態(&T)：", "文件类型(&T)："),
    ("QAbstractFileIconProvider", "Folder"): ("資料夾", "文件夹"),
    ("QAbstractFileIconProvider", "File Folder"): ("檔案資料夾", "文件夹"),
    ("QAbstractFileIconProvider", "Drive"): ("磁碟機", "驱动器"),
    ("QAbstractFileIconProvider", "File"): ("檔案", "文件"),
    ("QAbstractFileIconProvider", "%1 File"): ("%1 檔案", "%1 文件"),
    ("QAbstractFileIconProvider", "Alias"): ("替身", "替身"),
    ("QAbstractFileIconProvider", "Shortcut"): ("捷徑", "快捷方式"),
}


class QtGaps(QTranslator):
    """A translator for the strings of ``QT_GAPS`` in one language; None for the rest, so
    Qt's own and PlanDesk's translators answer them."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.column = 1 if lang == "zh_CN" else 0

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        words = QT_GAPS.get((context, source))
        return words[self.column] if words else None

    def isEmpty(self) -> bool:
        return False
