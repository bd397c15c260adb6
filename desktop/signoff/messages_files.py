"""The messages of refused review packages, signed replies and signed PDFs in en / zh_TW /
zh_CN (see ``messages``, which adds them to the table)."""

from __future__ import annotations

FILE_MESSAGES: dict[str, dict[str, str]] = {
    # ----- review packages and replies (desktop.signoff.review) -----
    "record_malformed": {
        "en": "a sign-off record in the package is malformed ({detail})",
        "zh_TW": "審核包中有一筆簽署記錄格式錯誤（{detail}）",
        "zh_CN": "审核包中有一条签署记录格式错误（{detail}）",
    },
    "no_root_enrol": {
        "en": "the workspace has no trust root: enrol its first admin first",
        "zh_TW": "工作區沒有信任根：請先登記第一位管理員",
        "zh_CN": "工作区没有信任根：请先登记第一位管理员",
    },
    "package_too_large": {
        "en": "{where} is larger than {mib} MiB",
        "zh_TW": "{where} 大於 {mib} MiB",
        "zh_CN": "{where} 大于 {mib} MiB",
    },
    "not_package": {
        "en": "{where} is not a PlanDesk review package",
        "zh_TW": "{where} 不是 PlanDesk 審核包",
        "zh_CN": "{where} 不是 PlanDesk 审核包",
    },
    "package_incomplete": {
        "en": "{where} is incomplete (no {part!r})",
        "zh_TW": "{where} 不完整（缺少「{part}」）",
        "zh_CN": "{where} 不完整（缺少「{part}」）",
    },
    "chain_broken": {
        "en": "the chain of sign-offs is broken",
        "zh_TW": "簽署鏈已斷裂",
        "zh_CN": "签署链已断裂",
    },
    "signoff_altered": {
        "en": "the {role} sign-off by {signer} was altered (its signature does not verify)",
        "zh_TW": "{signer} 的{role}簽署已被竄改（簽章驗證不通過）",
        "zh_CN": "{signer} 的{role}签署已被篡改（签名验证不通过）",
    },
    "signoff_problem": {
        "en": "the {role} sign-off by {signer}: {problem}",
        "zh_TW": "{signer} 的{role}簽署：{problem}",
        "zh_CN": "{signer} 的{role}签署：{problem}",
    },
    "content_hash": {
        "en": "the package's content hash does not match the plan it holds",
        "zh_TW": "審核包的內容雜湊值與其中的計劃不符",
        "zh_CN": "审核包的内容哈希值与其中的计划不符",
    },
    "already_reply": {
        "en": "this file is already a signed reply; sign the package itself",
        "zh_TW": "此檔案已是簽署回覆；請簽署審核包本身",
        "zh_CN": "此文件已是签署回复；请签署审核包本身",
    },
    "package_out_of_order": {
        "en": "out of order: the plan is {status}; next to sign is the {nxt}",
        "zh_TW": "順序不對：計劃目前是「{status}」；下一位簽署的是{nxt}",
        "zh_CN": "顺序不对：计划目前是「{status}」；下一位签署的是{nxt}",
    },
    "package_out_of_order_none": {
        "en": "out of order: the plan is {status}; nobody signs now",
        "zh_TW": "順序不對：計劃目前是「{status}」；現在沒有人需要簽署",
        "zh_CN": "顺序不对：计划目前是「{status}」；现在没有人需要签署",
    },
    "not_enrolled_there": {
        "en": "{name} is not enrolled in the plan's workspace",
        "zh_TW": "{name} 沒有登記在計劃的工作區",
        "zh_CN": "{name} 没有登记在计划的工作区",
    },
    "reply_no_signature": {
        "en": "{where} holds no signature: it is a package, not a signed reply",
        "zh_TW": "{where} 沒有簽章：它是審核包，不是簽署回覆",
        "zh_CN": "{where} 没有签名：它是审核包，不是签署回复",
    },
    "no_trust_root": {
        "en": "the workspace has no trust root",
        "zh_TW": "工作區沒有信任根",
        "zh_CN": "工作区没有信任根",
    },
    "own_root_not_pinned": {
        "en": "not anchored: this workspace's trust root {fingerprint} is not pinned for this user",
        "zh_TW": "未錨定：此使用者尚未接受此工作區的信任根 {fingerprint}",
        "zh_CN": "未锚定：此用户尚未接受此工作区的信任根 {fingerprint}",
    },
    "other_workspace": {
        "en": "{where} was made for another workspace (another trust root)",
        "zh_TW": "{where} 是為另一個工作區（另一個信任根）製作的",
        "zh_CN": "{where} 是为另一个工作区（另一个信任根）制作的",
    },
    "content_version_unknown": {
        "en": "{what} holds signed content of version {version}, which this PlanDesk does not "
        "know (it knows versions 1 to {known}): open it with a newer PlanDesk",
        "zh_TW": "{what} 的簽署內容為第 {version} 版，此 PlanDesk 不認識（只認識第 1 至 {known} 版）：請用較新的 PlanDesk 開啟",
        "zh_CN": "{what} 的签署内容为第 {version} 版，此 PlanDesk 不认识（只认识第 1 至 {known} 版）：请用较新的 PlanDesk 打开",
    },
    "plan_changed_since": {
        "en": "the plan changed since the package was made: {where} signs other content; "
        "send a new package",
        "zh_TW": "審核包做成後計劃已變更：{where} 簽署的是其他內容；請寄送新的審核包",
        "zh_CN": "审核包做成后计划已更改：{where} 签署的是其他内容；请发送新的审核包",
    },
    "reply_other_plan": {
        "en": "the reply is for a plan that is not in this workspace",
        "zh_TW": "此回覆所屬的計劃不在此工作區",
        "zh_CN": "此回复所属的计划不在此工作区",
    },
    "reply_other_revision": {
        "en": "the reply signs revision {signed}; this plan is at revision {revision}",
        "zh_TW": "此回覆簽署的是第 {signed} 版；此計劃目前是第 {revision} 版",
        "zh_CN": "此回复签署的是第 {signed} 版；此计划目前是第 {revision} 版",
    },
    # ----- signed PDFs (desktop.signoff.pdf) -----
    "pdf_no_root": {
        "en": "the PDF carries no trust root: print it again with this version",
        "zh_TW": "此 PDF 沒有信任根：請用此版本重新列印",
        "zh_CN": "此 PDF 没有信任根：请用此版本重新打印",
    },
    "pdf_not_the_role": {
        "en": "{name} may not sign as {role}: the plan names {named}",
        "zh_TW": "{name} 不能以{role}身分簽署：計劃指定的是 {named}",
        "zh_CN": "{name} 不能以{role}身份签署：计划指定的是 {named}",
    },
    "not_certified_there": {
        "en": "{name} is not certified in the plan's workspace",
        "zh_TW": "{name} 在計劃的工作區沒有認證",
        "zh_CN": "{name} 在计划的工作区没有认证",
    },
    "pdf_other_plan": {
        "en": "{where} is of a plan that is not in this workspace",
        "zh_TW": "{where} 所屬的計劃不在此工作區",
        "zh_CN": "{where} 所属的计划不在此工作区",
    },
    "pdf_nothing_new": {
        "en": "{where} adds no new signature",
        "zh_TW": "{where} 沒有新增任何簽章",
        "zh_CN": "{where} 没有添加任何签名",
    },
    # ----- issue 24, signed PDFs: pages bound to the content, records derived from the PDF -----
    "pdf_pages_differ": {
        "en": "{where} is refused: {reason}",
        "zh_TW": "{where} 被拒絕：{reason}",
        "zh_CN": "{where} 被拒绝：{reason}",
    },
    "pdf_other_root": {
        "en": "{where} was printed for another trust root than this workspace's",
        "zh_TW": "{where} 是為另一個信任根列印的，不是此工作區的信任根",
        "zh_CN": "{where} 是为另一个信任根打印的，不是此工作区的信任根",
    },
    "pdf_no_signing_time": {
        "en": "{where}: the {role} signature carries no signing time",
        "zh_TW": "{where}：{role}的簽章沒有簽署時間",
        "zh_CN": "{where}：{role}的签名没有签署时间",
    },
}
