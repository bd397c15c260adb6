"""How the Sign-off screen shows a verification report: status, trust root, verdict line and
the roles table with each signature's verdict, origin and certificate."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem

from desktop.signoff.records import fingerprint, format_time
from desktop.signoff.verify import Report, Verdict
from desktop.views.shared.plan_status import status_label
from desktop.views.signoff.signoff_actions import grouped, hash_text, role_label

STATUS_COLORS = {
    "draft": "#6c757d",
    "in_review": "#b8860b",
    "reviewed": "#1f6fb2",
    "approved": "#2e7d32",
}
VERDICT_COLORS = {
    "valid": "#2e7d32",
    "void": "#b02a37",
    "invalid": "#b02a37",
    "released": "#6c757d",
    "external": "#8a6d3b",
    "unsigned": "#6c757d",
    "unanchored": "#b8860b",
    "legacy": "#b8860b",
}
CONTENT_COLUMN, VERDICT_COLUMN, ORIGIN_COLUMN, CERT_COLUMN = 4, 5, 6, 7  # in the roles table


class SignoffDisplay:
    """Mixed into ``SignoffScreen`` (which provides the labels, the roles table and tr)."""

    accept_root: Any
    root_line: Any
    verdict: Any
    roles: Any
    cert_lines: dict[int, str]
    tr: Any

    def status_text(self, status: str) -> str:
        return status_label(status)

    def verdict_text(self, kind: str) -> str:
        return {
            "valid": self.tr("valid"),
            "void": self.tr("void: content changed since signing"),
            "invalid": self.tr("invalid"),
            "released": self.tr("released (rejected)"),
            "external": self.tr("recorded elsewhere, not verified"),
            "unsigned": self.tr("not signed"),
            "unanchored": self.tr("not anchored: trust root not accepted here"),
            "legacy": self.tr("legacy, not anchored"),
        }.get(kind, kind)

    def origin_text(self, origin: str) -> str:
        return {
            "app": self.tr("in PlanDesk"),
            "package": self.tr("review package"),
            "pdf": self.tr("PDF"),
        }.get(origin, origin)

    def _show_root(self, report: Report) -> None:
        """The workspace's trust root fingerprint and whether this user pinned it."""
        fp = report.root_fingerprint
        self.accept_root.setVisible(bool(fp) and not report.anchored)
        self.root_line.setToolTip(grouped(fp) if fp else "")
        if not fp:
            self.root_line.setText(
                self.tr(
                    "Trust root: none yet (an administrator enrols the "
                    "first admin under Settings ▸ People…)"
                )
            )
            self.root_line.setStyleSheet("color: palette(placeholder-text);")
        elif report.anchored:
            self.root_line.setText(
                hash_text(
                    self, self.tr("Trust root: {0} — anchored (accepted on this computer)"), fp
                )
            )
            self.root_line.setStyleSheet("color:#1b5e20;")
        else:
            self.root_line.setText(
                hash_text(
                    self,
                    self.tr("Trust root: {0} — not anchored (not accepted on this computer)"),
                    fp,
                )
            )
            self.root_line.setStyleSheet("color:#8a5a00;font-weight:bold;")

    def _show_verdict(self, report: Report, dual: bool) -> None:
        void = [v for v in report.verdicts if v.kind == "void"]
        invalid = [v for v in report.verdicts if v.kind == "invalid"]
        legacy = [v for v in report.verdicts if v.kind == "legacy" and v.in_force]
        signed = any(v.in_force for v in report.verdicts)
        if report.ok and not signed:
            text = self.tr("Not signed yet. The audit chain is intact.")
            style = "background:#eef1f4;color:#343a40;"
        elif report.ok:
            text = self.tr("✔ All signatures in force are valid and the audit chain is intact.")
            style = "background:#e8f5e9;color:#1b5e20;"
        elif signed and not report.anchored and not void and not invalid and not legacy:
            text = self.tr(
                "⚠ Not anchored: this workspace's trust root is not accepted on this "
                "computer, so no signature counts as valid here. Compare its "
                "fingerprint with your administrator's, then accept it."
            )
            style = "background:#fff3cd;color:#664d03;"
        else:
            parts = []
            if void:
                changed = sorted({d for v in void for d in (v.details or v.changed)})
                parts.append(
                    self.tr("{0} signature(s) void: content changed since signing ({1})").format(
                        len(void), "; ".join(changed)
                    )
                )
            if invalid:
                parts.append(self.tr("{0} signature(s) invalid").format(len(invalid)))
            if legacy:
                parts.append(self.tr("{0} legacy signature(s), not anchored").format(len(legacy)))
            signers = tuple(f"{v.role} signature by" for v in void + invalid + legacy)
            parts += [p for p in report.problems if not p.startswith(signers or ("\0",))]
            text = self.tr("✘ Verification failed: {0}").format("; ".join(parts))
            style = "background:#fdecea;color:#8a1c1c;"
        if dual:
            text += " " + self.tr("(This plan allows one person to sign two roles.)")
        self.verdict.setText(text)
        self.verdict.setToolTip("\n".join(report.problems))
        self.verdict.setStyleSheet(style + "padding:8px;border-radius:4px;")

    def _show_roles(self, rows: list[tuple[str, str, Verdict | None]]) -> None:
        self.roles.setRowCount(len(rows))
        for r, (role, who, v) in enumerate(rows):
            kind = v.kind if v is not None else "unsigned"
            verdict = self.verdict_text(kind)
            if v is not None and kind == "void":
                verdict += " (" + "; ".join(v.details or v.changed) + ")"
            cells = (
                role_label(self, role),
                who or self.tr("(nobody named)"),
                v.signer if v else "",
                format_time(v.signed_at) if v else "",
                fingerprint(v.content_hash) if v and v.content_hash else "",
                verdict,
                self.origin_text(v.origin) if v else "",
                self.cert_lines.get(v.signature_id, "") if v else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == VERDICT_COLUMN:
                    item.setForeground(QColor(VERDICT_COLORS.get(kind, "#000")))
                    item.setToolTip("\n".join(t for t in (v.reason, v.comment) if t) if v else "")
                elif c == CERT_COLUMN:
                    item.setToolTip(text)
                elif c == CONTENT_COLUMN and v is not None and v.content_hash:
                    item.setToolTip(grouped(v.content_hash))  # the short form shows 16 digits
                self.roles.setItem(r, c, item)
        rows_height = sum(self.roles.rowHeight(i) for i in range(len(rows)))
        self.roles.setFixedHeight(self.roles.horizontalHeader().height() + 6 + rows_height)
