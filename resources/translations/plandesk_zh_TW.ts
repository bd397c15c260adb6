<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>Accessible</name>
        <message>
            <location filename="../../desktop/views/shared/accessible.py" line="38" />
            <source>Select all</source>
            <translation>全選</translation>
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
            <translation>變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/audit_history.py" line="66" />
            <source>Time (UTC)</source>
            <translation>時間（UTC）</translation>
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
            <translation>已取消：未作任何變更。</translation>
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
            <translation>將 {1} 於 {0} 標記為完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="184" />
            <source>Add task</source>
            <translation>新增任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="196" />
            <source>Rename {0}</source>
            <translation>重新命名 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="201" />
            <source>Choose a task first.</source>
            <translation>請先選擇一項任務。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="206" />
            <source>Add subtask</source>
            <translation>新增子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="220" />
            <source>No subtask added.</source>
            <translation>未新增子任務。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="246" />
            <source>Remove {0}</source>
            <translation>刪除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="248" />
            <source>Removed {0}. Undo brings it back.</source>
            <translation>已刪除 {0}。復原即可還原。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="259" />
            <source>Move {0}</source>
            <translation>移動{0}</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="113" />
            <source>Task / subtask</source>
            <translation>任務／子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="114" />
            <source>Owner team</source>
            <translation>責任人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="115" />
            <source>Schedule</source>
            <translation>時間安排</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="116" />
            <source>Resources</source>
            <translation>所需資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_model.py" line="293" />
            <source>(no schedule)</source>
            <translation>（未設時間）</translation>
        </message>
    </context>
    <context>
        <name>BoardNotes</name>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="120" />
            <location filename="../../desktop/views/board/board_notes.py" line="137" />
            <source>Occurrence notes</source>
            <translation>進度備註</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="123" />
            <location filename="../../desktop/views/board/board_notes.py" line="139" />
            <source>Occurrence</source>
            <translation>執行日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="123" />
            <source>Problem met:</source>
            <translation>遇到的問題：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="123" />
            <source>Solution or next step:</source>
            <translation>解決方案或下一步：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="132" />
            <location filename="../../desktop/views/board/board_notes.py" line="181" />
            <source>Note…</source>
            <translation>備註…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="162" />
            <source>Problem: {0}</source>
            <translation>問題：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="164" />
            <source>Solution: {0}</source>
            <translation>解決方案：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="178" />
            <source>Mark done</source>
            <translation>標記為完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="178" />
            <source>Mark not done</source>
            <translation>標記為未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="196" />
            <location filename="../../desktop/views/board/board_notes.py" line="212" />
            <source>Note on {0} {1}</source>
            <translation>{0} {1} 的備註</translation>
        </message>
    </context>
    <context>
        <name>ChangesPanel</name>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="41" />
            <source>Compare with a package or reply…</source>
            <translation>與審閱包或回覆比較…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>Field</source>
            <translation>欄位</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>New</source>
            <translation>新值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>Old</source>
            <translation>舊值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="49" />
            <source>Section</source>
            <translation>章節</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="58" />
            <source>&lt;b&gt;What changed&lt;/b&gt; — compare with:</source>
            <translation>&lt;b&gt;變更內容&lt;/b&gt; — 比較對象：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="67" />
            <source>Changes</source>
            <translation>變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="67" />
            <source>Section, item, field, old and new value</source>
            <translation>章節、項目、欄位、舊值與新值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="87" />
            <source>Changes since revision {0}</source>
            <translation>自修訂 {0} 以來的變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="89" />
            <source> (approved)</source>
            <translation>（已批準）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="92" />
            <source>Changes since {0} signed</source>
            <translation>自 {0} 簽署以來的變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="94" />
            <source>No earlier revision or signature to compare with</source>
            <translation>沒有可比較的較早修訂或簽署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="104" />
            <source>This is the plan's first revision: nothing to compare.</source>
            <translation>這是計劃的第一個修訂：沒有可比較的內容。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="115" />
            <source>Changes since revision {0}: {1}</source>
            <translation>自修訂 {0} 以來的變更：{1} 項</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="119" />
            <source>Changes since {0} signed revision {1}: {2}</source>
            <translation>自 {0} 簽署修訂 {1} 以來的變更：{2} 項</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="127" />
            <source>Compare with a package or reply</source>
            <translation>與審閱包或回覆比較</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="129" />
            <source>Review packages and replies (*.pdreview)</source>
            <translation>審閱包與回覆 (*.pdreview)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="143" />
            <source>{0}: cannot be read ({1})</source>
            <translation>{0}：無法讀取（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/changes_panel.py" line="153" />
            <source>Changes since {0} (revision {1}): {2}</source>
            <translation>自 {0}（修訂 {1}）以來的變更：{2} 項</translation>
        </message>
    </context>
    <context>
        <name>ChoiceDelegate</name>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="321" />
            <source>Choose one of the listed values.</source>
            <translation type="vanished">請從列出的選項中選擇。</translation>
        </message>
    </context>
    <context>
        <name>CreateKeyDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="33" />
            <source>Create a signing key</source>
            <translation>建立簽署金鑰</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="37" />
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="43" />
            <source>Your &amp;name (as plans name you):</source>
            <translation>您的姓名（與計劃中所列相同）(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="44" />
            <source>&amp;Password (at least 8 characters):</source>
            <translation>密碼（至少 8 個字元）(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="45" />
            <source>Password &amp;again:</source>
            <translation>再次輸入密碼(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="46" />
            <source>Write the &amp;identity file to:</source>
            <translation>身分檔寫入位置(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="51" />
            <source>The key stays on this computer, sealed with your password; nobody can reset it. Give the identity file (it holds no secret) to your administrator.</source>
            <translation>金鑰只存於此電腦，並以您的密碼加密保護；沒有人能重設密碼。請把身分檔（不含任何機密）交給管理員。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="58" />
            <source>&amp;Create</source>
            <translation>建立(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="73" />
            <source>Identity file</source>
            <translation>身分檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="73" />
            <source>Identity files (*.pem)</source>
            <translation>身分檔 (*.pem)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="82" />
            <source>Give your name.</source>
            <translation>請輸入您的姓名。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="85" />
            <source>The two passwords differ.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="88" />
            <source>The password is empty or only white space.</source>
            <translation>密碼為空或只有空白字元。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="92" />
            <source>The password needs at least {0} characters.</source>
            <translation>密碼至少需要 {0} 個字元。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="96" />
            <source>Choose a folder that exists for the identity file.</source>
            <translation>請為身分檔選擇一個已存在的資料夾。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/create_key_dialog.py" line="104" />
            <source>Creating the key…</source>
            <translation>正在建立金鑰…</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <location filename="../../desktop/views/shared/value_delegates.py" line="148" />
            <source>Type or pick a date; Delete clears it</source>
            <translation>輸入或選擇日期；按 Delete 清除</translation>
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
            <translation>目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="73" />
            <source>KPIs of the selected goal</source>
            <translation>所選目標的關鍵指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="91" />
            <location filename="../../desktop/views/goals/goals_screen.py" line="142" />
            <source>Monthly actuals</source>
            <translation>每月實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="92" />
            <source>One row a KPI, one column a month; Tab moves along the row</source>
            <translation>每個 KPI 一列、每月一欄；Tab 沿同一列移動</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="101" />
            <location filename="../../desktop/views/goals/goals_screen.py" line="104" />
            <source>Actual</source>
            <translation>實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="114" />
            <location filename="../../desktop/views/goals/goals_screen.py" line="152" />
            <source>Tasks ↔ KPIs</source>
            <translation>任務 ↔ 指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="118" />
            <source>Edit task…</source>
            <translation>編輯任務…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="129" />
            <source>Monthly actuals and task ↔ KPI links</source>
            <translation>每月實際值與任務 ↔ KPI 關聯</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="134" />
            <source>Monthly actuals of every KPI. Type a value, or copy cells in a spreadsheet and paste them here with Ctrl+V (one undoable change); an empty cell or Delete clears a value.</source>
            <translation>各關鍵指標的每月實際值。可直接輸入數值，或在試算表中複製儲存格後按 Ctrl+V 貼上（一次可復原的變更）；空白儲存格或按 Delete 會清除數值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="147" />
            <source>Tick the KPIs each key task serves (Space toggles the current cell).</source>
            <translation>勾選每項關鍵任務所支援的指標（按空白鍵切換目前儲存格）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="232" />
            <source>KPIs of goal {0}</source>
            <translation>目標 {0} 的關鍵指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="238" />
            <source>Edit goal</source>
            <translation>編輯目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="239" />
            <source>Edit KPI</source>
            <translation>編輯指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="240" />
            <source>Remove goal</source>
            <translation>刪除目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="241" />
            <source>Remove KPI</source>
            <translation>刪除指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="242" />
            <source>Move goal</source>
            <translation>移動目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="243" />
            <source>Move KPI</source>
            <translation>移動指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="259" />
            <source>Add goal</source>
            <translation>新增目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="275" />
            <source>Select a goal first.</source>
            <translation>請先選擇一個目標。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="281" />
            <source>Add KPI</source>
            <translation>新增指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="320" />
            <source>Paste actuals</source>
            <translation>貼上實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="320" />
            <source>Set actual</source>
            <translation>設定實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="327" />
            <source>Link task to KPI</source>
            <translation>將任務連結到指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_screen.py" line="327" />
            <source>Unlink task from KPI</source>
            <translation>取消任務與指標的連結</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="202" />
            <source>New goal</source>
            <translation type="vanished">新目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="216" />
            <source>New KPI</source>
            <translation type="vanished">新指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="181" />
            <source>Edit {0}</source>
            <translation type="vanished">編輯{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="214" />
            <source>Remove {0}</source>
            <translation type="vanished">刪除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="219" />
            <source>Move {0}</source>
            <translation type="vanished">移動{0}</translation>
        </message>
    </context>
    <context>
        <name>HeatMap</name>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="151" />
            <source>Risk heat map</source>
            <translation>風險熱力圖</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="154" />
            <source>Click a cell to show only its risks; click it again to show all. Keyboard: arrows, Space.</source>
            <translation>按一下格子只顯示其中的風險；再按一下顯示全部。鍵盤：方向鍵、空白鍵。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="194" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="195" />
            <source>Impact</source>
            <translation>影響</translation>
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
            <translation>剩餘</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="295" />
            <source>Heat map: inherent risk</source>
            <translation>熱力圖：固有風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="297" />
            <source>Heat map: residual risk</source>
            <translation>熱力圖：剩餘風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="302" />
            <source>Risks scored: {0}. Click a cell to filter the table.</source>
            <translation>已評分的風險：{0}。按一下格子可篩選表格。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/heat_map.py" line="308" />
            <source>Showing likelihood {0} × impact {1} ({2} risks). Click it again to show all.</source>
            <translation>顯示可能性 {0} × 影響 {1}（{2} 項風險）。再按一下顯示全部。</translation>
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
            <translation type="vanished">項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_history.py" line="45" />
            <source>Time (UTC)</source>
            <translation type="vanished">時間（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_history.py" line="45" />
            <source>Who</source>
            <translation type="vanished">操作人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_history.py" line="46" />
            <source>Changes</source>
            <translation type="vanished">變更</translation>
        </message>
    </context>
    <context>
        <name>IdentityPicker</name>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="41" />
            <source>&amp;Browse…</source>
            <translation>瀏覽(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="72" />
            <source>My key: {0} ({1} …)</source>
            <translation>我的金鑰：{0}（{1} …）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="87" />
            <source>Identity file</source>
            <translation>身分檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="87" />
            <source>Identity files (*.pem);;All files (*)</source>
            <translation>身分檔 (*.pem);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="107" />
            <location filename="../../desktop/views/signoff/identity_picker.py" line="118" />
            <source>Choose an identity file first.</source>
            <translation>請先選擇身分檔。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="127" />
            <source>No identity chosen.</source>
            <translation>尚未選擇身分。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="134" />
            <source>This identity cannot be used: {0}</source>
            <translation>此身分無法使用：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="141" />
            <source>The identity names &lt;b&gt;{0}&lt;/b&gt;; its key fingerprint (SHA-256):</source>
            <translation>此身分的名字是 &lt;b&gt;{0}&lt;/b&gt;；其金鑰指紋（SHA-256）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="161" />
            <source>Certify this key?</source>
            <translation>認證此金鑰？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/identity_picker.py" line="162" />
            <source>Certify the key of {0} with the roles {1}?

Key fingerprint (SHA-256):
{2}

Compare every group with the fingerprint {0} gave you ('plandesk key new' prints it; My signing keys… shows it).</source>
            <translation>以角色 {1} 認證 {0} 的金鑰？

金鑰指紋（SHA-256）：
{2}

請逐組與 {0} 給您的指紋核對（「plandesk key new」會印出，「我的簽署金鑰…」會顯示）。</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="61" />
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="66" />
            <source>My signing keys</source>
            <translation>我的簽署金鑰</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="63" />
            <source>Created (UTC)</source>
            <translation>建立時間（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="63" />
            <source>Key fingerprint (SHA-256)</source>
            <translation>金鑰指紋（SHA-256）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="63" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="65" />
            <source>Label</source>
            <translation>標籤</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="65" />
            <source>Trust root fingerprint (SHA-256)</source>
            <translation>信任根指紋（SHA-256）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="67" />
            <source>Trust roots I accept</source>
            <translation>我接受的信任根</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="71" />
            <source>&amp;Create…</source>
            <translation>建立(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="72" />
            <source>&amp;Import…</source>
            <translation>匯入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="73" />
            <source>&amp;Export key file…</source>
            <translation>匯出金鑰檔(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="74" />
            <source>Export &amp;identity…</source>
            <translation>匯出身分檔(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="75" />
            <source>Export digital ID (.&amp;p12)…</source>
            <translation>匯出數位身分 (.&amp;p12)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="76" />
            <source>&amp;Delete…</source>
            <translation>刪除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="83" />
            <source>&amp;Accept this workspace's root…</source>
            <translation>接受此工作區的信任根(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="90" />
            <source>Key store: {0}</source>
            <translation>金鑰庫：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="93" />
            <source>&lt;b&gt;My signing keys&lt;/b&gt; (only on this computer)</source>
            <translation>&lt;b&gt;我的簽署金鑰&lt;/b&gt;（僅在此電腦上）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="100" />
            <source>&lt;b&gt;Trust roots I accepted&lt;/b&gt; (signatures chaining to them can be valid here)</source>
            <translation>&lt;b&gt;我已接受的信任根&lt;/b&gt;（連結到它們的簽章在此可為有效）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="151" />
            <source>Select a key in the list first.</source>
            <translation>請先在清單中選擇一個金鑰。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="163" />
            <source>Created the key of {0}; its identity file is {1}.</source>
            <translation>已建立 {0} 的金鑰；其身分檔為 {1}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="174" />
            <source>Import a key file</source>
            <translation>匯入金鑰檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="174" />
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="193" />
            <source>PlanDesk key files (*.pdkey)</source>
            <translation>PlanDesk 金鑰檔 (*.pdkey)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="183" />
            <source>Imported the key of {0}.</source>
            <translation>已匯入 {0} 的金鑰。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="191" />
            <source>Export the key file</source>
            <translation>匯出金鑰檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="203" />
            <source>Exported the key of {0} to {1}; it is still sealed with its password.</source>
            <translation>已將 {0} 的金鑰匯出至 {1}；它仍以其密碼加密保護。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="213" />
            <source>Export the identity file</source>
            <translation>匯出身分檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="213" />
            <source>Identity files (*.pem)</source>
            <translation>身分檔 (*.pem)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="222" />
            <source>Wrote the identity file of {0} to {1}.</source>
            <translation>已將 {0} 的身分檔寫入 {1}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="241" />
            <source>No workspace has certified this key yet: sign once in PlanDesk or ask your admin to enrol you.</source>
            <translation>尚無工作區認證此金鑰：請先在 PlanDesk 簽署一次，或請管理員為您登記。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="249" />
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="258" />
            <source>Export digital ID</source>
            <translation>匯出數位身分</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="251" />
            <source>Digital IDs (*.p12)</source>
            <translation>數位身分 (*.p12)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="263" />
            <source>Password of the signing key:</source>
            <translation>簽署金鑰的密碼：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="265" />
            <source>A password for the .p12 file:</source>
            <translation>.p12 檔案的密碼：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="279" />
            <source>Wrote the digital ID of {0} to {1}: import it into your PDF reader with its password.</source>
            <translation>已將 {0} 的數位身分寫入 {1}：請以其密碼匯入您的 PDF 閱讀器。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="291" />
            <source>Delete the key</source>
            <translation>刪除金鑰</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="293" />
            <source>Delete the signing key of {0} from this computer?

Signatures made with it stay valid, but {0} can no longer sign here (unless the key is imported again).</source>
            <translation>要從此電腦刪除 {0} 的簽署金鑰嗎？

以它做出的簽章仍然有效，但 {0} 將無法再於此處簽署（除非再次匯入金鑰）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/keys_dialog.py" line="302" />
            <source>Deleted the key of {0}.</source>
            <translation>已刪除 {0} 的金鑰。</translation>
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
            <translation>請將此指紋與管理員提供給您的指紋比對（當面、電話或紙本，不要用附帶檔案的同一封電郵）：

{0}

只有每一組都相符時才接受。之後連結到此信任根的簽章在此電腦上才算有效。</translation>
        </message>
    </context>
    <context>
        <name>KpiForecast</name>
        <message>
            <location filename="../../desktop/views/kpi/kpi_forecast.py" line="48" />
            <source>Forecast: too few actuals (a forecast needs 3 months).</source>
            <translation>預測：實際數據太少（至少需要 3 個月）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_forecast.py" line="52" />
            <source>Forecast: none (a growth KPI needs volumes above zero).</source>
            <translation>預測：無（增長類指標的數值須大於零）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_forecast.py" line="56" />
            <source>Forecast for December: {0} (80 % range {1}–{2})</source>
            <translation>12 月預測：{0}（80 % 區間 {1}–{2}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_forecast.py" line="60" />
            <source>; {0} % chance of reaching {1}</source>
            <translation>；達到 {1} 的機會為 {0} %</translation>
        </message>
    </context>
    <context>
        <name>KpiMainChart</name>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="70" />
            <source>Point at a month to read its values.</source>
            <translation>將游標移到月份上即可查看數值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="94" />
            <source>No KPI to show.</source>
            <translation>沒有可顯示的指標。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="121" />
            <source>growth on previous month, %</source>
            <translation>環比增長（%）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="123" />
            <source>improvement over baseline, %</source>
            <translation>較基線提升（%）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="126" />
            <source>volume</source>
            <translation>數量</translation>
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
            <translation>無實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="262" />
            <source>no target</source>
            <translation>無目標值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="263" />
            <source>{0}: actual {1} · target {2}</source>
            <translation>{0}：實際 {1} · 目標 {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="268" />
            <source> · gap {0}</source>
            <translation> · 差距 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="271" />
            <source> · entered {0}</source>
            <translation> · 填報 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_main_chart.py" line="275" />
            <source>示範數據 / demo data</source>
            <translation>示範數據</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="193" />
            <source> · {0:+.1f}% on previous month</source>
            <translation type="vanished"> · 較上月 {0:+.1f}%</translation>
        </message>
    </context>
    <context>
        <name>KpiPaneScreen</name>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="140" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="346" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="348" />
            <source>Fill demo actuals</source>
            <translation>填入示範實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="142" />
            <source>Adds made-up demo numbers for January to September to every KPI, so that you can explore the charts. Measured actuals are kept. Undo removes them.</source>
            <translation>為每個指標加入 1 至 9 月的虛構示範數字，方便您瀏覽圖表。已量測的實際值會保留。復原即可移除。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="147" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="353" />
            <source>Remove demo actuals</source>
            <translation>移除示範實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="149" />
            <source>Export PNG…</source>
            <translation>匯出 PNG…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="152" />
            <source>DEMO DATA: the actuals shown are generated, not measured.</source>
            <translation>示範資料：顯示的實際值是產生的，並非實際量測。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="181" />
            <source>Early warnings</source>
            <translation>風險預警</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="184" />
            <source>Risk</source>
            <translation>風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="185" />
            <source>KPI</source>
            <translation>指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="186" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="187" />
            <source>Value</source>
            <translation>數值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="188" />
            <source>Threshold</source>
            <translation>預警閾值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="233" />
            <source>This plan is signed off: its actuals are measured values, demo numbers cannot be added.</source>
            <translation>此計劃已簽核：其實績為實測值，不能加入示範數據。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="259" />
            <source>{0} off track</source>
            <translation>{0} 項未達標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="260" />
            <source>{0} at risk</source>
            <translation>{0} 項接近</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="261" />
            <source>{0} on track</source>
            <translation>{0} 項達標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="262" />
            <source>{0} without data</source>
            <translation>{0} 項無數據</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="306" />
            <source>This plan has no KPIs yet.</source>
            <translation>此計劃尚無關鍵指標。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="328" />
            <source>&lt;b&gt;Early warnings (風險預警): {0}&lt;/b&gt;</source>
            <translation>&lt;b&gt;風險預警：{0}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="331" />
            <source>&lt;b&gt;Early warnings (風險預警)&lt;/b&gt;: none — no actual crosses a risk's threshold.</source>
            <translation>&lt;b&gt;風險預警&lt;/b&gt;：無 — 沒有實際值越過風險的預警閾值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="341" />
            <source>Add generated DEMO actuals (January–September) to every KPI?

They are made up for exploring the charts, marked as demo data, and never replace measured actuals. Edit ▸ Undo removes them.</source>
            <translation>要為每個指標加入產生的示範實際值（1 月至 9 月）嗎？

這些數字是虛構的，僅供瀏覽圖表，會標示為示範資料，且絕不會取代已量測的實際值。編輯 ▸ 復原即可移除。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="373" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="378" />
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="385" />
            <source>Export PNG</source>
            <translation>匯出 PNG</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="373" />
            <source>Width in pixels:</source>
            <translation>寬度（像素）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi/kpi_pane.py" line="378" />
            <source>PNG (*.png)</source>
            <translation>PNG 圖檔 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>LoadPanel</name>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="233" />
            <source>Team load (plan items per ISO week; right-click a team to set its limit)</source>
            <translation>團隊負荷（每 ISO 周的計劃項目數；右鍵點擊團隊設定上限）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="248" />
            <source>{0} · {1}: no plan items</source>
            <translation>{0} · {1}：沒有計劃項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="251" />
            <source>{0} · {1}: {2} plan items — {3}</source>
            <translation>{0} · {1}：{2} 個計劃項目 — {3}</translation>
        </message>
    </context>
    <context>
        <name>LoadStrip</name>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="91" />
            <source>Plan items per team per ISO week; click a week to list them</source>
            <translation>各團隊每周（ISO 周）的計劃項目數；點擊某周列出項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="202" />
            <source>Set weekly limit of {0}…</source>
            <translation>設定 {0} 的每周上限…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="209" />
            <source>Weekly limit</source>
            <translation>每周上限</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/load_strip.py" line="210" />
            <source>Most plan items a week for {0} (0: no limit):</source>
            <translation>{0} 每周最多計劃項目數（0：不設上限）：</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="105" />
            <source>Overview &amp; approval</source>
            <translation>概覽與審批</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="106" />
            <source>Goals &amp; KPIs</source>
            <translation>目標與指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="107" />
            <source>Task board</source>
            <translation>任務看板</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="108" />
            <source>Risk register</source>
            <translation>風險登記冊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="109" />
            <source>KPI charts</source>
            <translation>指標圖表</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="110" />
            <source>Monitoring &amp; communication</source>
            <translation>監控與溝通</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="111" />
            <source>Sign-off</source>
            <translation>簽署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="117" />
            <source>Ctrl+1 … Ctrl+7 switch screens</source>
            <translation>Ctrl+1 … Ctrl+7 切換畫面</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="117" />
            <source>Screens</source>
            <translation>畫面</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="128" />
            <source>Read-only: another PlanDesk is using this workspace. You can look, print and export, but not change anything.</source>
            <translation>唯讀：另一個 PlanDesk 正在使用此工作區。您可以檢視、列印和匯出，但不能做任何變更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="135" />
            <source>Read-only: the workspace file or its folder cannot be written. You can look, print and export, but not change anything.</source>
            <translation>唯讀：無法寫入工作區檔案或其所在資料夾。您可以檢視、列印和匯出，但不能做任何變更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="158" />
            <source>Plan</source>
            <translation>計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="161" />
            <source>Plan: </source>
            <translation>計劃：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="168" />
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="169" />
            <source>Recen&amp;t workspaces</source>
            <translation>最近使用的工作區(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="170" />
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="171" />
            <source>&amp;Undo</source>
            <translation>復原(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="173" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="177" />
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="184" />
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="185" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="186" />
            <source>&amp;About PlanDesk</source>
            <translation>關於 PlanDesk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="242" />
            <source>Workspace: {0}</source>
            <translation>工作區：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="249" />
            <source>PlanDesk — {0}</source>
            <translation>PlanDesk — {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="250" />
            <source>No plan</source>
            <translation>沒有計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="254" />
            <source>review package {0}</source>
            <translation>審核包 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="260" />
            <source>Status: {0} · revision {1}</source>
            <translation>狀態：{0} · 修訂 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="278" />
            <source>Checks: {0} findings ({1} errors)</source>
            <translation>檢查：{0} 個問題（{1} 個錯誤）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="281" />
            <source> · Early warnings: {0}</source>
            <translation> · 風險預警：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="341" />
            <source>About PlanDesk</source>
            <translation>關於 PlanDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="343" />
            <source>&lt;h3&gt;PlanDesk {0}&lt;/h3&gt;&lt;p&gt;Plan, schedule, track, print and sign off an annual social-media plan, offline.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PlanDesk {0}&lt;/h3&gt;&lt;p&gt;離線規劃、排程、追蹤、列印並簽署年度社群媒體計劃。&lt;/p&gt;&lt;p&gt;工作區：{1}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/plan_list.py" line="19" />
            <source>{0} ({1}, revision {2}, {3})</source>
            <translation>{0}（{1}年，修訂 {2}，{3}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/plan_list.py" line="29" />
            <source>Plan id {0}</source>
            <translation>計劃編號 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/refusals.py" line="55" />
            <source>Change not made</source>
            <translation>未做變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="165" />
            <source>Recent workspaces</source>
            <translation type="vanished">最近使用的工作區</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="225" />
            <source>{0} ({1}, revision {2})</source>
            <translation type="vanished">{0}（{1}年，修訂 {2}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="200" />
            <source>This screen is being built.</source>
            <translation type="vanished">此畫面正在建置中。</translation>
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
            <translation>總金額：0（尚未輸入金額）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="94" />
            <source>Total amount: {0}</source>
            <translation>總金額：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="99" />
            <source>Edit {0}</source>
            <translation>編輯{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="118" />
            <source>Add {0}</source>
            <translation>新增{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="135" />
            <source>Remove {0}</source>
            <translation>刪除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/monitoring.py" line="144" />
            <source>Move {0}</source>
            <translation>移動{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitoring.py" line="105" />
            <source>New item</source>
            <translation type="vanished">新項目</translation>
        </message>
    </context>
    <context>
        <name>MoveQuestion</name>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="24" />
            <source>Move {0}</source>
            <translation>移動{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="26" />
            <source>Move {0} to week {1} in month {2} only, or in every month?</source>
            <translation>把「{0}」移到第 {1} 周：只改 {2} 月這一次，還是每個月都改？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="30" />
            <source>Done marks stay with their month's occurrence.</source>
            <translation>完成標記跟隨該月的那一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="31" />
            <source>This occurrence only</source>
            <translation>只改這一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="32" />
            <source>Every month</source>
            <translation>每個月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="48" />
            <source>Reschedule {0} to {1}</source>
            <translation>將 {0} 改期至 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_moves.py" line="49" />
            <source>Move {0} in month {1} to week {2}</source>
            <translation>將 {0} 在 {1} 月移到第 {2} 周</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="67" />
            <source>Problem met:</source>
            <translation>遇到的問題：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="68" />
            <source>Solution or next step:</source>
            <translation>解決方案或下一步：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_notes.py" line="73" />
            <source>Remove note</source>
            <translation>刪除備註</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../desktop/views/shared/value_delegates.py" line="95" />
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
    </context>
    <context>
        <name>OverviewScreen</name>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="92" />
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="93" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="94" />
            <source>Organisation</source>
            <translation>編制單位</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="95" />
            <source>Compiler</source>
            <translation>編制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="96" />
            <source>Reviewer</source>
            <translation>審核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="97" />
            <source>Approver</source>
            <translation>批準人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="98" />
            <source>Compile date</source>
            <translation>編制日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="126" />
            <source>Plan and approval</source>
            <translation>計劃與審批</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="144" />
            <source>Plan checks</source>
            <translation>計劃檢查</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="146" />
            <source>Click a finding (or press Enter) to go to the item.</source>
            <translation>按一下問題（或按 Enter）即可前往該項目。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="153" />
            <source>Introduction</source>
            <translation>引言</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="154" />
            <source>Summary</source>
            <translation>總結</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="155" />
            <source>Outlook</source>
            <translation>展望</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="247" />
            <source>No plan</source>
            <translation>沒有計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="247" />
            <source>Status: {0}</source>
            <translation>狀態：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="252" />
            <source>The workspace is open read-only.</source>
            <translation>工作區以唯讀方式開啟。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="258" />
            <source>Error</source>
            <translation>錯誤</translation>
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
            <translation>沒有發現問題：計劃看來完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="275" />
            <source>Plan checks ({0})</source>
            <translation>計劃檢查（{0}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview/overview_screen.py" line="292" />
            <location filename="../../desktop/views/overview/overview_screen.py" line="309" />
            <source>Edit {0}</source>
            <translation>編輯{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="216" />
            <source>This plan is in review or approved, so its header, approval fields and texts are read-only. To change it, make a new revision (or have it sent back).</source>
            <translation type="vanished">此計劃正在審核或已批準，因此表頭、審批欄位和內文均為唯讀。如需修改，請建立新的修訂版本（或請審核人退回）。</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="69" />
            <location filename="../../desktop/views/signoff/people_dialog.py" line="74" />
            <source>People</source>
            <translation>人員</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="76" />
            <source>Certificate</source>
            <translation>憑證</translation>
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
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="97" />
            <source>&amp;Identity:</source>
            <translation>身分(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="100" />
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="101" />
            <source>&amp;Acting admin:</source>
            <translation>執行的管理員(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="104" />
            <location filename="../../desktop/views/signoff/people_dialog.py" line="184" />
            <source>Pass&amp;word of the admin's key:</source>
            <translation>管理員金鑰的密碼(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="107" />
            <source>&amp;Add from identity file</source>
            <translation>從身分檔加入(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="108" />
            <source>Change &amp;roles</source>
            <translation>變更職責(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="109" />
            <source>Replace &amp;key</source>
            <translation>更換金鑰(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="110" />
            <source>Re&amp;move…</source>
            <translation>移除(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="111" />
            <source>Create my &amp;key…</source>
            <translation>建立我的金鑰(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="160" />
            <source>legacy, not anchored</source>
            <translation>舊式，未錨定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="162" />
            <source>enrolled</source>
            <translation>已登記</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="164" />
            <source>flagged: {0}</source>
            <translation>已標記：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="169" />
            <source>(none: enrol again from an identity file)</source>
            <translation>（無：請從身分檔重新登記）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="182" />
            <source>Pass&amp;word of your key:</source>
            <translation>您金鑰的密碼(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="189" />
            <source>&lt;b&gt;This workspace has no trust root yet.&lt;/b&gt; Pick your own identity (or create a key first), tick Administrator and add yourself: your key becomes this workspace's trust root. Everyone who checks its signatures compares the root's fingerprint with the one you give them.</source>
            <translation>&lt;b&gt;此工作區尚無信任根。&lt;/b&gt;請選擇您自己的身分（或先建立金鑰），勾選「管理員」並加入自己：您的金鑰將成為此工作區的信任根。每位核對其簽章的人都要把信任根的指紋與您提供的指紋比對。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="200" />
            <source>Only an administrator can change people, with the password of their own key. The workspace's trust root (fingerprint):</source>
            <translation>只有管理員能以自己金鑰的密碼變更人員。此工作區的信任根（指紋）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="214" />
            <source>None of the keys in your key store belongs to an administrator of this workspace: you can look, not change.</source>
            <translation>您金鑰庫中的金鑰都不屬於此工作區的管理員：您只能檢視，不能變更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="266" />
            <source>Enter the password of the admin's key.</source>
            <translation>請輸入管理員金鑰的密碼。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="268" />
            <source>Enter the password of your key.</source>
            <translation>請輸入您金鑰的密碼。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="286" />
            <source>Select a person in the list first.</source>
            <translation>請先在清單中選擇一位人員。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="306" />
            <source>Added {0}.</source>
            <translation>已新增 {0}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="308" />
            <source>Adding…</source>
            <translation>正在新增…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="321" />
            <source>Changed the roles of {0}.</source>
            <translation>已變更 {0} 的職責。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="323" />
            <location filename="../../desktop/views/signoff/people_dialog.py" line="350" />
            <source>Certifying…</source>
            <translation>正在認證…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="344" />
            <source>Certified the new key of {0}.</source>
            <translation>已認證 {0} 的新金鑰。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="358" />
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="360" />
            <source>Remove {0} from this workspace? Their past signatures stay on record; they can no longer sign here.</source>
            <translation>要將 {0} 從此工作區移除嗎？其過往簽章仍保留在記錄中；之後不能再於此處簽署。</translation>
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
            <translation>您的金鑰現在是此工作區的信任根，並已為您固定。請把此指紋交給每位將核對其簽章的人：
{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="80" />
            <source>&amp;Browse…</source>
            <translation type="vanished">瀏覽(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="223" />
            <source>My key: {0} ({1} …)</source>
            <translation type="vanished">我的金鑰：{0}（{1} …）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="250" />
            <source>Identity file</source>
            <translation type="vanished">身分檔</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="250" />
            <source>Identity files (*.pem);;All files (*)</source>
            <translation type="vanished">身分檔 (*.pem);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/people_dialog.py" line="265" />
            <source>Choose an identity file first.</source>
            <translation type="vanished">請先選擇身分檔。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="192" />
            <source>Key fingerprint</source>
            <translation type="vanished">金鑰指紋</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="207" />
            <source>&amp;Name:</source>
            <translation type="vanished">姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="209" />
            <source>&amp;Password:</source>
            <translation type="vanished">密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="210" />
            <source>Password &amp;again:</source>
            <translation type="vanished">再次輸入密碼(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="211" />
            <source>&amp;Admin allowing it:</source>
            <translation type="vanished">核准的管理員(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="214" />
            <source>Admin's pass&amp;word:</source>
            <translation type="vanished">管理員密碼(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="217" />
            <source>&amp;Add person</source>
            <translation type="vanished">新增人員(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="248" />
            <source>The first person becomes the administrator.</source>
            <translation type="vanished">第一位人員會成為管理員。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="253" />
            <source>The two passwords differ.</source>
            <translation type="vanished">兩次輸入的密碼不一致。</translation>
        </message>
    </context>
    <context>
        <name>PlanEditors</name>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="43" />
            <location filename="../../desktop/views/goals/goals_models.py" line="70" />
            <location filename="../../desktop/views/sections/section_models.py" line="49" />
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="44" />
            <source>Goal</source>
            <translation>目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="45" />
            <location filename="../../desktop/views/sections/section_models.py" line="51" />
            <location filename="../../desktop/views/sections/section_models.py" line="141" />
            <source>Description</source>
            <translation>說明</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="51" />
            <source>Level</source>
            <translation>達到</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="52" />
            <source>Growth per period</source>
            <translation>每期增長</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="53" />
            <source>Count per period</source>
            <translation>每期至少</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="54" />
            <source>Ceiling</source>
            <translation>不超過</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="55" />
            <source>Improvement over baseline</source>
            <translation>較基線提升</translation>
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
            <translation>指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="72" />
            <location filename="../../desktop/views/sections/section_models.py" line="143" />
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="73" />
            <source>Baseline</source>
            <translation>基線</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="74" />
            <source>Target kind</source>
            <translation>目標類型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="75" />
            <source>Target</source>
            <translation>目標值</translation>
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
            <translation>頻率</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="78" />
            <source>Tolerance (0–1)</source>
            <translation>容許偏差（0–1）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="185" />
            <source>enter the month's total{0}; growth target +{1}% a period</source>
            <translation>填每月總數{0}；目標每期增長 +{1}%</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="193" />
            <source>improvement target +{0}% over baseline</source>
            <translation>目標較基線提升 +{0}%</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="223" />
            <source>Type each month's total (e.g. the interactions counted that month), not the growth rate: PlanDesk works out the growth on the previous month, shows it under the value and compares it with the +{0}% target.</source>
            <translation>請填每月的總數（例如當月統計的互動量），不是增長率：PlanDesk 會算出較上月的增長，顯示在數值下方，並與 +{0}% 的目標比較。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="258" />
            <source>◆ 示範數據 / demo data: generated, not measured</source>
            <translation>◆ 示範數據：系統生成，並非實測</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="262" />
            <source>Growth on the previous value: {0}</source>
            <translation>較上期增長：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="264" />
            <source>Improvement over the baseline: {0}</source>
            <translation>較基線提升：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="309" />
            <source>The pasted block ({0} rows × {1} columns) does not fit from {2}, {3}: nothing was pasted</source>
            <translation>貼上的區塊（{0} 列 × {1} 欄）從 {2}、{3} 開始放不下：未貼上任何內容</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="321" />
            <source>{0} — nothing was pasted</source>
            <translation>{0} — 未貼上任何內容</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="50" />
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="52" />
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="55" />
            <source>Meeting</source>
            <translation>定期會議</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="56" />
            <source>Report</source>
            <translation>進度報告</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="57" />
            <source>Data check</source>
            <translation>數據監控</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="58" />
            <source>Risk alert</source>
            <translation>風險預警</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="63" />
            <source>Indicator</source>
            <translation>評估指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="64" />
            <source>Time point</source>
            <translation>評估時間點</translation>
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
            <translation>溝通對象</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="71" />
            <source>Content</source>
            <translation>溝通內容</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="72" />
            <source>Channel</source>
            <translation>溝通方式</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="78" />
            <source>Cross-department</source>
            <translation>跨部門協作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="79" />
            <source>Cross-team</source>
            <translation>跨團隊協作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="81" />
            <source>Responsibility</source>
            <translation>責任分工</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="86" />
            <source>Human</source>
            <translation>人力資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="87" />
            <source>Material</source>
            <translation>物力資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="88" />
            <source>Financial</source>
            <translation>財力資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="93" />
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="95" />
            <source>Owner team</source>
            <translation>責任人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="99" />
            <source>Monitoring</source>
            <translation>監控</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="107" />
            <source>Evaluation</source>
            <translation>評估</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="115" />
            <source>Communication</source>
            <translation>溝通</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="123" />
            <source>Collaboration</source>
            <translation>協作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="131" />
            <source>Budget and resources</source>
            <translation>預算與資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="138" />
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="140" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="142" />
            <source>Amount</source>
            <translation>數量／金額</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="144" />
            <source>Source</source>
            <translation>來源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals/goals_models.py" line="179" />
            <source>growth target +{0}% a period</source>
            <translation type="vanished">目標每期增長 +{0}%</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="82" />
            <source>{0}: a number is required</source>
            <translation type="vanished">{0}：必須輸入數字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="87" />
            <location filename="../../desktop/views/sections/section_models.py" line="89" />
            <source>{0}: “{1}” is not a number</source>
            <translation type="vanished">{0}：「{1}」不是數字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="99" />
            <source>{0}: choose one of the listed values</source>
            <translation type="vanished">{0}：請從列出的選項中選擇</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="108" />
            <source>{0}: {1} is outside {2}–{3}</source>
            <translation type="vanished">{0}：{1} 超出 {2}–{3} 的範圍</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sections/section_models.py" line="115" />
            <source>{0}: contains a control character</source>
            <translation type="vanished">{0}：含有控制字元</translation>
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
            <translation type="vanished">{0}：最多 {1} 個字元</translation>
        </message>
    </context>
    <context>
        <name>PlanLock</name>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="24" />
            <source>in review</source>
            <translation>審核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="25" />
            <source>reviewed</source>
            <translation>已審核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="26" />
            <source>approved</source>
            <translation>已批準</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="34" />
            <source>The workspace is open read-only: nothing can be changed.</source>
            <translation>工作區以唯讀方式開啟：無法作任何變更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/lock.py" line="38" />
            <source>“{0}” revision {1} is {2}: its signed content is read-only. Make a new revision (Sign-off screen) to change it; done marks, KPI actuals and risk status / review dates can still be recorded.</source>
            <translation>「{0}」修訂 {1} {2}：其簽核內容為唯讀。如需變更，請建立新修訂（簽核畫面）；仍可記錄完成標記、指標實績及風險狀態／複核日期。</translation>
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
            <translation>復原</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="89" />
            <location filename="../../desktop/operations/undo.py" line="106" />
            <source>The workspace is open read-only: changes are not allowed.</source>
            <translation type="vanished">工作區以唯讀方式開啟：不允許變更。</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="141" />
            <source>in review</source>
            <translation type="vanished">審核中</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="142" />
            <source>reviewed</source>
            <translation type="vanished">已審核</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="143" />
            <source>approved</source>
            <translation type="vanished">已批準</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/undo.py" line="149" />
            <source>“{0}” revision {1} is {2}: its signed content is read-only. Done marks, KPI actuals and risk status / review dates can still be recorded; make a new revision to change anything else.</source>
            <translation type="vanished">「{0}」修訂 {1} {2}：其簽核內容為唯讀。仍可記錄完成標記、指標實績及風險狀態／複核日期；如需變更其他內容，請建立新修訂。</translation>
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
            <translation>審核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/plan_status.py" line="13" />
            <source>Reviewed</source>
            <translation>已審核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/plan_status.py" line="14" />
            <source>Approved</source>
            <translation>已批準</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../../desktop/app.py" line="59" />
            <source>Unexpected error</source>
            <translation>意外錯誤</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="61" />
            <source>PlanDesk hit an unexpected error:

{0}

Your workspace is intact; the change in progress was not saved. Details are in the log file:
{1}</source>
            <translation>PlanDesk 發生意外錯誤：

{0}

您的工作區完好無損；進行中的變更未儲存。詳細資訊請見記錄檔：
{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="56" />
            <source>Edit task…</source>
            <translation>編輯任務…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_editing.py" line="57" />
            <source>Rename</source>
            <translation>重新命名</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="165" />
            <source>Add task</source>
            <translation>新增任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="166" />
            <source>Add subtask</source>
            <translation>新增子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="167" />
            <source>Edit…</source>
            <translation>編輯…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="168" />
            <source>Remove</source>
            <translation>刪除</translation>
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
            <translation>標記完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="185" />
            <source> Zoom: </source>
            <translation> 縮放：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="192" />
            <source>  Team: </source>
            <translation>  團隊：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="194" />
            <source>  Task: </source>
            <translation>  任務：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="196" />
            <source>ISO week numbers</source>
            <translation>ISO 周次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="203" />
            <source>Zoom to month</source>
            <translation>縮放至月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="203" />
            <source>Zoom to quarter</source>
            <translation>縮放至季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="203" />
            <source>Zoom to year</source>
            <translation>縮放至年</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="210" />
            <source>Clear board filters</source>
            <translation>清除看板篩選</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="58" />
            <source>Import from Excel</source>
            <translation>從 Excel 匯入</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="60" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Excel 活頁簿 (*.xlsx);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="77" />
            <source>Reading {0}…</source>
            <translation>正在讀取 {0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="83" />
            <source>Cannot import</source>
            <translation>無法匯入</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="110" />
            <source>Imported {0}: {1} added, {2} changed, {3} removed (Ctrl+Z undoes)</source>
            <translation>已匯入 {0}：新增 {1} 項、修改 {2} 項、刪除 {3} 項（Ctrl+Z 可撤銷）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="112" />
            <source>Imported {0}: tracking data updated in place, {2} changed (signatures stay valid; Ctrl+Z undoes)</source>
            <translation>已匯入 {0}：就地更新追蹤資料，{2} 項變更（簽署仍然有效；Ctrl+Z 可撤銷）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="115" />
            <source>Imported {0} as a new plan</source>
            <translation>已匯入 {0}，建立新計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="116" />
            <source>Imported {0} as a new revision</source>
            <translation>已匯入 {0}，建立新修訂版本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="136" />
            <source>Cannot import {0}</source>
            <translation>無法匯入 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="141" />
            <source>{0} problems were found; nothing was changed. Fix them in the workbook and import it again.</source>
            <translation>發現 {0} 個問題；未做任何變更。請在活頁簿中修正後再匯入一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="152" />
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="153" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="154" />
            <source>Row</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="155" />
            <source>Cell</source>
            <translation>儲存格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="156" />
            <source>Column</source>
            <translation>欄</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="157" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="162" />
            <source>Problems</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="188" />
            <source>Import {0}</source>
            <translation>匯入 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="192" />
            <source>This workbook updates the plan “{0}” (revision {1}).</source>
            <translation>此活頁簿會更新計劃「{0}」（修訂 {1}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="193" />
            <source>This workbook creates a new plan “{0}”.</source>
            <translation>此活頁簿會建立新計劃「{0}」。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="195" />
            <source>The plan “{0}” (revision {1}) is signed and this workbook changes only its tracking data (done marks, KPI actuals, risk status and review dates): the plan is updated in place and its signatures stay valid.</source>
            <translation>計劃「{0}」（修訂 {1}）已簽核，此活頁簿只變更其追蹤數據（完成標記、指標實績、風險狀態與複核日期）：計劃將就地更新，簽核仍然有效。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="200" />
            <source>The plan “{0}” is signed and this workbook changes its signed content: the import creates revision {1} of it (the signed revision is not changed).</source>
            <translation>計劃「{0}」已簽核，此活頁簿變更了其簽核內容：匯入將建立其修訂 {1}（已簽核的修訂不會改變）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="218" />
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="218" />
            <source>Changed</source>
            <translation>變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="218" />
            <source>Removed</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="218" />
            <location filename="../../desktop/views/files/excel_actions.py" line="226" />
            <source>Section</source>
            <translation>章節</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="224" />
            <location filename="../../desktop/views/files/excel_actions.py" line="235" />
            <source>What changes (old → new):</source>
            <translation>變更內容（舊 → 新）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="226" />
            <source>Change</source>
            <translation>變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="226" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="226" />
            <source>Old → new</source>
            <translation>舊 → 新</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="234" />
            <source>Changes by section</source>
            <translation>各部分的變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="239" />
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="242" />
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="44" />
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="40" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="46" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="46" />
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="46" />
            <source>Exported to {0}</source>
            <translation>已匯出到 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="48" />
            <location filename="../../desktop/views/files/export_actions.py" line="137" />
            <source>Export calendar</source>
            <translation>匯出行事曆</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="49" />
            <source>Calendar files (*.ics)</source>
            <translation>行事曆檔案 (*.ics)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="50" />
            <source>Calendar written: {0} ({1} events)</source>
            <translation>已寫入行事曆：{0}（{1} 個事件）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="53" />
            <source>Export Word</source>
            <translation>匯出 Word</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="53" />
            <source>Word document written: {0}</source>
            <translation>已寫入 Word 文件：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="53" />
            <source>Word documents (*.docx)</source>
            <translation>Word 文件 (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="55" />
            <source>Export PDF</source>
            <translation>匯出 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="55" />
            <source>PDF written: {0} ({1} pages)</source>
            <translation>已寫入 PDF：{0}（{1} 頁）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="57" />
            <source>Export PDF for signature</source>
            <translation>匯出待簽署 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="59" />
            <source>PDF for signature written: {0}</source>
            <translation>已寫入待簽署 PDF：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="60" />
            <source>for signature</source>
            <translation>供簽署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="63" />
            <source>Export review package</source>
            <translation>匯出審核包</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="64" />
            <location filename="../../desktop/views/signoff/review_actions.py" line="99" />
            <source>PlanDesk review files (*.pdreview)</source>
            <translation>PlanDesk 審核檔 (*.pdreview)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="65" />
            <source>Review package written: {0}</source>
            <translation>審核包已寫出：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="89" />
            <location filename="../../desktop/views/files/export_actions.py" line="113" />
            <source>No plan to export.</source>
            <translation>沒有可匯出的計劃。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="134" />
            <source>All teams</source>
            <translation>所有團隊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="138" />
            <source>Occurrences of:</source>
            <translation>匯出以下團隊的工作：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="154" />
            <source>Chinese font missing</source>
            <translation>缺少中文字型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="173" />
            <source>Writing {0}…</source>
            <translation>正在寫入 {0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/export_actions.py" line="177" />
            <source>Export cancelled: nothing was written.</source>
            <translation>已取消匯出：未寫入任何檔案。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/import_warnings.py" line="24" />
            <source>⚠ This import removes {0} item(s) from the plan (in red below).</source>
            <translation>⚠ 此匯入會從計劃刪除 {0} 個項目（下方紅色）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/import_warnings.py" line="72" />
            <source>⚠ This workbook is older than the plan: it was exported on {0} (UTC) and the plan was changed on {1} (UTC). Importing it puts the workbook's values back, so later changes would be lost.</source>
            <translation>⚠ 此活頁簿比計劃舊：它匯出於 {0}（UTC），計劃則在 {1}（UTC）修改過。匯入會放回活頁簿中的值，之後的修改將會遺失。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="34" />
            <location filename="../../desktop/views/files/print_actions.py" line="104" />
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="34" />
            <location filename="../../desktop/views/files/revise_actions.py" line="60" />
            <location filename="../../desktop/views/files/rollover_actions.py" line="68" />
            <source>There is no plan.</source>
            <translation>沒有計劃。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="74" />
            <source>Print preview</source>
            <translation>預覽列印</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="96" />
            <source>Sent to the printer.</source>
            <translation>已送往印表機。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="102" />
            <source>Printing the plan…</source>
            <translation>正在列印計劃…</translation>
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
            <translation>將「{1}」的第 {0} 版建立為草稿？第 {2} 版保持原樣，連同其簽署，仍可閱讀和列印。按 Ctrl+Z 可再移除新版本。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/revise_actions.py" line="78" />
            <source>Revision {0} started as a draft (Ctrl+Z removes it again).</source>
            <translation>第 {0} 版已建立為草稿（按 Ctrl+Z 可再移除）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="26" />
            <location filename="../../desktop/views/files/rollover_actions.py" line="56" />
            <location filename="../../desktop/views/files/rollover_actions.py" line="68" />
            <source>New plan for next year</source>
            <translation>新增下一年度計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="30" />
            <source>A draft plan made from “{0}” ({1}): goals, KPIs, tasks, rules, risks and sections, every date moved into the new year; no done marks, actuals or sign-offs.

Year of the new plan:</source>
            <translation>以「{0}」（{1}）為基礎建立草稿計劃：沿用目標、指標、任務、時間規則、風險與各章節，所有日期移至新年度；不帶完成標記、實際值與簽署。

新計劃的年度：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="49" />
            <source>… and {0} more (see the status bar's checks)</source>
            <translation>……另有 {0} 項（見狀態列的計劃檢查）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="51" />
            <source>The plan for {0} was added as a draft (Ctrl+Z removes it again).</source>
            <translation>已新增 {0} 年度的草稿計劃（按 Ctrl+Z 可撤銷）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/rollover_actions.py" line="55" />
            <source>Plan checks for {0}:</source>
            <translation>{0} 年度的計劃檢查：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="144" />
            <location filename="../../desktop/views/files/workspace_actions.py" line="105" />
            <source>Cannot open workspace</source>
            <translation>無法開啟工作區</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="27" />
            <source>Add a new plan from the sample template to this workspace?</source>
            <translation>要在此工作區新增一份以範例範本建立的計劃嗎？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="29" />
            <source>Add a new empty plan to this workspace?</source>
            <translation>要在此工作區新增一份空白計劃嗎？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="32" />
            <source>It is listed beside the {0} plan(s) already here.</source>
            <translation>它會與此處已有的 {0} 份計劃並列。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="33" />
            <location filename="../../desktop/views/files/workspace_actions.py" line="45" />
            <source>New plan</source>
            <translation>新計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="49" />
            <source>New empty plan</source>
            <translation>新增空白計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="49" />
            <source>New plan from the sample template</source>
            <translation>從範例範本建立新計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="58" />
            <source>Open or create a workspace</source>
            <translation>開啟或建立工作區</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="60" />
            <source>PlanDesk workspaces (*.sqlite *.plandesk);;All files (*)</source>
            <translation>PlanDesk 工作區 (*.sqlite *.plandesk);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="73" />
            <source>(none yet)</source>
            <translation>（尚無）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="97" />
            <source>Read-only workspace</source>
            <translation>唯讀工作區</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="97" />
            <source>Workspace in use</source>
            <translation>工作區使用中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/workspace_actions.py" line="99" />
            <source>{0}

Open it read-only?</source>
            <translation>{0}

要以唯讀方式開啟嗎？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="58" />
            <source>Tables</source>
            <translation>表格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="58" />
            <source>Task board</source>
            <translation>任務看板</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="60" />
            <source>Next / previous cell of the row (computed cells skipped)</source>
            <translation>同一列的下一格／上一格（略過計算欄）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="61" />
            <source>Edit the cell (or just type)</source>
            <translation>編輯儲存格（或直接輸入）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="62" />
            <source>Save the cell</source>
            <translation>儲存儲存格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="63" />
            <source>Cancel the cell</source>
            <translation>取消編輯儲存格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="64" />
            <source>Save a cell of several lines</source>
            <translation>儲存多行儲存格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="65" />
            <source>Copy / paste cells as tab-separated text</source>
            <translation>以 Tab 分隔文字複製／貼上儲存格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="66" />
            <source>Leave the table</source>
            <translation>離開表格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="67" />
            <source>Previous / next row</source>
            <translation>上一列／下一列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="68" />
            <source>Previous / next occurrence</source>
            <translation>上一次／下一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="69" />
            <source>First / last occurrence</source>
            <translation>第一次／最後一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="70" />
            <source>Mark the occurrence done / not done</source>
            <translation>將該次標記為完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="71" />
            <source>Edit the task or subtask</source>
            <translation>編輯任務或子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="72" />
            <source>Edit the task (also from a subtask)</source>
            <translation>編輯任務（子任務上亦可）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="73" />
            <source>Rename the task</source>
            <translation>重新命名任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="107" />
            <source>&lt;h3&gt;Welcome to PlanDesk&lt;/h3&gt;&lt;p&gt;PlanDesk holds your annual social-media plan: goals and KPIs, tasks and their schedules, risks, monitoring and communication — and takes it through review and sign-off.&lt;/p&gt;&lt;p&gt;This workspace starts with a &lt;b&gt;sample plan&lt;/b&gt; (the 2027 social-media plan). Start on the &lt;b&gt;Task board&lt;/b&gt;: double-click a subtask to edit it, click a bar to mark it done. Ctrl+1 … Ctrl+7 switch screens, Ctrl+Z undoes any change, F1 lists all shortcuts.&lt;/p&gt;&lt;p&gt;Your changes are saved as you make them.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;歡迎使用 PlanDesk&lt;/h3&gt;&lt;p&gt;PlanDesk 管理您的年度社群媒體計劃：目標與指標、任務及其時間安排、風險、監控與溝通，並帶領計劃完成審核與簽署。&lt;/p&gt;&lt;p&gt;此工作區內附一份&lt;b&gt;範例計劃&lt;/b&gt;（2027 年社群媒體計劃）。請從&lt;b&gt;任務看板&lt;/b&gt;開始：按兩下子任務可編輯，按一下時間條可標記完成。Ctrl+1 … Ctrl+7 切換畫面，Ctrl+Z 可復原任何變更，F1 列出所有快速鍵。&lt;/p&gt;&lt;p&gt;您的變更會隨時自動儲存。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="118" />
            <source>Welcome</source>
            <translation>歡迎</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="132" />
            <source>No Chinese font</source>
            <translation>沒有中文字型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/language.py" line="69" />
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="107" />
            <source>New plan from the &amp;sample template</source>
            <translation>從範例範本建立新計劃(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="114" />
            <source>New empt&amp;y plan</source>
            <translation>新增空白計劃(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="123" />
            <source>New plan for &amp;next year…</source>
            <translation>新增下一年度計劃(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="129" />
            <source>St&amp;art revision N+1…</source>
            <translation>建立第 N+1 版(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="135" />
            <source>&amp;Open workspace…</source>
            <translation>開啟工作區(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="137" />
            <source>Open workspace on a se&amp;rver…</source>
            <translation>開啟伺服器上的工作區(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="145" />
            <source>&amp;Import from Excel…</source>
            <translation>從 Excel 匯入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="157" />
            <source>Progr&amp;ess reports…</source>
            <translation>進度報告(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="162" />
            <source>Print Pre&amp;view…</source>
            <translation>預覽列印(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="163" />
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="168" />
            <source>Sign a PD&amp;F…</source>
            <translation>簽署 PDF(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="170" />
            <source>Print c&amp;urrent view…</source>
            <translation>列印目前畫面(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="177" />
            <source>Open review pac&amp;kage…</source>
            <translation>開啟審核包(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="178" />
            <source>&amp;Merge signed reply…</source>
            <translation>合併已簽署回覆(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="183" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="191" />
            <source>Export to Exce&amp;l…</source>
            <translation>匯出到 Excel(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="192" />
            <source>Export &amp;calendar…</source>
            <translation>匯出行事曆(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="193" />
            <source>Export &amp;Word…</source>
            <translation>匯出 Word(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="194" />
            <source>Export P&amp;DF…</source>
            <translation>匯出 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="195" />
            <source>Export PDF for si&amp;gnature…</source>
            <translation>匯出待簽署 PDF(&amp;G)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="196" />
            <source>E&amp;xport review package…</source>
            <translation>匯出審核包(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="223" />
            <source>Sign-&amp;off</source>
            <translation>簽署(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="226" />
            <source>&amp;Submit for review…</source>
            <translation>提交審核(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="227" />
            <source>Sign as &amp;reviewer…</source>
            <translation>以審核人身分簽署(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="228" />
            <source>&amp;Approve…</source>
            <translation>批準(&amp;A)…</translation>
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
            <translation>新修訂版本(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="231" />
            <source>&amp;Verify signatures</source>
            <translation>驗證簽章(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="243" />
            <source>Print the plan checks appendix</source>
            <translation>列印計劃檢查附錄</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="249" />
            <source>Print on A3 paper</source>
            <translation>以 A3 紙列印</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="256" />
            <source>&amp;People…</source>
            <translation>人員(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="262" />
            <source>My signing &amp;keys…</source>
            <translation>我的簽署金鑰(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="272" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>鍵盤快速鍵(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="276" />
            <source>&amp;Welcome</source>
            <translation>歡迎(&amp;W)</translation>
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
            <translation>計劃的語言</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="99" />
            <source>Period:</source>
            <translation>報告期間：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="103" />
            <source>Language:</source>
            <translation>語言：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="108" />
            <source>Report preview</source>
            <translation>報告預覽</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="111" />
            <source>Export PDF…</source>
            <translation>匯出 PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="112" />
            <source>Export Word…</source>
            <translation>匯出 Word…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="113" />
            <source>Next year's plan with these findings…</source>
            <translation>以評估結論建立下一年度計劃…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="114" />
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="129" />
            <source>Month, quarter or year</source>
            <translation>月份、季度或年度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/table_copy.py" line="47" />
            <source>Copy</source>
            <translation>複製</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="38" />
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="49" />
            <source>Sign a PDF</source>
            <translation>簽署 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="51" />
            <source>&lt;b&gt;Review package of {0} revision {1} — read-only.&lt;/b&gt; Sign or reject it: PlanDesk writes a signed reply file for its author.</source>
            <translation>&lt;b&gt;{0} 修訂 {1} 的審核包 — 唯讀。&lt;/b&gt;簽署或退回：PlanDesk 會為作者寫出一個已簽署的回覆檔。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="61" />
            <source>&amp;Sign…</source>
            <translation>簽署(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="63" />
            <source>View P&amp;DF…</source>
            <translation>檢視 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="97" />
            <location filename="../../desktop/views/signoff/review_actions.py" line="125" />
            <source>Open review package</source>
            <translation>開啟審核包</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="111" />
            <source>{0} is a signed reply: the plan's author merges it with File ▸ Merge signed reply….</source>
            <translation>{0} 是已簽署回覆：由計劃作者以「檔案 ▸ 合併已簽署回覆…」合併。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="141" />
            <source>Merge signed reply</source>
            <translation>合併已簽署回覆</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="143" />
            <source>Signed replies (*.pdreview *.pdf);;PlanDesk review files (*.pdreview);;Signed PDFs (*.pdf)</source>
            <translation>已簽署的回覆 (*.pdreview *.pdf);;PlanDesk 審閱檔 (*.pdreview);;已簽署的 PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="159" />
            <source>Reply not merged</source>
            <translation>回覆未合併</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="170" />
            <source>{0} sign-offs from the signed PDF are recorded. The plan is now: {1}.</source>
            <translation>已記錄已簽署 PDF 中的 {0} 個簽核。計劃目前為：{1}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="174" />
            <source>Reply merged</source>
            <translation>回覆已合併</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="193" />
            <source>The signed reply is recorded. The plan is now: {0}.</source>
            <translation>已記錄已簽署回覆。計劃目前為：{0}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="198" />
            <source>{0} rejected this revision as {1}: “{2}”. The plan is now: {3}; its sign-offs are released.</source>
            <translation>{0}以{1}身分退回此修訂版本：「{2}」。計劃現為：{3}；此前的簽署已失效。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="201" />
            <source>{0} signed as {1}. The plan is now: {2}.</source>
            <translation>{0}以{1}身分簽署。計劃現為：{2}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/review_actions.py" line="202" />
            <source>Comment: {0}</source>
            <translation>意見：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_actions.py" line="26" />
            <source>Compiler (編制人)</source>
            <translation>編制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_actions.py" line="27" />
            <source>Reviewer (審核人)</source>
            <translation>審核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_actions.py" line="28" />
            <source>Approver (批準人)</source>
            <translation>批準人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_actions.py" line="29" />
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="50" />
            <source>Administrator</source>
            <translation>管理員</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="36" />
            <source>(none: legacy, not anchored)</source>
            <translation>（無：舊式，未錨定）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="51" />
            <source>Compiler</source>
            <translation>編制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="52" />
            <source>Reviewer</source>
            <translation>審核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="53" />
            <source>Approver</source>
            <translation>批準人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_rows.py" line="56" />
            <source>{0} ({1}); certified by {2}; valid until {3}; SHA-256 {4}…</source>
            <translation>{0}（{1}）；由 {2} 認證；有效至 {3}；SHA-256 {4}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/calendar_word_actions.py" line="65" />
            <location filename="../../desktop/views/files/calendar_word_actions.py" line="90" />
            <location filename="../../desktop/views/files/excel_actions.py" line="102" />
            <source>Export failed</source>
            <translation type="vanished">匯出失敗</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/excel_actions.py" line="103" />
            <source>{0}: cannot write the workbook ({1})</source>
            <translation type="vanished">{0}：無法寫入活頁簿（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="139" />
            <source>Writing the PDF…</source>
            <translation type="vanished">正在寫入 PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="71" />
            <source>Edit the subtask</source>
            <translation type="vanished">編輯子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="101" />
            <source>New &amp;empty plan</source>
            <translation type="vanished">新增空白計劃(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="116" />
            <source>Start &amp;revision N+1…</source>
            <translation type="vanished">建立第 N+1 版(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="143" />
            <source>Progress &amp;reports…</source>
            <translation type="vanished">進度報告(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="119" />
            <source>Open workspace on a &amp;server…</source>
            <translation type="vanished">開啟伺服器上的工作區(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="129" />
            <source>&amp;Export to Excel…</source>
            <translation type="vanished">匯出到 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/menus.py" line="147" />
            <source>Print &amp;current view…</source>
            <translation type="vanished">列印目前畫面(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="348" />
            <source>Draft</source>
            <translation type="vanished">草稿</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="349" />
            <source>In review</source>
            <translation type="vanished">審核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="350" />
            <source>Reviewed</source>
            <translation type="vanished">已審核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="351" />
            <source>Approved</source>
            <translation type="vanished">已批準</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/print_actions.py" line="134" />
            <source>Cancel</source>
            <translation type="vanished">取消</translation>
        </message>
        <message>
            <location filename="../../desktop/views/pdf_signature_actions.py" line="61" />
            <source>Sign a P&amp;DF…</source>
            <translation type="vanished">簽署 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/review_actions.py" line="30" />
            <source>Export re&amp;view package…</source>
            <translation type="vanished">匯出審核包(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="234" />
            <source>Items</source>
            <translation type="vanished">項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="220" />
            <source>The plan “{0}” is signed and cannot change: the import creates revision {1} of it.</source>
            <translation type="vanished">計劃「{0}」已簽署，不能變更：匯入會建立其修訂 {1}。</translation>
        </message>
    </context>
    <context>
        <name>RangeSpinBox</name>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="354" />
            <source>{0} is required: a whole number from {1} to {2}.</source>
            <translation type="vanished">{0}為必填：{1} 到 {2} 的整數。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="364" />
            <source>{0} must be a whole number from {1} to {2}; “{3}” is refused.</source>
            <translation type="vanished">{0}必須是 {1} 到 {2} 的整數；不接受「{3}」。</translation>
        </message>
    </context>
    <context>
        <name>RemoteChanges</name>
        <message>
            <location filename="../../desktop/operations/remote.py" line="97" />
            <source>Updated: changes by {0} at {1} are shown</source>
            <translation>已更新：顯示 {0} 於 {1} 所做的變更</translation>
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
            <translation>進度報告</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="175" />
            <source>The plan is gone (removed meanwhile?).</source>
            <translation>計劃已不存在（已被刪除？）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="188" />
            <source>There is no plan.</source>
            <translation>沒有計劃。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="208" />
            <source>Export PDF</source>
            <translation>匯出 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="208" />
            <source>Export Word</source>
            <translation>匯出 Word</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="209" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="209" />
            <source>Word documents (*.docx)</source>
            <translation>Word 文件 (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="233" />
            <source>Writing the report…</source>
            <translation>正在寫入報告…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="246" />
            <source>Report written: {0}</source>
            <translation>報告已寫入：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/reports/reports_dialog.py" line="272" />
            <source>The plan for {0} was added as a draft.</source>
            <translation>{0} 年度計劃已新增為草稿。</translation>
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
            <translation>極高</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="37" />
            <source>Open</source>
            <translation>待處理</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="38" />
            <source>Mitigating</source>
            <translation>應對中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="39" />
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="436" />
            <source>{0}: “{1}” is not a date (YYYY-MM-DD)</source>
            <translation type="vanished">{0}：「{1}」不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_rows.py" line="52" />
            <source>Threshold: “{0}” is not an operator and a number, e.g. &lt; 85 or &gt; 24</source>
            <translation type="vanished">預警閾值：「{0}」不是運算子加數字，例如 &lt; 85 或 &gt; 24</translation>
        </message>
    </context>
    <context>
        <name>RiskRegisterScreen</name>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="55" />
            <source>Risk register — {0}</source>
            <translation>風險登記冊 — {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="60" />
            <source>Inherent risk</source>
            <translation>固有風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="60" />
            <source>Residual risk</source>
            <translation>剩餘風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="76" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_print.py" line="77" />
            <source>Impact</source>
            <translation>影響</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="97" />
            <source>Risks</source>
            <translation>風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="101" />
            <location filename="../../desktop/views/risks/risk_register.py" line="362" />
            <source>Add risk</source>
            <translation>新增風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="102" />
            <source>Remove</source>
            <translation>刪除</translation>
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
            <translation>搜尋風險（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="118" />
            <source>Clear the search</source>
            <translation>清除搜尋</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="126" />
            <source>All bands</source>
            <translation>所有等級</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="129" />
            <source>All statuses</source>
            <translation>所有狀態</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="144" />
            <source>&amp;Search:</source>
            <translation>搜尋(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="145" />
            <source>&amp;Band:</source>
            <translation>等級(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="146" />
            <source>&amp;Owner:</source>
            <translation>責任人(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="147" />
            <source>S&amp;tatus:</source>
            <translation>狀態(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="191" />
            <source>Risk register</source>
            <translation>風險登記冊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="192" />
            <source>Tab moves along the row, Enter saves a cell, Esc cancels</source>
            <translation>Tab 沿同一列移動，Enter 儲存儲存格，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="194" />
            <source>Risk codes and titles</source>
            <translation>風險編號與名稱</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="269" />
            <source>All owners</source>
            <translation>所有責任人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="288" />
            <source>Red code: early warning (its KPI crossed the threshold; hover for details) · red review date: review overdue</source>
            <translation>紅色編號：風險預警（其指標越過預警閾值；游標停留可看詳情）· 紅色複查日期：複查逾期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="293" />
            <source>F2 or typing edits a cell, Ctrl+Enter saves long text</source>
            <translation>按 F2 或直接輸入可編輯儲存格，Ctrl+Enter 儲存長文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="374" />
            <source>Remove risk {0}</source>
            <translation>刪除風險 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="387" />
            <source>Move risk {0}</source>
            <translation>移動風險 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_register.py" line="154" />
            <source>Red code: early warning (its KPI crossed the threshold; hover for details) · red review date: review overdue · F2 or typing edits a cell, Ctrl+Enter saves long text</source>
            <translation type="vanished">紅色編號：風險預警（其指標越過預警閾值；游標停留可看詳情）· 紅色複查日期：複查逾期 · 按 F2 或直接輸入可編輯儲存格，Ctrl+Enter 儲存長文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="282" />
            <source>New risk</source>
            <translation type="vanished">新風險</translation>
        </message>
    </context>
    <context>
        <name>RiskTableModel</name>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="86" />
            <source>Impact</source>
            <translation>影響</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="88" />
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="89" />
            <source>Risk</source>
            <translation>風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="90" />
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="91" />
            <source>Impact description</source>
            <translation>影響程度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="92" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="94" />
            <source>Score</source>
            <translation>分數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="95" />
            <source>Band</source>
            <translation>等級</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="96" />
            <source>Owner team</source>
            <translation>責任人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="97" />
            <source>Measure</source>
            <translation>應對措施</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="98" />
            <source>Timing</source>
            <translation>執行時間</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="99" />
            <source>Assurance target</source>
            <translation>確保措施</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="100" />
            <source>Linked KPI</source>
            <translation>關聯指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="101" />
            <source>Threshold</source>
            <translation>預警閾值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="102" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="103" />
            <source>Review date</source>
            <translation>複查日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="104" />
            <source>Residual likelihood</source>
            <translation>剩餘可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="105" />
            <source>Residual impact</source>
            <translation>剩餘影響</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="106" />
            <source>Residual score</source>
            <translation>剩餘分數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="315" />
            <source>Early warning:</source>
            <translation>風險預警：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="317" />
            <source>Review overdue: it was due on {0}</source>
            <translation>複查逾期：應於 {0} 複查</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="368" />
            <source>Edit risk {0}: {1}</source>
            <translation>編輯風險 {0}：{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="90" />
            <source>Impact 1–5</source>
            <translation type="vanished">影響 1–5</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="375" />
            <source>{0} must be a whole number from 1 to 5; “{1}” is refused.</source>
            <translation type="vanished">{0}必須是 1 到 5 的整數；不接受「{1}」。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="382" />
            <source>{0}: choose one of the listed values.</source>
            <translation type="vanished">{0}：請從列出的選項中選擇。</translation>
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
            <translation type="vanished">{0}：最多 {1} 個字元（已輸入 {2} 個）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risks/risk_model.py" line="422" />
            <source>Code {0} is already used by another risk.</source>
            <translation type="vanished">編號 {0} 已被其他風險使用。</translation>
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
            <translation type="vanished">{0}需要時間安排，例如：每月第二周。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="526" />
            <source>{0}: “{1}” is not a schedule ({2}).</source>
            <translation type="vanished">{0}：「{1}」不是有效的時間安排（{2}）。</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="54" />
            <source>Open a team workspace on a server</source>
            <translation>開啟伺服器上的團隊工作區</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="67" />
            <source>empty: use ~/.pgpass or PGPASSWORD</source>
            <translation>留空：使用 ~/.pgpass 或 PGPASSWORD</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="68" />
            <source>Open read-only</source>
            <translation>以唯讀方式開啟</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="70" />
            <source>&amp;Host:</source>
            <translation>主機(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="71" />
            <source>&amp;Port:</source>
            <translation>連接埠(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="72" />
            <source>&amp;Database:</source>
            <translation>資料庫(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="73" />
            <source>&amp;User:</source>
            <translation>使用者(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="74" />
            <source>Pass&amp;word:</source>
            <translation>密碼(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/files/server_dialog.py" line="76" />
            <source>The password is used for this connection only and is never saved.</source>
            <translation>密碼僅用於此次連線，不會儲存。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="80" />
            <location filename="../../desktop/views/help_actions.py" line="83" />
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="84" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="84" />
            <source>Menu</source>
            <translation>選單</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="84" />
            <source>Shortcut</source>
            <translation>快速鍵</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="70" />
            <source>Reject the plan</source>
            <translation>退回計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="70" />
            <source>Sign the plan</source>
            <translation>簽署計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="86" />
            <source>Plan:</source>
            <translation>計劃：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="88" />
            <source>Revision:</source>
            <translation>修訂版本：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="88" />
            <source>{0} (id {1})</source>
            <translation>{0}（ID {1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="91" />
            <source>Content fingerprint (SHA-256):</source>
            <translation>內容指紋（SHA-256）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="92" />
            <source>Role:</source>
            <translation>職責：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="94" />
            <source>I reject this revision and return it to draft.</source>
            <translation>我退回此修訂版本，將其改回草稿。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="97" />
            <source>I compiled this plan and submit it for review.</source>
            <translation>我編制了此計劃，並提交審核。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="98" />
            <source>I reviewed this plan and find it correct.</source>
            <translation>我已審核此計劃，確認內容正確。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="99" />
            <source>I approve this plan for execution.</source>
            <translation>我批準執行此計劃。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="102" />
            <source>Meaning:</source>
            <translation>含義：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="109" />
            <source>&amp;Signer:</source>
            <translation>簽署人(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="112" />
            <source>Signing key:</source>
            <translation>簽署金鑰：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="119" />
            <source>Optional comment</source>
            <translation>備註（選填）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="119" />
            <source>Why it is rejected (required)</source>
            <translation>退回原因（必填）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="122" />
            <source>&amp;Comment:</source>
            <translation>備註(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="127" />
            <source>Choose…</source>
            <translation>選擇…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="132" />
            <source>Save the signed reply &amp;as:</source>
            <translation>已簽署回覆另存為(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="137" />
            <source>Your signature covers exactly this content. Any later change to the plan voids it.</source>
            <translation>您的簽章只涵蓋此刻的內容。日後對計劃的任何變更都會使其作廢。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="141" />
            <source>Your signature covers exactly this content. Send the reply file back to the plan's author, who merges it (File ▸ Merge signed reply…).</source>
            <translation>您的簽章只涵蓋此刻的內容。請把回覆檔寄回計劃作者，由作者合併（檔案 ▸ 合併已簽署回覆…）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="149" />
            <source>&amp;Reject</source>
            <translation>退回(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="149" />
            <source>&amp;Sign</source>
            <translation>簽署(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="171" />
            <source>rejection</source>
            <translation>退回</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="173" />
            <source>compiler reply</source>
            <translation>編制人回覆</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="174" />
            <source>reviewer reply</source>
            <translation>審核人回覆</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="175" />
            <source>approver reply</source>
            <translation>批準人回覆</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="181" />
            <source>&amp;Password of {0}'s key:</source>
            <translation>{0} 的金鑰密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="185" />
            <source>{0} (in your key store)</source>
            <translation>{0}（在您的金鑰庫中）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="191" />
            <source>No key of {0} in your key store: create or import it under Settings ▸ My signing keys….</source>
            <translation>您的金鑰庫中沒有 {0} 的金鑰：請在「設定 ▸ 我的簽署金鑰…」中建立或匯入。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="200" />
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="214" />
            <source>Save the signed reply</source>
            <translation>儲存已簽署回覆</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="202" />
            <source>PlanDesk review files (*.pdreview)</source>
            <translation>PlanDesk 審核檔 (*.pdreview)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="215" />
            <source>{0} exists already. Replace it?</source>
            <translation>「{0}」已存在，要取代嗎？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="225" />
            <source>A rejection needs a comment saying why.</source>
            <translation>退回時必須填寫原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="228" />
            <source>Enter the password of the signing key.</source>
            <translation>請輸入簽署金鑰的密碼。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="235" />
            <source>Choose where to save the signed reply.</source>
            <translation>請選擇已簽署回覆的儲存位置。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="248" />
            <source>The workspace is open read-only.</source>
            <translation>工作區以唯讀方式開啟。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="255" />
            <source>Opening the signing key…</source>
            <translation>正在開啟簽署金鑰…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_dialog.py" line="266" />
            <source>Wrong password: it does not open {0}'s signing key.</source>
            <translation>密碼錯誤：無法開啟 {0} 的簽署金鑰。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/sign_dialog.py" line="105" />
            <source>Save the signed &amp;reply as:</source>
            <translation type="vanished">已簽署回覆另存為(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="116" />
            <source>&amp;Password:</source>
            <translation type="vanished">密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="154" />
            <source>Enter the password.</source>
            <translation type="vanished">請輸入密碼。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="159" />
            <source>Checking the password…</source>
            <translation type="vanished">正在核對密碼…</translation>
        </message>
    </context>
    <context>
        <name>SignPdfDialog</name>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="66" />
            <source>Sign a PDF</source>
            <translation>簽署 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="73" />
            <source>Plan:</source>
            <translation>計劃：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="76" />
            <source>Revision:</source>
            <translation>修訂版本：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="77" />
            <source>{0} (id {1})</source>
            <translation>{0}（ID {1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="79" />
            <source>Content fingerprint (SHA-256):</source>
            <translation>內容指紋（SHA-256）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="83" />
            <source>&amp;Role:</source>
            <translation>職責(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="86" />
            <source>Meaning:</source>
            <translation>含義：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="88" />
            <source>Your &amp;name:</source>
            <translation>您的姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="91" />
            <source>Key &amp;password:</source>
            <translation>金鑰密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="98" />
            <source>What your signature covers (the attached content):</source>
            <translation>您的簽章涵蓋的內容（附加的內容）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="105" />
            <source>A PDF signature approves the plan in your role and says nothing else. To reject it or to add a comment, sign a review package instead.</source>
            <translation>PDF 簽章只表示您以此職責核可本計劃，不表示其他。若要退回或加上意見，請改為簽署審閱包。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="117" />
            <source>Trust root fingerprint:</source>
            <translation>信任根指紋：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="123" />
            <source>I compared this fingerprint with the one my admin gave me; trust it</source>
            <translation>我已核對此指紋與管理員提供的一致；信任它</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="131" />
            <source>&amp;Sign…</source>
            <translation>簽署(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="139" />
            <source>The attached content does not match its fingerprint: do not sign.</source>
            <translation>附加的內容與其指紋不符：請勿簽署。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="160" />
            <source>Compiler</source>
            <translation>編制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="161" />
            <source>Reviewer</source>
            <translation>審核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="162" />
            <source>Approver</source>
            <translation>批準人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="163" />
            <source>Compile date</source>
            <translation>編制日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="167" />
            <source>Goals</source>
            <translation>目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="168" />
            <source>Tasks</source>
            <translation>任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="169" />
            <source>Risks</source>
            <translation>風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="181" />
            <source>I compiled this plan and submit it for review.</source>
            <translation>我編制了此計劃，並提交審核。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="182" />
            <source>I reviewed this plan and find it correct.</source>
            <translation>我已審核此計劃，確認內容正確。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="183" />
            <source>I approve this plan for execution.</source>
            <translation>我批準執行此計劃。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="190" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="190" />
            <source>Save the signed PDF</source>
            <translation>儲存已簽署的 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="198" />
            <source>Compare the trust root fingerprint first.</source>
            <translation>請先核對信任根指紋。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="201" />
            <source>Enter the password of the signing key.</source>
            <translation>請輸入簽署金鑰的密碼。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="216" />
            <source>Opening your key and signing…</source>
            <translation>正在開啟您的金鑰並簽署…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="230" />
            <source>Signed PDF written: {0}</source>
            <translation>已寫入已簽署的 PDF：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="234" />
            <source>PDF signed</source>
            <translation>PDF 已簽署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/sign_pdf_dialog.py" line="236" />
            <source>{0} signed as {1}: {2}

Send this PDF to the next signer, or back to the plan's author, who merges it (File ▸ Merge signed reply…).</source>
            <translation>{0} 已以{1}身分簽署：{2}

請將此 PDF 寄給下一位簽署人，或寄回計劃作者合併（檔案 ▸ 合併已簽署的回覆…）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="127" />
            <source>&lt;b&gt;{0}&lt;/b&gt;, revision {1}</source>
            <translation type="vanished">&lt;b&gt;{0}&lt;/b&gt;，修訂版本 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="140" />
            <source>Role</source>
            <translation type="vanished">職責</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="141" />
            <source>Your name</source>
            <translation type="vanished">您的姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="142" />
            <source>Key password</source>
            <translation type="vanished">金鑰密碼</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/pdf_signature_actions.py" line="164" />
            <source>Sign…</source>
            <translation type="vanished">簽署…</translation>
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
            <translation>作廢：簽署後內容已變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="52" />
            <source>invalid</source>
            <translation>無效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="53" />
            <source>released (rejected)</source>
            <translation>已解除（已退回）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="54" />
            <source>recorded elsewhere, not verified</source>
            <translation>記錄於他處，未驗證</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="55" />
            <source>not signed</source>
            <translation>未簽署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="56" />
            <source>not anchored: trust root not accepted here</source>
            <translation>未錨定：此處尚未接受信任根</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="57" />
            <source>legacy, not anchored</source>
            <translation>舊式，未錨定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="62" />
            <source>in PlanDesk</source>
            <translation>於 PlanDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="63" />
            <source>review package</source>
            <translation>審核包</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="64" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="75" />
            <source>Trust root: none yet (an administrator enrols the first admin under Settings ▸ People…)</source>
            <translation>信任根：尚無（由管理員在「設定 ▸ 人員…」中登記第一位管理員）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="83" />
            <source>Trust root: {0} — anchored (accepted on this computer)</source>
            <translation>信任根：{0} — 已錨定（已在此電腦上接受）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="91" />
            <source>Trust root: {0} — not anchored (not accepted on this computer)</source>
            <translation>信任根：{0} — 未錨定（尚未在此電腦上接受）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="103" />
            <source>Not signed yet. The audit chain is intact.</source>
            <translation>尚未簽署。審計鏈完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="106" />
            <source>✔ All signatures in force are valid and the audit chain is intact.</source>
            <translation>✔ 所有生效中的簽章均有效，審計鏈完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="110" />
            <source>⚠ Not anchored: this workspace's trust root is not accepted on this computer, so no signature counts as valid here. Compare its fingerprint with your administrator's, then accept it.</source>
            <translation>⚠ 未錨定：此電腦尚未接受此工作區的信任根，因此在這裡沒有任何簽章算作有效。請將其指紋與管理員提供的比對，然後接受。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="120" />
            <source>{0} signature(s) void: content changed since signing ({1})</source>
            <translation>{0} 個簽章作廢：簽署後內容已變更（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="125" />
            <source>{0} signature(s) invalid</source>
            <translation>{0} 個簽章無效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="127" />
            <source>{0} legacy signature(s), not anchored</source>
            <translation>{0} 個舊式簽章，未錨定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="130" />
            <source>✘ Verification failed: {0}</source>
            <translation>✘ 驗證失敗：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="133" />
            <source>(This plan allows one person to sign two roles.)</source>
            <translation>（此計劃允許同一人簽署兩個職責。）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="147" />
            <source>(nobody named)</source>
            <translation>（未指定人員）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="46" />
            <source>Draft</source>
            <translation type="vanished">草稿</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="47" />
            <source>In review</source>
            <translation type="vanished">審核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="48" />
            <source>Reviewed</source>
            <translation type="vanished">已審核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_display.py" line="49" />
            <source>Approved</source>
            <translation type="vanished">已批準</translation>
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
            <translation>各角色的簽署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="74" />
            <source>Role</source>
            <translation>職責</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="75" />
            <source>Named in the plan</source>
            <translation>計劃指定人員</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="76" />
            <source>Signed by</source>
            <translation>簽署人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="77" />
            <source>Signed at (UTC)</source>
            <translation>簽署時間（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="78" />
            <source>Content fingerprint</source>
            <translation>內容指紋</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="79" />
            <source>Verdict</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="80" />
            <source>Signed in</source>
            <translation>簽署於</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="81" />
            <source>Signer's certificate</source>
            <translation>簽署人憑證</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="91" />
            <source>&amp;Submit for review…</source>
            <translation>提交審核(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="92" />
            <source>Sign as re&amp;viewer…</source>
            <translation>以審核人身分簽署(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="93" />
            <source>A&amp;pprove…</source>
            <translation>批準(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="94" />
            <source>&amp;Sign…</source>
            <translation>簽署(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="95" />
            <source>Re&amp;ject…</source>
            <translation>退回(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="96" />
            <source>&amp;New revision</source>
            <translation>新修訂版本(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="97" />
            <source>View P&amp;DF…</source>
            <translation>檢視 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="98" />
            <source>&amp;Verify again</source>
            <translation>重新驗證(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="113" />
            <source>History</source>
            <translation>歷史記錄</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="142" />
            <source>&lt;b&gt;History&lt;/b&gt; (audit trail, newest first)</source>
            <translation>&lt;b&gt;歷史記錄&lt;/b&gt;（審計軌跡，最新的在前）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="162" />
            <source>&lt;h2&gt;No plan&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;沒有計劃&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="178" />
            <source>&lt;h2&gt;{0}&lt;/h2&gt;revision {1}</source>
            <translation>&lt;h2&gt;{0}&lt;/h2&gt;修訂 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="185" />
            <source>Content fingerprint (SHA-256): {0}</source>
            <translation>內容指紋（SHA-256）：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="189" />
            <source>as signed in content version {0}: {1}</source>
            <translation>內容版本 {0} 簽署時：{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="202" />
            <source>Audit chain: intact, {0} events, head {1}</source>
            <translation>審計鏈：完整，{0} 個事件，鏈頭 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="204" />
            <source>Audit chain: BROKEN ({2}) — head {1}</source>
            <translation>審計鏈：已損壞（{2}）— 鏈頭 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="270" />
            <source>Reject</source>
            <translation>退回</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="271" />
            <source>Only a plan in review or reviewed can be rejected.</source>
            <translation>只有審核中或已審核的計劃才能退回。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="284" />
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="299" />
            <source>New revision</source>
            <translation>新修訂版本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="286" />
            <source>Make a new draft revision from this one? This revision stays as it is, signed and readable.</source>
            <translation>要以此版本建立新的草稿修訂版本嗎？此修訂版本會保持原狀，仍為已簽署且可閱讀。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="331" />
            <source>Your reply: rejected as {0}. Saved as {1}; it counts once the plan's author merges it.</source>
            <translation>您的回覆：以{0}身分退回。已存為 {1}；待計劃作者合併後生效。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="335" />
            <source>Your reply: signed as {0}. Saved as {1}; it counts once the plan's author merges it.</source>
            <translation>您的回覆：以{0}身分簽署。已存為 {1}；待計劃作者合併後生效。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="349" />
            <source>Signed reply saved</source>
            <translation>已儲存已簽署回覆</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="351" />
            <source>Your signed reply is saved as:
{0}

Send this file back to the plan's author (e-mail or USB stick); they merge it with File ▸ Merge signed reply….</source>
            <translation>您的已簽署回覆已儲存為：
{0}

請把此檔案寄回計劃作者（電郵或 USB 隨身碟）；作者以「檔案 ▸ 合併已簽署回覆…」合併。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="161" />
            <source>Draft</source>
            <translation type="vanished">草稿</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="162" />
            <source>In review</source>
            <translation type="vanished">審核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="163" />
            <source>Reviewed</source>
            <translation type="vanished">已審核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="164" />
            <source>Approved</source>
            <translation type="vanished">已批準</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="169" />
            <source>valid</source>
            <translation type="vanished">有效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="170" />
            <source>void: content changed since signing</source>
            <translation type="vanished">作廢：簽署後內容已變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="171" />
            <source>invalid</source>
            <translation type="vanished">無效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="172" />
            <source>released (rejected)</source>
            <translation type="vanished">已解除（已退回）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="173" />
            <source>recorded elsewhere, not verified</source>
            <translation type="vanished">記錄於他處，未驗證</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="174" />
            <source>not signed</source>
            <translation type="vanished">未簽署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="175" />
            <source>not anchored: trust root not accepted here</source>
            <translation type="vanished">未錨定：此處尚未接受信任根</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="176" />
            <source>legacy, not anchored</source>
            <translation type="vanished">舊式，未錨定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="181" />
            <source>in PlanDesk</source>
            <translation type="vanished">於 PlanDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="182" />
            <source>review package</source>
            <translation type="vanished">審核包</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="183" />
            <source>PDF</source>
            <translation type="vanished">PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="262" />
            <source>Trust root: none yet (an administrator enrols the first admin under Settings ▸ People…)</source>
            <translation type="vanished">信任根：尚無（由管理員在「設定 ▸ 人員…」中登記第一位管理員）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="269" />
            <source>Trust root: {0} — anchored (accepted on this computer)</source>
            <translation type="vanished">信任根：{0} — 已錨定（已在此電腦上接受）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="276" />
            <source>Trust root: {0} — not anchored (not accepted on this computer)</source>
            <translation type="vanished">信任根：{0} — 未錨定（尚未在此電腦上接受）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="288" />
            <source>Not signed yet. The audit chain is intact.</source>
            <translation type="vanished">尚未簽署。審計鏈完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="291" />
            <source>✔ All signatures in force are valid and the audit chain is intact.</source>
            <translation type="vanished">✔ 所有生效中的簽章均有效，審計鏈完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="295" />
            <source>⚠ Not anchored: this workspace's trust root is not accepted on this computer, so no signature counts as valid here. Compare its fingerprint with your administrator's, then accept it.</source>
            <translation type="vanished">⚠ 未錨定：此電腦尚未接受此工作區的信任根，因此在這裡沒有任何簽章算作有效。請將其指紋與管理員提供的比對，然後接受。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="305" />
            <source>{0} signature(s) void: content changed since signing ({1})</source>
            <translation type="vanished">{0} 個簽章作廢：簽署後內容已變更（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="310" />
            <source>{0} signature(s) invalid</source>
            <translation type="vanished">{0} 個簽章無效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="312" />
            <source>{0} legacy signature(s), not anchored</source>
            <translation type="vanished">{0} 個舊式簽章，未錨定</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="315" />
            <source>✘ Verification failed: {0}</source>
            <translation type="vanished">✘ 驗證失敗：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="318" />
            <source>(This plan allows one person to sign two roles.)</source>
            <translation type="vanished">（此計劃允許同一人簽署兩個職責。）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff/signoff_screen.py" line="332" />
            <source>(nobody named)</source>
            <translation type="vanished">（未指定人員）</translation>
        </message>
    </context>
    <context>
        <name>SubtaskEditor</name>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="69" />
            <location filename="../../desktop/views/board/subtask_editor.py" line="390" />
            <source>Edit subtask {0}</source>
            <translation>編輯子任務 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="104" />
            <source>(no owner)</source>
            <translation>（無責任人）</translation>
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
            <translation>日期範圍</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="120" />
            <source>(no schedule)</source>
            <translation>（未設時間）</translation>
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
            <translation>僅在 {0} 月（未勾選：每個月）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="177" />
            <source>or type it: 每月第二周, 每日, every month, week 2, 1月、7月：每月底 …</source>
            <translation>或直接輸入：每月第二周、每日、every month、week 2、1月、7月：每月底 …</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="184" />
            <source>calendar weeks, Monday first</source>
            <translation>日曆周（周一開始）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="187" />
            <source>7-day blocks (days 1–7, 8–14, …)</source>
            <translation>每 7 天一段（1–7 日、8–14 日…）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="192" />
            <source>How the whole plan counts "week N of a month". Changing it is one change of the plan (undo with Ctrl+Z).</source>
            <translation>整個計劃如何計算「每月第 N 周」。更改它是計劃的一次修改（可用 Ctrl+Z 撤銷）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="199" />
            <source>(for the whole plan)</source>
            <translation>（整個計劃適用）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="227" />
            <source>&amp;Title:</source>
            <translation>標題(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="228" />
            <source>&amp;Owner team:</source>
            <translation>責任人(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="229" />
            <source>Schedule:</source>
            <translation>時間安排：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="230" />
            <source>Months (none: all):</source>
            <translation>月份（不選：全部）：</translation>
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
            <translation>{0}年的執行次數：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="236" />
            <source>&amp;Resources:</source>
            <translation>所需資源(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="291" />
            <source>Type a schedule, e.g. 每月第二周</source>
            <translation>輸入時間安排，例如：每月第二周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="294" />
            <location filename="../../desktop/views/board/subtask_rule.py" line="95" />
            <source>Schedule</source>
            <translation>時間安排</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="337" />
            <source>Count weeks as {0}</source>
            <translation>周的劃分改為：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="360" />
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="365" />
            <source>Resources</source>
            <translation>所需資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="378" />
            <source>The schedule is not valid: {0}</source>
            <translation>時間安排無效：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="62" />
            <source>No schedule: the plan check will flag this subtask.</source>
            <translation>未設時間：計劃檢查會標出此子任務。</translation>
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
            <translation>⚠ 以下月份沒有執行：{0}</translation>
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
            <translation>月內第幾周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="97" />
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="98" />
            <source>Part of the month</source>
            <translation>月內時段（上旬／中旬／下旬）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="99" />
            <source>First day</source>
            <translation>首日</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_rule.py" line="100" />
            <source>Last day</source>
            <translation>最後一天</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/subtask_editor.py" line="431" />
            <source>A subtask needs a title.</source>
            <translation type="vanished">子任務需要標題。</translation>
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="170" />
            <source>Add</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="170" />
            <source>Add a row (Ctrl+Insert)</source>
            <translation>新增一列（Ctrl+Insert）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="171" />
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/editor_widgets.py" line="171" />
            <source>Remove the selected row</source>
            <translation>刪除所選的列</translation>
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
            <translation>任務與子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="81" />
            <source>Enter edits a task or subtask, F2 renames a task, Tab goes to the timeline</source>
            <translation>Enter 編輯任務或子任務，F2 重新命名任務，Tab 移至時間軸</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="121" />
            <location filename="../../desktop/views/board/task_board.py" line="218" />
            <source>Task board</source>
            <translation>任務看板</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="124" />
            <source>Board view</source>
            <translation>看板檢視</translation>
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
            <translation>依團隊篩選</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="222" />
            <source>Filter by task</source>
            <translation>依任務篩選</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="299" />
            <source>Set weekly limit of {0}</source>
            <translation>設定 {0} 的每周上限</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="328" />
            <source>All teams</source>
            <translation>所有團隊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="333" />
            <source>All tasks</source>
            <translation>所有任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="81" />
            <source>F2 renames a task, Enter edits a subtask, Tab goes to the timeline</source>
            <translation type="vanished">F2 重新命名任務，Enter 編輯子任務，Tab 移至時間軸</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="408" />
            <source>Mark {0} of {1} done / not done</source>
            <translation type="vanished">將 {1} 於 {0} 標記為完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="482" />
            <source>Add task</source>
            <translation type="vanished">新增任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="494" />
            <source>Rename {0}</source>
            <translation type="vanished">重新命名 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="499" />
            <source>Choose a task first.</source>
            <translation type="vanished">請先選擇一項任務。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="504" />
            <source>Add subtask</source>
            <translation type="vanished">新增子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="517" />
            <source>Remove {0}</source>
            <translation type="vanished">刪除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="519" />
            <source>Removed {0}. Undo brings it back.</source>
            <translation type="vanished">已刪除 {0}。復原即可還原。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/task_board.py" line="530" />
            <source>Move {0}</source>
            <translation type="vanished">移動{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="374" />
            <source>Reschedule {0} to {1}</source>
            <translation type="vanished">將 {0} 改期至 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="407" />
            <source>New task</source>
            <translation type="vanished">新任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="419" />
            <source>New subtask</source>
            <translation type="vanished">新子任務</translation>
        </message>
    </context>
    <context>
        <name>TaskEditor</name>
        <message>
            <location filename="../../desktop/views/shared/task_editor.py" line="56" />
            <location filename="../../desktop/views/shared/task_editor.py" line="111" />
            <source>Edit task {0}</source>
            <translation>編輯任務 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/task_editor.py" line="66" />
            <source>Enter saves (Ctrl+Enter in a text of several lines), Esc cancels.</source>
            <translation>Enter 儲存（多行文字中按 Ctrl+Enter），Esc 取消。</translation>
        </message>
    </context>
    <context>
        <name>TextDelegate</name>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="224" />
            <source>Ctrl+Enter or Tab saves, Esc cancels</source>
            <translation>Ctrl+Enter 或 Tab 儲存，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../desktop/views/shared/delegates.py" line="251" />
            <source>{0}: contains a control character</source>
            <translation type="vanished">{0}：含有控制字元</translation>
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
            <translation type="vanished">{0}：最多 {1} 個字元（已輸入 {2} 個）。</translation>
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
            <translation>無</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_accessible.py" line="118" />
            <source>Owner: {0}</source>
            <translation>責任人：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_accessible.py" line="136" />
            <location filename="../../desktop/views/board/board_accessible.py" line="196" />
            <source>Timeline</source>
            <translation>時間軸</translation>
        </message>
    </context>
    <context>
        <name>TimelineCanvas</name>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="99" />
            <source>Timeline</source>
            <translation>時間軸</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="101" />
            <source>Arrow keys move between rows and occurrences, Space marks done, Enter edits</source>
            <translation>方向鍵在各列與各次之間移動，空白鍵標記完成，Enter 編輯</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="139" />
            <source>Q{0} {1}</source>
            <translation>{1}年第{0}季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="141" />
            <source>{0}/{1}</source>
            <translation>{1}年{0}月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="235" />
            <source>{0}: no occurrence in month {1} — click for the plan check</source>
            <translation>{0}：{1} 月沒有執行 — 按一下查看計劃檢查</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="240" />
            <source>Owner: {0}</source>
            <translation>責任人：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="240" />
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board/board_timeline.py" line="242" />
            <source>Resources: {0}</source>
            <translation>所需資源：{0}</translation>
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
