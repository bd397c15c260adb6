"""The messages of refused sign-off and people actions in en / zh_TW / zh_CN.

``said(key, **params)`` makes the ``Invalid`` a ``SignoffRefused`` carries: ``str()`` of the
refusal stays the English the command line prints, ``message(lang)`` words it for the GUI.
The tables are added to ``validate_messages.MESSAGES`` (keys may not clash), so a refusal is
worded like every other ``Invalid``. Role and plan-status words given as ``role``, ``other``,
``status``, ``expected`` or ``nxt`` (and ``what``) are put into the language too. This module holds the
people and signing messages; ``messages_files`` those of review packages and PDFs.
"""

from __future__ import annotations

from typing import Any

from desktop.models.refusal import Invalid, WordedError
from desktop.models.validate_messages import LANGS, MESSAGES

from .messages_files import FILE_MESSAGES

# Role and plan-status words (as the messages' English spells them) in Chinese.
TERMS: dict[str, dict[str, str]] = {
    "zh_TW": {
        "admin": "管理員",
        "compiler": "編制人",
        "reviewer": "審核人",
        "approver": "批準人",
        "draft": "草稿",
        "in review": "審核中",
        "in_review": "審核中",
        "reviewed": "已審核",
        "approved": "已批準",
        "the package": "審核包",
        "the PDF": "此 PDF ",
    },
    "zh_CN": {
        "admin": "管理员",
        "compiler": "编制人",
        "reviewer": "审核人",
        "approver": "批准人",
        "draft": "草稿",
        "in review": "审核中",
        "in_review": "审核中",
        "reviewed": "已审核",
        "approved": "已批准",
        "the package": "审核包",
        "the PDF": "此 PDF ",
    },
}
TERM_PARAMS = ("role", "other", "status", "expected", "nxt", "what")

SIGNOFF_MESSAGES: dict[str, dict[str, str]] = {
    # ----- people (desktop.signoff.people) -----
    "no_person_named": {
        "en": "no person named {name!r} in this workspace",
        "zh_TW": "此工作區沒有名為「{name}」的人",
        "zh_CN": "此工作区没有名为「{name}」的人",
    },
    "legacy_person": {
        "en": "{name} is a legacy entry without a personal key: an admin must enrol them "
        "again from their identity file",
        "zh_TW": "{name} 是沒有個人金鑰的舊式項目：須由管理員以其身分檔案重新登記",
        "zh_CN": "{name} 是没有个人密钥的旧式条目：须由管理员用其身份文件重新登记",
    },
    "no_trust_root_yet": {
        "en": "this workspace has no trust root yet",
        "zh_TW": "此工作區還沒有信任根",
        "zh_CN": "此工作区还没有信任根",
    },
    "no_roles": {
        "en": "give at least one role",
        "zh_TW": "請至少指定一個角色",
        "zh_CN": "请至少指定一个角色",
    },
    "already_enrolled": {
        "en": "{name} is already enrolled in this workspace",
        "zh_TW": "{name} 已登記在此工作區",
        "zh_CN": "{name} 已登记在此工作区",
    },
    "look_alike_name": {
        "en": "“{name}” looks like “{other}”, who is already in this workspace: "
        "people must be told apart by their names",
        "zh_TW": "「{name}」與此工作區已有的「{other}」看起來相同：每個人的名字必須能分辨",
        "zh_CN": "“{name}”与此工作区已有的“{other}”看起来相同：每个人的名字必须能分辨",
    },
    "admin_needed": {
        "en": "only an admin may add people: name one with --admin",
        "zh_TW": "只有管理員可以新增人員：請以 --admin 指定一位",
        "zh_CN": "只有管理员可以添加人员：请用 --admin 指定一位",
    },
    "first_must_be_admin": {
        "en": "the first person of a workspace must be an admin (--role admin): their key "
        "becomes the trust root",
        "zh_TW": "工作區的第一個人必須是管理員（--role admin）：其金鑰會成為信任根",
        "zh_CN": "工作区的第一个人必须是管理员（--role admin）：其密钥会成为信任根",
    },
    "first_admin_self": {
        "en": "the first admin certifies themselves: leave out --admin",
        "zh_TW": "第一位管理員自行認證：請省略 --admin",
        "zh_CN": "第一位管理员自行认证：请省略 --admin",
    },
    "root_changed": {
        "en": "the workspace's trust root changed meanwhile; try again",
        "zh_TW": "工作區的信任根在此期間已變更；請再試一次",
        "zh_CN": "工作区的信任根在此期间已变更；请再试一次",
    },
    "not_admin": {
        "en": "{name} is not an admin",
        "zh_TW": "{name} 不是管理員",
        "zh_CN": "{name} 不是管理员",
    },
    "no_enrolled_person": {
        "en": "no enrolled person named {name!r}",
        "zh_TW": "沒有已登記、名為「{name}」的人",
        "zh_CN": "没有已登记、名为「{name}」的人",
    },
    "no_person": {
        "en": "no person named {name!r}",
        "zh_TW": "沒有名為「{name}」的人",
        "zh_CN": "没有名为「{name}」的人",
    },
    "admin_remove_self": {
        "en": "an admin cannot remove themselves",
        "zh_TW": "管理員不能移除自己",
        "zh_CN": "管理员不能移除自己",
    },
    "root_not_pinned": {
        "en": "not anchored: {what}'s trust root {fingerprint} is not pinned here; compare it "
        "with your admin's and pass --trust",
        "zh_TW": "未錨定：{what}的信任根 {fingerprint} 尚未在此接受；請與管理員的核對後加上 --trust",
        "zh_CN": "未锚定：{what}的信任根 {fingerprint} 尚未在此接受；请与管理员的核对后加上 --trust",
    },
    # ----- signing (desktop.signoff.workflow) -----
    "unknown_role": {
        "en": "unknown role {role!r} (use {roles})",
        "zh_TW": "未知的角色「{role}」（可用：{roles}）",
        "zh_CN": "未知的角色「{role}」（可用：{roles}）",
    },
    "plan_names_no_role": {
        "en": "the plan names no {role}: set the {role} field first",
        "zh_TW": "計劃沒有指定{role}：請先填寫{role}欄位",
        "zh_CN": "计划没有指定{role}：请先填写{role}字段",
    },
    "not_the_role": {
        "en": "{name} may not sign as {role}: the plan names {who} as its {role}",
        "zh_TW": "{name} 不能以{role}身分簽署：計劃指定的{role}是 {who}",
        "zh_CN": "{name} 不能以{role}身份签署：计划指定的{role}是 {who}",
    },
    "not_the_role_nobody": {
        "en": "{name} may not sign as {role}: the plan names nobody as its {role}",
        "zh_TW": "{name} 不能以{role}身分簽署：計劃沒有指定{role}",
        "zh_CN": "{name} 不能以{role}身份签署：计划没有指定{role}",
    },
    "reject_roles": {
        "en": "only the reviewer or the approver can reject",
        "zh_TW": "只有審核人或批準人可以退回",
        "zh_CN": "只有审核人或批准人可以退回",
    },
    "revision_locked": {
        "en": "revision {revision} is approved and locked: it cannot be signed again; make a "
        "new revision",
        "zh_TW": "第 {revision} 版已批準並鎖定：不能再次簽署；請建立新版本",
        "zh_CN": "第 {revision} 版已批准并锁定：不能再次签署；请建立新版本",
    },
    "out_of_order": {
        "en": "out of order: the plan is {status}, the {role} acts when it is {expected}",
        "zh_TW": "順序不對：計劃目前是「{status}」，{role}在「{expected}」時簽署",
        "zh_CN": "顺序不对：计划目前是「{status}」，{role}在「{expected}」时签署",
    },
    "out_of_order_next": {
        "en": "out of order: the plan is {status}, the {role} acts when it is {expected}; "
        "next to sign is the {nxt}",
        "zh_TW": "順序不對：計劃目前是「{status}」，{role}在「{expected}」時簽署；下一位簽署的是{nxt}",
        "zh_CN": "顺序不对：计划目前是「{status}」，{role}在「{expected}」时签署；下一位签署的是{nxt}",
    },
    "demo_actuals": {
        "en": "the plan holds {demo} demo KPI actuals (generated, not measured): they cannot "
        "be signed; remove them with “Remove demo actuals” on the KPI screen (or type the "
        "measured values over them), then sign",
        "zh_TW": "計劃含有 {demo} 個示範 KPI 實際值（產生的，不是量測的）：不能簽署；請在 KPI "
        "畫面用「移除示範實際值」移除（或輸入量測值覆蓋），再簽署",
        "zh_CN": "计划含有 {demo} 个演示 KPI 实际值（生成的，不是测量的）：不能签署；请在 KPI "
        "界面用「移除演示实际值」移除（或输入测量值覆盖），再签署",
    },
    "dual_roles": {
        "en": "{name} already signed this plan as {other}; one person may not sign two roles "
        "unless the plan allows it",
        "zh_TW": "{name} 已以{other}身分簽署此計劃；除非計劃允許，一個人不能簽署兩個角色",
        "zh_CN": "{name} 已以{other}身份签署此计划；除非计划允许，一个人不能签署两个角色",
    },
    "certificate_names": {
        "en": "the certificate names {certified!r}, not {name!r}",
        "zh_TW": "憑證上的名字是「{certified}」，不是「{name}」",
        "zh_CN": "证书上的名字是「{certified}」，不是「{name}」",
    },
    "not_certified_role": {
        "en": "{name} is not certified for the {role} role",
        "zh_TW": "{name} 沒有{role}角色的認證",
        "zh_CN": "{name} 没有{role}角色的认证",
    },
    "signoffs_changed": {
        "en": "the plan's sign-offs changed since this one was made: nothing was recorded",
        "zh_TW": "此簽署做成後，計劃的簽署已有變更：沒有記錄任何內容",
        "zh_CN": "此签署做成后，计划的签署已有变更：没有记录任何内容",
    },
    "signed_meanwhile": {
        "en": "someone else signed or changed this plan at the same moment; nothing was "
        "signed: reload and try again",
        "zh_TW": "有人在同一時間簽署或變更了此計劃；沒有簽署任何內容：請重新載入後再試",
        "zh_CN": "有人在同一时间签署或更改了此计划；没有签署任何内容：请重新加载后再试",
    },
    "reject_comment": {
        "en": "a rejection needs a comment saying why",
        "zh_TW": "退回須附上說明原因的意見",
        "zh_CN": "退回须附上说明原因的意见",
    },
    # ----- issue 24, admin actions and the sign-offs in force (standing, admin_actions) -----
    "row_certificate_unreadable": {
        "en": "{name}'s row holds no readable certificate: not believed",
        "zh_TW": "{name} 的資料列沒有可讀取的憑證：不予採信",
        "zh_CN": "{name} 的数据行没有可读取的证书：不予采信",
    },
    "row_not_certified": {
        "en": "{name}'s certificate does not chain to this workspace's trust root: not believed",
        "zh_TW": "{name} 的憑證並非由此工作區的信任根認證：不予採信",
        "zh_CN": "{name} 的证书并非由此工作区的信任根认证：不予采信",
    },
    "row_names_other": {
        "en": "{name}'s row holds a certificate of {other!r}: not believed",
        "zh_TW": "{name} 的資料列中是「{other}」的憑證：不予採信",
        "zh_CN": "{name} 的数据行中是「{other}」的证书：不予采信",
    },
    "row_not_last_certificate": {
        "en": "{name}'s row holds a certificate that is not the last one the people audit "
        "trail records for them: not believed",
        "zh_TW": "{name} 的資料列中的憑證不是人員稽核記錄最後為其記錄的憑證：不予採信",
        "zh_CN": "{name} 的数据行中的证书不是人员审计记录最后为其记录的证书：不予采信",
    },
    "row_key_differs": {
        "en": "the key in {name}'s row differs from their last certificate under the trust "
        "root: not believed",
        "zh_TW": "{name} 資料列中的金鑰與其在信任根下最後的憑證不同：不予採信",
        "zh_CN": "{name} 数据行中的密钥与其在信任根下最后的证书不同：不予采信",
    },
    "row_roles_differ": {
        "en": "{name}'s row says roles {column!r}, their certificate grants {certified}: the "
        "certificate counts",
        "zh_TW": "{name} 的資料列寫的角色是「{column}」，其憑證授予的是 {certified}：以憑證為準",
        "zh_CN": "{name} 的数据行写的角色是「{column}」，其证书授予的是 {certified}：以证书为准",
    },
    "key_changed_meanwhile": {
        "en": "the key to certify for {name} changed since it was shown: nothing was certified",
        "zh_TW": "要為 {name} 認證的金鑰在顯示後已變更：沒有認證任何內容",
        "zh_CN": "要为 {name} 认证的密钥在显示后已更改：没有认证任何内容",
    },
    "pins_damaged": {
        "en": "{path}: the list of trusted roots is damaged ({detail}); repair or remove it",
        "zh_TW": "{path}：信任根清單已損壞（{detail}）；請修復或移除",
        "zh_CN": "{path}：信任根列表已损坏（{detail}）；请修复或删除",
    },
    "package_too_deep": {
        "en": "{where} is nested too deeply to be a PlanDesk review package",
        "zh_TW": "{where} 巢狀層次過深，不是 PlanDesk 審核包",
        "zh_CN": "{where} 嵌套层次过深，不是 PlanDesk 审核包",
    },
    "in_force_other_content": {
        "en": "the {role} sign-off by {signer} in force covers other content than the plan "
        "has now (it is void): nothing was signed",
        "zh_TW": "{signer} 的{role}簽署（仍生效）涵蓋的內容與計劃目前的內容不同（已失效）：沒有簽署任何內容",
        "zh_CN": "{signer} 的{role}签署（仍生效）涵盖的内容与计划目前的内容不同（已失效）：没有签署任何内容",
    },
}


class SignoffInvalid(Invalid):
    """An ``Invalid`` whose role and status words are put into the language as well."""

    def problem(self, lang: str = "en") -> str:
        lang = lang if lang in LANGS else "en"
        terms = TERMS.get(lang, {})
        params = {
            name: terms.get(value, value) if name in TERM_PARAMS else value
            for name, value in self.params.items()
        }
        return MESSAGES[self.key][lang].format(**params)


def said(key: str, **params: Any) -> SignoffInvalid:
    """The refusal ``key`` with ``params`` (give it to ``SignoffRefused``)."""
    return SignoffInvalid("", key, **params)


def passed_on(error: BaseException) -> str | Invalid:
    """The reason to give ``SignoffRefused`` for ``error``: still worded when it was."""
    if isinstance(error, Invalid):
        return error
    return error.reason() if isinstance(error, WordedError) else str(error)


def _register() -> None:
    for table in (SIGNOFF_MESSAGES, FILE_MESSAGES):
        clash = {key for key in table if MESSAGES.get(key, table[key]) != table[key]}
        assert not clash, f"sign-off message keys clash: {sorted(clash)}"
        MESSAGES.update(table)


_register()
