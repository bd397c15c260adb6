"""The review-package flow from the menus: the author exports, the reviewer (another user with
their own key store) opens it read-only, signs, the author merges the reply."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.signoff.keystore import KeyStore

from .conftest import PASSWORDS
from .gui_steps import click, shot

pytestmark = pytest.mark.sqlite_only


class Answers:
    """QMessageBox/QFileDialog static calls answered as a user would, recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.files: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

        def box(kind):
            def show(_parent, title, message, *_a, **_k):
                self.messages.append((kind, title, message))
                return self.answer

            return staticmethod(show)

        for kind in ("question", "information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind, box(kind))
        pick = staticmethod(lambda *_a, **_k: (self.files.pop(0), ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)


def as_user(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """From now on this process is another user: their data folder, their key store."""
    home.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(home))


def test_review_package_from_the_menus(qtbot, people_ws, tmp_path, monkeypatch):
    from desktop.signoff.workflow import sign
    from desktop.views.main_window import MainWindow

    ws, uuid = people_ws
    answers = Answers(monkeypatch)
    author_data = Path(KeyStore().root).parent.parent  # XDG_DATA_HOME
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    # the reviewer's key moves to "their computer": exported from here, imported there
    reviewer_key = tmp_path / "reviewer.pdkey"
    store = KeyStore()
    store.export_file(next(k for k in store.list_keys() if k.name == "李審核"), reviewer_key)
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()

    package = tmp_path / "mail" / "plan.pdreview"
    package.parent.mkdir()
    answers.files.append(str(package))
    window.review_actions["export"].trigger()
    assert package.is_file()
    assert "Review package written" in window.statusBar().currentMessage()

    # --- on the reviewer's computer ------------------------------------------------------
    as_user(monkeypatch, tmp_path / "reviewer")
    KeyStore().import_file(reviewer_key)
    answers.answer = QMessageBox.StandardButton.No  # compares the fingerprint: no match
    answers.files.append(str(package))
    window.review_actions["open"].trigger()
    kind, title, message = answers.messages[-1]
    assert title == "Accept a trust root" and "compare" in message.lower()
    assert not KeyStore().pinned()  # nothing accepted, nothing opened
    answers.answer = QMessageBox.StandardButton.Yes
    answers.files.append(str(package))
    from desktop.views.signoff import review_actions

    before = len(review_actions._review_windows)
    window.review_actions["open"].trigger()
    assert len(review_actions._review_windows) == before + 1
    review = review_actions._review_windows[-1]
    qtbot.addWidget(review)
    review.resize(1400, 900)
    assert review.ctx.read_only and review.ctx.review is not None
    assert review.review_banner.isVisible() and review.banner.isHidden()
    assert (
        "Review package of 社交媒體運用的年度目標計劃 revision 1 — read-only"
        in review.review_label.text()
    )
    screen = review.show_screen("signoff")
    assert "anchored (accepted on this computer)" in screen.root_line.text()
    assert screen.status.text() == "In review"
    assert screen.roles.item(0, 5).text() == "valid"  # the compiler's, checked here
    assert screen.verdict.text().startswith("✔")
    assert screen.history_model.lines[0].action == ("signed as compiler (from the review package)")
    assert screen.buttons["sign"].isVisible() and screen.buttons["submit"].isHidden()
    assert not review.review_actions["export"].isEnabled()
    shot(review, tmp_path, "review-opened")
    from desktop.views.files import print_actions

    monkeypatch.setattr(print_actions.QPrintPreviewDialog, "exec", lambda _self: 0)
    click(qtbot, review.review_buttons["pdf"])  # View PDF: the print preview of the package
    assert review.preview_dialog.windowTitle() == "Print preview"
    document = print_actions.make_document(review)
    assert document is not None and document.page_count > 1
    overview = review.show_screen("overview")
    assert overview.verdict_kind == "ok"
    screen = review.show_screen("signoff")

    click(qtbot, review.review_buttons["sign"])
    dialog = screen.dialog
    assert dialog.role == "reviewer" and dialog.signer.currentText() == "李審核"
    expected = package.parent / "社交媒體運用的年度目標計劃 2027 r1 reviewer reply.pdreview"
    assert dialog.reply.text() == str(expected)
    qtbot.keyClicks(dialog.password, "not-the-password")
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        click(qtbot, dialog.ok)
    assert "Wrong password" in dialog.error.text() and not expected.exists()
    expected.write_bytes(b"an older reply")  # a file of that name: asked before replacing
    answers.answer = QMessageBox.StandardButton.No
    qtbot.keyClicks(dialog.password, PASSWORDS["李審核"])
    click(qtbot, dialog.ok)
    assert answers.messages[-1][1:] == (
        "Save the signed reply",
        f"{expected.name} exists already. Replace it?",
    )
    assert expected.read_bytes() == b"an older reply" and dialog.isVisible()
    answers.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.runner.done, timeout=15000):
        click(qtbot, dialog.ok)
    assert expected.is_file() and not dialog.isVisible()
    assert expected.read_bytes() != b"an older reply"
    kind, title, message = answers.messages[-1]
    assert title == "Signed reply saved" and str(expected) in message
    # the package view shows the reviewer's own reply, and does not offer to sign again
    assert screen.reply_note.isVisibleTo(screen)
    assert screen.reply_note.text().startswith("Your reply: signed as Reviewer (審核人).")
    assert str(expected) in review.review_label.text()
    assert not review.review_buttons["sign"].isEnabled()
    screen.refresh()
    assert not screen.buttons["sign"].isEnabled() and not screen.buttons["reject"].isEnabled()

    # --- back on the author's computer -------------------------------------------------
    as_user(monkeypatch, author_data)
    answers.files.append(str(package))  # the package itself holds no signature
    window.review_actions["merge"].trigger()
    assert answers.messages[-1][1:] == (
        "Reply not merged",
        "plan.pdreview holds no signature: it is a package, not a signed reply",
    )
    answers.files.append(str(expected))
    window.review_actions["merge"].trigger()
    kind, title, message = answers.messages[-1]
    assert (title, message) == (
        "Reply merged",
        "李審核 signed as Reviewer (審核人). The plan is now: Reviewed.",
    )
    author = window.show_screen("signoff")
    assert author.status.text() == "Reviewed"
    assert author.roles.item(1, 2).text() == "李審核"
    assert author.roles.item(1, 5).text() == "valid"
    assert author.roles.item(1, 6).text() == "review package"
    assert author.roles.item(1, 7).text().startswith("李審核 (Reviewer); certified by")
    shot(window, tmp_path, "review-merged")
    answers.files.append(str(expected))  # the same reply again: refused, nothing changed
    window.review_actions["merge"].trigger()
    assert answers.messages[-1][1] == "Reply not merged"
    assert author.status.text() == "Reviewed"
    review.close()
    assert not review.ctx.review.folder.exists()  # the temporary workspace is gone


def test_a_damaged_package_is_refused_in_one_line(qtbot, people_ws, tmp_path, monkeypatch):
    from desktop.views.main_window import MainWindow

    ws, _uuid = people_ws
    answers = Answers(monkeypatch)
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    broken = tmp_path / "broken.pdreview"
    broken.write_text("{not json", encoding="utf-8")
    answers.files.append(str(broken))
    window.review_actions["open"].trigger()
    assert answers.messages[-1][1:] == (
        "Open review package",
        "broken.pdreview is not a PlanDesk review package",
    )
    assert window.ctx.review is None


def test_merging_a_rejection_says_who_rejected_it_and_why(qtbot, people_ws, tmp_path, monkeypatch):
    """Not only "the plan is a draft again": that it was rejected, by whom, and the comment
    (issue 25); the history shows the rejection with its comment in the plan's words."""
    from desktop.signoff.review import export_package, sign_package
    from desktop.signoff.workflow import sign
    from desktop.views.main_window import MainWindow
    from desktop.views.signoff import review_actions

    ws, uuid = people_ws
    answers = Answers(monkeypatch)
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    window = MainWindow(ws, lang="en")
    qtbot.addWidget(window)
    raw = export_package(ws, window.ctx.plan_id)
    reply = tmp_path / "reply.pdreview"
    reply.write_bytes(
        sign_package(
            raw, "reviewer", "李審核", PASSWORDS["李審核"], reject=True, comment="預算不足"
        )
    )
    assert review_actions.merge_signed_reply(window, str(reply))
    assert answers.messages[-1][1:] == (
        "Reply merged",
        "李審核 rejected this revision as Reviewer (審核人): “預算不足”. The plan is now: "
        "Draft; its sign-offs are released.",
    )
    screen = window.show_screen("signoff")
    line = screen.history_model.lines[0]
    assert line.action == "rejected as reviewer" and line.who == "李審核"
    assert "in review → draft" in line.changes and "comment: 預算不足" in line.changes
