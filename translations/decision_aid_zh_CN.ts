<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>(licence file not found: %1)</source>
        <translation>（未找到许可文件：%1）</translation>
    </message>
    <message>
        <source>About the SCS decision aid</source>
        <translation>关于脊髓电刺激（SCS）决策辅助工具</translation>
    </message>
    <message>
        <source>Spinal cord stimulation decision aid</source>
        <translation>脊髓电刺激（SCS）决策辅助工具</translation>
    </message>
    <message>
        <source>App version %1 (Qt %2)</source>
        <translation>程序版本 %1（Qt %2）</translation>
    </message>
    <message>
        <source>Content version %1, updated %2, content hash %3</source>
        <translation>内容版本 %1，更新于 %2，内容哈希 %3</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>预期用途</translation>
    </message>
    <message>
        <source>Decision support for clinicians (pain physicians, neurosurgeons, rehabilitation doctors) assessing whether a patient may be a candidate for spinal cord stimulation. It shows the criteria, the evidence and what is still missing. It is not a substitute for the judgement of a multidisciplinary team, and it must not be used to make decisions without one.</source>
        <translation>供临床医师（疼痛科、神经外科、康复科医师）评估患者是否可能适合脊髓电刺激（SCS）的决策辅助工具。它列出各项标准、相关证据以及尚缺的信息。它不能替代多学科团队（MDT）的临床判断，也不得在没有多学科团队参与的情况下用于作出决定。</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Chinese text uses WenQuanYi Micro Hei (Apache License %1, or GPL %2 or later with the font exception); Latin text uses DejaVu Sans (Bitstream Vera licence). Their licences are on the next tab.</source>
        <translation>中文使用文泉驿微米黑字体（Apache License %1，或附字体例外条款的 GPL %2 及以上版本）；西文使用 DejaVu Sans 字体（Bitstream Vera 许可）。许可全文见下一个标签页。</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Font licences</source>
        <translation>字体许可(&amp;F)</translation>
    </message>
    <message>
        <source>Font licences</source>
        <translation>字体许可</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>the autosave folder cannot be made (%1)</source>
        <translation>无法创建自动保存文件夹（%1）</translation>
    </message>
    <message>
        <source>the autosave folder cannot be locked</source>
        <translation>无法锁定自动保存文件夹</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Hide details</source>
        <translation>隐藏详情</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详情</translation>
    </message>
</context>
<context>
    <name>CrpsPage</name>
    <message>
        <source>CRPS: Budapest criteria</source>
        <translation>CRPS：布达佩斯诊断标准</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Clinician evidence summary</source>
        <translation>临床医生证据摘要</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>患者宣教资料</translation>
    </message>
    <message>
        <source>English and Chinese</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language of the document</source>
        <translation>文档语言(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>纸张(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>The assessment changed: the preview is out of date.</source>
        <translation>评估已更改：预览已过期。</translation>
    </message>
    <message>
        <source>Choose the document, then press Preview to see it here.</source>
        <translation>请选择文档，然后点击“预览”在此处查看。</translation>
    </message>
    <message>
        <source>Making the document…</source>
        <translation>正在生成文档…</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation>无法生成文档：%1</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>文档预览</translation>
    </message>
    <message>
        <source>Patient: %1 · Verdict: %2 · Made at %3</source>
        <translation>患者：%1 · 结论：%2 · 生成于 %3</translation>
    </message>
    <message>
        <source>SCS decision aid: %1</source>
        <translation>SCS 决策辅助：%1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>未打印任何内容。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>无法保存 PDF。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ExampleBanner</name>
    <message>
        <source>Example assessment: invented data for learning the decision aid, not a real patient. Use Save As to keep a copy; the example itself is never changed.</source>
        <translation>示例评估：为学习本决策辅助工具而虚构的数据，并非真实患者。如需保留副本，请使用“另存为”；示例本身不会被更改。</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Assessment files (*.json);;All files (*)</source>
        <translation>评估文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Untitled assessment</source>
        <translation>未命名评估</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>打开评估</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>The file was not found. Your current work is unchanged.</source>
        <translation>未找到该文件。当前工作未受影响。</translation>
    </message>
    <message>
        <source>This file is not a valid assessment. Your current work is unchanged.</source>
        <translation>该文件不是有效的评估文件。当前工作未受影响。</translation>
    </message>
    <message>
        <source>%1: the file was not found.</source>
        <translation>%1：找不到该文件。</translation>
    </message>
    <message>
        <source>%1: you do not have permission to read this file.</source>
        <translation>%1：您没有读取该文件的权限。</translation>
    </message>
    <message>
        <source>%1: the file cannot be read.</source>
        <translation>%1：无法读取该文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an assessment file.</source>
        <translation>%1 是文件夹，不是评估文件。</translation>
    </message>
    <message>
        <source>%1 is too large to be an assessment file.</source>
        <translation>%1 过大，不是评估文件。</translation>
    </message>
    <message>
        <source>%1 is not an assessment file (it holds binary data).</source>
        <translation>%1 不是评估文件（其中为二进制数据）。</translation>
    </message>
    <message>
        <source>%1 is not an assessment file (its text encoding is not readable).</source>
        <translation>%1 不是评估文件（无法识别其文本编码）。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is damaged or not an assessment file (it is not valid JSON).</source>
        <translation>%1 已损坏或不是评估文件（不是有效的 JSON）。</translation>
    </message>
    <message>
        <source>%1 is not an assessment file (no assessment object in it).</source>
        <translation>%1 不是评估文件（其中没有评估内容）。</translation>
    </message>
    <message>
        <source>%1 has no schema version, so it is not an assessment file.</source>
        <translation>%1 没有格式版本号，因此不是评估文件。</translation>
    </message>
    <message>
        <source>%1 was written in a format this version of the program cannot read.</source>
        <translation>%1 的文件格式是本版本程序无法读取的。</translation>
    </message>
    <message>
        <source>%1: the answer to “%2” is not valid.</source>
        <translation>%1：“%2”的回答无效。</translation>
    </message>
    <message>
        <source>Save assessment as</source>
        <translation>评估另存为</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>“%1” is read-only, so it is not overwritten.</source>
        <translation>“%1”为只读文件，因此不会被覆盖。</translation>
    </message>
    <message>
        <source>The assessment was not saved.</source>
        <translation>评估未保存。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide and shortcuts</source>
        <translation>用户指南与快捷键</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User &amp;guide and shortcuts</source>
        <translation>用户指南与快捷键(&amp;G)</translation>
    </message>
    <message>
        <source>Help on this &amp;question</source>
        <translation>本问题的帮助(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message>
        <source>SCS decision aid</source>
        <translation>SCS 决策辅助工具</translation>
    </message>
    <message>
        <source>Autosave is not working: %1. Your latest changes are not autosaved; the decision aid keeps trying. Save your work to a file to be safe.</source>
        <translation>自动保存失败：%1。您最近的更改尚未自动保存；决策辅助工具会继续重试。为安全起见，请将工作保存到文件。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>打开示例(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>新建评估(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>文档(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>评估结果(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;unanswered question</source>
        <translation>下一个未回答的问题(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About the decision aid</source>
        <translation>关于本决策辅助工具(&amp;A)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Switch the language to %1</source>
        <translation>将界面语言切换为%1</translation>
    </message>
</context>
<context>
    <name>MissingView</name>
    <message>
        <source>Other answers</source>
        <translation>其他回答</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>前往该问题</translation>
    </message>
    <message>
        <source>What&apos;s missing (%1)</source>
        <translation>缺失信息（%1 项）</translation>
    </message>
    <message>
        <source>Click an item to answer it.</source>
        <translation>点击条目即可前往作答。</translation>
    </message>
</context>
<context>
    <name>PainPage</name>
    <message>
        <source>Pain and DN4</source>
        <translation>疼痛与 DN4</translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <source>Patient and indication</source>
        <translation>患者与适应证</translation>
    </message>
    <message>
        <source>Record a pseudonymous ID your clinic can map back to the patient, not the patient&apos;s name.</source>
        <translation>请记录本机构可追溯到患者的匿名编号，不要填写患者姓名。</translation>
    </message>
</context>
<context>
    <name>PspsPage</name>
    <message>
        <source>FBSS / PSPS-T2: surgery and pain pattern</source>
        <translation>FBSS/PSPS-T2：手术史与疼痛分布</translation>
    </message>
    <message>
        <source>FBSS / PSPS-T2</source>
        <translation>FBSS/PSPS-T2</translation>
    </message>
</context>
<context>
    <name>PsychosocialPage</name>
    <message>
        <source>Psychosocial screen</source>
        <translation>心理社会筛查</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Not recorded: this answer is not valid.</source>
        <translation>未记录：该答案无效。</translation>
    </message>
    <message>
        <source>Click the question or press %1 for this help.</source>
        <translation>点击问题或按 %1 可查看此帮助。</translation>
    </message>
</context>
<context>
    <name>ReasonCard</name>
    <message>
        <source>Threshold: %1</source>
        <translation>判定标准：%1</translation>
    </message>
    <message>
        <source>Inputs read:</source>
        <translation>依据的输入：</translation>
    </message>
    <message>
        <source>Show all %1 inputs</source>
        <translation>显示全部 %1 项输入</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>ReasonsView</name>
    <message>
        <source>Red flags</source>
        <translation>红旗征</translation>
    </message>
    <message>
        <source>Not met or present</source>
        <translation>不符合或存在</translation>
    </message>
    <message>
        <source>Outstanding: not recorded</source>
        <translation>待补充：未记录</translation>
    </message>
    <message>
        <source>Cautions: discuss at MDT</source>
        <translation>需注意：提交多学科团队（MDT）讨论</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Met criteria and absent hazards</source>
        <translation>已符合的标准与不存在的风险</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Print the results</source>
        <translation>打印评估结果</translation>
    </message>
    <message>
        <source>App %1 · content %2 (%3)</source>
        <translation>程序 %1 · 内容 %2（%3）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Reasons, what needs attention first</source>
        <translation>依据（需要处理的在前）</translation>
    </message>
    <message>
        <source>&amp;Copy for the record</source>
        <translation>复制到病历(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the verdict, the reasons and the next step as plain text</source>
        <translation>将结论、依据和下一步以纯文本复制</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>文档(&amp;D)…</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>缺失信息</translation>
    </message>
</context>
<context>
    <name>RuleStatus</name>
    <message>
        <source>Threshold: %1</source>
        <translation>判定标准：%1</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Safety, contraindications and red flags</source>
        <translation>安全性：禁忌证与红旗征</translation>
    </message>
    <message>
        <source>Safety and red flags</source>
        <translation>安全性与红旗征</translation>
    </message>
</context>
<context>
    <name>SciPage</name>
    <message>
        <source>SCI: injury and pain type</source>
        <translation>脊髓损伤（SCI）：损伤与疼痛分型</translation>
    </message>
    <message>
        <source>SCI: injury and pain</source>
        <translation>SCI：损伤与疼痛</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>%v of %m answered</source>
        <translation>已回答 %v/%m</translation>
    </message>
    <message>
        <source>Based on %1 of %2 answers</source>
        <translation>依据 %2 项中已回答的 %1 项</translation>
    </message>
    <message>
        <source>Missing information: %1 items</source>
        <translation>缺失信息：%1 项</translation>
    </message>
    <message>
        <source>No information missing</source>
        <translation>无缺失信息</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>步骤(&amp;S)</translation>
    </message>
    <message>
        <source>Live verdict</source>
        <translation>实时结论</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Show &amp;results</source>
        <translation>查看评估结果(&amp;R)</translation>
    </message>
    <message>
        <source>Next &amp;unanswered</source>
        <translation>下一个未回答(&amp;U)</translation>
    </message>
    <message>
        <source>Go to the next question the verdict still needs (%1)</source>
        <translation>前往结论仍需要的下一个问题（%1）</translation>
    </message>
    <message>
        <source>Show what is missing on the results page</source>
        <translation>在评估结果页查看缺失信息</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Spinal cord stimulation decision aid</source>
        <translation>脊髓电刺激（SCS）决策辅助工具</translation>
    </message>
    <message>
        <source>Decision support for clinicians assessing whether spinal cord stimulation (SCS) may suit a patient with chronic neuropathic pain. It does not replace multidisciplinary clinical judgement.</source>
        <translation>供临床医师评估慢性神经病理性疼痛患者是否可能适合脊髓电刺激（SCS）的决策辅助工具。它不能替代多学科团队（MDT）的临床判断。</translation>
    </message>
    <message>
        <source>&amp;Continue the current assessment</source>
        <translation>继续当前评估(&amp;C)</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>打开评估</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近的文件(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>暂无最近的文件。</translation>
    </message>
    <message>
        <source>Example cases</source>
        <translation>示例病例</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
</context>
<context>
    <name>TreatmentPage</name>
    <message>
        <source>Treatment history and MDT</source>
        <translation>既往治疗与多学科团队（MDT）评估</translation>
    </message>
    <message>
        <source>Treatment and MDT</source>
        <translation>既往治疗与 MDT</translation>
    </message>
</context>
<context>
    <name>TrialPage</name>
    <message>
        <source>Trial outcome</source>
        <translation>试验性刺激（测试期）结果</translation>
    </message>
</context>
<context>
    <name>WizardView</name>
    <message>
        <source>See &amp;results →</source>
        <translation>查看评估结果(&amp;R) →</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>下一步(&amp;N) →</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 上一步(&amp;B)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>关闭“%1”前是否保存更改？</translation>
    </message>
    <message>
        <source>If you do not save, your changes will be lost.</source>
        <translation>如不保存，所做的更改将会丢失。</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Autosaved work from an earlier session could not be read, so it cannot be recovered. It was kept, not deleted:</source>
        <translation>上次会话自动保存的内容无法读取，因此无法恢复。这些文件已保留，未被删除：</translation>
    </message>
    <message>
        <source>An autosaved assessment was written by a newer version of the decision aid (format %1); this version cannot read it. It was kept, not deleted.</source>
        <translation>有一份自动保存的评估由较新版本的决策辅助工具写入（格式 %1），本版本无法读取。该文件已保留，未被删除。</translation>
    </message>
    <message>
        <source>Open it with the newer version: %1</source>
        <translation>请用较新版本打开：%1</translation>
    </message>
    <message>
        <source>The decision aid did not close normally. Recover the assessment “%1” autosaved at %2?</source>
        <translation>决策辅助工具上次未正常关闭。是否恢复于 %2 自动保存的评估“%1”？</translation>
    </message>
    <message>
        <source>If you choose No, the autosaved copy is deleted.</source>
        <translation>如选择“否”，自动保存的副本将被删除。</translation>
    </message>
    <message>
        <source>Something went wrong inside the decision aid. Autosave is not working at the moment, so your latest answers are not autosaved: save your work now, then restart the program.</source>
        <translation>决策辅助工具内部出现错误。自动保存目前无法工作，您最近的答案尚未自动保存：请立即保存工作，然后重新启动程序。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上被更改</translation>
    </message>
    <message>
        <source>“%1” was changed by another program (or another window) since you opened or saved it here. Saving now would overwrite those changes.</source>
        <translation>自您在此打开或保存“%1”以来，它已被其他程序（或其他窗口）更改。现在保存将覆盖这些更改。</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reload from disk</source>
        <translation>从磁盘重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <source>“%1” is read-only, so it is not overwritten. Save under another name?</source>
        <translation>“%1”为只读文件，因此不会被覆盖。是否以其他名称保存？</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>未找到文件</translation>
    </message>
    <message>
        <source>File not found: %1. Remove it from the list of recent files?</source>
        <translation>未找到文件：%1。是否将其从最近文件列表中移除？</translation>
    </message>
    <message>
        <source>Something went wrong inside the decision aid. Your answers are autosaved; save your work and restart the program.</source>
        <translation>决策辅助工具内部出现错误。您的答案已自动保存；请保存工作并重新启动程序。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t save</source>
        <translation>不保存(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>A technical log (no patient data) was written to: %1</source>
        <translation>技术日志（不含患者数据）已写入：%1</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2, or leave empty if unknown.</source>
        <translation>请输入 %1～%2 之间的数值；如未知请留空。</translation>
    </message>
    <message>
        <source>= %1 mm</source>
        <translation>= %1 mm</translation>
    </message>
    <message>
        <source>Choose the scale first: VAS (%1–%2 mm) or NRS (%1–%3).</source>
        <translation>请先选择量表：视觉模拟评分（VAS，%1～%2 mm）或数字评分法（NRS，%1～%3）。</translation>
    </message>
    <message>
        <source>A VAS of %1 mm is very low. Did you mean NRS %1/%2?</source>
        <translation>VAS %1 mm 非常低。您是否指的是 NRS %1/%2？</translation>
    </message>
    <message>
        <source>Yes, NRS %1/%2</source>
        <translation>是，NRS %1/%2</translation>
    </message>
    <message>
        <source>No, VAS %1 mm</source>
        <translation>否，VAS %1 mm</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>量表</translation>
    </message>
</context>
</TS>
