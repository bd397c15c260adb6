"""The start-up preview: the main window's frame and the task board, painted before SQLAlchemy.

``BoardPreview`` lays out the same widgets as ``MainWindow`` showing the board screen
(navigation, plan toolbar, board toolbar, tree beside the timeline, legend, status bar) and
paints the timeline with the same painter (``render.board_painter.paint_board``) from the rows
the board screen shows, read by ``store.board_read.read_first_board`` (stdlib ``sqlite3``,
read-only). It accepts no edits: every
action is disabled and the status bar says "Loading…". ``desktop.app.run_gui`` replaces it
with the real ``MainWindow`` at the same geometry right after its first paint.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollBar,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.render.board_overlay import paint_overlay
from desktop.render.board_painter import (
    GROUP,
    MILESTONE,
    SUBTASK,
    TASK,
    BoardOptions,
    BoardRow,
    board_rows_from,
    legend_items,
    paint_board,
)
from desktop.store.board_read import FirstBoard
from desktop.views.board.board_legend import LegendBar
from desktop.views.board.load_strip import LoadPanel

ZOOM_DAYS = {"year": 365, "quarter": 92, "month": 31}  # as board_timeline.ZOOM_DAYS
ROW_HEIGHT = 26  # as board_model.ROW_HEIGHT
SCREEN_TITLES = (
    "Overview & approval",
    "Goals & KPIs",
    "Task board",
    "Risk register",
    "KPI charts",
    "Monitoring & communication",
    "Sign-off",
)


def _tr(context: str, text: str) -> str:
    """Translated as the real widgets translate it (same context, same source text)."""
    return QCoreApplication.translate(context, text)


class PreviewCanvas(QWidget):
    """The timeline half of the board: ``paint_board`` over the tree's rows, no interaction."""

    painted = Signal()

    def __init__(
        self, tree: QTreeWidget, rows: list[BoardRow], base: BoardOptions, zoom: str
    ) -> None:
        super().__init__()
        self.tree, self.rows, self.base, self.zoom = tree, rows, base, zoom
        self.overlay: tuple[Any, Any] = (frozenset(), ())  # notes, report weeks (issue 29)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal)
        self.hbar.valueChanged.connect(self.update)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumWidth(200)

    def resizeEvent(self, event: Any) -> None:
        """Scale and scroll as ``TimelineCanvas`` does on its first load (today centred)."""
        width = max(1, self.width())
        days = ZOOM_DAYS.get(self.zoom, 365)
        ppd = width / days
        self.base = BoardOptions(
            self.base.year,
            self.base.convention,
            px_per_day=ppd,
            iso_weeks=self.base.iso_weeks,
            today=self.base.today,
            lang=self.base.lang,
        )
        total = 366 if self.base.year % 4 == 0 else 365
        today = date.today()
        left_days = (
            (today - self.base.origin).days - days / 2 if today.year == self.base.year else 0.0
        )
        self.hbar.setRange(0, max(0, int(total * ppd - width)))
        self.hbar.setPageStep(width)
        self.hbar.setSingleStep(max(1, int(ppd * 7)))
        self.hbar.setValue(round(left_days * ppd))
        super().resizeEvent(event)

    def options(self) -> BoardOptions:
        first = self.tree.topLevelItem(0)
        height = self.tree.visualItemRect(first).height() if first is not None else 0
        base = self.base
        return BoardOptions(
            base.year,
            base.convention,
            px_per_day=base.px_per_day,
            x_offset=float(self.hbar.value()),
            iso_weeks=base.iso_weeks,
            today=base.today,
            lang=base.lang,
            row_height=max(height, 16) if height else ROW_HEIGHT,
        )

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        options = self.options()
        paint_board(painter, QRectF(self.rect()), self.rows, options)
        paint_overlay(painter, QRectF(self.rect()), self.rows, options, *self.overlay)
        painter.end()
        self.painted.emit()


class BoardPreview(QMainWindow):
    """A read-only look-alike of ``MainWindow`` on the board screen, shown while loading."""

    def __init__(self, board: FirstBoard, label: str, lang: str) -> None:
        super().__init__()
        self.board, self.lang = board, lang
        self.rows = board_rows_from(board.records, lang)
        settings = QSettings()
        zoom = str(settings.value("board/zoom", "year"))
        iso = settings.value("board/iso_weeks", False, type=bool)
        base = BoardOptions(
            board.year, board.convention, lang=lang, today=date.today(), iso_weeks=bool(iso)
        )
        self._build_frame(label)
        self.tree = self._build_tree(base.header_height)
        self.canvas = PreviewCanvas(
            self.tree, self.rows, base, zoom if zoom in ZOOM_DAYS else "year"
        )
        if board.records is not None:
            self.canvas.overlay = (board.records.notes, board.records.report_spans)
        self.stack.addWidget(self._build_board(zoom))
        self.setWindowTitle(
            f"{board.title} — {label} — PlanDesk"
            if board.plan_id is not None
            else _tr("MainWindow", "PlanDesk — {0}").format(label)
        )
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 1000)

    def _build_frame(self, label: str) -> None:
        bar = self.menuBar()
        for title in ("&File", "&Edit", "&View", "&Settings", "&Help"):
            bar.addMenu(_tr("MainWindow", title)).setEnabled(False)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.addItems([_tr("MainWindow", t) for t in SCREEN_TITLES])
        self.nav.setMaximumWidth(220)
        self.nav.setCurrentRow(2)
        self.nav.setEnabled(False)
        self.stack = QStackedWidget()
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.plan_box = QComboBox()
        self.plan_box.setMinimumWidth(320)
        for _id, title, year, revision in self.board.plans:
            self.plan_box.addItem(
                _tr("MainWindow", "{0} ({1}, revision {2})").format(title, year, revision)
            )
        self.plan_box.setEnabled(False)
        toolbar = QToolBar(_tr("MainWindow", "Plan"))
        toolbar.setObjectName("planToolbar")
        toolbar.addWidget(QLabel(_tr("MainWindow", "Plan: ")))
        toolbar.addWidget(self.plan_box)
        self.addToolBar(toolbar)
        self.loading = QLabel(_tr("BoardPreview", "Loading…"))
        self.loading.setObjectName("loading")
        self.statusBar().addWidget(self.loading)
        self.statusBar().addPermanentWidget(
            QLabel(_tr("MainWindow", "Workspace: {0}").format(label))
        )

    def _build_tree(self, header_height: int) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(4)
        tree.setHeaderLabels(
            [
                _tr("BoardModel", t)
                for t in ("Task / subtask", "Owner team", "Schedule", "Resources")
            ]
        )
        tree.setUniformRowHeights(True)
        tree.setFrameShape(QFrame.Shape.NoFrame)
        tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        tree.setAllColumnsShowFocus(True)
        for column, width in enumerate((200, 120, 150, 170)):
            tree.setColumnWidth(column, width)
        bold = QFont()
        bold.setBold(True)
        size = QSize(0, ROW_HEIGHT)  # (QTreeWidgetItem drops an invalid size such as -1 x 26)
        parent: QTreeWidgetItem | None = None
        items: list[QTreeWidgetItem] = []
        for row in self.rows:
            texts = [row.label, row.team, row.rule_text, row.resources]
            if row.kind in (SUBTASK, MILESTONE) and not row.rule_text:
                texts[2] = _tr("BoardModel", "(no schedule)")
            item = QTreeWidgetItem(texts)
            for column in range(4):
                item.setSizeHint(column, size)
            if row.team:
                item.setData(1, Qt.ItemDataRole.DecorationRole, QColor(row.color))
            if row.missing:
                item.setForeground(2, QBrush(QColor("#b03a2e")))
            if row.kind in (TASK, GROUP):
                for column in range(4):
                    item.setFont(column, bold)
                items.append(item)
                parent = item
            elif parent is not None:
                parent.addChild(item)
            else:
                items.append(item)
        tree.addTopLevelItems(items)
        tree.expandAll()
        tree.header().setFixedHeight(header_height)
        return tree

    def _build_board(self, zoom: str) -> QWidget:
        board = QWidget()
        vbar = QScrollBar(Qt.Orientation.Vertical)
        vbar.setEnabled(False)
        right = QWidget()
        grid = QGridLayout(right)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.canvas, 0, 0)
        grid.addWidget(vbar, 0, 1)
        grid.addWidget(self.canvas.hbar, 1, 0)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 1000])
        toolbar = QToolBar(_tr("TaskBoardScreen", "Task board"))
        for text in (
            "Add task",
            "Add subtask",
            "Edit…",
            "Remove",
            "Move up",
            "Move down",
            "Mark done / not done",
        ):
            toolbar.addAction(_tr("TaskBoardScreen", text)).setEnabled(False)
        view_bar = QToolBar(_tr("TaskBoardScreen", "Board view"))  # a row of its own, as there
        zoom_box = QComboBox()
        zoom_box.addItems([_tr("TaskBoardScreen", t) for t in ("Year", "Quarter", "Month")])
        zoom_box.setCurrentIndex(list(ZOOM_DAYS).index(zoom) if zoom in ZOOM_DAYS else 0)
        team_box, task_box = QComboBox(), QComboBox()
        team_box.addItem(_tr("TaskBoardScreen", "All teams"))
        task_box.addItem(_tr("TaskBoardScreen", "All tasks"))
        for text, box in ((" Zoom: ", zoom_box), ("  Team: ", team_box), ("  Task: ", task_box)):
            view_bar.addWidget(QLabel(_tr("TaskBoardScreen", text)))
            box.setEnabled(False)
            view_bar.addWidget(box)
        view_bar.addAction(_tr("TaskBoardScreen", "ISO week numbers")).setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addWidget(LegendBar(legend_items(self.rows), self.lang), 3)
        bottom.addWidget(QLabel(), 2)
        layout = QVBoxLayout(board)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(toolbar)
        layout.addWidget(view_bar)
        load = LoadPanel()  # empty: the board computes the load after its first paint
        records = self.board.records
        load.strip.reserve(len(records.teams) if records is not None else 0)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(splitter)
        body.addWidget(load)
        body.setStretchFactor(0, 1)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        return board
