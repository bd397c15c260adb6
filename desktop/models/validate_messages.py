"""The messages of refused values (``validate.Invalid``) in en / zh_TW / zh_CN, and the names of
the fields that have no label on screen (header fields, command-line options).

A message is the problem only; ``Invalid.message(lang)`` puts the field in front of it.
Values are shown with ``{value!r}`` in English ('high') and in 「」 in Chinese.
"""

from __future__ import annotations

from .fields.plan_fields import APPROVAL_KEYS, PLAN

LANGS = ("en", "zh_TW", "zh_CN")

MESSAGES: dict[str, dict[str, str]] = {
    "control_char": {
        "en": "contains a control character (U+{code}{name}) at position {pos}",
        "zh_TW": "第 {pos} 個字元是控制字元（U+{code}{name}）",
        "zh_CN": "第 {pos} 个字符是控制字符（U+{code}{name}）",
    },
    "invisible_char": {
        "en": "contains an invisible character (U+{code}{name}) at position {pos}",
        "zh_TW": "第 {pos} 個字元是看不見的字元（U+{code}{name}）",
        "zh_CN": "第 {pos} 个字符是看不见的字符（U+{code}{name}）",
    },
    "single_line": {
        "en": "must be a single line",
        "zh_TW": "只能有一行",
        "zh_CN": "只能有一行",
    },
    "empty": {
        "en": "must not be empty",
        "zh_TW": "不能空白",
        "zh_CN": "不能为空",
    },
    "too_long": {
        "en": "is {length} characters long; at most {limit} allowed",
        "zh_TW": "有 {length} 個字，最多 {limit} 個",
        "zh_CN": "有 {length} 个字，最多 {limit} 个",
    },
    "not_year": {
        "en": "{value!r} is not a year (a whole number such as 2027)",
        "zh_TW": "「{value}」不是年份（整數，例如 2027）",
        "zh_CN": "「{value}」不是年份（整数，例如 2027）",
    },
    "year_range": {
        "en": "{value} is outside {low}–{high}",
        "zh_TW": "{value} 不在 {low}–{high} 之間",
        "zh_CN": "{value} 不在 {low}–{high} 之间",
    },
    "not_date": {
        "en": "{value!r} is not a date (use YYYY-MM-DD, e.g. 2027-01-15)",
        "zh_TW": "「{value}」不是日期（格式 YYYY-MM-DD，例如 2027-01-15）",
        "zh_CN": "「{value}」不是日期（格式 YYYY-MM-DD，例如 2027-01-15）",
    },
    "date_required": {
        "en": "needs a date",
        "zh_TW": "需要日期",
        "zh_CN": "需要日期",
    },
    "not_whole": {
        "en": "{value!r} is not a whole number {low}–{high}",
        "zh_TW": "「{value}」不是 {low}–{high} 的整數",
        "zh_CN": "「{value}」不是 {low}–{high} 的整数",
    },
    "not_whole_any": {
        "en": "{value!r} is not a whole number",
        "zh_TW": "「{value}」不是整數",
        "zh_CN": "「{value}」不是整数",
    },
    "whole_range": {
        "en": "{value} is not a whole number {low}–{high}",
        "zh_TW": "{value} 不是 {low}–{high} 的整數",
        "zh_CN": "{value} 不是 {low}–{high} 的整数",
    },
    "whole_required": {
        "en": "is required: a whole number {low}–{high}",
        "zh_TW": "必須填寫 {low}–{high} 的整數",
        "zh_CN": "必须填写 {low}–{high} 的整数",
    },
    "not_number": {
        "en": "{value!r} is not a number",
        "zh_TW": "「{value}」不是數字",
        "zh_CN": "「{value}」不是数字",
    },
    "not_finite": {
        "en": "{value!r} is not a finite number",
        "zh_TW": "「{value}」不是有限的數字",
        "zh_CN": "「{value}」不是有限的数字",
    },
    "number_required": {
        "en": "a number is required",
        "zh_TW": "必須填寫數字",
        "zh_CN": "必须填写数字",
    },
    "number_range": {
        "en": "{value} is outside {low}–{high}",
        "zh_TW": "{value} 不在 {low}–{high} 之間",
        "zh_CN": "{value} 不在 {low}–{high} 之间",
    },
    "not_threshold": {
        "en": "{value!r} is not an operator and a number, e.g. < 85 or > 24",
        "zh_TW": "「{value}」不是比較符號加數字，例如 < 85 或 > 24",
        "zh_CN": "「{value}」不是比较符号加数字，例如 < 85 或 > 24",
    },
    "not_schedule": {
        "en": "{value!r} is not a schedule ({reason})",
        "zh_TW": "「{value}」不是時間安排（{reason}）",
        "zh_CN": "「{value}」不是时间安排（{reason}）",
    },
    "schedule_required": {
        "en": "needs a schedule, e.g. 每月第二周",
        "zh_TW": "需要時間安排，例如 每月第二周",
        "zh_CN": "需要时间安排，例如 每月第二周",
    },
    "not_choice": {
        "en": "choose one of the listed values",
        "zh_TW": "請從清單中選擇",
        "zh_CN": "请从列表中选择",
    },
    "code_used": {
        "en": "{value!r} is already used by another row",
        "zh_TW": "「{value}」已被另一列使用",
        "zh_CN": "「{value}」已被另一行使用",
    },
    "unknown_field": {
        "en": "unknown field {value!r}; one of: {choices}",
        "zh_TW": "沒有欄位「{value}」；可用：{choices}",
        "zh_CN": "没有字段「{value}」；可用：{choices}",
    },
    # ----- the key store (desktop.signoff.keystore) -----
    "password_blank": {
        "en": "the password is empty or only white space",
        "zh_TW": "密碼是空白的",
        "zh_CN": "密码是空白的",
    },
    "password_short": {
        "en": "the password must have at least {count} characters",
        "zh_TW": "密碼至少要有 {count} 個字元",
        "zh_CN": "密码至少要有 {count} 个字符",
    },
    "key_name_missing": {
        "en": "give the key's name (the person it belongs to)",
        "zh_TW": "請填寫金鑰的名稱（金鑰所屬的人）",
        "zh_CN": "请填写密钥的名称（密钥所属的人）",
    },
    "not_key_file": {
        "en": "{path}: not a PlanDesk key file ({detail})",
        "zh_TW": "{path}：不是 PlanDesk 金鑰檔（{detail}）",
        "zh_CN": "{path}：不是 PlanDesk 密钥文件（{detail}）",
    },
    "key_not_in_store": {
        "en": "the signing key ({fingerprint} …) is not in this user's key store ({root})",
        "zh_TW": "簽署金鑰（{fingerprint} …）不在本使用者的金鑰庫（{root}）中",
        "zh_CN": "签署密钥（{fingerprint} …）不在本用户的密钥库（{root}）中",
    },
    "named_key_not_in_store": {
        "en": "the signing key of {name} ({fingerprint} …) is not in this user's key store "
        "({root})",
        "zh_TW": "{name} 的簽署金鑰（{fingerprint} …）不在本使用者的金鑰庫（{root}）中",
        "zh_CN": "{name} 的签署密钥（{fingerprint} …）不在本用户的密钥库（{root}）中",
    },
    "no_key_for": {
        "en": "no signing key for {name!r} in this user's key store ({root}); create one with "
        "'plandesk key new'",
        "zh_TW": "本使用者的金鑰庫（{root}）中沒有「{name}」的簽署金鑰；"
        "請用 'plandesk key new' 建立",
        "zh_CN": "本用户的密钥库（{root}）中没有「{name}」的签署密钥；请用 'plandesk key new' 创建",
    },
    "weak_key_file": {
        "en": "{path}: the key file's password protection is weaker than PlanDesk's; refusing "
        "to use it",
        "zh_TW": "{path}：金鑰檔的密碼保護比 PlanDesk 的弱，拒絕使用",
        "zh_CN": "{path}：密钥文件的密码保护比 PlanDesk 的弱，拒绝使用",
    },
    "wrong_key_password": {
        "en": "wrong password for the signing key of {name}",
        "zh_TW": "{name} 的簽署金鑰密碼不正確",
        "zh_CN": "{name} 的签署密钥密码不正确",
    },
    "damaged_key": {
        "en": "{path}: the key file is damaged",
        "zh_TW": "{path}：金鑰檔已損壞",
        "zh_CN": "{path}：密钥文件已损坏",
    },
    "revise_draft": {
        "en": "revision {revision} is still a draft: change it directly (only an approved or "
        "rejected revision gets a revision N+1)",
        "zh_TW": "第 {revision} 版仍是草稿：請直接修改（只有已批準或被退回的版本才能建立新版本）",
        "zh_CN": "第 {revision} 版仍是草稿：请直接修改（只有已批准或被退回的版本才能建立新版本）",
    },
    "revise_in_review": {
        "en": "revision {revision} is being signed off: it can be revised once it is approved "
        "or rejected",
        "zh_TW": "第 {revision} 版正在審批中：批準或退回後才能建立新版本",
        "zh_CN": "第 {revision} 版正在审批中：批准或退回后才能建立新版本",
    },
    "revise_newer": {
        "en": "revision {newest} of this plan already exists: revise that one",
        "zh_TW": "這個計劃已有第 {newest} 版：請修訂該版本",
        "zh_CN": "这个计划已有第 {newest} 版：请修订该版本",
    },
    "key_exists": {
        "en": "this key store already has the key of {name}",
        "zh_TW": "這個金鑰庫已經有 {name} 的金鑰",
        "zh_CN": "这个密钥库已经有 {name} 的密钥",
    },
    "not_period": {
        "en": "{value!r} is not a period (a month 2027-03, a quarter 2027-Q1 or a year 2027)",
        "zh_TW": "「{value}」不是報告期間（月 2027-03、季度 2027-Q1 或年 2027）",
        "zh_CN": "「{value}」不是报告期间（月 2027-03、季度 2027-Q1 或年 2027）",
    },
    "period_year": {
        "en": "{value!r} is not in the plan year {year}",
        "zh_TW": "「{value}」不在計劃年度 {year} 之內",
        "zh_CN": "「{value}」不在计划年度 {year} 之内",
    },
    # ----- refused operations (desktop.operations: PlanOperations, run_change) -----
    "passed_on": {  # a refusal worded elsewhere, in English only (a lookup, a library)
        "en": "{detail}",
        "zh_TW": "{detail}",
        "zh_CN": "{detail}",
    },
    "conflict": {
        "en": "{detail}",
        "zh_TW": "有人同時修改了這個計劃，這項變更沒有進行（{detail}）",
        "zh_CN": "有人同时修改了这个计划，这项变更没有进行（{detail}）",
    },
    "workspace_read_only": {
        "en": "The workspace is open read-only: changes are not allowed.",
        "zh_TW": "工作區以唯讀方式開啟：不允許變更。",
        "zh_CN": "工作区以只读方式打开：不允许变更。",
    },
    "plan_locked": {
        "en": "“{title}” revision {revision} is {status}: its signed content is read-only "
        "(only done marks, KPI actuals and risk status / review dates can change); make a "
        "new revision to change it",
        "zh_TW": "「{title}」修訂 {revision} {status}：其簽核內容為唯讀（仍可記錄完成標記、"
        "指標實績及風險狀態／複核日期）；如需變更，請建立新修訂",
        "zh_CN": "“{title}”修订 {revision} {status}：其签核内容为只读（仍可记录完成标记、"
        "指标实绩及风险状态／复核日期）；如需变更，请创建新修订",
    },
    "plan_locked_fields": {
        "en": "“{title}” revision {revision} is {status}: its signed content is read-only "
        "(only done marks, KPI actuals and risk status / review dates can change); make a "
        "new revision to change it (refused change to: {fields})",
        "zh_TW": "「{title}」修訂 {revision} {status}：其簽核內容為唯讀（仍可記錄完成標記、"
        "指標實績及風險狀態／複核日期）；如需變更，請建立新修訂（拒絕變更：{fields}）",
        "zh_CN": "“{title}”修订 {revision} {status}：其签核内容为只读（仍可记录完成标记、"
        "指标实绩及风险状态／复核日期）；如需变更，请创建新修订（拒绝变更：{fields}）",
    },
    "import_not_draft": {
        "en": "“{title}” revision {revision} is {status}: import it again (a new revision, or "
        "its tracking data only)",
        "zh_TW": "「{title}」修訂 {revision} {status}：請重新匯入（建立新修訂，或只匯入追蹤數據）",
        "zh_CN": "“{title}”修订 {revision} {status}：请重新导入（创建新修订，或只导入跟踪数据）",
    },
    "import_not_tracking": {
        "en": "“{title}” revision {revision}: the workbook changes more than its tracking "
        "data; import the workbook again to see what it does now",
        "zh_TW": "「{title}」修訂 {revision}：活頁簿變更的不只是追蹤數據；請重新匯入活頁簿，"
        "查看它現在會做什麼",
        "zh_CN": "“{title}”修订 {revision}：工作簿变更的不只是跟踪数据；请重新导入工作簿，"
        "查看它现在会做什么",
    },
    "import_source_removed": {
        "en": "the plan to revise was removed; import the workbook again to see what it does now",
        "zh_TW": "要修訂的計劃已被刪除；請重新匯入活頁簿，查看它現在會做什麼",
        "zh_CN": "要修订的计划已被删除；请重新导入工作簿，查看它现在会做什么",
    },
    "import_revision_made": {
        "en": "revision {revision} of “{title}” was made meanwhile; import the workbook again "
        "to see what it does now",
        "zh_TW": "「{title}」的修訂 {revision} 已在此期間建立；請重新匯入活頁簿，查看它現在會做什麼",
        "zh_CN": "“{title}”的修订 {revision} 已在此期间创建；请重新导入工作簿，查看它现在会做什么",
    },
    "import_plan_added": {
        "en": "plan {uuid} was added meanwhile; import the workbook again to see what it does now",
        "zh_TW": "計劃 {uuid} 已在此期間新增；請重新匯入活頁簿，查看它現在會做什麼",
        "zh_CN": "计划 {uuid} 已在此期间添加；请重新导入工作簿，查看它现在会做什么",
    },
    "same_year": {
        "en": "the plan is already for {year}; choose another year",
        "zh_TW": "計劃已經是 {year} 年度的；請選擇其他年度",
        "zh_CN": "计划已经是 {year} 年度的；请选择其他年度",
    },
}

# Plan statuses as the refusals above say them (a parameter worded per language).
STATUS_WORDS: dict[str, dict[str, str]] = {
    "draft": {"en": "draft", "zh_TW": "草稿", "zh_CN": "草稿"},
    "in_review": {"en": "in review", "zh_TW": "審核中", "zh_CN": "审核中"},
    "reviewed": {"en": "reviewed", "zh_TW": "已審核", "zh_CN": "已审核"},
    "approved": {"en": "approved", "zh_TW": "已批準", "zh_CN": "已批准"},
}

# Fields named by their stored name (the command line, the overview's header fields); a field
# not listed here is a label the caller has already translated (a column header).
# The plan's fields named as the field table labels them; the English stays the field's key,
# as the command line has always printed it ("compiled_on: …").
_PLAN_NAMED = ("title", "year", *APPROVAL_KEYS, "introduction", "summary", "outlook")
FIELD_NAMES: dict[str, dict[str, str]] = {
    **{key: {"zh_TW": PLAN[key].zh_TW, "zh_CN": PLAN[key].zh_CN} for key in _PLAN_NAMED},
    # named for their context: the command-line option, the cover's 單位, a person, a note
    "--year": {"zh_TW": "年度", "zh_CN": "年度"},
    "organisation": {"zh_TW": "單位", "zh_CN": "单位"},
    "name": {"zh_TW": "姓名", "zh_CN": "姓名"},
    "comment": {"zh_TW": "意見", "zh_CN": "意见"},
    "code": {"zh_TW": "編號", "zh_CN": "编号"},
    "problem": {"zh_TW": "問題", "zh_CN": "问题"},
    "solution": {"zh_TW": "解決方案", "zh_CN": "解决方案"},
    "--period": {"zh_TW": "報告期間", "zh_CN": "报告期间"},
}
