<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Accessible</name>
        <message>
            <location filename="../../desktop/views/shared/accessible.py" line="38" />
            <source>Select all</source>
            <translation>全选</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/accessible.py" line="72" />
            <source>More tools</source>
            <translation>更多工具</translation>
        </message>
    </context>
    <context>
        <name>AuditHistoryModel</name>
        <message>
            <location filename="../../desktop/views/signoff/audit_history.py" line="66" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/audit_history.py" line="66" />
            <source>Changes</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/audit_history.py" line="66" />
            <source>Time (UTC)</source>
            <translation>时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/audit_history.py" line="66" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
    </context>
    <context>
        <name>BackgroundRunner</name>
        <message>
            <location filename="../../desktop/views/shared/background.py" line="53" />
            <source>Cancelled: nothing was changed.</source>
            <translation>已取消：未作任何更改。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/background.py" line="201" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>BoardEditing</name>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="88" />
            <source>Mark {0} of {1} done / not done</source>
            <translation>将 {1} 于 {0} 标记为完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="184" />
            <source>Add task</source>
            <translation>添加任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="196" />
            <source>Rename {0}</source>
            <translation>重命名 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="201" />
            <source>Choose a task first.</source>
            <translation>请先选择一项任务。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="206" />
            <source>Add subtask</source>
            <translation>添加子任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="220" />
            <source>No subtask added.</source>
            <translation>未添加子任务。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="246" />
            <source>Remove {0}</source>
            <translation>删除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="248" />
            <source>Removed {0}. Undo brings it back.</source>
            <translation>已删除 {0}。撤销即可还原。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="259" />
            <source>Move {0}</source>
            <translation>移动{0}</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="113" />
            <source>Task / subtask</source>
            <translation>任务／子任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="114" />
            <source>Owner team</source>
            <translation>责任人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="115" />
            <source>Schedule</source>
            <translation>时间安排</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="116" />
            <source>Resources</source>
            <translation>所需资源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="293" />
            <source>(no schedule)</source>
            <translation>（未设时间）</translation>
        </message>
    </context>
    <context>
        <name>BoardNotes</name>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="120" />
            <location filename="../../desktop/views/board/board_notes.py" line="137" />
            <source>Occurrence notes</source>
            <translation>进度备注</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="123" />
            <location filename="../../desktop/views/board/board_notes.py" line="139" />
            <source>Occurrence</source>
            <translation>执行日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="123" />
            <source>Problem met:</source>
            <translation>遇到的问题：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="123" />
            <source>Solution or next step:</source>
            <translation>解决方案或下一步：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="132" />
            <location filename="../../desktop/views/board/board_notes.py" line="181" />
            <source>Note…</source>
            <translation>备注…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="162" />
            <source>Problem: {0}</source>
            <translation>问题：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="164" />
            <source>Solution: {0}</source>
            <translation>解决方案：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="178" />
            <source>Mark done</source>
            <translation>标记为完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="178" />
            <source>Mark not done</source>
            <translation>标记为未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="196" />
            <location filename="../../desktop/views/board/board_notes.py" line="212" />
            <source>Note on {0} {1}</source>
            <translation>{0} {1} 的备注</translation>
        </message>
    </context>
    <context>
        <name>ChangesPanel</name>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="41" />
            <source>Compare with a package or reply…</source>
            <translation>与审阅包或回复比较…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>Field</source>
            <translation>栏位</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>New</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>Old</source>
            <translation>旧值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>Section</source>
            <translation>章节</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="58" />
            <source>&lt;b&gt;What changed&lt;/b&gt; — compare with:</source>
            <translation>&lt;b&gt;变更内容&lt;/b&gt; — 比较对象：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="67" />
            <source>Changes</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="67" />
            <source>Section, item, field, old and new value</source>
            <translation>章节、项目、字段、旧值与新值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="87" />
            <source>Changes since revision {0}</source>
            <translation>自修订 {0} 以来的变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="89" />
            <source> (approved)</source>
            <translation>（已批准）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="92" />
            <source>Changes since {0} signed</source>
            <translation>自 {0} 签署以来的变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="94" />
            <source>No earlier revision or signature to compare with</source>
            <translation>没有可比较的较早修订或签署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="104" />
            <source>This is the plan's first revision: nothing to compare.</source>
            <translation>这是计划的第一个修订：没有可比较的内容。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="115" />
            <source>Changes since revision {0}: {1}</source>
            <translation>自修订 {0} 以来的变更：{1} 项</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="119" />
            <source>Changes since {0} signed revision {1}: {2}</source>
            <translation>自 {0} 签署修订 {1} 以来的变更：{2} 项</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="127" />
            <source>Compare with a package or reply</source>
            <translation>与审阅包或回复比较</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="129" />
            <source>Review packages and replies (*.pdreview)</source>
            <translation>审阅包与回复 (*.pdreview)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="143" />
            <source>{0}: cannot be read ({1})</source>
            <translation>{0}：无法读取（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="153" />
            <source>Changes since {0} (revision {1}): {2}</source>
            <translation>自 {0}（修订 {1}）以来的变更：{2} 项</translation>
        </message>
    </context>
    <context>
        <name>ChoiceDelegate</name>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="321" />
            <source>Choose one of the listed values.</source>
            <translation type="vanished">请从列出的选项中选择。</translation>
        </message>
    </context>
    <context>
        <name>CreateKeyDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="33" />
            <source>Create a signing key</source>
            <translation>创建签署密钥</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="37" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="43" />
            <source>Your &amp;name (as plans name you):</source>
            <translation>您的姓名（与计划中所列相同）(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="44" />
            <source>&amp;Password (at least 8 characters):</source>
            <translation>密码（至少 8 个字符）(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="45" />
            <source>Password &amp;again:</source>
            <translation>再次输入密码(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="46" />
            <source>Write the &amp;identity file to:</source>
            <translation>身份文件写入位置(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="51" />
            <source>The key stays on this computer, sealed with your password; nobody can reset it. Give the identity file (it holds no secret) to your administrator.</source>
            <translation>密钥只存于此电脑，并以您的密码加密保护；没有人能重设密码。请把身份文件（不含任何机密）交给管理员。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="58" />
            <source>&amp;Create</source>
            <translation>创建(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="73" />
            <source>Identity file</source>
            <translation>身份文件</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="73" />
            <source>Identity files (*.pem)</source>
            <translation>身份文件 (*.pem)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="82" />
            <source>Give your name.</source>
            <translation>请输入您的姓名。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="85" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="88" />
            <source>The password is empty or only white space.</source>
            <translation>密码为空或只有空白字符。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="92" />
            <source>The password needs at least {0} characters.</source>
            <translation>密码至少需要 {0} 个字符。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="96" />
            <source>Choose a folder that exists for the identity file.</source>
            <translation>请为身份文件选择一个已存在的文件夹。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="104" />
            <source>Creating the key…</source>
            <translation>正在创建密钥…</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <location filename="../../desktop/views/shared/value_delegates.py" line="148" />
            <source>Type or pick a date; Delete clears it</source>
            <translation>输入或选择日期；按 Delete 清除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="484" />
            <source>{0} needs a date.</source>
            <translation type="vanished">{0}需要日期。</translation>
        </message>
    </context>
    <context>
        <name>GoalsScreen</name>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="71" />
            <source>Goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="73" />
            <source>KPIs of the selected goal</source>
            <translation>所选目标的关键指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="91" />
            <location filename="../../desktop/views/goals/goals_screen.py" line="142" />
            <source>Monthly actuals</source>
            <translation>每月实际值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="92" />
            <source>One row a KPI, one column a month; Tab moves along the row</source>
            <translation>每个 KPI 一行、每月一列；Tab 沿同一行移动</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="101" />
            <location filename="../../desktop/views/goals/goals_screen.py" line="104" />
            <source>Actual</source>
            <translation>实际值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="114" />
            <location filename="../../desktop/views/goals/goals_screen.py" line="152" />
            <source>Tasks ↔ KPIs</source>
            <translation>任务 ↔ 指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="118" />
            <source>Edit task…</source>
            <translation>编辑任务…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="129" />
            <source>Monthly actuals and task ↔ KPI links</source>
            <translation>每月实际值与任务 ↔ KPI 关联</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="134" />
            <source>Monthly actuals of every KPI. Type a value, or copy cells in a spreadsheet and paste them here with Ctrl+V (one undoable change); an empty cell or Delete clears a value.</source>
            <translation>各关键指标的每月实际值。可直接输入数值，或在电子表格中复制单元格后按 Ctrl+V 粘贴（一次可撤销的变更）；空白单元格或按 Delete 会清除数值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="147" />
            <source>Tick the KPIs each key task serves (Space toggles the current cell).</source>
            <translation>勾选每项关键任务所支持的指标（按空格键切换当前单元格）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="232" />
            <source>KPIs of goal {0}</source>
            <translation>目标 {0} 的关键指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="238" />
            <source>Edit goal</source>
            <translation>编辑目标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="239" />
            <source>Edit KPI</source>
            <translation>编辑指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="240" />
            <source>Remove goal</source>
            <translation>删除目标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="241" />
            <source>Remove KPI</source>
            <translation>删除指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="242" />
            <source>Move goal</source>
            <translation>移动目标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="243" />
            <source>Move KPI</source>
            <translation>移动指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="259" />
            <source>Add goal</source>
            <translation>添加目标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="275" />
            <source>Select a goal first.</source>
            <translation>请先选择一个目标。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="281" />
            <source>Add KPI</source>
            <translation>添加指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="320" />
            <source>Paste actuals</source>
            <translation>粘贴实际值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="320" />
            <source>Set actual</source>
            <translation>设置实际值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="327" />
            <source>Link task to KPI</source>
            <translation>将任务链接到指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="327" />
            <source>Unlink task from KPI</source>
            <translation>取消任务与指标的链接</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="202" />
            <source>New goal</source>
            <translation type="vanished">新目标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="216" />
            <source>New KPI</source>
            <translation type="vanished">新指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="181" />
            <source>Edit {0}</source>
            <translation type="vanished">编辑{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="214" />
            <source>Remove {0}</source>
            <translation type="vanished">删除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="219" />
            <source>Move {0}</source>
            <translation type="vanished">移动{0}</translation>
        </message>
    </context>
    <context>
        <name>HeatMap</name>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="151" />
            <source>Risk heat map</source>
            <translation>风险热力图</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="154" />
            <source>Click a cell to show only its risks; click it again to show all. Keyboard: arrows, Space.</source>
            <translation>单击格子只显示其中的风险；再单击显示全部。键盘：方向键、空格键。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="194" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="195" />
            <source>Impact</source>
            <translation>影响</translation>
        </message>
    </context>
    <context>
        <name>HeatMapPanel</name>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="244" />
            <source>Inherent</source>
            <translation>固有</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="244" />
            <source>Residual</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="295" />
            <source>Heat map: inherent risk</source>
            <translation>热力图：固有风险</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="297" />
            <source>Heat map: residual risk</source>
            <translation>热力图：剩余风险</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="302" />
            <source>Risks scored: {0}. Click a cell to filter the table.</source>
            <translation>已评分的风险：{0}。单击格子可筛选表格。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="308" />
            <source>Showing likelihood {0} × impact {1} ({2} risks). Click it again to show all.</source>
            <translation>显示可能性 {0} × 影响 {1}（{2} 项风险）。再单击显示全部。</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../desktop/views/signoff_history.py" line="45" />
            <source>Action</source>
            <translation type="vanished">操作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_history.py" line="45" />
            <source>Item</source>
            <translation type="vanished">项目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_history.py" line="45" />
            <source>Time (UTC)</source>
            <translation type="vanished">时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_history.py" line="45" />
            <source>Who</source>
            <translation type="vanished">操作人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_history.py" line="46" />
            <source>Changes</source>
            <translation type="vanished">变更</translation>
        </message>
    </context>
    <context>
        <name>IdentityPicker</name>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="41" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="72" />
            <source>My key: {0} ({1} …)</source>
            <translation>我的密钥：{0}（{1} …）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="87" />
            <source>Identity file</source>
            <translation>身份文件</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="87" />
            <source>Identity files (*.pem);;All files (*)</source>
            <translation>身份文件 (*.pem);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="107" />
            <location filename="../../desktop/views/signoff/identity_picker.py" line="118" />
            <source>Choose an identity file first.</source>
            <translation>请先选择身份文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="127" />
            <source>No identity chosen.</source>
            <translation>尚未选择身份。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="134" />
            <source>This identity cannot be used: {0}</source>
            <translation>此身份无法使用：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="141" />
            <source>The identity names &lt;b&gt;{0}&lt;/b&gt;; its key fingerprint (SHA-256):</source>
            <translation>此身份的名字是 &lt;b&gt;{0}&lt;/b&gt;；其密钥指纹（SHA-256）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="161" />
            <source>Certify this key?</source>
            <translation>认证此密钥？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="162" />
            <source>Certify the key of {0} with the roles {1}?

Key fingerprint (SHA-256):
{2}

Compare every group with the fingerprint {0} gave you ('plandesk key new' prints it; My signing keys… shows it).</source>
            <translation>以角色 {1} 认证 {0} 的密钥？

密钥指纹（SHA-256）：
{2}

请逐组与 {0} 给您的指纹核对（「plandesk key new」会打印，「我的签署密钥…」会显示）。</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="61" />
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="66" />
            <source>My signing keys</source>
            <translation>我的签署密钥</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="63" />
            <source>Created (UTC)</source>
            <translation>创建时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="63" />
            <source>Key fingerprint (SHA-256)</source>
            <translation>密钥指纹（SHA-256）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="63" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="65" />
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="65" />
            <source>Trust root fingerprint (SHA-256)</source>
            <translation>信任根指纹（SHA-256）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="67" />
            <source>Trust roots I accept</source>
            <translation>我接受的信任根</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="71" />
            <source>&amp;Create…</source>
            <translation>创建(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="72" />
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="73" />
            <source>&amp;Export key file…</source>
            <translation>导出密钥文件(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="74" />
            <source>Export &amp;identity…</source>
            <translation>导出身份文件(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="75" />
            <source>Export digital ID (.&amp;p12)…</source>
            <translation>导出数字身份 (.&amp;p12)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="76" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="83" />
            <source>&amp;Accept this workspace's root…</source>
            <translation>接受此工作区的信任根(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="90" />
            <source>Key store: {0}</source>
            <translation>密钥库：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="93" />
            <source>&lt;b&gt;My signing keys&lt;/b&gt; (only on this computer)</source>
            <translation>&lt;b&gt;我的签署密钥&lt;/b&gt;（仅在此电脑上）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="100" />
            <source>&lt;b&gt;Trust roots I accepted&lt;/b&gt; (signatures chaining to them can be valid here)</source>
            <translation>&lt;b&gt;我已接受的信任根&lt;/b&gt;（链接到它们的签名在此可为有效）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="151" />
            <source>Select a key in the list first.</source>
            <translation>请先在列表中选择一个密钥。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="163" />
            <source>Created the key of {0}; its identity file is {1}.</source>
            <translation>已创建 {0} 的密钥；其身份文件为 {1}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="174" />
            <source>Import a key file</source>
            <translation>导入密钥文件</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="174" />
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="193" />
            <source>PlanDesk key files (*.pdkey)</source>
            <translation>PlanDesk 密钥文件 (*.pdkey)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="183" />
            <source>Imported the key of {0}.</source>
            <translation>已导入 {0} 的密钥。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="191" />
            <source>Export the key file</source>
            <translation>导出密钥文件</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="203" />
            <source>Exported the key of {0} to {1}; it is still sealed with its password.</source>
            <translation>已将 {0} 的密钥导出至 {1}；它仍以其密码加密保护。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="213" />
            <source>Export the identity file</source>
            <translation>导出身份文件</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="213" />
            <source>Identity files (*.pem)</source>
            <translation>身份文件 (*.pem)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="222" />
            <source>Wrote the identity file of {0} to {1}.</source>
            <translation>已将 {0} 的身份文件写入 {1}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="241" />
            <source>No workspace has certified this key yet: sign once in PlanDesk or ask your admin to enrol you.</source>
            <translation>尚无工作区认证此密钥：请先在 PlanDesk 签署一次，或请管理员为您登记。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="249" />
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="258" />
            <source>Export digital ID</source>
            <translation>导出数字身份</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="251" />
            <source>Digital IDs (*.p12)</source>
            <translation>数字身份 (*.p12)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="263" />
            <source>Password of the signing key:</source>
            <translation>签署密钥的密码：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="265" />
            <source>A password for the .p12 file:</source>
            <translation>.p12 文件的密码：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="279" />
            <source>Wrote the digital ID of {0} to {1}: import it into your PDF reader with its password.</source>
            <translation>已将 {0} 的数字身份写入 {1}：请以其密码导入您的 PDF 阅读器。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="291" />
            <source>Delete the key</source>
            <translation>删除密钥</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="293" />
            <source>Delete the signing key of {0} from this computer?

Signatures made with it stay valid, but {0} can no longer sign here (unless the key is imported again).</source>
            <translation>要从此电脑删除 {0} 的签署密钥吗？

以它做出的签名仍然有效，但 {0} 将无法再于此处签署（除非再次导入密钥）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="302" />
            <source>Deleted the key of {0}.</source>
            <translation>已删除 {0} 的密钥。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="308" />
            <source>Accepted the trust root {0}.</source>
            <translation>已接受信任根 {0}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="332" />
            <source>Accept a trust root</source>
            <translation>接受信任根</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="334" />
            <source>Compare this fingerprint with the one your administrator gave you (in person, by phone or on paper, not in the same e-mail as the file):

{0}

Accept it only if every group matches. Signatures chaining to this root will then count as valid on this computer.</source>
            <translation>请将此指纹与管理员提供给您的指纹比对（当面、电话或纸本，不要用附带文件的同一封电子邮件）：

{0}

只有每一组都相符时才接受。之后链接到此信任根的签名在此电脑上才算有效。</translation>
        </message>
    </context>
    <context>
        <name>KpiForecast</name>
        <message>
            <location filename="../../desktop/views/kpi/kpi_forecast.py" line="48" />
            <source>Forecast: too few actuals (a forecast needs 3 months).</source>
            <translation>预测：实际数据太少（至少需要 3 个月）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_forecast.py" line="52" />
            <source>Forecast: none (a growth KPI needs volumes above zero).</source>
            <translation>预测：无（增长类指标的数值须大于零）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_forecast.py" line="56" />
            <source>Forecast for December: {0} (80 % range {1}–{2})</source>
            <translation>12 月预测：{0}（80 % 区间 {1}–{2}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_forecast.py" line="60" />
            <source>; {0} % chance of reaching {1}</source>
            <translation>；达到 {1} 的机会为 {0} %</translation>
        </message>
    </context>
    <context>
        <name>KpiMainChart</name>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="70" />
            <source>Point at a month to read its values.</source>
            <translation>将光标移到月份上即可查看数值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="94" />
            <source>No KPI to show.</source>
            <translation>没有可显示的指标。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="121" />
            <source>growth on previous month, %</source>
            <translation>环比增长（%）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="123" />
            <source>improvement over baseline, %</source>
            <translation>较基线提升（%）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="126" />
            <source>volume</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="235" />
            <source>Q{0}</source>
            <translation>第{0}季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="237" />
            <source>Year to date</source>
            <translation>年初至今</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="245" />
            <source>{0}: &lt;b style='color:{1}'&gt;{2}&lt;/b&gt; / {3}</source>
            <translation>{0}：&lt;b style='color:{1}'&gt;{2}&lt;/b&gt; / {3}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="261" />
            <source>no actual</source>
            <translation>无实际值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="262" />
            <source>no target</source>
            <translation>无目标值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="263" />
            <source>{0}: actual {1} · target {2}</source>
            <translation>{0}：实际 {1} · 目标 {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="268" />
            <source> · gap {0}</source>
            <translation> · 差距 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="271" />
            <source> · entered {0}</source>
            <translation> · 填报 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="275" />
            <source>示範數據 / demo data</source>
            <translation>示范数据</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="193" />
            <source> · {0:+.1f}% on previous month</source>
            <translation type="vanished"> · 较上月 {0:+.1f}%</translation>
        </message>
    </context>
    <context>
        <name>KpiPaneScreen</name>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="140" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="346" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="348" />
            <source>Fill demo actuals</source>
            <translation>填入演示实际值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="142" />
            <source>Adds made-up demo numbers for January to September to every KPI, so that you can explore the charts. Measured actuals are kept. Undo removes them.</source>
            <translation>为每个指标加入 1 至 9 月的虚构演示数字，方便您浏览图表。已测量的实际值会保留。撤销即可移除。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="147" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="353" />
            <source>Remove demo actuals</source>
            <translation>移除演示实际值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="149" />
            <source>Export PNG…</source>
            <translation>导出 PNG…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="152" />
            <source>DEMO DATA: the actuals shown are generated, not measured.</source>
            <translation>演示数据：显示的实际值是产生的，并非实际测量。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="181" />
            <source>Early warnings</source>
            <translation>风险预警</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="184" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="185" />
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="186" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="187" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="188" />
            <source>Threshold</source>
            <translation>预警阈值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="233" />
            <source>This plan is signed off: its actuals are measured values, demo numbers cannot be added.</source>
            <translation>此计划已签核：其实绩为实测值，不能加入示范数据。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="259" />
            <source>{0} off track</source>
            <translation>{0} 项未达标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="260" />
            <source>{0} at risk</source>
            <translation>{0} 项接近</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="261" />
            <source>{0} on track</source>
            <translation>{0} 项达标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="262" />
            <source>{0} without data</source>
            <translation>{0} 项无数据</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="306" />
            <source>This plan has no KPIs yet.</source>
            <translation>此计划尚无关键指标。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="328" />
            <source>&lt;b&gt;Early warnings (風險預警): {0}&lt;/b&gt;</source>
            <translation>&lt;b&gt;风险预警：{0}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="331" />
            <source>&lt;b&gt;Early warnings (風險預警)&lt;/b&gt;: none — no actual crosses a risk's threshold.</source>
            <translation>&lt;b&gt;风险预警&lt;/b&gt;：无 — 没有实际值越过风险的预警阈值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="341" />
            <source>Add generated DEMO actuals (January–September) to every KPI?

They are made up for exploring the charts, marked as demo data, and never replace measured actuals. Edit ▸ Undo removes them.</source>
            <translation>要为每个指标加入产生的演示实际值（1 月至 9 月）吗？

这些数字是虚构的，仅供浏览图表，会标示为演示数据，且绝不会取代已测量的实际值。编辑 ▸ 撤销即可移除。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="373" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="378" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="385" />
            <source>Export PNG</source>
            <translation>导出 PNG</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="373" />
            <source>Width in pixels:</source>
            <translation>宽度（像素）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="378" />
            <source>PNG (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>LoadPanel</name>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="233" />
            <source>Team load (plan items per ISO week; right-click a team to set its limit)</source>
            <translation>团队负荷（每 ISO 周的计划项目数；右键点击团队设定上限）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="248" />
            <source>{0} · {1}: no plan items</source>
            <translation>{0} · {1}：没有计划项目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="251" />
            <source>{0} · {1}: {2} plan items — {3}</source>
            <translation>{0} · {1}：{2} 个计划项目 — {3}</translation>
        </message>
    </context>
    <context>
        <name>LoadStrip</name>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="91" />
            <source>Plan items per team per ISO week; click a week to list them</source>
            <translation>各团队每周（ISO 周）的计划项目数；点击某周列出项目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="202" />
            <source>Set weekly limit of {0}…</source>
            <translation>设定 {0} 的每周上限…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="209" />
            <source>Weekly limit</source>
            <translation>每周上限</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="210" />
            <source>Most plan items a week for {0} (0: no limit):</source>
            <translation>{0} 每周最多计划项目数（0：不设上限）：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="105" />
            <source>Overview &amp; approval</source>
            <translation>概览与审批</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="106" />
            <source>Goals &amp; KPIs</source>
            <translation>目标与指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="107" />
            <source>Task board</source>
            <translation>任务看板</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="108" />
            <source>Risk register</source>
            <translation>风险登记册</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="109" />
            <source>KPI charts</source>
            <translation>指标图表</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="110" />
            <source>Monitoring &amp; communication</source>
            <translation>监控与沟通</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="111" />
            <source>Sign-off</source>
            <translation>签署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="117" />
            <source>Ctrl+1 … Ctrl+7 switch screens</source>
            <translation>Ctrl+1 … Ctrl+7 切换画面</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="117" />
            <source>Screens</source>
            <translation>画面</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="128" />
            <source>Read-only: another PlanDesk is using this workspace. You can look, print and export, but not change anything.</source>
            <translation>只读：另一个 PlanDesk 正在使用此工作区。您可以查看、打印和导出，但不能做任何变更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="135" />
            <source>Read-only: the workspace file or its folder cannot be written. You can look, print and export, but not change anything.</source>
            <translation>只读：无法写入工作区文件或其所在文件夹。您可以查看、打印和导出，但不能做任何变更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="158" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="161" />
            <source>Plan: </source>
            <translation>计划：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="168" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="169" />
            <source>Recen&amp;t workspaces</source>
            <translation>最近使用的工作区(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="170" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="171" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="173" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="177" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="184" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="185" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="186" />
            <source>&amp;About PlanDesk</source>
            <translation>关于 PlanDesk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="242" />
            <source>Workspace: {0}</source>
            <translation>工作区：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="249" />
            <source>PlanDesk — {0}</source>
            <translation>PlanDesk — {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="250" />
            <source>No plan</source>
            <translation>没有计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="254" />
            <source>review package {0}</source>
            <translation>审核包 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="260" />
            <source>Status: {0} · revision {1}</source>
            <translation>状态：{0} · 修订 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="278" />
            <source>Checks: {0} findings ({1} errors)</source>
            <translation>检查：{0} 个问题（{1} 个错误）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="281" />
            <source> · Early warnings: {0}</source>
            <translation> · 风险预警：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="341" />
            <source>About PlanDesk</source>
            <translation>关于 PlanDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="343" />
            <source>&lt;h3&gt;PlanDesk {0}&lt;/h3&gt;&lt;p&gt;Plan, schedule, track, print and sign off an annual social-media plan, offline.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PlanDesk {0}&lt;/h3&gt;&lt;p&gt;脱机规划、排期、跟踪、打印并签署年度社交媒体计划。&lt;/p&gt;&lt;p&gt;工作区：{1}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/plan_list.py" line="19" />
            <source>{0} ({1}, revision {2}, {3})</source>
            <translation>{0}（{1}年，修订 {2}，{3}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/plan_list.py" line="29" />
            <source>Plan id {0}</source>
            <translation>计划编号 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/refusals.py" line="55" />
            <source>Change not made</source>
            <translation>未做变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="165" />
            <source>Recent workspaces</source>
            <translation type="vanished">最近使用的工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="225" />
            <source>{0} ({1}, revision {2})</source>
            <translation type="vanished">{0}（{1}年，修订 {2}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="200" />
            <source>This screen is being built.</source>
            <translation type="vanished">此界面正在构建中。</translation>
        </message>
    </context>
    <context>
        <name>MonitoringScreen</name>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="43" />
            <source>Sections</source>
            <translation>各部分</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="91" />
            <source>Total amount: 0 (no amounts entered yet)</source>
            <translation>总金额：0（尚未输入金额）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="94" />
            <source>Total amount: {0}</source>
            <translation>总金额：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="99" />
            <source>Edit {0}</source>
            <translation>编辑{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="118" />
            <source>Add {0}</source>
            <translation>添加{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="135" />
            <source>Remove {0}</source>
            <translation>删除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="144" />
            <source>Move {0}</source>
            <translation>移动{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitoring.py" line="105" />
            <source>New item</source>
            <translation type="vanished">新项目</translation>
        </message>
    </context>
    <context>
        <name>MoveQuestion</name>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="24" />
            <source>Move {0}</source>
            <translation>移动{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="26" />
            <source>Move {0} to week {1} in month {2} only, or in every month?</source>
            <translation>把“{0}”移到第 {1} 周：只改 {2} 月这一次，还是每个月都改？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="30" />
            <source>Done marks stay with their month's occurrence.</source>
            <translation>完成标记跟随该月的那一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="31" />
            <source>This occurrence only</source>
            <translation>只改这一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="32" />
            <source>Every month</source>
            <translation>每个月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="48" />
            <source>Reschedule {0} to {1}</source>
            <translation>将 {0} 改期至 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="49" />
            <source>Move {0} in month {1} to week {2}</source>
            <translation>将 {0} 在 {1} 月移到第 {2} 周</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="67" />
            <source>Problem met:</source>
            <translation>遇到的问题：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="68" />
            <source>Solution or next step:</source>
            <translation>解决方案或下一步：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="73" />
            <source>Remove note</source>
            <translation>删除备注</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../desktop/views/shared/value_delegates.py" line="95" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>OverviewScreen</name>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="92" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="93" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="94" />
            <source>Organisation</source>
            <translation>编制单位</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="95" />
            <source>Compiler</source>
            <translation>编制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="96" />
            <source>Reviewer</source>
            <translation>审核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="97" />
            <source>Approver</source>
            <translation>批准人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="98" />
            <source>Compile date</source>
            <translation>编制日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="126" />
            <source>Plan and approval</source>
            <translation>计划与审批</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="144" />
            <source>Plan checks</source>
            <translation>计划检查</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="146" />
            <source>Click a finding (or press Enter) to go to the item.</source>
            <translation>单击问题（或按 Enter）即可前往该项目。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="153" />
            <source>Introduction</source>
            <translation>引言</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="154" />
            <source>Summary</source>
            <translation>总结</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="155" />
            <source>Outlook</source>
            <translation>展望</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="247" />
            <source>No plan</source>
            <translation>没有计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="247" />
            <source>Status: {0}</source>
            <translation>状态：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="252" />
            <source>The workspace is open read-only.</source>
            <translation>工作区以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="258" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="259" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="260" />
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="271" />
            <source>Go to {0}</source>
            <translation>前往{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="274" />
            <source>No findings: the plan looks complete.</source>
            <translation>没有发现问题：计划看来完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="275" />
            <source>Plan checks ({0})</source>
            <translation>计划检查（{0}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="292" />
            <location filename="../../desktop/views/overview/overview_screen.py" line="309" />
            <source>Edit {0}</source>
            <translation>编辑{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="216" />
            <source>This plan is in review or approved, so its header, approval fields and texts are read-only. To change it, make a new revision (or have it sent back).</source>
            <translation type="vanished">此计划正在审核或已批准，因此表头、审批字段和内文均为只读。如需修改，请创建新的修订版本（或请审核人退回）。</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="69" />
            <location filename="../../desktop/views/signoff/people_dialog.py" line="74" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="76" />
            <source>Certificate</source>
            <translation>凭证</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="76" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="76" />
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="76" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="97" />
            <source>&amp;Identity:</source>
            <translation>身份(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="100" />
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="101" />
            <source>&amp;Acting admin:</source>
            <translation>执行的管理员(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="104" />
            <location filename="../../desktop/views/signoff/people_dialog.py" line="184" />
            <source>Pass&amp;word of the admin's key:</source>
            <translation>管理员密钥的密码(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="107" />
            <source>&amp;Add from identity file</source>
            <translation>从身份文件加入(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="108" />
            <source>Change &amp;roles</source>
            <translation>变更职责(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="109" />
            <source>Replace &amp;key</source>
            <translation>更换密钥(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="110" />
            <source>Re&amp;move…</source>
            <translation>移除(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="111" />
            <source>Create my &amp;key…</source>
            <translation>创建我的密钥(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="160" />
            <source>legacy, not anchored</source>
            <translation>旧式，未锚定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="162" />
            <source>enrolled</source>
            <translation>已登记</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="164" />
            <source>flagged: {0}</source>
            <translation>已标记：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="169" />
            <source>(none: enrol again from an identity file)</source>
            <translation>（无：请从身份文件重新登记）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="182" />
            <source>Pass&amp;word of your key:</source>
            <translation>您密钥的密码(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="189" />
            <source>&lt;b&gt;This workspace has no trust root yet.&lt;/b&gt; Pick your own identity (or create a key first), tick Administrator and add yourself: your key becomes this workspace's trust root. Everyone who checks its signatures compares the root's fingerprint with the one you give them.</source>
            <translation>&lt;b&gt;此工作区尚无信任根。&lt;/b&gt;请选择您自己的身份（或先创建密钥），勾选“管理员”并加入自己：您的密钥将成为此工作区的信任根。每位核对其签名的人都要把信任根的指纹与您提供的指纹比对。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="200" />
            <source>Only an administrator can change people, with the password of their own key. The workspace's trust root (fingerprint):</source>
            <translation>只有管理员能以自己密钥的密码变更人员。此工作区的信任根（指纹）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="214" />
            <source>None of the keys in your key store belongs to an administrator of this workspace: you can look, not change.</source>
            <translation>您密钥库中的密钥都不属于此工作区的管理员：您只能查看，不能变更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="266" />
            <source>Enter the password of the admin's key.</source>
            <translation>请输入管理员密钥的密码。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="268" />
            <source>Enter the password of your key.</source>
            <translation>请输入您密钥的密码。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="286" />
            <source>Select a person in the list first.</source>
            <translation>请先在列表中选择一位人员。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="306" />
            <source>Added {0}.</source>
            <translation>已添加 {0}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="308" />
            <source>Adding…</source>
            <translation>正在添加…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="321" />
            <source>Changed the roles of {0}.</source>
            <translation>已变更 {0} 的职责。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="323" />
            <location filename="../../desktop/views/signoff/people_dialog.py" line="350" />
            <source>Certifying…</source>
            <translation>正在认证…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="344" />
            <source>Certified the new key of {0}.</source>
            <translation>已认证 {0} 的新密钥。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="358" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="360" />
            <source>Remove {0} from this workspace? Their past signatures stay on record; they can no longer sign here.</source>
            <translation>要将 {0} 从此工作区移除吗？其过往签名仍保留在记录中；之后不能再于此处签署。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="371" />
            <source>Removed {0}.</source>
            <translation>已移除 {0}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="373" />
            <source>Removing…</source>
            <translation>正在移除…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="394" />
            <source>Your key is now this workspace's trust root, pinned for you. Give this fingerprint to everyone who will check its signatures:
{0}</source>
            <translation>您的密钥现在是此工作区的信任根，并已为您固定。请把此指纹交给每位将核对其签名的人：
{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="80" />
            <source>&amp;Browse…</source>
            <translation type="vanished">浏览(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="223" />
            <source>My key: {0} ({1} …)</source>
            <translation type="vanished">我的密钥：{0}（{1} …）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="250" />
            <source>Identity file</source>
            <translation type="vanished">身份文件</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="250" />
            <source>Identity files (*.pem);;All files (*)</source>
            <translation type="vanished">身份文件 (*.pem);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="265" />
            <source>Choose an identity file first.</source>
            <translation type="vanished">请先选择身份文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="192" />
            <source>Key fingerprint</source>
            <translation type="vanished">密钥指纹</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="207" />
            <source>&amp;Name:</source>
            <translation type="vanished">姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="209" />
            <source>&amp;Password:</source>
            <translation type="vanished">密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="210" />
            <source>Password &amp;again:</source>
            <translation type="vanished">再次输入密码(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="211" />
            <source>&amp;Admin allowing it:</source>
            <translation type="vanished">核准的管理员(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="214" />
            <source>Admin's pass&amp;word:</source>
            <translation type="vanished">管理员密码(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="217" />
            <source>&amp;Add person</source>
            <translation type="vanished">添加人员(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="248" />
            <source>The first person becomes the administrator.</source>
            <translation type="vanished">第一位人员会成为管理员。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="253" />
            <source>The two passwords differ.</source>
            <translation type="vanished">两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>PlanEditors</name>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="43" />
            <location filename="../../desktop/views/goals/goals_models.py" line="70" />
            <location filename="../../desktop/views/sections/section_models.py" line="49" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="44" />
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="45" />
            <location filename="../../desktop/views/sections/section_models.py" line="51" />
            <location filename="../../desktop/views/sections/section_models.py" line="141" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="51" />
            <source>Level</source>
            <translation>达到</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="52" />
            <source>Growth per period</source>
            <translation>每期增长</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="53" />
            <source>Count per period</source>
            <translation>每期至少</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="54" />
            <source>Ceiling</source>
            <translation>不超过</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="55" />
            <source>Improvement over baseline</source>
            <translation>较基线提升</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="58" />
            <source>Higher is better</source>
            <translation>越高越好</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="59" />
            <source>Lower is better</source>
            <translation>越低越好</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="62" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="63" />
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="64" />
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="65" />
            <source>Quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="66" />
            <source>Yearly</source>
            <translation>每年</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="71" />
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="72" />
            <location filename="../../desktop/views/sections/section_models.py" line="143" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="73" />
            <source>Baseline</source>
            <translation>基线</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="74" />
            <source>Target kind</source>
            <translation>目标类型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="75" />
            <source>Target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="76" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="77" />
            <location filename="../../desktop/views/sections/section_models.py" line="73" />
            <source>Frequency</source>
            <translation>频率</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="78" />
            <source>Tolerance (0–1)</source>
            <translation>容许偏差（0–1）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="185" />
            <source>enter the month's total{0}; growth target +{1}% a period</source>
            <translation>填每月总数{0}；目标每期增长 +{1}%</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="193" />
            <source>improvement target +{0}% over baseline</source>
            <translation>目标较基线提升 +{0}%</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="223" />
            <source>Type each month's total (e.g. the interactions counted that month), not the growth rate: PlanDesk works out the growth on the previous month, shows it under the value and compares it with the +{0}% target.</source>
            <translation>请填每月的总数（例如当月统计的互动量），不是增长率：PlanDesk 会算出较上月的增长，显示在数值下方，并与 +{0}% 的目标比较。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="258" />
            <source>◆ 示範數據 / demo data: generated, not measured</source>
            <translation>◆ 示范数据：系统生成，并非实测</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="262" />
            <source>Growth on the previous value: {0}</source>
            <translation>较上期增长：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="264" />
            <source>Improvement over the baseline: {0}</source>
            <translation>较基线提升：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="309" />
            <source>The pasted block ({0} rows × {1} columns) does not fit from {2}, {3}: nothing was pasted</source>
            <translation>粘贴的区块（{0} 行 × {1} 列）从 {2}、{3} 开始放不下：未粘贴任何内容</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="321" />
            <source>{0} — nothing was pasted</source>
            <translation>{0} — 未粘贴任何内容</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="50" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="52" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="55" />
            <source>Meeting</source>
            <translation>定期会议</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="56" />
            <source>Report</source>
            <translation>进度报告</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="57" />
            <source>Data check</source>
            <translation>数据监控</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="58" />
            <source>Risk alert</source>
            <translation>风险预警</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="63" />
            <source>Indicator</source>
            <translation>评估指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="64" />
            <source>Time point</source>
            <translation>评估时间点</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="65" />
            <location filename="../../desktop/views/sections/section_models.py" line="80" />
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="70" />
            <source>Audience</source>
            <translation>沟通对象</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="71" />
            <source>Content</source>
            <translation>沟通内容</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="72" />
            <source>Channel</source>
            <translation>沟通方式</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="78" />
            <source>Cross-department</source>
            <translation>跨部门协作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="79" />
            <source>Cross-team</source>
            <translation>跨团队协作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="81" />
            <source>Responsibility</source>
            <translation>责任分工</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="86" />
            <source>Human</source>
            <translation>人力资源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="87" />
            <source>Material</source>
            <translation>物力资源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="88" />
            <source>Financial</source>
            <translation>财力资源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="93" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="95" />
            <source>Owner team</source>
            <translation>责任人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="99" />
            <source>Monitoring</source>
            <translation>监控</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="107" />
            <source>Evaluation</source>
            <translation>评估</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="115" />
            <source>Communication</source>
            <translation>沟通</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="123" />
            <source>Collaboration</source>
            <translation>协作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="131" />
            <source>Budget and resources</source>
            <translation>预算与资源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="138" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="140" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="142" />
            <source>Amount</source>
            <translation>数量/金额</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="144" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="179" />
            <source>growth target +{0}% a period</source>
            <translation type="vanished">目标每期增长 +{0}%</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="82" />
            <source>{0}: a number is required</source>
            <translation type="vanished">{0}：必须输入数字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="87" />
            <location filename="../../desktop/views/sections/section_models.py" line="89" />
            <source>{0}: “{1}” is not a number</source>
            <translation type="vanished">{0}：“{1}”不是数字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="99" />
            <source>{0}: choose one of the listed values</source>
            <translation type="vanished">{0}：请从列出的选项中选择</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="108" />
            <source>{0}: {1} is outside {2}–{3}</source>
            <translation type="vanished">{0}：{1} 超出 {2}–{3} 的范围</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="115" />
            <source>{0}: contains a control character</source>
            <translation type="vanished">{0}：含有控制字符</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="117" />
            <source>{0}: must be a single line</source>
            <translation type="vanished">{0}：只能有一行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="125" />
            <source>{0}: {1}</source>
            <translation type="vanished">{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="127" />
            <source>{0}: must not be empty</source>
            <translation type="vanished">{0}：不能空白</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="129" />
            <source>{0}: at most {1} characters</source>
            <translation type="vanished">{0}：最多 {1} 个字符</translation>
        </message>
    </context>
    <context>
        <name>PlanLock</name>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="24" />
            <source>in review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="25" />
            <source>reviewed</source>
            <translation>已审核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="26" />
            <source>approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="34" />
            <source>The workspace is open read-only: nothing can be changed.</source>
            <translation>工作区以只读方式打开：无法作任何变更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="38" />
            <source>“{0}” revision {1} is {2}: its signed content is read-only. Make a new revision (Sign-off screen) to change it; done marks, KPI actuals and risk status / review dates can still be recorded.</source>
            <translation>“{0}”修订 {1} {2}：其签核内容为只读。如需变更，请创建新修订（签核界面）；仍可记录完成标记、指标实绩及风险状态／复核日期。</translation>
        </message>
    </context>
    <context>
        <name>PlanOperations</name>
        <message>
            <location filename="../../desktop/operations/undo.py" line="150" />
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="150" />
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="89" />
            <location filename="../../desktop/operations/undo.py" line="106" />
            <source>The workspace is open read-only: changes are not allowed.</source>
            <translation type="vanished">工作区以只读方式打开：不允许变更。</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="141" />
            <source>in review</source>
            <translation type="vanished">审核中</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="142" />
            <source>reviewed</source>
            <translation type="vanished">已审核</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="143" />
            <source>approved</source>
            <translation type="vanished">已批准</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="149" />
            <source>“{0}” revision {1} is {2}: its signed content is read-only. Done marks, KPI actuals and risk status / review dates can still be recorded; make a new revision to change anything else.</source>
            <translation type="vanished">“{0}”修订 {1} {2}：其签核内容为只读。仍可记录完成标记、指标实绩及风险状态／复核日期；如需变更其他内容，请创建新修订。</translation>
        </message>
    </context>
    <context>
        <name>PlanStatus</name>
        <message>
            <location filename="../../desktop/views/shared/plan_status.py" line="11" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/plan_status.py" line="12" />
            <source>In review</source>
            <translation>审核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/plan_status.py" line="13" />
            <source>Reviewed</source>
            <translation>已审核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/plan_status.py" line="14" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../../desktop/app.py" line="59" />
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="61" />
            <source>PlanDesk hit an unexpected error:

{0}

Your workspace is intact; the change in progress was not saved. Details are in the log file:
{1}</source>
            <translation>PlanDesk 发生意外错误：

{0}

您的工作区完好无损；进行中的变更未保存。详细信息请见日志文件：
{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="56" />
            <source>Edit task…</source>
            <translation>编辑任务…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="57" />
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="165" />
            <source>Add task</source>
            <translation>添加任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="166" />
            <source>Add subtask</source>
            <translation>添加子任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="167" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="168" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="169" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="171" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="173" />
            <source>Mark done / not done</source>
            <translation>标记完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="185" />
            <source> Zoom: </source>
            <translation> 缩放：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="192" />
            <source>  Team: </source>
            <translation>  团队：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="194" />
            <source>  Task: </source>
            <translation>  任务：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="196" />
            <source>ISO week numbers</source>
            <translation>ISO 周次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="203" />
            <source>Zoom to month</source>
            <translation>缩放至月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="203" />
            <source>Zoom to quarter</source>
            <translation>缩放至季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="203" />
            <source>Zoom to year</source>
            <translation>缩放至年</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="210" />
            <source>Clear board filters</source>
            <translation>清除看板筛选</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="58" />
            <source>Import from Excel</source>
            <translation>从 Excel 导入</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="60" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="77" />
            <source>Reading {0}…</source>
            <translation>正在读取 {0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="83" />
            <source>Cannot import</source>
            <translation>无法导入</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="110" />
            <source>Imported {0}: {1} added, {2} changed, {3} removed (Ctrl+Z undoes)</source>
            <translation>已导入 {0}：新增 {1} 项、修改 {2} 项、删除 {3} 项（Ctrl+Z 可撤销）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="112" />
            <source>Imported {0}: tracking data updated in place, {2} changed (signatures stay valid; Ctrl+Z undoes)</source>
            <translation>已导入 {0}：就地更新跟踪数据，{2} 项变更（签署仍然有效；Ctrl+Z 可撤销）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="115" />
            <source>Imported {0} as a new plan</source>
            <translation>已导入 {0}，创建新计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="116" />
            <source>Imported {0} as a new revision</source>
            <translation>已导入 {0}，创建新修订版本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="136" />
            <source>Cannot import {0}</source>
            <translation>无法导入 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="141" />
            <source>{0} problems were found; nothing was changed. Fix them in the workbook and import it again.</source>
            <translation>发现 {0} 个问题；未做任何变更。请在工作簿中修正后再导入一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="152" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="153" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="154" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="155" />
            <source>Cell</source>
            <translation>单元格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="156" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="157" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="162" />
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="188" />
            <source>Import {0}</source>
            <translation>导入 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="192" />
            <source>This workbook updates the plan “{0}” (revision {1}).</source>
            <translation>此工作簿会更新计划“{0}”（修订 {1}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="193" />
            <source>This workbook creates a new plan “{0}”.</source>
            <translation>此工作簿会创建新计划“{0}”。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="195" />
            <source>The plan “{0}” (revision {1}) is signed and this workbook changes only its tracking data (done marks, KPI actuals, risk status and review dates): the plan is updated in place and its signatures stay valid.</source>
            <translation>计划“{0}”（修订 {1}）已签核，此工作簿只变更其跟踪数据（完成标记、指标实绩、风险状态与复核日期）：计划将就地更新，签核仍然有效。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="200" />
            <source>The plan “{0}” is signed and this workbook changes its signed content: the import creates revision {1} of it (the signed revision is not changed).</source>
            <translation>计划“{0}”已签核，此工作簿变更了其签核内容：导入将创建其修订 {1}（已签核的修订不会改变）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="218" />
            <source>Added</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="218" />
            <source>Changed</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="218" />
            <source>Removed</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="218" />
            <location filename="../../desktop/views/files/excel_actions.py" line="226" />
            <source>Section</source>
            <translation>章节</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="224" />
            <location filename="../../desktop/views/files/excel_actions.py" line="235" />
            <source>What changes (old → new):</source>
            <translation>变更内容（旧 → 新）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="226" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="226" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="226" />
            <source>Old → new</source>
            <translation>旧 → 新</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="234" />
            <source>Changes by section</source>
            <translation>各部分的变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="239" />
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="242" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="44" />
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="40" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="46" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="46" />
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="46" />
            <source>Exported to {0}</source>
            <translation>已导出到 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="48" />
            <location filename="../../desktop/views/files/export_actions.py" line="137" />
            <source>Export calendar</source>
            <translation>导出日历</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="49" />
            <source>Calendar files (*.ics)</source>
            <translation>日历文件 (*.ics)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="50" />
            <source>Calendar written: {0} ({1} events)</source>
            <translation>已写入日历：{0}（{1} 个事件）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="53" />
            <source>Export Word</source>
            <translation>导出 Word</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="53" />
            <source>Word document written: {0}</source>
            <translation>已写入 Word 文档：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="53" />
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="55" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="55" />
            <source>PDF written: {0} ({1} pages)</source>
            <translation>已写入 PDF：{0}（{1} 页）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="57" />
            <source>Export PDF for signature</source>
            <translation>导出待签署 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="59" />
            <source>PDF for signature written: {0}</source>
            <translation>已写入待签署 PDF：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="60" />
            <source>for signature</source>
            <translation>供签署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="63" />
            <source>Export review package</source>
            <translation>导出审核包</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="64" />
            <location filename="../../desktop/views/signoff/review_actions.py" line="99" />
            <source>PlanDesk review files (*.pdreview)</source>
            <translation>PlanDesk 审核文件 (*.pdreview)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="65" />
            <source>Review package written: {0}</source>
            <translation>审核包已写出：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="89" />
            <location filename="../../desktop/views/files/export_actions.py" line="113" />
            <source>No plan to export.</source>
            <translation>没有可导出的计划。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="134" />
            <source>All teams</source>
            <translation>所有团队</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="138" />
            <source>Occurrences of:</source>
            <translation>导出以下团队的工作：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="154" />
            <source>Chinese font missing</source>
            <translation>缺少中文字体</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="173" />
            <source>Writing {0}…</source>
            <translation>正在写入 {0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="177" />
            <source>Export cancelled: nothing was written.</source>
            <translation>已取消导出：未写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/import_warnings.py" line="24" />
            <source>⚠ This import removes {0} item(s) from the plan (in red below).</source>
            <translation>⚠ 此导入会从计划删除 {0} 个项目（下方红色）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/import_warnings.py" line="72" />
            <source>⚠ This workbook is older than the plan: it was exported on {0} (UTC) and the plan was changed on {1} (UTC). Importing it puts the workbook's values back, so later changes would be lost.</source>
            <translation>⚠ 此工作簿比计划旧：它导出于 {0}（UTC），计划则在 {1}（UTC）修改过。导入会放回工作簿中的值，之后的修改将会丢失。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="34" />
            <location filename="../../desktop/views/files/print_actions.py" line="104" />
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="34" />
            <location filename="../../desktop/views/files/revise_actions.py" line="60" />
            <location filename="../../desktop/views/files/rollover_actions.py" line="68" />
            <source>There is no plan.</source>
            <translation>没有计划。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="74" />
            <source>Print preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="96" />
            <source>Sent to the printer.</source>
            <translation>已发送到打印机。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="102" />
            <source>Printing the plan…</source>
            <translation>正在打印计划…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/revise_actions.py" line="41" />
            <location filename="../../desktop/views/files/revise_actions.py" line="56" />
            <source>Start revision N+1</source>
            <translation>建立第 N+1 版</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/revise_actions.py" line="43" />
            <source>Start revision {0} of “{1}” as a draft? Revision {2} stays as it is, with its signatures, and can still be read and printed. Ctrl+Z removes the new revision again.</source>
            <translation>将“{1}”的第 {0} 版建立为草稿？第 {2} 版保持原样，连同其签署，仍可阅读和打印。按 Ctrl+Z 可再移除新版本。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/revise_actions.py" line="78" />
            <source>Revision {0} started as a draft (Ctrl+Z removes it again).</source>
            <translation>第 {0} 版已建立为草稿（按 Ctrl+Z 可再移除）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="26" />
            <location filename="../../desktop/views/files/rollover_actions.py" line="56" />
            <location filename="../../desktop/views/files/rollover_actions.py" line="68" />
            <source>New plan for next year</source>
            <translation>添加下一年度计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="30" />
            <source>A draft plan made from “{0}” ({1}): goals, KPIs, tasks, rules, risks and sections, every date moved into the new year; no done marks, actuals or sign-offs.

Year of the new plan:</source>
            <translation>以“{0}”（{1}）为基础建立草稿计划：沿用目标、指标、任务、时间规则、风险与各章节，所有日期移至新年度；不带完成标记、实际值与签署。

新计划的年度：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="49" />
            <source>… and {0} more (see the status bar's checks)</source>
            <translation>……另有 {0} 项（见状态栏的计划检查）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="51" />
            <source>The plan for {0} was added as a draft (Ctrl+Z removes it again).</source>
            <translation>已添加 {0} 年度的草稿计划（按 Ctrl+Z 可撤销）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="55" />
            <source>Plan checks for {0}:</source>
            <translation>{0} 年度的计划检查：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="144" />
            <location filename="../../desktop/views/files/workspace_actions.py" line="105" />
            <source>Cannot open workspace</source>
            <translation>无法打开工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="27" />
            <source>Add a new plan from the sample template to this workspace?</source>
            <translation>要在此工作区添加一份以示例模板创建的计划吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="29" />
            <source>Add a new empty plan to this workspace?</source>
            <translation>要在此工作区添加一份空白计划吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="32" />
            <source>It is listed beside the {0} plan(s) already here.</source>
            <translation>它会与此处已有的 {0} 份计划并列。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="33" />
            <location filename="../../desktop/views/files/workspace_actions.py" line="45" />
            <source>New plan</source>
            <translation>新计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="49" />
            <source>New empty plan</source>
            <translation>添加空白计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="49" />
            <source>New plan from the sample template</source>
            <translation>从示例模板创建新计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="58" />
            <source>Open or create a workspace</source>
            <translation>打开或创建工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="60" />
            <source>PlanDesk workspaces (*.sqlite *.plandesk);;All files (*)</source>
            <translation>PlanDesk 工作区 (*.sqlite *.plandesk);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="73" />
            <source>(none yet)</source>
            <translation>（尚无）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="97" />
            <source>Read-only workspace</source>
            <translation>只读工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="97" />
            <source>Workspace in use</source>
            <translation>工作区使用中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="99" />
            <source>{0}

Open it read-only?</source>
            <translation>{0}

要以只读方式打开吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="58" />
            <source>Tables</source>
            <translation>表格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="58" />
            <source>Task board</source>
            <translation>任务看板</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="60" />
            <source>Next / previous cell of the row (computed cells skipped)</source>
            <translation>同一行的下一格／上一格（跳过计算栏）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="61" />
            <source>Edit the cell (or just type)</source>
            <translation>编辑单元格（或直接输入）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="62" />
            <source>Save the cell</source>
            <translation>保存单元格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="63" />
            <source>Cancel the cell</source>
            <translation>取消编辑单元格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="64" />
            <source>Save a cell of several lines</source>
            <translation>保存多行单元格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="65" />
            <source>Copy / paste cells as tab-separated text</source>
            <translation>以 Tab 分隔文本复制／粘贴单元格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="66" />
            <source>Leave the table</source>
            <translation>离开表格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="67" />
            <source>Previous / next row</source>
            <translation>上一行／下一行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="68" />
            <source>Previous / next occurrence</source>
            <translation>上一次／下一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="69" />
            <source>First / last occurrence</source>
            <translation>第一次／最后一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="70" />
            <source>Mark the occurrence done / not done</source>
            <translation>将该次标记为完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="71" />
            <source>Edit the task or subtask</source>
            <translation>编辑任务或子任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="72" />
            <source>Edit the task (also from a subtask)</source>
            <translation>编辑任务（子任务上亦可）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="73" />
            <source>Rename the task</source>
            <translation>重命名任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="107" />
            <source>&lt;h3&gt;Welcome to PlanDesk&lt;/h3&gt;&lt;p&gt;PlanDesk holds your annual social-media plan: goals and KPIs, tasks and their schedules, risks, monitoring and communication — and takes it through review and sign-off.&lt;/p&gt;&lt;p&gt;This workspace starts with a &lt;b&gt;sample plan&lt;/b&gt; (the 2027 social-media plan). Start on the &lt;b&gt;Task board&lt;/b&gt;: double-click a subtask to edit it, click a bar to mark it done. Ctrl+1 … Ctrl+7 switch screens, Ctrl+Z undoes any change, F1 lists all shortcuts.&lt;/p&gt;&lt;p&gt;Your changes are saved as you make them.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;欢迎使用 PlanDesk&lt;/h3&gt;&lt;p&gt;PlanDesk 管理您的年度社交媒体计划：目标与指标、任务及其时间安排、风险、监控与沟通，并带领计划完成审核与签署。&lt;/p&gt;&lt;p&gt;此工作区内附一份&lt;b&gt;示例计划&lt;/b&gt;（2027 年社交媒体计划）。请从&lt;b&gt;任务看板&lt;/b&gt;开始：双击子任务可编辑，单击时间条可标记完成。Ctrl+1 … Ctrl+7 切换界面，Ctrl+Z 可撤销任何变更，F1 列出所有快捷键。&lt;/p&gt;&lt;p&gt;您的变更会随时自动保存。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="118" />
            <source>Welcome</source>
            <translation>欢迎</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="132" />
            <source>No Chinese font</source>
            <translation>没有中文字体</translation>
        </message>
        <message>
            <location filename="../../desktop/views/language.py" line="69" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="107" />
            <source>New plan from the &amp;sample template</source>
            <translation>从示例模板创建新计划(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="114" />
            <source>New empt&amp;y plan</source>
            <translation>添加空白计划(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="123" />
            <source>New plan for &amp;next year…</source>
            <translation>添加下一年度计划(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="129" />
            <source>St&amp;art revision N+1…</source>
            <translation>建立第 N+1 版(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="135" />
            <source>&amp;Open workspace…</source>
            <translation>打开工作区(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="137" />
            <source>Open workspace on a se&amp;rver…</source>
            <translation>打开服务器上的工作区(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="145" />
            <source>&amp;Import from Excel…</source>
            <translation>从 Excel 导入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="157" />
            <source>Progr&amp;ess reports…</source>
            <translation>进度报告(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="162" />
            <source>Print Pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="163" />
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="168" />
            <source>Sign a PD&amp;F…</source>
            <translation>签署 PDF(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="170" />
            <source>Print c&amp;urrent view…</source>
            <translation>打印当前界面(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="177" />
            <source>Open review pac&amp;kage…</source>
            <translation>打开审核包(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="178" />
            <source>&amp;Merge signed reply…</source>
            <translation>合并已签署回复(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="183" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="191" />
            <source>Export to Exce&amp;l…</source>
            <translation>导出到 Excel(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="192" />
            <source>Export &amp;calendar…</source>
            <translation>导出日历(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="193" />
            <source>Export &amp;Word…</source>
            <translation>导出 Word(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="194" />
            <source>Export P&amp;DF…</source>
            <translation>导出 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="195" />
            <source>Export PDF for si&amp;gnature…</source>
            <translation>导出待签署 PDF(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="196" />
            <source>E&amp;xport review package…</source>
            <translation>导出审核包(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="223" />
            <source>Sign-&amp;off</source>
            <translation>签署(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="226" />
            <source>&amp;Submit for review…</source>
            <translation>提交审核(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="227" />
            <source>Sign as &amp;reviewer…</source>
            <translation>以审核人身份签署(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="228" />
            <source>&amp;Approve…</source>
            <translation>批准(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="229" />
            <location filename="../../desktop/views/signoff/review_actions.py" line="62" />
            <source>Re&amp;ject…</source>
            <translation>退回(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="230" />
            <source>&amp;New revision</source>
            <translation>新修订版本(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="231" />
            <source>&amp;Verify signatures</source>
            <translation>验证签名(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="243" />
            <source>Print the plan checks appendix</source>
            <translation>打印计划检查附录</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="249" />
            <source>Print on A3 paper</source>
            <translation>以 A3 纸打印</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="256" />
            <source>&amp;People…</source>
            <translation>人员(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="262" />
            <source>My signing &amp;keys…</source>
            <translation>我的签署密钥(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="272" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="276" />
            <source>&amp;Welcome</source>
            <translation>欢迎(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="89" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="89" />
            <source>Quarter</source>
            <translation>季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="89" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="93" />
            <source>Plan's language</source>
            <translation>计划的语言</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="99" />
            <source>Period:</source>
            <translation>报告期间：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="103" />
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="108" />
            <source>Report preview</source>
            <translation>报告预览</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="111" />
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="112" />
            <source>Export Word…</source>
            <translation>导出 Word…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="113" />
            <source>Next year's plan with these findings…</source>
            <translation>以评估结论建立下一年度计划…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="114" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="129" />
            <source>Month, quarter or year</source>
            <translation>月份、季度或年度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/table_copy.py" line="47" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="38" />
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="49" />
            <source>Sign a PDF</source>
            <translation>签署 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="51" />
            <source>&lt;b&gt;Review package of {0} revision {1} — read-only.&lt;/b&gt; Sign or reject it: PlanDesk writes a signed reply file for its author.</source>
            <translation>&lt;b&gt;{0} 修订 {1} 的审核包 — 只读。&lt;/b&gt;签署或退回：PlanDesk 会为作者写出一个已签署的回复文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="61" />
            <source>&amp;Sign…</source>
            <translation>签署(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="63" />
            <source>View P&amp;DF…</source>
            <translation>查看 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="97" />
            <location filename="../../desktop/views/signoff/review_actions.py" line="125" />
            <source>Open review package</source>
            <translation>打开审核包</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="111" />
            <source>{0} is a signed reply: the plan's author merges it with File ▸ Merge signed reply….</source>
            <translation>{0} 是已签署回复：由计划作者以“文件 ▸ 合并已签署回复…”合并。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="141" />
            <source>Merge signed reply</source>
            <translation>合并已签署回复</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="143" />
            <source>Signed replies (*.pdreview *.pdf);;PlanDesk review files (*.pdreview);;Signed PDFs (*.pdf)</source>
            <translation>已签署的回复 (*.pdreview *.pdf);;PlanDesk 审阅文件 (*.pdreview);;已签署的 PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="159" />
            <source>Reply not merged</source>
            <translation>回复未合并</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="170" />
            <source>{0} sign-offs from the signed PDF are recorded. The plan is now: {1}.</source>
            <translation>已记录已签署 PDF 中的 {0} 个签核。计划目前为：{1}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="174" />
            <source>Reply merged</source>
            <translation>回复已合并</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="193" />
            <source>The signed reply is recorded. The plan is now: {0}.</source>
            <translation>已记录已签署回复。计划当前为：{0}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="198" />
            <source>{0} rejected this revision as {1}: “{2}”. The plan is now: {3}; its sign-offs are released.</source>
            <translation>{0}以{1}身份退回此修订版本：「{2}」。计划现为：{3}；此前的签署已失效。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="201" />
            <source>{0} signed as {1}. The plan is now: {2}.</source>
            <translation>{0}以{1}身份签署。计划现为：{2}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="202" />
            <source>Comment: {0}</source>
            <translation>意见：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_actions.py" line="26" />
            <source>Compiler (編制人)</source>
            <translation>编制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_actions.py" line="27" />
            <source>Reviewer (審核人)</source>
            <translation>审核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_actions.py" line="28" />
            <source>Approver (批準人)</source>
            <translation>批准人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_actions.py" line="29" />
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="50" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="36" />
            <source>(none: legacy, not anchored)</source>
            <translation>（无：旧式，未锚定）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="51" />
            <source>Compiler</source>
            <translation>编制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="52" />
            <source>Reviewer</source>
            <translation>审核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="53" />
            <source>Approver</source>
            <translation>批准人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="56" />
            <source>{0} ({1}); certified by {2}; valid until {3}; SHA-256 {4}…</source>
            <translation>{0}（{1}）；由 {2} 认证；有效至 {3}；SHA-256 {4}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/calendar_word_actions.py" line="65" />
            <location filename="../../desktop/views/files/calendar_word_actions.py" line="90" />
            <location filename="../../desktop/views/files/excel_actions.py" line="102" />
            <source>Export failed</source>
            <translation type="vanished">导出失败</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="103" />
            <source>{0}: cannot write the workbook ({1})</source>
            <translation type="vanished">{0}：无法写入工作簿（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="139" />
            <source>Writing the PDF…</source>
            <translation type="vanished">正在写入 PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="71" />
            <source>Edit the subtask</source>
            <translation type="vanished">编辑子任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="101" />
            <source>New &amp;empty plan</source>
            <translation type="vanished">添加空白计划(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="116" />
            <source>Start &amp;revision N+1…</source>
            <translation type="vanished">建立第 N+1 版(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="143" />
            <source>Progress &amp;reports…</source>
            <translation type="vanished">进度报告(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="119" />
            <source>Open workspace on a &amp;server…</source>
            <translation type="vanished">打开服务器上的工作区(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="129" />
            <source>&amp;Export to Excel…</source>
            <translation type="vanished">导出到 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="147" />
            <source>Print &amp;current view…</source>
            <translation type="vanished">打印当前界面(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="348" />
            <source>Draft</source>
            <translation type="vanished">草稿</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="349" />
            <source>In review</source>
            <translation type="vanished">审核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="350" />
            <source>Reviewed</source>
            <translation type="vanished">已审核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="351" />
            <source>Approved</source>
            <translation type="vanished">已批准</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="134" />
            <source>Cancel</source>
            <translation type="vanished">取消</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pdf_signature_actions.py" line="61" />
            <source>Sign a P&amp;DF…</source>
            <translation type="vanished">签署 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/review_actions.py" line="30" />
            <source>Export re&amp;view package…</source>
            <translation type="vanished">导出审核包(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="234" />
            <source>Items</source>
            <translation type="vanished">项目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="220" />
            <source>The plan “{0}” is signed and cannot change: the import creates revision {1} of it.</source>
            <translation type="vanished">计划“{0}”已签署，不能变更：导入会创建其修订 {1}。</translation>
        </message>
    </context>
    <context>
        <name>RangeSpinBox</name>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="354" />
            <source>{0} is required: a whole number from {1} to {2}.</source>
            <translation type="vanished">{0}为必填：{1} 到 {2} 的整数。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="364" />
            <source>{0} must be a whole number from {1} to {2}; “{3}” is refused.</source>
            <translation type="vanished">{0}必须是 {1} 到 {2} 的整数；不接受“{3}”。</translation>
        </message>
    </context>
    <context>
        <name>RemoteChanges</name>
        <message>
            <location filename="../../desktop/operations/remote.py" line="97" />
            <source>Updated: changes by {0} at {1} are shown</source>
            <translation>已更新：显示 {0} 于 {1} 所做的变更</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/remote.py" line="98" />
            <source>someone else</source>
            <translation>其他人</translation>
        </message>
    </context>
    <context>
        <name>ReportsDialog</name>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="65" />
            <source>Progress reports</source>
            <translation>进度报告</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="175" />
            <source>The plan is gone (removed meanwhile?).</source>
            <translation>计划已不存在（已被删除？）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="188" />
            <source>There is no plan.</source>
            <translation>没有计划。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="208" />
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="208" />
            <source>Export Word</source>
            <translation>导出 Word</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="209" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="209" />
            <source>Word documents (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="233" />
            <source>Writing the report…</source>
            <translation>正在写入报告…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="246" />
            <source>Report written: {0}</source>
            <translation>报告已写入：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="272" />
            <source>The plan for {0} was added as a draft.</source>
            <translation>{0} 年度计划已新增为草稿。</translation>
        </message>
    </context>
    <context>
        <name>RiskRegister</name>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="27" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="28" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="29" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="30" />
            <source>Critical</source>
            <translation>极高</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="37" />
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="38" />
            <source>Mitigating</source>
            <translation>应对中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="39" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="436" />
            <source>{0}: “{1}” is not a date (YYYY-MM-DD)</source>
            <translation type="vanished">{0}：“{1}”不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="52" />
            <source>Threshold: “{0}” is not an operator and a number, e.g. &lt; 85 or &gt; 24</source>
            <translation type="vanished">预警阈值：“{0}”不是操作符加数字，例如 &lt; 85 或 &gt; 24</translation>
        </message>
    </context>
    <context>
        <name>RiskRegisterScreen</name>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="55" />
            <source>Risk register — {0}</source>
            <translation>风险登记册 — {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="60" />
            <source>Inherent risk</source>
            <translation>固有风险</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="60" />
            <source>Residual risk</source>
            <translation>剩余风险</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="76" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="77" />
            <source>Impact</source>
            <translation>影响</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="97" />
            <source>Risks</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="101" />
            <location filename="../../desktop/views/risks/risk_register.py" line="362" />
            <source>Add risk</source>
            <translation>添加风险</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="102" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="103" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="104" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="115" />
            <source>Search risks (Ctrl+F)</source>
            <translation>搜索风险（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="118" />
            <source>Clear the search</source>
            <translation>清除搜索</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="126" />
            <source>All bands</source>
            <translation>所有等级</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="129" />
            <source>All statuses</source>
            <translation>所有状态</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="144" />
            <source>&amp;Search:</source>
            <translation>搜索(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="145" />
            <source>&amp;Band:</source>
            <translation>等级(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="146" />
            <source>&amp;Owner:</source>
            <translation>责任人(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="147" />
            <source>S&amp;tatus:</source>
            <translation>状态(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="191" />
            <source>Risk register</source>
            <translation>风险登记册</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="192" />
            <source>Tab moves along the row, Enter saves a cell, Esc cancels</source>
            <translation>Tab 沿同一行移动，Enter 保存单元格，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="194" />
            <source>Risk codes and titles</source>
            <translation>风险编号与名称</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="269" />
            <source>All owners</source>
            <translation>所有责任人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="288" />
            <source>Red code: early warning (its KPI crossed the threshold; hover for details) · red review date: review overdue</source>
            <translation>红色编号：风险预警（其指标越过预警阈值；光标停留可看详情）· 红色复查日期：复查逾期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="293" />
            <source>F2 or typing edits a cell, Ctrl+Enter saves long text</source>
            <translation>按 F2 或直接输入可编辑单元格，Ctrl+Enter 保存长文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="374" />
            <source>Remove risk {0}</source>
            <translation>删除风险 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="387" />
            <source>Move risk {0}</source>
            <translation>移动风险 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="154" />
            <source>Red code: early warning (its KPI crossed the threshold; hover for details) · red review date: review overdue · F2 or typing edits a cell, Ctrl+Enter saves long text</source>
            <translation type="vanished">红色编号：风险预警（其指标越过预警阈值；光标停留可看详情）· 红色复查日期：复查逾期 · 按 F2 或直接输入可编辑单元格，Ctrl+Enter 保存长文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="282" />
            <source>New risk</source>
            <translation type="vanished">新风险</translation>
        </message>
    </context>
    <context>
        <name>RiskTableModel</name>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="86" />
            <source>Impact</source>
            <translation>影响</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="88" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="89" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="90" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="91" />
            <source>Impact description</source>
            <translation>影响程度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="92" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="94" />
            <source>Score</source>
            <translation>分数</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="95" />
            <source>Band</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="96" />
            <source>Owner team</source>
            <translation>责任人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="97" />
            <source>Measure</source>
            <translation>应对措施</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="98" />
            <source>Timing</source>
            <translation>执行时间</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="99" />
            <source>Assurance target</source>
            <translation>确保措施</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="100" />
            <source>Linked KPI</source>
            <translation>关联指标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="101" />
            <source>Threshold</source>
            <translation>预警阈值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="102" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="103" />
            <source>Review date</source>
            <translation>复查日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="104" />
            <source>Residual likelihood</source>
            <translation>剩余可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="105" />
            <source>Residual impact</source>
            <translation>剩余影响</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="106" />
            <source>Residual score</source>
            <translation>剩余分数</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="315" />
            <source>Early warning:</source>
            <translation>风险预警：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="317" />
            <source>Review overdue: it was due on {0}</source>
            <translation>复查逾期：应于 {0} 复查</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="368" />
            <source>Edit risk {0}: {1}</source>
            <translation>编辑风险 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="90" />
            <source>Impact 1–5</source>
            <translation type="vanished">影响 1–5</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="375" />
            <source>{0} must be a whole number from 1 to 5; “{1}” is refused.</source>
            <translation type="vanished">{0}必须是 1 到 5 的整数；不接受“{1}”。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="382" />
            <source>{0}: choose one of the listed values.</source>
            <translation type="vanished">{0}：请从列出的选项中选择。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="413" />
            <source>{0}: must be a single line</source>
            <translation type="vanished">{0}：只能有一行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="416" />
            <source>{0} must not be empty.</source>
            <translation type="vanished">{0}不能空白。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="419" />
            <source>{0}: at most {1} characters ({2} typed).</source>
            <translation type="vanished">{0}：最多 {1} 个字符（已输入 {2} 个）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="422" />
            <source>Code {0} is already used by another risk.</source>
            <translation type="vanished">编号 {0} 已被其他风险使用。</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDelegate</name>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="333" />
            <source>e.g. 每月第二周, 每日, 每月底, every day</source>
            <translation>例如：每月第二周、每日、每月底、every day</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="521" />
            <source>{0} needs a schedule, e.g. 每月第二周.</source>
            <translation type="vanished">{0}需要时间安排，例如：每月第二周。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="526" />
            <source>{0}: “{1}” is not a schedule ({2}).</source>
            <translation type="vanished">{0}：“{1}”不是有效的时间安排（{2}）。</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="54" />
            <source>Open a team workspace on a server</source>
            <translation>打开服务器上的团队工作区</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="67" />
            <source>empty: use ~/.pgpass or PGPASSWORD</source>
            <translation>留空：使用 ~/.pgpass 或 PGPASSWORD</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="68" />
            <source>Open read-only</source>
            <translation>以只读方式打开</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="70" />
            <source>&amp;Host:</source>
            <translation>主机(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="71" />
            <source>&amp;Port:</source>
            <translation>端口(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="72" />
            <source>&amp;Database:</source>
            <translation>数据库(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="73" />
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="74" />
            <source>Pass&amp;word:</source>
            <translation>密码(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="76" />
            <source>The password is used for this connection only and is never saved.</source>
            <translation>密码仅用于此次连接，不会保存。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="80" />
            <location filename="../../desktop/views/help_actions.py" line="83" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="84" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="84" />
            <source>Menu</source>
            <translation>菜单</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="84" />
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="70" />
            <source>Reject the plan</source>
            <translation>退回计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="70" />
            <source>Sign the plan</source>
            <translation>签署计划</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="86" />
            <source>Plan:</source>
            <translation>计划：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="88" />
            <source>Revision:</source>
            <translation>修订版本：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="88" />
            <source>{0} (id {1})</source>
            <translation>{0}（ID {1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="91" />
            <source>Content fingerprint (SHA-256):</source>
            <translation>内容指纹（SHA-256）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="92" />
            <source>Role:</source>
            <translation>职责：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="94" />
            <source>I reject this revision and return it to draft.</source>
            <translation>我退回此修订版本，将其改回草稿。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="97" />
            <source>I compiled this plan and submit it for review.</source>
            <translation>我编制了此计划，并提交审核。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="98" />
            <source>I reviewed this plan and find it correct.</source>
            <translation>我已审核此计划，确认内容正确。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="99" />
            <source>I approve this plan for execution.</source>
            <translation>我批准执行此计划。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="102" />
            <source>Meaning:</source>
            <translation>含义：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="109" />
            <source>&amp;Signer:</source>
            <translation>签署人(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="112" />
            <source>Signing key:</source>
            <translation>签署密钥：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="119" />
            <source>Optional comment</source>
            <translation>备注（选填）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="119" />
            <source>Why it is rejected (required)</source>
            <translation>退回原因（必填）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="122" />
            <source>&amp;Comment:</source>
            <translation>备注(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="127" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="132" />
            <source>Save the signed reply &amp;as:</source>
            <translation>已签署回复另存为(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="137" />
            <source>Your signature covers exactly this content. Any later change to the plan voids it.</source>
            <translation>您的签名只涵盖此刻的内容。日后对计划的任何变更都会使其作废。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="141" />
            <source>Your signature covers exactly this content. Send the reply file back to the plan's author, who merges it (File ▸ Merge signed reply…).</source>
            <translation>您的签名只涵盖此刻的内容。请把回复文件寄回计划作者，由作者合并（文件 ▸ 合并已签署回复…）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="149" />
            <source>&amp;Reject</source>
            <translation>退回(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="149" />
            <source>&amp;Sign</source>
            <translation>签署(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="171" />
            <source>rejection</source>
            <translation>退回</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="173" />
            <source>compiler reply</source>
            <translation>编制人回复</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="174" />
            <source>reviewer reply</source>
            <translation>审核人回复</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="175" />
            <source>approver reply</source>
            <translation>批准人回复</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="181" />
            <source>&amp;Password of {0}'s key:</source>
            <translation>{0} 的密钥密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="185" />
            <source>{0} (in your key store)</source>
            <translation>{0}（在您的密钥库中）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="191" />
            <source>No key of {0} in your key store: create or import it under Settings ▸ My signing keys….</source>
            <translation>您的密钥库中没有 {0} 的密钥：请在“设置 ▸ 我的签署密钥…”中创建或导入。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="200" />
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="214" />
            <source>Save the signed reply</source>
            <translation>保存已签署回复</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="202" />
            <source>PlanDesk review files (*.pdreview)</source>
            <translation>PlanDesk 审核文件 (*.pdreview)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="215" />
            <source>{0} exists already. Replace it?</source>
            <translation>「{0}」已存在，要替换吗？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="225" />
            <source>A rejection needs a comment saying why.</source>
            <translation>退回时必须填写原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="228" />
            <source>Enter the password of the signing key.</source>
            <translation>请输入签署密钥的密码。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="235" />
            <source>Choose where to save the signed reply.</source>
            <translation>请选择已签署回复的保存位置。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="248" />
            <source>The workspace is open read-only.</source>
            <translation>工作区以只读方式打开。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="255" />
            <source>Opening the signing key…</source>
            <translation>正在打开签署密钥…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="266" />
            <source>Wrong password: it does not open {0}'s signing key.</source>
            <translation>密码错误：无法打开 {0} 的签署密钥。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sign_dialog.py" line="105" />
            <source>Save the signed &amp;reply as:</source>
            <translation type="vanished">已签署回复另存为(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="116" />
            <source>&amp;Password:</source>
            <translation type="vanished">密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="154" />
            <source>Enter the password.</source>
            <translation type="vanished">请输入密码。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="159" />
            <source>Checking the password…</source>
            <translation type="vanished">正在核对密码…</translation>
        </message>
    </context>
    <context>
        <name>SignPdfDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="66" />
            <source>Sign a PDF</source>
            <translation>签署 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="73" />
            <source>Plan:</source>
            <translation>计划：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="76" />
            <source>Revision:</source>
            <translation>修订版本：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="77" />
            <source>{0} (id {1})</source>
            <translation>{0}（ID {1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="79" />
            <source>Content fingerprint (SHA-256):</source>
            <translation>内容指纹（SHA-256）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="83" />
            <source>&amp;Role:</source>
            <translation>职责(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="86" />
            <source>Meaning:</source>
            <translation>含义：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="88" />
            <source>Your &amp;name:</source>
            <translation>您的姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="91" />
            <source>Key &amp;password:</source>
            <translation>密钥密码(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="98" />
            <source>What your signature covers (the attached content):</source>
            <translation>您的签名涵盖的内容（附加的内容）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="105" />
            <source>A PDF signature approves the plan in your role and says nothing else. To reject it or to add a comment, sign a review package instead.</source>
            <translation>PDF 签名只表示您以此职责核可本计划，不表示其他。若要退回或加上意见，请改为签署审阅包。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="117" />
            <source>Trust root fingerprint:</source>
            <translation>信任根指纹：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="123" />
            <source>I compared this fingerprint with the one my admin gave me; trust it</source>
            <translation>我已核对此指纹与管理员提供的一致；信任它</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="131" />
            <source>&amp;Sign…</source>
            <translation>签署(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="139" />
            <source>The attached content does not match its fingerprint: do not sign.</source>
            <translation>附加的内容与其指纹不符：请勿签署。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="160" />
            <source>Compiler</source>
            <translation>编制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="161" />
            <source>Reviewer</source>
            <translation>审核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="162" />
            <source>Approver</source>
            <translation>批准人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="163" />
            <source>Compile date</source>
            <translation>编制日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="167" />
            <source>Goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="168" />
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="169" />
            <source>Risks</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="181" />
            <source>I compiled this plan and submit it for review.</source>
            <translation>我编制了此计划，并提交审核。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="182" />
            <source>I reviewed this plan and find it correct.</source>
            <translation>我已审核此计划，确认内容正确。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="183" />
            <source>I approve this plan for execution.</source>
            <translation>我批准执行此计划。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="190" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="190" />
            <source>Save the signed PDF</source>
            <translation>保存已签署的 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="198" />
            <source>Compare the trust root fingerprint first.</source>
            <translation>请先核对信任根指纹。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="201" />
            <source>Enter the password of the signing key.</source>
            <translation>请输入签署密钥的密码。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="216" />
            <source>Opening your key and signing…</source>
            <translation>正在打开您的密钥并签署…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="230" />
            <source>Signed PDF written: {0}</source>
            <translation>已写入已签署的 PDF：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="234" />
            <source>PDF signed</source>
            <translation>PDF 已签署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="236" />
            <source>{0} signed as {1}: {2}

Send this PDF to the next signer, or back to the plan's author, who merges it (File ▸ Merge signed reply…).</source>
            <translation>{0} 已以{1}身份签署：{2}

请将此 PDF 寄给下一位签署人，或寄回计划作者合并（文件 ▸ 合并已签署的回复…）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="127" />
            <source>&lt;b&gt;{0}&lt;/b&gt;, revision {1}</source>
            <translation type="vanished">&lt;b&gt;{0}&lt;/b&gt;，修订版本 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="140" />
            <source>Role</source>
            <translation type="vanished">职责</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="141" />
            <source>Your name</source>
            <translation type="vanished">您的姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="142" />
            <source>Key password</source>
            <translation type="vanished">密钥密码</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="164" />
            <source>Sign…</source>
            <translation type="vanished">签署…</translation>
        </message>
    </context>
    <context>
        <name>SignoffDisplay</name>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="50" />
            <source>valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="51" />
            <source>void: content changed since signing</source>
            <translation>作废：签署后内容已变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="52" />
            <source>invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="53" />
            <source>released (rejected)</source>
            <translation>已解除（已退回）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="54" />
            <source>recorded elsewhere, not verified</source>
            <translation>记录于他处，未验证</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="55" />
            <source>not signed</source>
            <translation>未签署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="56" />
            <source>not anchored: trust root not accepted here</source>
            <translation>未锚定：此处尚未接受信任根</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="57" />
            <source>legacy, not anchored</source>
            <translation>旧式，未锚定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="62" />
            <source>in PlanDesk</source>
            <translation>在 PlanDesk 中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="63" />
            <source>review package</source>
            <translation>审核包</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="64" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="75" />
            <source>Trust root: none yet (an administrator enrols the first admin under Settings ▸ People…)</source>
            <translation>信任根：尚无（由管理员在“设置 ▸ 人员…”中登记第一位管理员）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="83" />
            <source>Trust root: {0} — anchored (accepted on this computer)</source>
            <translation>信任根：{0} — 已锚定（已在此电脑上接受）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="91" />
            <source>Trust root: {0} — not anchored (not accepted on this computer)</source>
            <translation>信任根：{0} — 未锚定（尚未在此电脑上接受）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="103" />
            <source>Not signed yet. The audit chain is intact.</source>
            <translation>尚未签署。审计链完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="106" />
            <source>✔ All signatures in force are valid and the audit chain is intact.</source>
            <translation>✔ 所有生效中的签名均有效，审计链完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="110" />
            <source>⚠ Not anchored: this workspace's trust root is not accepted on this computer, so no signature counts as valid here. Compare its fingerprint with your administrator's, then accept it.</source>
            <translation>⚠ 未锚定：此电脑尚未接受此工作区的信任根，因此在这里没有任何签名算作有效。请将其指纹与管理员提供的比对，然后接受。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="120" />
            <source>{0} signature(s) void: content changed since signing ({1})</source>
            <translation>{0} 个签名作废：签署后内容已变更（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="125" />
            <source>{0} signature(s) invalid</source>
            <translation>{0} 个签名无效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="127" />
            <source>{0} legacy signature(s), not anchored</source>
            <translation>{0} 个旧式签名，未锚定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="130" />
            <source>✘ Verification failed: {0}</source>
            <translation>✘ 验证失败：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="133" />
            <source>(This plan allows one person to sign two roles.)</source>
            <translation>（此计划允许同一人签署两个职责。）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="147" />
            <source>(nobody named)</source>
            <translation>（未指定人员）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="46" />
            <source>Draft</source>
            <translation type="vanished">草稿</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="47" />
            <source>In review</source>
            <translation type="vanished">审核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="48" />
            <source>Reviewed</source>
            <translation type="vanished">已审核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="49" />
            <source>Approved</source>
            <translation type="vanished">已批准</translation>
        </message>
    </context>
    <context>
        <name>SignoffScreen</name>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="68" />
            <source>&amp;Accept this root…</source>
            <translation>接受此信任根(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="71" />
            <source>Sign-offs by role</source>
            <translation>各角色的签署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="74" />
            <source>Role</source>
            <translation>职责</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="75" />
            <source>Named in the plan</source>
            <translation>计划指定人员</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="76" />
            <source>Signed by</source>
            <translation>签署人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="77" />
            <source>Signed at (UTC)</source>
            <translation>签署时间（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="78" />
            <source>Content fingerprint</source>
            <translation>内容指纹</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="79" />
            <source>Verdict</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="80" />
            <source>Signed in</source>
            <translation>签署于</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="81" />
            <source>Signer's certificate</source>
            <translation>签署人凭证</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="91" />
            <source>&amp;Submit for review…</source>
            <translation>提交审核(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="92" />
            <source>Sign as re&amp;viewer…</source>
            <translation>以审核人身份签署(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="93" />
            <source>A&amp;pprove…</source>
            <translation>批准(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="94" />
            <source>&amp;Sign…</source>
            <translation>签署(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="95" />
            <source>Re&amp;ject…</source>
            <translation>退回(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="96" />
            <source>&amp;New revision</source>
            <translation>新修订版本(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="97" />
            <source>View P&amp;DF…</source>
            <translation>查看 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="98" />
            <source>&amp;Verify again</source>
            <translation>重新验证(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="113" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="142" />
            <source>&lt;b&gt;History&lt;/b&gt; (audit trail, newest first)</source>
            <translation>&lt;b&gt;历史记录&lt;/b&gt;（审计轨迹，最新的在前）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="162" />
            <source>&lt;h2&gt;No plan&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;没有计划&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="178" />
            <source>&lt;h2&gt;{0}&lt;/h2&gt;revision {1}</source>
            <translation>&lt;h2&gt;{0}&lt;/h2&gt;修订 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="185" />
            <source>Content fingerprint (SHA-256): {0}</source>
            <translation>内容指纹（SHA-256）：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="189" />
            <source>as signed in content version {0}: {1}</source>
            <translation>内容版本 {0} 签署时：{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="202" />
            <source>Audit chain: intact, {0} events, head {1}</source>
            <translation>审计链：完整，{0} 个事件，链头 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="204" />
            <source>Audit chain: BROKEN ({2}) — head {1}</source>
            <translation>审计链：已损坏（{2}）— 链头 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="270" />
            <source>Reject</source>
            <translation>退回</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="271" />
            <source>Only a plan in review or reviewed can be rejected.</source>
            <translation>只有审核中或已审核的计划才能退回。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="284" />
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="299" />
            <source>New revision</source>
            <translation>新修订版本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="286" />
            <source>Make a new draft revision from this one? This revision stays as it is, signed and readable.</source>
            <translation>要以此版本创建新的草稿修订版本吗？此修订版本会保持原状，仍为已签署且可阅读。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="331" />
            <source>Your reply: rejected as {0}. Saved as {1}; it counts once the plan's author merges it.</source>
            <translation>您的回复：以{0}身份退回。已存为 {1}；待计划作者合并后生效。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="335" />
            <source>Your reply: signed as {0}. Saved as {1}; it counts once the plan's author merges it.</source>
            <translation>您的回复：以{0}身份签署。已存为 {1}；待计划作者合并后生效。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="349" />
            <source>Signed reply saved</source>
            <translation>已保存已签署回复</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="351" />
            <source>Your signed reply is saved as:
{0}

Send this file back to the plan's author (e-mail or USB stick); they merge it with File ▸ Merge signed reply….</source>
            <translation>您的已签署回复已保存为：
{0}

请把此文件寄回计划作者（电子邮件或 U 盘）；作者以“文件 ▸ 合并已签署回复…”合并。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="161" />
            <source>Draft</source>
            <translation type="vanished">草稿</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="162" />
            <source>In review</source>
            <translation type="vanished">审核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="163" />
            <source>Reviewed</source>
            <translation type="vanished">已审核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="164" />
            <source>Approved</source>
            <translation type="vanished">已批准</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="169" />
            <source>valid</source>
            <translation type="vanished">有效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="170" />
            <source>void: content changed since signing</source>
            <translation type="vanished">作废：签署后内容已变更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="171" />
            <source>invalid</source>
            <translation type="vanished">无效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="172" />
            <source>released (rejected)</source>
            <translation type="vanished">已解除（已退回）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="173" />
            <source>recorded elsewhere, not verified</source>
            <translation type="vanished">记录于他处，未验证</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="174" />
            <source>not signed</source>
            <translation type="vanished">未签署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="175" />
            <source>not anchored: trust root not accepted here</source>
            <translation type="vanished">未锚定：此处尚未接受信任根</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="176" />
            <source>legacy, not anchored</source>
            <translation type="vanished">旧式，未锚定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="181" />
            <source>in PlanDesk</source>
            <translation type="vanished">在 PlanDesk 中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="182" />
            <source>review package</source>
            <translation type="vanished">审核包</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="183" />
            <source>PDF</source>
            <translation type="vanished">PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="262" />
            <source>Trust root: none yet (an administrator enrols the first admin under Settings ▸ People…)</source>
            <translation type="vanished">信任根：尚无（由管理员在“设置 ▸ 人员…”中登记第一位管理员）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="269" />
            <source>Trust root: {0} — anchored (accepted on this computer)</source>
            <translation type="vanished">信任根：{0} — 已锚定（已在此电脑上接受）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="276" />
            <source>Trust root: {0} — not anchored (not accepted on this computer)</source>
            <translation type="vanished">信任根：{0} — 未锚定（尚未在此电脑上接受）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="288" />
            <source>Not signed yet. The audit chain is intact.</source>
            <translation type="vanished">尚未签署。审计链完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="291" />
            <source>✔ All signatures in force are valid and the audit chain is intact.</source>
            <translation type="vanished">✔ 所有生效中的签名均有效，审计链完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="295" />
            <source>⚠ Not anchored: this workspace's trust root is not accepted on this computer, so no signature counts as valid here. Compare its fingerprint with your administrator's, then accept it.</source>
            <translation type="vanished">⚠ 未锚定：此电脑尚未接受此工作区的信任根，因此在这里没有任何签名算作有效。请将其指纹与管理员提供的比对，然后接受。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="305" />
            <source>{0} signature(s) void: content changed since signing ({1})</source>
            <translation type="vanished">{0} 个签名作废：签署后内容已变更（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="310" />
            <source>{0} signature(s) invalid</source>
            <translation type="vanished">{0} 个签名无效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="312" />
            <source>{0} legacy signature(s), not anchored</source>
            <translation type="vanished">{0} 个旧式签名，未锚定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="315" />
            <source>✘ Verification failed: {0}</source>
            <translation type="vanished">✘ 验证失败：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="318" />
            <source>(This plan allows one person to sign two roles.)</source>
            <translation type="vanished">（此计划允许同一人签署两个职责。）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="332" />
            <source>(nobody named)</source>
            <translation type="vanished">（未指定人员）</translation>
        </message>
    </context>
    <context>
        <name>SubtaskEditor</name>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="69" />
            <location filename="../../desktop/views/board/subtask_editor.py" line="390" />
            <source>Edit subtask {0}</source>
            <translation>编辑子任务 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="104" />
            <source>(no owner)</source>
            <translation>（无责任人）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="111" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="112" />
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="113" />
            <source>Monthly, in week N</source>
            <translation>每月第 N 周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="114" />
            <source>Monthly, early / mid / late</source>
            <translation>每月上旬／中旬／下旬</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="115" />
            <source>Quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="116" />
            <source>Yearly</source>
            <translation>每年</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="117" />
            <source>Once</source>
            <translation>一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="118" />
            <source>Date range</source>
            <translation>日期范围</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="120" />
            <source>(no schedule)</source>
            <translation>（未设时间）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="125" />
            <source>week </source>
            <translation>第 </translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="127" />
            <source>whole week</source>
            <translation>整周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="130" />
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="131" />
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="132" />
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="133" />
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="134" />
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="135" />
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="136" />
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="142" />
            <source>early (1st–10th)</source>
            <translation>上旬（1–10 日）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="143" />
            <source>mid (11th–20th)</source>
            <translation>中旬（11–20 日）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="144" />
            <source>late (21st–end)</source>
            <translation>下旬（21 日–月底）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="170" />
            <source>Only in month {0} (none checked: every month)</source>
            <translation>仅在 {0} 月（未勾选：每个月）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="177" />
            <source>or type it: 每月第二周, 每日, every month, week 2, 1月、7月：每月底 …</source>
            <translation>或直接输入：每月第二周、每日、every month、week 2、1月、7月：每月底 …</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="184" />
            <source>calendar weeks, Monday first</source>
            <translation>日历周（周一开始）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="187" />
            <source>7-day blocks (days 1–7, 8–14, …)</source>
            <translation>每 7 天一段（1–7 日、8–14 日…）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="192" />
            <source>How the whole plan counts "week N of a month". Changing it is one change of the plan (undo with Ctrl+Z).</source>
            <translation>整个计划如何计算“每月第 N 周”。更改它是计划的一次修改（可用 Ctrl+Z 撤销）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="199" />
            <source>(for the whole plan)</source>
            <translation>（整个计划适用）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="227" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="228" />
            <source>&amp;Owner team:</source>
            <translation>责任人(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="229" />
            <source>Schedule:</source>
            <translation>时间安排：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="230" />
            <source>Months (none: all):</source>
            <translation>月份（不选：全部）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="231" />
            <source>&amp;Phrase:</source>
            <translation>文字描述(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="233" />
            <source>Weeks of a month:</source>
            <translation>每月的周：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="235" />
            <source>Occurrences in {0}:</source>
            <translation>{0}年的执行次数：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="236" />
            <source>&amp;Resources:</source>
            <translation>所需资源(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="291" />
            <source>Type a schedule, e.g. 每月第二周</source>
            <translation>输入时间安排，例如：每月第二周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="294" />
            <location filename="../../desktop/views/board/subtask_rule.py" line="95" />
            <source>Schedule</source>
            <translation>时间安排</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="337" />
            <source>Count weeks as {0}</source>
            <translation>周的划分改为：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="360" />
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="365" />
            <source>Resources</source>
            <translation>所需资源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="378" />
            <source>The schedule is not valid: {0}</source>
            <translation>时间安排无效：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="62" />
            <source>No schedule: the plan check will flag this subtask.</source>
            <translation>未设时间：计划检查会标出此子任务。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="68" />
            <source>{0} occurrences in {1}</source>
            <translation>{1}年共 {0} 次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="71" />
            <source>{0} times, {1}–{2}</source>
            <translation>{0} 次，{1}–{2}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="79" />
            <source>⚠ No occurrence in: {0}</source>
            <translation>⚠ 以下月份没有执行：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="85" />
            <source>1 day</source>
            <translation>1 天</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="85" />
            <source>{0} days</source>
            <translation>{0} 天</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="96" />
            <source>Week of the month</source>
            <translation>月内第几周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="97" />
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="98" />
            <source>Part of the month</source>
            <translation>月内时段（上旬／中旬／下旬）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="99" />
            <source>First day</source>
            <translation>首日</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="100" />
            <source>Last day</source>
            <translation>最后一天</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="431" />
            <source>A subtask needs a title.</source>
            <translation type="vanished">子任务需要标题。</translation>
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="170" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="170" />
            <source>Add a row (Ctrl+Insert)</source>
            <translation>添加一行（Ctrl+Insert）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="171" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="171" />
            <source>Remove the selected row</source>
            <translation>删除所选的行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="172" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="173" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
    </context>
    <context>
        <name>TaskBoardScreen</name>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="80" />
            <source>Tasks and subtasks</source>
            <translation>任务与子任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="81" />
            <source>Enter edits a task or subtask, F2 renames a task, Tab goes to the timeline</source>
            <translation>Enter 编辑任务或子任务，F2 重命名任务，Tab 移至时间轴</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="121" />
            <location filename="../../desktop/views/board/task_board.py" line="218" />
            <source>Task board</source>
            <translation>任务看板</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="124" />
            <source>Board view</source>
            <translation>看板视图</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="128" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="128" />
            <source>Quarter</source>
            <translation>季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="128" />
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="221" />
            <source>Filter by team</source>
            <translation>按团队筛选</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="222" />
            <source>Filter by task</source>
            <translation>按任务筛选</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="299" />
            <source>Set weekly limit of {0}</source>
            <translation>设定 {0} 的每周上限</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="328" />
            <source>All teams</source>
            <translation>所有团队</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="333" />
            <source>All tasks</source>
            <translation>所有任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="81" />
            <source>F2 renames a task, Enter edits a subtask, Tab goes to the timeline</source>
            <translation type="vanished">F2 重命名任务，Enter 编辑子任务，Tab 移至时间轴</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="408" />
            <source>Mark {0} of {1} done / not done</source>
            <translation type="vanished">将 {1} 于 {0} 标记为完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="482" />
            <source>Add task</source>
            <translation type="vanished">添加任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="494" />
            <source>Rename {0}</source>
            <translation type="vanished">重命名 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="499" />
            <source>Choose a task first.</source>
            <translation type="vanished">请先选择一项任务。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="504" />
            <source>Add subtask</source>
            <translation type="vanished">添加子任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="517" />
            <source>Remove {0}</source>
            <translation type="vanished">删除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="519" />
            <source>Removed {0}. Undo brings it back.</source>
            <translation type="vanished">已删除 {0}。撤销即可还原。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="530" />
            <source>Move {0}</source>
            <translation type="vanished">移动{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="374" />
            <source>Reschedule {0} to {1}</source>
            <translation type="vanished">将 {0} 改期至 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="407" />
            <source>New task</source>
            <translation type="vanished">新任务</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="419" />
            <source>New subtask</source>
            <translation type="vanished">新子任务</translation>
        </message>
    </context>
    <context>
        <name>TaskEditor</name>
        <message>
            <location filename="../../desktop/views/shared/task_editor.py" line="56" />
            <location filename="../../desktop/views/shared/task_editor.py" line="111" />
            <source>Edit task {0}</source>
            <translation>编辑任务 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/task_editor.py" line="66" />
            <source>Enter saves (Ctrl+Enter in a text of several lines), Esc cancels.</source>
            <translation>Enter 保存（多行文字中按 Ctrl+Enter），Esc 取消。</translation>
        </message>
    </context>
    <context>
        <name>TextDelegate</name>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="224" />
            <source>Ctrl+Enter or Tab saves, Esc cancels</source>
            <translation>Ctrl+Enter 或 Tab 保存，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="251" />
            <source>{0}: contains a control character</source>
            <translation type="vanished">{0}：含有控制字符</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="253" />
            <source>{0}: must be a single line</source>
            <translation type="vanished">{0}：只能有一行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="256" />
            <source>{0} must not be empty.</source>
            <translation type="vanished">{0}不能空白。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="259" />
            <source>{0}: at most {1} characters ({2} typed).</source>
            <translation type="vanished">{0}：最多 {1} 个字符（已输入 {2} 个）。</translation>
        </message>
    </context>
    <context>
        <name>TimelineAccessible</name>
        <message>
            <location filename="../../desktop/views/board/board_accessible.py" line="39" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_accessible.py" line="39" />
            <source>not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_accessible.py" line="117" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_accessible.py" line="118" />
            <source>Owner: {0}</source>
            <translation>责任人：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_accessible.py" line="136" />
            <location filename="../../desktop/views/board/board_accessible.py" line="196" />
            <source>Timeline</source>
            <translation>时间轴</translation>
        </message>
    </context>
    <context>
        <name>TimelineCanvas</name>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="99" />
            <source>Timeline</source>
            <translation>时间轴</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="101" />
            <source>Arrow keys move between rows and occurrences, Space marks done, Enter edits</source>
            <translation>方向键在各行与各次之间移动，空格键标记完成，Enter 编辑</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="139" />
            <source>Q{0} {1}</source>
            <translation>{1}年第{0}季度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="141" />
            <source>{0}/{1}</source>
            <translation>{1}年{0}月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="235" />
            <source>{0}: no occurrence in month {1} — click for the plan check</source>
            <translation>{0}：{1} 月没有执行 — 单击查看计划检查</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="240" />
            <source>Owner: {0}</source>
            <translation>责任人：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="240" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="242" />
            <source>Resources: {0}</source>
            <translation>所需资源：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="244" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="244" />
            <source>Not done yet</source>
            <translation>尚未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="297" />
            <source>Week {0}: {1}</source>
            <translation>第 {0} 周：{1}</translation>
        </message>
    </context>
</TS>
