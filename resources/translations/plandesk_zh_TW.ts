<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>AuditHistoryModel</name>
        <message>
            <location filename="../../desktop/views/audit_history.py" line="56" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/audit_history.py" line="56" />
            <source>Time (UTC)</source>
            <translation>時間（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/audit_history.py" line="56" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/audit_history.py" line="57" />
            <source>Changes</source>
            <translation>變更</translation>
        </message>
    </context>
    <context>
        <name>BoardModel</name>
        <message>
            <location filename="../../desktop/views/board_model.py" line="93" />
            <source>Owner team</source>
            <translation>負責團隊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_model.py" line="93" />
            <source>Task / subtask</source>
            <translation>任務／子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_model.py" line="94" />
            <source>Resources</source>
            <translation>所需資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_model.py" line="94" />
            <source>Schedule</source>
            <translation>時間安排</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_model.py" line="261" />
            <source>(no schedule)</source>
            <translation>（未設時間）</translation>
        </message>
    </context>
    <context>
        <name>ChoiceDelegate</name>
        <message>
            <location filename="../../desktop/views/delegates.py" line="269" />
            <source>Choose one of the listed values.</source>
            <translation>請從列出的選項中選擇。</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <location filename="../../desktop/views/delegates.py" line="389" />
            <source>Type or pick a date; Delete clears it</source>
            <translation>輸入或選擇日期；按 Delete 清除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/delegates.py" line="404" />
            <source>{0} needs a date.</source>
            <translation>{0}需要日期。</translation>
        </message>
    </context>
    <context>
        <name>GoalsScreen</name>
        <message>
            <location filename="../../desktop/views/goals.py" line="68" />
            <source>Goals</source>
            <translation>目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="69" />
            <source>KPIs of the selected goal</source>
            <translation>所選目標的關鍵指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="94" />
            <location filename="../../desktop/views/goals.py" line="95" />
            <source>Actual</source>
            <translation>實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="108" />
            <source>Monthly actuals of every KPI. Type a value, or copy cells in a spreadsheet and paste them here with Ctrl+V (one undoable change); an empty cell or Delete clears a value.</source>
            <translation>各關鍵指標的每月實際值。可直接輸入數值，或在試算表中複製儲存格後按 Ctrl+V 貼上（一次可復原的變更）；空白儲存格或按 Delete 會清除數值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="111" />
            <source>Monthly actuals</source>
            <translation>每月實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="113" />
            <source>Tick the KPIs each key task serves (Space toggles the current cell).</source>
            <translation>勾選每項關鍵任務所支援的指標（按空白鍵切換目前儲存格）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="114" />
            <source>Tasks ↔ KPIs</source>
            <translation>任務 ↔ 指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="174" />
            <source>KPIs of goal {0}</source>
            <translation>目標 {0} 的關鍵指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="180" />
            <source>Edit KPI</source>
            <translation>編輯指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="180" />
            <source>Edit goal</source>
            <translation>編輯目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="181" />
            <source>Remove KPI</source>
            <translation>刪除指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="181" />
            <source>Remove goal</source>
            <translation>刪除目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="182" />
            <source>Move KPI</source>
            <translation>移動指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="182" />
            <source>Move goal</source>
            <translation>移動目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="194" />
            <source>Add goal</source>
            <translation>新增目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="207" />
            <source>Select a goal first.</source>
            <translation>請先選擇一個目標。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="211" />
            <source>Add KPI</source>
            <translation>新增指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="245" />
            <source>Paste actuals</source>
            <translation>貼上實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="245" />
            <source>Set actual</source>
            <translation>設定實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="251" />
            <source>Link task to KPI</source>
            <translation>將任務連結到指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="251" />
            <source>Unlink task from KPI</source>
            <translation>取消任務與指標的連結</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="197" />
            <source>New goal</source>
            <translation type="vanished">新目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals.py" line="211" />
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
            <location filename="../../desktop/views/heat_map.py" line="132" />
            <source>Risk heat map</source>
            <translation>風險熱力圖</translation>
        </message>
        <message>
            <location filename="../../desktop/views/heat_map.py" line="133" />
            <source>Click a cell to show only its risks; click it again to show all. Keyboard: arrows, Space.</source>
            <translation>按一下格子只顯示其中的風險；再按一下顯示全部。鍵盤：方向鍵、空白鍵。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/heat_map.py" line="167" />
            <source>Impact</source>
            <translation>影響</translation>
        </message>
        <message>
            <location filename="../../desktop/views/heat_map.py" line="167" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
    </context>
    <context>
        <name>HeatMapPanel</name>
        <message>
            <location filename="../../desktop/views/heat_map.py" line="208" />
            <source>Inherent</source>
            <translation>固有</translation>
        </message>
        <message>
            <location filename="../../desktop/views/heat_map.py" line="208" />
            <source>Residual</source>
            <translation>剩餘</translation>
        </message>
        <message>
            <location filename="../../desktop/views/heat_map.py" line="258" />
            <source>Heat map: inherent risk</source>
            <translation>熱力圖：固有風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/heat_map.py" line="259" />
            <source>Heat map: residual risk</source>
            <translation>熱力圖：剩餘風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/heat_map.py" line="262" />
            <source>Risks scored: {0}. Click a cell to filter the table.</source>
            <translation>已評分的風險：{0}。按一下格子可篩選表格。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/heat_map.py" line="266" />
            <source>Showing likelihood {0} × impact {1} ({2} risks). Click it again to show all.</source>
            <translation>顯示可能性 {0} × 影響 {1}（{2} 項風險）。再按一下顯示全部。</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="../../desktop/views/signoff.py" line="69" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="69" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="69" />
            <source>Time (UTC)</source>
            <translation>時間（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="69" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="70" />
            <source>Changes</source>
            <translation>變更</translation>
        </message>
    </context>
    <context>
        <name>KpiMainChart</name>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="63" />
            <source>Point at a month to read its values.</source>
            <translation>將游標移到月份上即可查看數值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="81" />
            <source>No KPI to show.</source>
            <translation>沒有可顯示的指標。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="94" />
            <source>volume</source>
            <translation>數量</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="163" />
            <source>Q{0}</source>
            <translation>第{0}季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="165" />
            <source>Year to date</source>
            <translation>年初至今</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="172" />
            <source>{0}: &lt;b style='color:{1}'&gt;{2}&lt;/b&gt; / {3}</source>
            <translation>{0}：&lt;b style='color:{1}'&gt;{2}&lt;/b&gt; / {3}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="183" />
            <source>no actual</source>
            <translation>無實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="184" />
            <source>no target</source>
            <translation>無目標值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="185" />
            <source>{0}: actual {1} · target {2}</source>
            <translation>{0}：實際 {1} · 目標 {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="189" />
            <source> · gap {0}</source>
            <translation> · 差距 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_main_chart.py" line="193" />
            <source> · {0:+.1f}% on previous month</source>
            <translation> · 較上月 {0:+.1f}%</translation>
        </message>
    </context>
    <context>
        <name>KpiPaneScreen</name>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="123" />
            <location filename="../../desktop/views/kpi_pane.py" line="278" />
            <location filename="../../desktop/views/kpi_pane.py" line="281" />
            <source>Fill demo actuals</source>
            <translation>填入示範實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="125" />
            <source>Adds made-up demo numbers for January to September to every KPI, so that you can explore the charts. Measured actuals are kept. Undo removes them.</source>
            <translation>為每個指標加入 1 至 9 月的虛構示範數字，方便您瀏覽圖表。已量測的實際值會保留。復原即可移除。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="128" />
            <location filename="../../desktop/views/kpi_pane.py" line="288" />
            <source>Remove demo actuals</source>
            <translation>移除示範實際值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="130" />
            <source>Export PNG…</source>
            <translation>匯出 PNG…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="132" />
            <source>DEMO DATA: the actuals shown are generated, not measured.</source>
            <translation>示範資料：顯示的實際值是產生的，並非實際量測。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="155" />
            <source>KPI</source>
            <translation>指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="155" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="155" />
            <source>Risk</source>
            <translation>風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="156" />
            <source>Threshold</source>
            <translation>預警閾值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="156" />
            <source>Value</source>
            <translation>數值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="210" />
            <source>{0} at risk</source>
            <translation>{0} 項接近</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="210" />
            <source>{0} off track</source>
            <translation>{0} 項未達標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="211" />
            <source>{0} on track</source>
            <translation>{0} 項達標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="211" />
            <source>{0} without data</source>
            <translation>{0} 項無數據</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="249" />
            <source>This plan has no KPIs yet.</source>
            <translation>此計劃尚無關鍵指標。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="264" />
            <source>&lt;b&gt;Early warnings (風險預警): {0}&lt;/b&gt;</source>
            <translation>&lt;b&gt;風險預警：{0}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="266" />
            <source>&lt;b&gt;Early warnings (風險預警)&lt;/b&gt;: none — no actual crosses a risk's threshold.</source>
            <translation>&lt;b&gt;風險預警&lt;/b&gt;：無 — 沒有實際值越過風險的預警閾值。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="274" />
            <source>Add generated DEMO actuals (January–September) to every KPI?

They are made up for exploring the charts, marked as demo data, and never replace measured actuals. Edit ▸ Undo removes them.</source>
            <translation>要為每個指標加入產生的示範實際值（1 月至 9 月）嗎？

這些數字是虛構的，僅供瀏覽圖表，會標示為示範資料，且絕不會取代已量測的實際值。編輯 ▸ 復原即可移除。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="301" />
            <location filename="../../desktop/views/kpi_pane.py" line="306" />
            <location filename="../../desktop/views/kpi_pane.py" line="312" />
            <source>Export PNG</source>
            <translation>匯出 PNG</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="302" />
            <source>Width in pixels:</source>
            <translation>寬度（像素）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/kpi_pane.py" line="306" />
            <source>PNG (*.png)</source>
            <translation>PNG 圖檔 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/views/main_window.py" line="98" />
            <source>Overview &amp; approval</source>
            <translation>概覽與審批</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="99" />
            <source>Goals &amp; KPIs</source>
            <translation>目標與指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="100" />
            <source>Task board</source>
            <translation>任務看板</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="101" />
            <source>Risk register</source>
            <translation>風險登記冊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="102" />
            <source>KPI charts</source>
            <translation>指標圖表</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="103" />
            <source>Monitoring &amp; communication</source>
            <translation>監控與溝通</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="104" />
            <source>Sign-off</source>
            <translation>簽署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="119" />
            <source>Read-only: another PlanDesk is using this workspace. You can look, print and export, but not change anything.</source>
            <translation>唯讀：另一個 PlanDesk 正在使用此工作區。您可以檢視、列印和匯出，但不能做任何變更。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="140" />
            <source>Plan</source>
            <translation>計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="142" />
            <source>Plan: </source>
            <translation>計劃：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="149" />
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="150" />
            <source>Recent workspaces</source>
            <translation>最近使用的工作區</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="151" />
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="152" />
            <source>&amp;Undo</source>
            <translation>復原(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="154" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="158" />
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="165" />
            <source>&amp;Settings</source>
            <translation>設定(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="166" />
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="167" />
            <source>&amp;About PlanDesk</source>
            <translation>關於 PlanDesk(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="190" />
            <source>This screen is being built.</source>
            <translation>此畫面正在建置中。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="218" />
            <source>{0} ({1}, revision {2})</source>
            <translation>{0}（{1}年，修訂 {2}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="226" />
            <source>Workspace: {0}</source>
            <translation>工作區：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="230" />
            <source>PlanDesk — {0}</source>
            <translation>PlanDesk — {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="231" />
            <source>No plan</source>
            <translation>沒有計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="236" />
            <source>Status: {0} · revision {1}</source>
            <translation>狀態：{0} · 修訂 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="239" />
            <source>Checks: {0} findings ({1} errors)</source>
            <translation>檢查：{0} 個問題（{1} 個錯誤）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="242" />
            <source> · Early warnings: {0}</source>
            <translation> · 風險預警：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="252" />
            <source>Change not made</source>
            <translation>未做變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="290" />
            <source>About PlanDesk</source>
            <translation>關於 PlanDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="291" />
            <source>&lt;h3&gt;PlanDesk {0}&lt;/h3&gt;&lt;p&gt;Plan, schedule, track, print and sign off an annual social-media plan, offline.&lt;/p&gt;&lt;p&gt;Workspace: {1}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;PlanDesk {0}&lt;/h3&gt;&lt;p&gt;離線規劃、排程、追蹤、列印並簽署年度社群媒體計劃。&lt;/p&gt;&lt;p&gt;工作區：{1}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MonitoringScreen</name>
        <message>
            <location filename="../../desktop/views/monitoring.py" line="84" />
            <source>Total amount: 0 (no amounts entered yet)</source>
            <translation>總金額：0（尚未輸入金額）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitoring.py" line="87" />
            <source>Total amount: {0}</source>
            <translation>總金額：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitoring.py" line="92" />
            <source>Edit {0}</source>
            <translation>編輯{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitoring.py" line="105" />
            <source>Add {0}</source>
            <translation>新增{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitoring.py" line="118" />
            <source>Remove {0}</source>
            <translation>刪除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitoring.py" line="124" />
            <source>Move {0}</source>
            <translation>移動{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/monitoring.py" line="113" />
            <source>New item</source>
            <translation type="vanished">新項目</translation>
        </message>
    </context>
    <context>
        <name>MoveQuestion</name>
        <message>
            <location filename="../../desktop/views/board_moves.py" line="24" />
            <source>Move {0}</source>
            <translation>移動{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_moves.py" line="25" />
            <source>Move {0} to week {1} in month {2} only, or in every month?</source>
            <translation>把「{0}」移到第 {1} 周：只改 {2} 月這一次，還是每個月都改？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_moves.py" line="27" />
            <source>Done marks stay with their month's occurrence.</source>
            <translation>完成標記跟隨該月的那一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_moves.py" line="28" />
            <source>This occurrence only</source>
            <translation>只改這一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_moves.py" line="29" />
            <source>Every month</source>
            <translation>每個月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_moves.py" line="43" />
            <source>Reschedule {0} to {1}</source>
            <translation>將 {0} 改期至 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_moves.py" line="44" />
            <source>Move {0} in month {1} to week {2}</source>
            <translation>將 {0} 在 {1} 月移到第 {2} 周</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="../../desktop/views/delegates.py" line="350" />
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
    </context>
    <context>
        <name>OverviewScreen</name>
        <message>
            <location filename="../../desktop/views/overview.py" line="72" />
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="72" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="73" />
            <source>Compiler</source>
            <translation>編制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="73" />
            <source>Organisation</source>
            <translation>編制單位</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="74" />
            <source>Approver</source>
            <translation>批準人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="74" />
            <source>Reviewer</source>
            <translation>審核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="75" />
            <source>Compile date</source>
            <translation>編制日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="102" />
            <source>Plan and approval</source>
            <translation>計劃與審批</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="120" />
            <source>Plan checks</source>
            <translation>計劃檢查</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="122" />
            <source>Click a finding (or press Enter) to go to the item.</source>
            <translation>按一下問題（或按 Enter）即可前往該項目。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="128" />
            <source>Introduction</source>
            <translation>引言</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="129" />
            <source>Outlook</source>
            <translation>展望</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="129" />
            <source>Summary</source>
            <translation>總結</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="210" />
            <source>Status: {0}</source>
            <translation>狀態：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="211" />
            <source>No plan</source>
            <translation>沒有計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="214" />
            <source>This plan is in review or approved, so its header, approval fields and texts are read-only. To change it, make a new revision (or have it sent back).</source>
            <translation>此計劃正在審核或已批準，因此表頭、審批欄位和內文均為唯讀。如需修改，請建立新的修訂版本（或請審核人退回）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="217" />
            <source>The workspace is open read-only.</source>
            <translation>工作區以唯讀方式開啟。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="222" />
            <source>Error</source>
            <translation>錯誤</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="223" />
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="224" />
            <source>Note</source>
            <translation>提示</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="231" />
            <source>Go to {0}</source>
            <translation>前往{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="234" />
            <source>No findings: the plan looks complete.</source>
            <translation>沒有發現問題：計劃看來完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="235" />
            <source>Plan checks ({0})</source>
            <translation>計劃檢查（{0}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/overview.py" line="252" />
            <location filename="../../desktop/views/overview.py" line="269" />
            <source>Edit {0}</source>
            <translation>編輯{0}</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="189" />
            <source>People</source>
            <translation>人員</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="191" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="191" />
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="192" />
            <source>Key fingerprint</source>
            <translation>金鑰指紋</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="207" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="208" />
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="209" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="210" />
            <source>Password &amp;again:</source>
            <translation>再次輸入密碼(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="211" />
            <source>&amp;Admin allowing it:</source>
            <translation>核准的管理員(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="214" />
            <source>Admin's pass&amp;word:</source>
            <translation>管理員密碼(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="217" />
            <source>&amp;Add person</source>
            <translation>新增人員(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="248" />
            <source>The first person becomes the administrator.</source>
            <translation>第一位人員會成為管理員。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="253" />
            <source>The two passwords differ.</source>
            <translation>兩次輸入的密碼不一致。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="259" />
            <source>Adding…</source>
            <translation>正在新增…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="268" />
            <source>Added {0}.</source>
            <translation>已新增 {0}。</translation>
        </message>
    </context>
    <context>
        <name>PlanEditors</name>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="39" />
            <location filename="../../desktop/views/goals_models.py" line="57" />
            <location filename="../../desktop/views/section_models.py" line="258" />
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="40" />
            <source>Goal</source>
            <translation>目標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="41" />
            <location filename="../../desktop/views/section_models.py" line="260" />
            <location filename="../../desktop/views/section_models.py" line="294" />
            <source>Description</source>
            <translation>說明</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="46" />
            <source>Level</source>
            <translation>達到</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="47" />
            <source>Count per period</source>
            <translation>每期至少</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="47" />
            <source>Growth per period</source>
            <translation>每期增長</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="48" />
            <source>Ceiling</source>
            <translation>不超過</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="49" />
            <source>Improvement over baseline</source>
            <translation>較基線提升</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="50" />
            <source>Higher is better</source>
            <translation>越高越好</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="51" />
            <source>Lower is better</source>
            <translation>越低越好</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="52" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="52" />
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="53" />
            <source>Monthly</source>
            <translation>每月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="54" />
            <source>Quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="55" />
            <source>Yearly</source>
            <translation>每年</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="58" />
            <source>KPI</source>
            <translation>指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="59" />
            <location filename="../../desktop/views/section_models.py" line="296" />
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="60" />
            <source>Baseline</source>
            <translation>基線</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="61" />
            <source>Target kind</source>
            <translation>目標類型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="62" />
            <source>Target</source>
            <translation>目標值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="63" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="64" />
            <location filename="../../desktop/views/section_models.py" line="269" />
            <source>Frequency</source>
            <translation>頻率</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="65" />
            <source>Tolerance (0–1)</source>
            <translation>容許偏差（0–1）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="193" />
            <source>The pasted block ({0} rows × {1} columns) does not fit from {2}, {3}: nothing was pasted</source>
            <translation>貼上的區塊（{0} 列 × {1} 欄）從 {2}、{3} 開始放不下：未貼上任何內容</translation>
        </message>
        <message>
            <location filename="../../desktop/views/goals_models.py" line="204" />
            <source>{0} — nothing was pasted</source>
            <translation>{0} — 未貼上任何內容</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="82" />
            <source>{0}: a number is required</source>
            <translation>{0}：必須輸入數字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="87" />
            <location filename="../../desktop/views/section_models.py" line="89" />
            <source>{0}: “{1}” is not a number</source>
            <translation>{0}：「{1}」不是數字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="99" />
            <source>{0}: choose one of the listed values</source>
            <translation>{0}：請從列出的選項中選擇</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="106" />
            <source>{0}: {1} is outside {2}–{3}</source>
            <translation>{0}：{1} 超出 {2}–{3} 的範圍</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="111" />
            <source>{0}: contains a control character</source>
            <translation>{0}：含有控制字元</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="113" />
            <source>{0}: must be a single line</source>
            <translation>{0}：只能有一行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="121" />
            <source>{0}: {1}</source>
            <translation>{0}：{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="123" />
            <source>{0}: must not be empty</source>
            <translation>{0}：不能空白</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="125" />
            <source>{0}: at most {1} characters</source>
            <translation>{0}：最多 {1} 個字元</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="259" />
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="261" />
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="262" />
            <source>Meeting</source>
            <translation>定期會議</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="263" />
            <source>Data check</source>
            <translation>數據監控</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="263" />
            <source>Report</source>
            <translation>進度報告</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="264" />
            <source>Risk alert</source>
            <translation>風險預警</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="265" />
            <source>Indicator</source>
            <translation>評估指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="266" />
            <location filename="../../desktop/views/section_models.py" line="272" />
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="266" />
            <source>Time point</source>
            <translation>評估時間點</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="267" />
            <source>Audience</source>
            <translation>溝通對象</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="268" />
            <source>Channel</source>
            <translation>溝通方式</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="268" />
            <source>Content</source>
            <translation>溝通內容</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="270" />
            <source>Cross-department</source>
            <translation>跨部門協作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="271" />
            <source>Cross-team</source>
            <translation>跨團隊協作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="273" />
            <source>Responsibility</source>
            <translation>責任分工</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="274" />
            <source>Human</source>
            <translation>人力資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="275" />
            <source>Financial</source>
            <translation>財力資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="275" />
            <source>Material</source>
            <translation>物力資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="278" />
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="280" />
            <source>Owner team</source>
            <translation>負責團隊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="282" />
            <source>Monitoring</source>
            <translation>監控</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="284" />
            <source>Evaluation</source>
            <translation>評估</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="286" />
            <source>Communication</source>
            <translation>溝通</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="288" />
            <source>Collaboration</source>
            <translation>協作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="290" />
            <source>Budget and resources</source>
            <translation>預算與資源</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="291" />
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="293" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="295" />
            <source>Amount</source>
            <translation>數量／金額</translation>
        </message>
        <message>
            <location filename="../../desktop/views/section_models.py" line="297" />
            <source>Source</source>
            <translation>來源</translation>
        </message>
    </context>
    <context>
        <name>PlanOperations</name>
        <message>
            <location filename="../../desktop/operations/undo.py" line="64" />
            <location filename="../../desktop/operations/undo.py" line="78" />
            <source>The workspace is open read-only: changes are not allowed.</source>
            <translation>工作區以唯讀方式開啟：不允許變更。</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../../desktop/app.py" line="64" />
            <source>Unexpected error</source>
            <translation>意外錯誤</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="65" />
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
            <location filename="../../desktop/app.py" line="214" />
            <location filename="../../desktop/views/workspace_actions.py" line="93" />
            <source>Workspace in use</source>
            <translation>工作區使用中</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="214" />
            <location filename="../../desktop/views/workspace_actions.py" line="94" />
            <source>{0}

Open it read-only?</source>
            <translation>{0}

要以唯讀方式開啟嗎？</translation>
        </message>
        <message>
            <location filename="../../desktop/app.py" line="219" />
            <location filename="../../desktop/views/server_dialog.py" line="136" />
            <location filename="../../desktop/views/workspace_actions.py" line="99" />
            <source>Cannot open workspace</source>
            <translation>無法開啟工作區</translation>
        </message>
        <message>
            <location filename="../../desktop/views/delegates.py" line="484" />
            <source>Copy</source>
            <translation>複製</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="47" />
            <source>&amp;Import from Excel…</source>
            <translation>從 Excel 匯入(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="50" />
            <source>&amp;Export to Excel…</source>
            <translation>匯出到 Excel(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="96" />
            <location filename="../../desktop/views/excel_actions.py" line="98" />
            <source>Export to Excel</source>
            <translation>匯出到 Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="96" />
            <source>No plan to export.</source>
            <translation>沒有可匯出的計劃。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="100" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="121" />
            <source>Writing {0}…</source>
            <translation>正在寫入 {0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="125" />
            <source>Export failed</source>
            <translation>匯出失敗</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="126" />
            <source>{0}: cannot write the workbook ({1})</source>
            <translation>{0}：無法寫入活頁簿（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="129" />
            <source>Exported to {0}</source>
            <translation>已匯出到 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="135" />
            <source>Import from Excel</source>
            <translation>從 Excel 匯入</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="137" />
            <source>Excel workbooks (*.xlsx);;All files (*)</source>
            <translation>Excel 活頁簿 (*.xlsx);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="150" />
            <source>Reading {0}…</source>
            <translation>正在讀取 {0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="153" />
            <source>Cannot import</source>
            <translation>無法匯入</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="184" />
            <source>Imported {0}: {1} added, {2} changed, {3} removed (Ctrl+Z undoes)</source>
            <translation>已匯入 {0}：新增 {1} 項、修改 {2} 項、刪除 {3} 項（Ctrl+Z 可撤銷）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="185" />
            <source>Imported {0} as a new plan</source>
            <translation>已匯入 {0}，建立新計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="186" />
            <source>Imported {0} as a new revision</source>
            <translation>已匯入 {0}，建立新修訂版本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="206" />
            <source>Cannot import {0}</source>
            <translation>無法匯入 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="208" />
            <source>{0} problems were found; nothing was changed. Fix them in the workbook and import it again.</source>
            <translation>發現 {0} 個問題；未做任何變更。請在活頁簿中修正後再匯入一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="213" />
            <source>Row</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="213" />
            <source>Severity</source>
            <translation>嚴重程度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="213" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="214" />
            <source>Cell</source>
            <translation>儲存格</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="214" />
            <source>Column</source>
            <translation>欄</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="214" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="234" />
            <source>Import {0}</source>
            <translation>匯入 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="237" />
            <source>This workbook updates the plan “{0}” (revision {1}).</source>
            <translation>此活頁簿會更新計劃「{0}」（修訂 {1}）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="238" />
            <source>This workbook creates a new plan “{0}”.</source>
            <translation>此活頁簿會建立新計劃「{0}」。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="239" />
            <source>The plan “{0}” is signed and cannot change: the import creates revision {1} of it.</source>
            <translation>計劃「{0}」已簽署，不能變更：匯入會建立其修訂 {1}。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="244" />
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="244" />
            <source>Changed</source>
            <translation>變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="244" />
            <source>Removed</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="244" />
            <location filename="../../desktop/views/excel_actions.py" line="251" />
            <source>Section</source>
            <translation>章節</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="249" />
            <source>What changes (old → new):</source>
            <translation>變更內容（舊 → 新）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="251" />
            <source>Change</source>
            <translation>變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="251" />
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="251" />
            <source>Old → new</source>
            <translation>舊 → 新</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="259" />
            <source>Warnings:</source>
            <translation>警告：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="262" />
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="27" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>鍵盤快速鍵(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="31" />
            <source>&amp;Welcome</source>
            <translation>歡迎(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="82" />
            <source>&lt;h3&gt;Welcome to PlanDesk&lt;/h3&gt;&lt;p&gt;PlanDesk holds your annual social-media plan: goals and KPIs, tasks and their schedules, risks, monitoring and communication — and takes it through review and sign-off.&lt;/p&gt;&lt;p&gt;This workspace starts with a &lt;b&gt;sample plan&lt;/b&gt; (the 2027 social-media plan). Start on the &lt;b&gt;Task board&lt;/b&gt;: double-click a subtask to edit it, click a bar to mark it done. Ctrl+1 … Ctrl+7 switch screens, Ctrl+Z undoes any change, F1 lists all shortcuts.&lt;/p&gt;&lt;p&gt;Your changes are saved as you make them.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;歡迎使用 PlanDesk&lt;/h3&gt;&lt;p&gt;PlanDesk 管理您的年度社群媒體計劃：目標與指標、任務及其時間安排、風險、監控與溝通，並帶領計劃完成審核與簽署。&lt;/p&gt;&lt;p&gt;此工作區內附一份&lt;b&gt;範例計劃&lt;/b&gt;（2027 年社群媒體計劃）。請從&lt;b&gt;任務看板&lt;/b&gt;開始：按兩下子任務可編輯，按一下時間條可標記完成。Ctrl+1 … Ctrl+7 切換畫面，Ctrl+Z 可復原任何變更，F1 列出所有快速鍵。&lt;/p&gt;&lt;p&gt;您的變更會隨時自動儲存。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="92" />
            <source>Welcome</source>
            <translation>歡迎</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="108" />
            <source>No Chinese font</source>
            <translation>沒有中文字型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/language.py" line="63" />
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="298" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="299" />
            <source>In review</source>
            <translation>審核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="300" />
            <source>Reviewed</source>
            <translation>已審核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/main_window.py" line="301" />
            <source>Approved</source>
            <translation>已批準</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="30" />
            <source>Print Pre&amp;view…</source>
            <translation>預覽列印(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="32" />
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="35" />
            <source>Export P&amp;DF…</source>
            <translation>匯出 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="37" />
            <source>Print &amp;current view…</source>
            <translation>列印目前畫面(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="48" />
            <source>Print the plan checks appendix</source>
            <translation>列印計劃檢查附錄</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="52" />
            <source>Print on A3 paper</source>
            <translation>以 A3 紙列印</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="75" />
            <source>Chinese font missing</source>
            <translation>缺少中文字型</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="83" />
            <source>Print</source>
            <translation>列印</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="83" />
            <source>There is no plan.</source>
            <translation>沒有計劃。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="122" />
            <source>Print preview</source>
            <translation>預覽列印</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="134" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="154" />
            <source>Printing the plan…</source>
            <translation>正在列印計劃…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="166" />
            <location filename="../../desktop/views/print_actions.py" line="181" />
            <source>Export PDF</source>
            <translation>匯出 PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="168" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="175" />
            <source>Writing the PDF…</source>
            <translation>正在寫入 PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/print_actions.py" line="185" />
            <source>PDF written: {0} ({1} pages)</source>
            <translation>已寫入 PDF：{0}（{1} 頁）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="150" />
            <source>Open workspace on a &amp;server…</source>
            <translation>開啟伺服器上的工作區(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="62" />
            <source>Compiler (編制人)</source>
            <translation>編制人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="62" />
            <source>Reviewer (審核人)</source>
            <translation>審核人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="63" />
            <source>Administrator</source>
            <translation>管理員</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="63" />
            <source>Approver (批準人)</source>
            <translation>批準人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="278" />
            <source>&amp;People…</source>
            <translation>人員(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="283" />
            <source>Sign-&amp;off</source>
            <translation>簽署(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="286" />
            <source>&amp;Submit for review…</source>
            <translation>提交審核(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="287" />
            <source>Sign as &amp;reviewer…</source>
            <translation>以審核人身分簽署(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="288" />
            <source>&amp;Approve…</source>
            <translation>批準(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="289" />
            <source>Re&amp;ject…</source>
            <translation>退回(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="290" />
            <source>&amp;New revision</source>
            <translation>新修訂版本(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="291" />
            <source>&amp;Verify signatures</source>
            <translation>驗證簽章(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="154" />
            <source>Add task</source>
            <translation>新增任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="155" />
            <source>Add subtask</source>
            <translation>新增子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="156" />
            <source>Edit…</source>
            <translation>編輯…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="157" />
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="158" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="159" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="161" />
            <source>Mark done / not done</source>
            <translation>標記完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="167" />
            <source> Zoom: </source>
            <translation> 縮放：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="174" />
            <source>  Team: </source>
            <translation>  團隊：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="176" />
            <source>  Task: </source>
            <translation>  任務：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="178" />
            <source>ISO week numbers</source>
            <translation>ISO 周次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="185" />
            <source>Zoom to month</source>
            <translation>縮放至月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="185" />
            <source>Zoom to quarter</source>
            <translation>縮放至季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="185" />
            <source>Zoom to year</source>
            <translation>縮放至年</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="192" />
            <source>Clear board filters</source>
            <translation>清除看板篩選</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="23" />
            <source>New plan from the &amp;sample template</source>
            <translation>從範例範本建立新計劃(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="26" />
            <source>New &amp;empty plan</source>
            <translation>新增空白計劃(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="29" />
            <source>&amp;Open workspace…</source>
            <translation>開啟工作區(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="39" />
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="54" />
            <source>New plan</source>
            <translation>新計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="58" />
            <source>New empty plan</source>
            <translation>新增空白計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="58" />
            <source>New plan from the sample template</source>
            <translation>從範例範本建立新計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="66" />
            <source>Open or create a workspace</source>
            <translation>開啟或建立工作區</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="67" />
            <source>PlanDesk workspaces (*.sqlite *.plandesk);;All files (*)</source>
            <translation>PlanDesk 工作區 (*.sqlite *.plandesk);;所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/workspace_actions.py" line="80" />
            <source>(none yet)</source>
            <translation>（尚無）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/excel_actions.py" line="227" />
            <source>Items</source>
            <translation type="vanished">項目</translation>
        </message>
    </context>
    <context>
        <name>RangeSpinBox</name>
        <message>
            <location filename="../../desktop/views/delegates.py" line="300" />
            <source>{0} is required: a whole number from {1} to {2}.</source>
            <translation>{0}為必填：{1} 到 {2} 的整數。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/delegates.py" line="307" />
            <source>{0} must be a whole number from {1} to {2}; “{3}” is refused.</source>
            <translation>{0}必須是 {1} 到 {2} 的整數；不接受「{3}」。</translation>
        </message>
    </context>
    <context>
        <name>RemoteChanges</name>
        <message>
            <location filename="../../desktop/operations/remote.py" line="93" />
            <source>Updated: changes by {0} at {1} are shown</source>
            <translation>已更新：顯示 {0} 於 {1} 所做的變更</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/remote.py" line="94" />
            <source>someone else</source>
            <translation>其他人</translation>
        </message>
    </context>
    <context>
        <name>RiskRegister</name>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="355" />
            <source>{0}: “{1}” is not a date (YYYY-MM-DD)</source>
            <translation>{0}：「{1}」不是日期（YYYY-MM-DD）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_rows.py" line="28" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_rows.py" line="28" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_rows.py" line="29" />
            <source>Critical</source>
            <translation>極高</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_rows.py" line="29" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_rows.py" line="34" />
            <source>Open</source>
            <translation>待處理</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_rows.py" line="35" />
            <source>Mitigating</source>
            <translation>應對中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_rows.py" line="36" />
            <source>Closed</source>
            <translation>已關閉</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_rows.py" line="45" />
            <source>Threshold: “{0}” is not an operator and a number, e.g. &lt; 85 or &gt; 24</source>
            <translation>預警閾值：「{0}」不是運算子加數字，例如 &lt; 85 或 &gt; 24</translation>
        </message>
    </context>
    <context>
        <name>RiskRegisterScreen</name>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="75" />
            <source>Risks</source>
            <translation>風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="78" />
            <location filename="../../desktop/views/risk_register.py" line="281" />
            <source>Add risk</source>
            <translation>新增風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="79" />
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="80" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="81" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="92" />
            <source>Search risks (Ctrl+F)</source>
            <translation>搜尋風險（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="101" />
            <source>All bands</source>
            <translation>所有等級</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="104" />
            <source>All statuses</source>
            <translation>所有狀態</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="114" />
            <source>&amp;Band:</source>
            <translation>等級(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="114" />
            <source>&amp;Search:</source>
            <translation>搜尋(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="115" />
            <source>&amp;Owner:</source>
            <translation>責任人(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="116" />
            <source>S&amp;tatus:</source>
            <translation>狀態(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="127" />
            <source>Red code: early warning (its KPI crossed the threshold; hover for details) · red review date: review overdue · F2 or typing edits a cell, Ctrl+Enter saves long text</source>
            <translation>紅色編號：風險預警（其指標越過預警閾值；游標停留可看詳情）· 紅色複查日期：複查逾期 · 按 F2 或直接輸入可編輯儲存格，Ctrl+Enter 儲存長文字</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="215" />
            <source>All owners</source>
            <translation>所有責任人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="293" />
            <source>Remove risk {0}</source>
            <translation>刪除風險 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="306" />
            <source>Move risk {0}</source>
            <translation>移動風險 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="328" />
            <source>Risk register — {0}</source>
            <translation>風險登記冊 — {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="331" />
            <source>Inherent risk</source>
            <translation>固有風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="332" />
            <source>Residual risk</source>
            <translation>剩餘風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="344" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="345" />
            <source>Impact</source>
            <translation>影響</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_register.py" line="272" />
            <source>New risk</source>
            <translation type="vanished">新風險</translation>
        </message>
    </context>
    <context>
        <name>RiskTableModel</name>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="100" />
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="100" />
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="100" />
            <source>Impact description</source>
            <translation>影響程度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="100" />
            <source>Risk</source>
            <translation>風險</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="101" />
            <source>Band</source>
            <translation>等級</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="101" />
            <source>Impact 1–5</source>
            <translation>影響 1–5</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="101" />
            <source>Likelihood</source>
            <translation>可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="101" />
            <source>Score</source>
            <translation>分數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="102" />
            <source>Measure</source>
            <translation>應對措施</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="102" />
            <source>Owner team</source>
            <translation>負責團隊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="102" />
            <source>Timing</source>
            <translation>執行時間</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="103" />
            <source>Assurance target</source>
            <translation>確保措施</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="103" />
            <source>Linked KPI</source>
            <translation>關聯指標</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="103" />
            <source>Threshold</source>
            <translation>預警閾值</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="104" />
            <source>Residual likelihood</source>
            <translation>剩餘可能性</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="104" />
            <source>Review date</source>
            <translation>複查日期</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="104" />
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="105" />
            <source>Residual impact</source>
            <translation>剩餘影響</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="105" />
            <source>Residual score</source>
            <translation>剩餘分數</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="283" />
            <source>Early warning:</source>
            <translation>風險預警：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="285" />
            <source>Review overdue: it was due on {0}</source>
            <translation>複查逾期：應於 {0} 複查</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="303" />
            <source>{0} must be a whole number from 1 to 5; “{1}” is refused.</source>
            <translation>{0}必須是 1 到 5 的整數；不接受「{1}」。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="308" />
            <source>{0}: choose one of the listed values.</source>
            <translation>{0}：請從列出的選項中選擇。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="334" />
            <source>{0}: must be a single line</source>
            <translation>{0}：只能有一行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="337" />
            <source>{0} must not be empty.</source>
            <translation>{0}不能空白。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="339" />
            <source>{0}: at most {1} characters ({2} typed).</source>
            <translation>{0}：最多 {1} 個字元（已輸入 {2} 個）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="342" />
            <source>Code {0} is already used by another risk.</source>
            <translation>編號 {0} 已被其他風險使用。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/risk_model.py" line="373" />
            <source>Edit risk {0}: {1}</source>
            <translation>編輯風險 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDelegate</name>
        <message>
            <location filename="../../desktop/views/delegates.py" line="422" />
            <source>e.g. 每月第二周, 每日, 每月底, every day</source>
            <translation>例如：每月第二周、每日、每月底、every day</translation>
        </message>
        <message>
            <location filename="../../desktop/views/delegates.py" line="440" />
            <source>{0} needs a schedule, e.g. 每月第二周.</source>
            <translation>{0}需要時間安排，例如：每月第二周。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/delegates.py" line="444" />
            <source>{0}: “{1}” is not a schedule ({2}).</source>
            <translation>{0}：「{1}」不是有效的時間安排（{2}）。</translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="51" />
            <source>Open a team workspace on a server</source>
            <translation>開啟伺服器上的團隊工作區</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="63" />
            <source>empty: use ~/.pgpass or PGPASSWORD</source>
            <translation>留空：使用 ~/.pgpass 或 PGPASSWORD</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="64" />
            <source>Open read-only</source>
            <translation>以唯讀方式開啟</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="66" />
            <source>&amp;Host:</source>
            <translation>主機(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="67" />
            <source>&amp;Port:</source>
            <translation>連接埠(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="68" />
            <source>&amp;Database:</source>
            <translation>資料庫(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="69" />
            <source>&amp;User:</source>
            <translation>使用者(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="70" />
            <source>Pass&amp;word:</source>
            <translation>密碼(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/server_dialog.py" line="72" />
            <source>The password is used for this connection only and is never saved.</source>
            <translation>密碼僅用於此次連線，不會儲存。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="61" />
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="64" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="64" />
            <source>Menu</source>
            <translation>選單</translation>
        </message>
        <message>
            <location filename="../../desktop/views/help_actions.py" line="64" />
            <source>Shortcut</source>
            <translation>快速鍵</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="81" />
            <source>Reject the plan</source>
            <translation>退回計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="81" />
            <source>Sign the plan</source>
            <translation>簽署計劃</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="92" />
            <source>Plan:</source>
            <translation>計劃：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="93" />
            <source>Revision:</source>
            <translation>修訂版本：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="93" />
            <source>{0} (id {1})</source>
            <translation>{0}（ID {1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="101" />
            <source>Content fingerprint (SHA-256):</source>
            <translation>內容指紋（SHA-256）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="102" />
            <source>Role:</source>
            <translation>職責：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="103" />
            <source>I reject this revision and return it to draft.</source>
            <translation>我退回此修訂版本，將其改回草稿。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="104" />
            <source>I compiled this plan and submit it for review.</source>
            <translation>我編制了此計劃，並提交審核。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="105" />
            <source>I reviewed this plan and find it correct.</source>
            <translation>我已審核此計劃，確認內容正確。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="106" />
            <source>I approve this plan for execution.</source>
            <translation>我批準執行此計劃。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="108" />
            <source>Meaning:</source>
            <translation>含義：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="113" />
            <source>&amp;Signer:</source>
            <translation>簽署人(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="116" />
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="118" />
            <source>Why it is rejected (required)</source>
            <translation>退回原因（必填）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="119" />
            <source>Optional comment</source>
            <translation>備註（選填）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="121" />
            <source>&amp;Comment:</source>
            <translation>備註(&amp;C)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="122" />
            <source>Your signature covers exactly this content. Any later change to the plan voids it.</source>
            <translation>您的簽章只涵蓋此刻的內容。日後對計劃的任何變更都會使其作廢。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="130" />
            <source>&amp;Reject</source>
            <translation>退回(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="130" />
            <source>&amp;Sign</source>
            <translation>簽署(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="151" />
            <source>A rejection needs a comment saying why.</source>
            <translation>退回時必須填寫原因。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="154" />
            <source>Enter the password.</source>
            <translation>請輸入密碼。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="157" />
            <source>The workspace is open read-only.</source>
            <translation>工作區以唯讀方式開啟。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff_actions.py" line="159" />
            <source>Checking the password…</source>
            <translation>正在核對密碼…</translation>
        </message>
    </context>
    <context>
        <name>SignoffScreen</name>
        <message>
            <location filename="../../desktop/views/signoff.py" line="123" />
            <source>Named in the plan</source>
            <translation>計劃指定人員</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="123" />
            <source>Role</source>
            <translation>職責</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="123" />
            <source>Signed by</source>
            <translation>簽署人</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="124" />
            <source>Content fingerprint</source>
            <translation>內容指紋</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="124" />
            <source>Signed at (UTC)</source>
            <translation>簽署時間（UTC）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="125" />
            <source>Verdict</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="133" />
            <source>&amp;Submit for review…</source>
            <translation>提交審核(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="134" />
            <source>Sign as re&amp;viewer…</source>
            <translation>以審核人身分簽署(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="135" />
            <source>A&amp;pprove…</source>
            <translation>批準(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="136" />
            <source>Re&amp;ject…</source>
            <translation>退回(&amp;J)…</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="137" />
            <source>&amp;New revision</source>
            <translation>新修訂版本(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="138" />
            <source>&amp;Verify again</source>
            <translation>重新驗證(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="165" />
            <source>&lt;b&gt;History&lt;/b&gt; (audit trail, newest first)</source>
            <translation>&lt;b&gt;歷史記錄&lt;/b&gt;（審計軌跡，最新的在前）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="187" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="187" />
            <source>In review</source>
            <translation>審核中</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="188" />
            <source>Approved</source>
            <translation>已批準</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="188" />
            <source>Reviewed</source>
            <translation>已審核</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="192" />
            <source>valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="192" />
            <source>void: content changed since signing</source>
            <translation>作廢：簽署後內容已變更</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="193" />
            <source>invalid</source>
            <translation>無效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="193" />
            <source>released (rejected)</source>
            <translation>已解除（已退回）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="194" />
            <source>recorded elsewhere, not verified</source>
            <translation>記錄於他處，未驗證</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="195" />
            <source>not signed</source>
            <translation>未簽署</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="203" />
            <source>&lt;h2&gt;No plan&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;沒有計劃&lt;/h2&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="213" />
            <source>&lt;h2&gt;{0}&lt;/h2&gt;revision {1}</source>
            <translation>&lt;h2&gt;{0}&lt;/h2&gt;修訂 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="218" />
            <source>Content fingerprint (SHA-256): {0}</source>
            <translation>內容指紋（SHA-256）：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="225" />
            <source>Audit chain: intact, {0} events, head {1}</source>
            <translation>審計鏈：完整，{0} 個事件，鏈頭 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="226" />
            <source>Audit chain: BROKEN ({2}) — head {1}</source>
            <translation>審計鏈：已損壞（{2}）— 鏈頭 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="239" />
            <source>Not signed yet. The audit chain is intact.</source>
            <translation>尚未簽署。審計鏈完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="242" />
            <source>✔ All signatures in force are valid and the audit chain is intact.</source>
            <translation>✔ 所有生效中的簽章均有效，審計鏈完整。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="248" />
            <source>{0} signature(s) void: content changed since signing ({1})</source>
            <translation>{0} 個簽章作廢：簽署後內容已變更（{1}）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="251" />
            <source>{0} signature(s) invalid</source>
            <translation>{0} 個簽章無效</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="254" />
            <source>✘ Verification failed: {0}</source>
            <translation>✘ 驗證失敗：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="257" />
            <source>(This plan allows one person to sign two roles.)</source>
            <translation>（此計劃允許同一人簽署兩個職責。）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="268" />
            <source>(nobody named)</source>
            <translation>（未指定人員）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="303" />
            <source>Reject</source>
            <translation>退回</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="304" />
            <source>Only a plan in review or reviewed can be rejected.</source>
            <translation>只有審核中或已審核的計劃才能退回。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="313" />
            <location filename="../../desktop/views/signoff.py" line="324" />
            <source>New revision</source>
            <translation>新修訂版本</translation>
        </message>
        <message>
            <location filename="../../desktop/views/signoff.py" line="314" />
            <source>Make a new draft revision from this one? This revision stays as it is, signed and readable.</source>
            <translation>要以此版本建立新的草稿修訂版本嗎？此修訂版本會保持原狀，仍為已簽署且可閱讀。</translation>
        </message>
    </context>
    <context>
        <name>SubtaskEditor</name>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="73" />
            <location filename="../../desktop/views/subtask_editor.py" line="368" />
            <source>Edit subtask {0}</source>
            <translation>編輯子任務 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="86" />
            <source>(no owner)</source>
            <translation>（無負責團隊）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="93" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="93" />
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="94" />
            <source>Monthly, in week N</source>
            <translation>每月第 N 周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="95" />
            <source>Monthly, early / mid / late</source>
            <translation>每月上旬／中旬／下旬</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="96" />
            <source>Quarterly</source>
            <translation>每季度</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="96" />
            <source>Yearly</source>
            <translation>每年</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="97" />
            <source>Date range</source>
            <translation>日期範圍</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="97" />
            <source>Once</source>
            <translation>一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="99" />
            <source>(no schedule)</source>
            <translation>（未設時間）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="104" />
            <source>week </source>
            <translation>第 </translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="106" />
            <source>whole week</source>
            <translation>整周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="107" />
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="107" />
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="107" />
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="108" />
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="108" />
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="108" />
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="109" />
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="112" />
            <source>early (1st–10th)</source>
            <translation>上旬（1–10 日）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="113" />
            <source>mid (11th–20th)</source>
            <translation>中旬（11–20 日）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="114" />
            <source>late (21st–end)</source>
            <translation>下旬（21 日–月底）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="133" />
            <source>Only in month {0} (none checked: every month)</source>
            <translation>僅在 {0} 月（未勾選：每個月）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="139" />
            <source>or type it: 每月第二周, 每日, every month, week 2, 1月、7月：每月底 …</source>
            <translation>或直接輸入：每月第二周、每日、every month、week 2、1月、7月：每月底 …</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="145" />
            <source>calendar weeks, Monday first</source>
            <translation>日曆周（周一開始）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="147" />
            <source>7-day blocks (days 1–7, 8–14, …)</source>
            <translation>每 7 天一段（1–7 日、8–14 日…）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="151" />
            <source>How the whole plan counts "week N of a month". Changing it is one change of the plan (undo with Ctrl+Z).</source>
            <translation>整個計劃如何計算「每月第 N 周」。更改它是計劃的一次修改（可用 Ctrl+Z 撤銷）。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="155" />
            <source>(for the whole plan)</source>
            <translation>（整個計劃適用）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="176" />
            <source>&amp;Title:</source>
            <translation>標題(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="177" />
            <source>&amp;Owner team:</source>
            <translation>負責團隊(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="178" />
            <source>Schedule:</source>
            <translation>時間安排：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="179" />
            <source>Months (none: all):</source>
            <translation>月份（不選：全部）：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="180" />
            <source>&amp;Phrase:</source>
            <translation>文字描述(&amp;P)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="182" />
            <source>Weeks of a month:</source>
            <translation>每月的周：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="184" />
            <source>Occurrences in {0}:</source>
            <translation>{0}年的執行次數：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="185" />
            <source>&amp;Resources:</source>
            <translation>所需資源(&amp;R)：</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="267" />
            <source>Type a schedule, e.g. 每月第二周</source>
            <translation>輸入時間安排，例如：每月第二周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="306" />
            <source>Count weeks as {0}</source>
            <translation>周的劃分改為：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="324" />
            <source>No schedule: the plan check will flag this subtask.</source>
            <translation>未設時間：計劃檢查會標出此子任務。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="330" />
            <source>{0} occurrences in {1}</source>
            <translation>{1}年共 {0} 次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="333" />
            <source>{0} times, {1}–{2}</source>
            <translation>{0} 次，{1}–{2}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="341" />
            <source>⚠ No occurrence in: {0}</source>
            <translation>⚠ 以下月份沒有執行：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="347" />
            <source>1 day</source>
            <translation>1 天</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="347" />
            <source>{0} days</source>
            <translation>{0} 天</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="357" />
            <source>A subtask needs a title.</source>
            <translation>子任務需要標題。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/subtask_editor.py" line="361" />
            <source>The schedule is not valid: {0}</source>
            <translation>時間安排無效：{0}</translation>
        </message>
    </context>
    <context>
        <name>TablePanel</name>
        <message>
            <location filename="../../desktop/views/editor_widgets.py" line="154" />
            <source>Add</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../desktop/views/editor_widgets.py" line="154" />
            <source>Add a row (Ctrl+Insert)</source>
            <translation>新增一列（Ctrl+Insert）</translation>
        </message>
        <message>
            <location filename="../../desktop/views/editor_widgets.py" line="155" />
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../desktop/views/editor_widgets.py" line="155" />
            <source>Remove the selected row</source>
            <translation>刪除所選的列</translation>
        </message>
        <message>
            <location filename="../../desktop/views/editor_widgets.py" line="156" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../../desktop/views/editor_widgets.py" line="157" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
    </context>
    <context>
        <name>TaskBoardScreen</name>
        <message>
            <location filename="../../desktop/views/task_board.py" line="111" />
            <location filename="../../desktop/views/task_board.py" line="200" />
            <source>Task board</source>
            <translation>任務看板</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="113" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="113" />
            <source>Quarter</source>
            <translation>季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="113" />
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="203" />
            <source>Filter by team</source>
            <translation>依團隊篩選</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="204" />
            <source>Filter by task</source>
            <translation>依任務篩選</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="270" />
            <source>All teams</source>
            <translation>所有團隊</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="272" />
            <source>All tasks</source>
            <translation>所有任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="350" />
            <source>Mark {0} of {1} done / not done</source>
            <translation>將 {1} 於 {0} 標記為完成／未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="413" />
            <source>Add task</source>
            <translation>新增任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="423" />
            <source>Rename {0}</source>
            <translation>重新命名 {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="429" />
            <source>Choose a task first.</source>
            <translation>請先選擇一項任務。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="434" />
            <source>Add subtask</source>
            <translation>新增子任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="446" />
            <source>Remove {0}</source>
            <translation>刪除{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="448" />
            <source>Removed {0}. Undo brings it back.</source>
            <translation>已刪除 {0}。復原即可還原。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="456" />
            <source>Move {0}</source>
            <translation>移動{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="375" />
            <source>Reschedule {0} to {1}</source>
            <translation type="vanished">將 {0} 改期至 {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="377" />
            <source>Move {0} in month {1} to week {2}</source>
            <translation type="vanished">將 {0} 在 {1} 月移到第 {2} 周</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="385" />
            <source>Move {0} to week {1} in month {2} only, or in every month?</source>
            <translation type="vanished">把「{0}」移到第 {1} 周：只改 {2} 月這一次，還是每個月都改？</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="387" />
            <source>Done marks stay with their month's occurrence.</source>
            <translation type="vanished">完成標記跟隨該月的那一次。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="388" />
            <source>This occurrence only</source>
            <translation type="vanished">只改這一次</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="389" />
            <source>Every month</source>
            <translation type="vanished">每個月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="388" />
            <source>New task</source>
            <translation type="vanished">新任務</translation>
        </message>
        <message>
            <location filename="../../desktop/views/task_board.py" line="400" />
            <source>New subtask</source>
            <translation type="vanished">新子任務</translation>
        </message>
    </context>
    <context>
        <name>TextDelegate</name>
        <message>
            <location filename="../../desktop/views/delegates.py" line="190" />
            <source>Ctrl+Enter or Tab saves, Esc cancels</source>
            <translation>Ctrl+Enter 或 Tab 儲存，Esc 取消</translation>
        </message>
        <message>
            <location filename="../../desktop/views/delegates.py" line="217" />
            <source>{0}: contains a control character</source>
            <translation>{0}：含有控制字元</translation>
        </message>
        <message>
            <location filename="../../desktop/views/delegates.py" line="219" />
            <source>{0}: must be a single line</source>
            <translation>{0}：只能有一行</translation>
        </message>
        <message>
            <location filename="../../desktop/views/delegates.py" line="222" />
            <source>{0} must not be empty.</source>
            <translation>{0}不能空白。</translation>
        </message>
        <message>
            <location filename="../../desktop/views/delegates.py" line="224" />
            <source>{0}: at most {1} characters ({2} typed).</source>
            <translation>{0}：最多 {1} 個字元（已輸入 {2} 個）。</translation>
        </message>
    </context>
    <context>
        <name>TimelineCanvas</name>
        <message>
            <location filename="../../desktop/views/board_timeline.py" line="110" />
            <source>Q{0} {1}</source>
            <translation>{1}年第{0}季</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_timeline.py" line="112" />
            <source>{0}/{1}</source>
            <translation>{1}年{0}月</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_timeline.py" line="197" />
            <source>{0}: no occurrence in month {1} — click for the plan check</source>
            <translation>{0}：{1} 月沒有執行 — 按一下查看計劃檢查</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_timeline.py" line="201" />
            <source>Owner: {0}</source>
            <translation>負責團隊：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_timeline.py" line="201" />
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_timeline.py" line="203" />
            <source>Resources: {0}</source>
            <translation>所需資源：{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_timeline.py" line="205" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_timeline.py" line="205" />
            <source>Not done yet</source>
            <translation>尚未完成</translation>
        </message>
        <message>
            <location filename="../../desktop/views/board_timeline.py" line="246" />
            <source>Week {0}: {1}</source>
            <translation>第 {0} 周：{1}</translation>
        </message>
    </context>
</TS>
