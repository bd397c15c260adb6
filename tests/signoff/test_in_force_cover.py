"""Issue 24 item 6: one check that the sign-offs in force cover this content
(``workflow.check_in_force_cover``), used by in-app signing, ``review sign`` and ``review
merge``. A writer of the workspace (the planner role on PostgreSQL) changes the signed content
of a plan in review: the compiler's signature in force is void, and nobody can sign on top of
it by any route; a rejection (the way back to draft) still can."""

from __future__ import annotations

import pytest

from desktop.exchange.document.pdf_for_signature import painted_for_signature
from desktop.signoff import review as review_module
from desktop.signoff.people import SignoffRefused
from desktop.signoff.review import export_package, merge_file, sign_package
from desktop.signoff.workflow import sign

from .conftest import PASSWORDS
from .test_forgery_admin import attacker, everything, report, root_of  # noqa: F401

VOID = "the compiler sign-off by 王編制 in force covers other content than the plan has now"


@pytest.fixture
def void_compiler(people_ws, attacker):  # noqa: F811
    ws, uuid = people_ws
    sign(ws, uuid, "compiler", "王編制", PASSWORDS["王編制"])
    root = root_of(ws)
    attacker("UPDATE task SET title = '偷改的標題' WHERE code = 'T1'")
    rep = report(ws, uuid, {root})
    assert [v.kind for v in rep.verdicts] == ["void"]
    return ws, uuid, root


def test_signing_in_the_app_on_a_void_signature_is_refused(void_compiler):
    ws, uuid, _root = void_compiler
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match=VOID):
        sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"])
    assert everything(ws, uuid) == before
    sign(ws, uuid, "reviewer", "李審核", PASSWORDS["李審核"], reject=True, comment="內容被改過")
    assert everything(ws, uuid) != before


def test_review_sign_on_a_void_signature_is_refused(void_compiler):
    ws, uuid, root = void_compiler
    package = export_package(ws, uuid)
    with pytest.raises(SignoffRefused, match=VOID):
        sign_package(package, "reviewer", "李審核", PASSWORDS["李審核"], trust=[root])
    rejected = sign_package(
        package,
        "reviewer",
        "李審核",
        PASSWORDS["李審核"],
        reject=True,
        comment="退回",
        trust=[root],
    )
    assert b'"reply"' in rejected


def test_review_merge_of_a_reply_over_a_void_signature_is_refused(void_compiler, monkeypatch):
    """The reviewer's own (modified) PlanDesk signs anyway; the author's merge refuses it."""
    ws, uuid, root = void_compiler
    package = export_package(ws, uuid)
    with monkeypatch.context() as patched:
        patched.setattr(review_module, "check_in_force_cover", lambda *_a: None)
        reply = sign_package(package, "reviewer", "李審核", PASSWORDS["李審核"], trust=[root])
    before = everything(ws, uuid)
    with pytest.raises(SignoffRefused, match=VOID):
        merge_file(ws, reply, trust=[root], where="r.pdreview", repaint=painted_for_signature)
    assert everything(ws, uuid) == before
    assert not report(ws, uuid, {root}).ok
