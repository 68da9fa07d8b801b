<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign %1</source>
        <translation>分派 %1</translation>
    </message>
    <message>
        <source>Choose at least two officers.</source>
        <translation>请至少选择两名执法人员。</translation>
    </message>
    <message numerus="yes">
        <source>Assign to %n officer(s)</source>
        <translation>
            <numerusform>分派给 %n 名执法人员</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CapturePageHeader</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>DeskBase</name>
    <message>
        <source>The server cannot be reached. This list needs the network; try again when online.</source>
        <translation>无法连接服务器。此列表需要网络，请联网后重试。</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>Not allowed for this account: %1</source>
        <translation>本账号无权操作：%1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
    <message>
        <source>The server could not answer: %1</source>
        <translation>服务器无法应答：%1</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>现场检查</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查取证</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>案件审查</translation>
    </message>
    <message>
        <source>Party notified</source>
        <translation>已告知</translation>
    </message>
    <message>
        <source>Statement and hearing</source>
        <translation>陈述申辩/听证</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法制审核</translation>
    </message>
    <message>
        <source>Collective discussion</source>
        <translation>集体讨论</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <source>Hearing request</source>
        <translation>听证申请</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴纳罚款</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>撤回公示</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Credit repair verification</source>
        <translation>信用修复核查</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>the record id is not a UUID</source>
        <translation>笔录编号无效</translation>
    </message>
    <message>
        <source>the record belongs to no case</source>
        <translation>笔录未关联案件</translation>
    </message>
    <message>
        <source>the inspection must have a start time and end no earlier than it starts</source>
        <translation>检查须有开始时间，且结束时间不得早于开始时间</translation>
    </message>
    <message>
        <source>the place is missing</source>
        <translation>未填写检查地点</translation>
    </message>
    <message>
        <source>at least two different officers must take part</source>
        <translation>至少须有两名不同的执法人员参加</translation>
    </message>
    <message>
        <source>the officer has no enforcement certificate number</source>
        <translation>该执法人员没有执法证号</translation>
    </message>
    <message>
        <source>the officer has not signed</source>
        <translation>该执法人员尚未签名</translation>
    </message>
    <message>
        <source>the party is missing</source>
        <translation>未填写被检查单位</translation>
    </message>
    <message>
        <source>the officers must show their credentials</source>
        <translation>执法人员须出示执法证件</translation>
    </message>
    <message>
        <source>the recusal right and the duty to cooperate must be explained</source>
        <translation>须告知申请回避的权利和配合检查的义务</translation>
    </message>
    <message>
        <source>the findings are empty</source>
        <translation>未填写检查情况</translation>
    </message>
    <message>
        <source>the evidence id is malformed</source>
        <translation>证据标识无效</translation>
    </message>
    <message>
        <source>note why the party did not sign</source>
        <translation>请注明当事人未签字的原因</translation>
    </message>
    <message>
        <source>a witness must be named and sign when the party does not</source>
        <translation>当事人未签字时须有见证人签名</translation>
    </message>
    <message>
        <source>name the person present for the party</source>
        <translation>请填写当事人现场负责人</translation>
    </message>
    <message>
        <source>the party has not signed</source>
        <translation>当事人尚未签字</translation>
    </message>
    <message>
        <source>a correction must give its reason</source>
        <translation>更正须说明理由</translation>
    </message>
    <message>
        <source>the reading id is not a UUID</source>
        <translation>读数记录编号无效</translation>
    </message>
    <message>
        <source>the reading belongs to no case</source>
        <translation>读数记录未关联案件</translation>
    </message>
    <message>
        <source>the reading has no time</source>
        <translation>读数记录没有时间</translation>
    </message>
    <message>
        <source>the session ends before it starts</source>
        <translation>观测结束时间早于开始时间</translation>
    </message>
    <message>
        <source>the distance to the stack is out of range</source>
        <translation>与烟囱的距离超出范围</translation>
    </message>
    <message>
        <source>the bearing must be 0-360 degrees</source>
        <translation>方位角须在 0-360 度之间</translation>
    </message>
    <message>
        <source>the wind speed is out of range</source>
        <translation>风速超出范围</translation>
    </message>
    <message>
        <source>noise levels must be 0-160 dB(A)</source>
        <translation>噪声值须在 0-160 dB(A) 之间</translation>
    </message>
    <message>
        <source>Lmax must be 0-160 dB(A)</source>
        <translation>最大声级须在 0-160 dB(A) 之间</translation>
    </message>
    <message>
        <source>calibration values must be 80-130 dB</source>
        <translation>校准值须在 80-130 dB 之间</translation>
    </message>
    <message>
        <source>the meter class is 1 or 2</source>
        <translation>仪器等级须为 1 级或 2 级</translation>
    </message>
    <message>
        <source>the zone class is 0-4</source>
        <translation>声环境功能区类别须为 0-4</translation>
    </message>
    <message>
        <source>name the meter and its serial</source>
        <translation>请填写仪器型号和编号</translation>
    </message>
    <message>
        <source>describe the measurement point</source>
        <translation>请描述测点位置</translation>
    </message>
    <message>
        <source>the measurement has no time</source>
        <translation>测量没有时间</translation>
    </message>
    <message>
        <source>No valid readings yet.</source>
        <translation>尚无有效读数。</translation>
    </message>
    <message>
        <source>%1 min %2 s observed of the 30 min HJ/T 398-2007 requires.</source>
        <translation>已观测 %1 分 %2 秒，HJ/T 398-2007 要求至少 30 分钟。</translation>
    </message>
    <message>
        <source>Rule 1: a reading of grade 5.</source>
        <translation>规则 1：出现 5 级读数。</translation>
    </message>
    <message>
        <source>Rule %1: %2 s at grade %3 or above, more than 2 minutes.</source>
        <translation>规则 %1：%3 级及以上累计 %2 秒，超过 2 分钟。</translation>
    </message>
    <message>
        <source>Rule 6: %1 s below grade 1, more than 28 minutes.</source>
        <translation>规则 6：低于 1 级累计 %1 秒，超过 28 分钟。</translation>
    </message>
    <message>
        <source>No rule holds: exactly 2 minutes at grade 1 or above; reported as &lt; 1.</source>
        <translation>无规则适用：1 级及以上恰为 2 分钟，按小于 1 级报告。</translation>
    </message>
    <message>
        <source>Boundary case: the reviewer must check it.</source>
        <translation>临界情形：须由审核人员核查。</translation>
    </message>
    <message>
        <source>Overcast sky recorded (readings not adjusted).</source>
        <translation>已记录阴天（读数未调整）。</translation>
    </message>
    <message>
        <source>a value is not a possible reading; correct it</source>
        <translation>有数值不可能是实测值，请更正</translation>
    </message>
    <message>
        <source>the calibrations before and after differ by more than 0.5 dB; calibrate and measure again</source>
        <translation>测量前后校准值相差超过 0.5 dB，请重新校准后复测</translation>
    </message>
    <message>
        <source>below 35 dB(A) a class 1 meter is required; measure again with one</source>
        <translation>低于 35 dB(A) 须使用 1 级仪器，请用 1 级仪器复测</translation>
    </message>
    <message>
        <source>the level is less than 3 dB above the background; reduce the background and measure again</source>
        <translation>测量值与背景值相差不足 3 dB，请降低背景噪声后复测</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Stage: %1 · officers: %2</source>
        <translation>环节：%1 · 执法人员：%2</translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation>拟作出的处罚决定</translation>
    </message>
    <message>
        <source>No decision proposed yet.</source>
        <translation>尚未提出拟处罚决定。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>违法事实</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违法类型</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处罚内容</translation>
    </message>
    <message>
        <source>criminal referral</source>
        <translation>移送司法机关</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>asked for a hearing</source>
        <translation>已申请听证</translation>
    </message>
    <message>
        <source>Evidence: %1 of %2 verified</source>
        <translation>证据：%2 项中 %1 项校验通过</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Procedure so far</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>This case is not waiting for legal review.</source>
        <translation>该案件不在法制审核环节。</translation>
    </message>
    <message>
        <source>Opinion, or the problems to fix</source>
        <translation>审核意见或需整改的问题</translation>
    </message>
    <message>
        <source>Write the problems when returning the case</source>
        <translation>退回时请写明存在的问题</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return with problems</source>
        <translation>退回补正</translation>
    </message>
</context>
<context>
    <name>EvidenceDelegate</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Ringelmann</source>
        <translation>林格曼黑度</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>笔录</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>服务器拒收：%1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>已上传服务器</translation>
    </message>
    <message>
        <source>Record synced, file not yet uploaded</source>
        <translation>记录已同步，文件尚未上传</translation>
    </message>
    <message>
        <source>SHA-256 verified</source>
        <translation>SHA-256 校验通过</translation>
    </message>
    <message>
        <source>SHA-256 does not match: the file is not the one recorded</source>
        <translation>SHA-256 不符：文件与登记的不一致</translation>
    </message>
    <message>
        <source>File not on the server yet</source>
        <translation>文件尚未上传服务器</translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>no GNSS fix</source>
        <translation>无定位</translation>
    </message>
    <message>
        <source>poor accuracy</source>
        <translation>定位精度不足</translation>
    </message>
    <message>
        <source>outside the site (%1 m)</source>
        <translation>位于厂区范围外（%1 米）</translation>
    </message>
    <message>
        <source>replayed position</source>
        <translation>回放定位</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>corrected %1 dB(A), limit %2 dB(A)%3</source>
        <translation>修正后 %1 dB(A)，限值 %2 dB(A)%3</translation>
    </message>
    <message>
        <source>, exceeds</source>
        <translation>，超标</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Noise at %1</source>
        <translation>噪声测点：%1</translation>
    </message>
    <message>
        <source>Ringelmann observation %1</source>
        <translation>林格曼黑度观测 %1</translation>
    </message>
    <message>
        <source>grade &lt; 1</source>
        <translation>小于 1 级</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message numerus="yes">
        <source>incomplete, %n reading(s)</source>
        <translation>
            <numerusform>未完成，%n 个读数</numerusform>
        </translation>
    </message>
    <message>
        <source>On-site inspection record</source>
        <translation>现场检查笔录</translation>
    </message>
</context>
<context>
    <name>EvidenceRecorder</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB.</source>
        <translation>文件超过 64 MB。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>There is no image.</source>
        <translation>没有图像。</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>本机没有该案件。</translation>
    </message>
    <message>
        <source>The signature is empty.</source>
        <translation>签名为空。</translation>
    </message>
    <message>
        <source>The signature could not be encoded.</source>
        <translation>签名无法保存。</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>%1 的签名</translation>
    </message>
    <message>
        <source>Stamping and tagging the photo…</source>
        <translation>正在加盖水印并写入照片信息…</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>正在读取图片…</translation>
    </message>
    <message>
        <source>Saving the evidence…</source>
        <translation>正在保存证据…</translation>
    </message>
</context>
<context>
    <name>HighContrastButton</name>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>InspectionRecordForm</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>本机没有该案件。</translation>
    </message>
    <message>
        <source>The record is not complete: %1</source>
        <translation>笔录不完整：%1</translation>
    </message>
    <message>
        <source>Save the record first.</source>
        <translation>请先保存笔录。</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Laying out the PDF…</source>
        <translation>正在排版 PDF…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be laid out.</source>
        <translation>PDF 无法排版。</translation>
    </message>
    <message>
        <source>The draft could not be read: %1</source>
        <translation>草稿无法读取：%1</translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation>草稿无法保存：%1</translation>
    </message>
    <message>
        <source>Saved. The draft could not be removed: %1</source>
        <translation>已保存，但草稿无法删除：%1</translation>
    </message>
</context>
<context>
    <name>InspectionRecordPage</name>
    <message>
        <source>On-site inspection record</source>
        <translation>现场检查笔录</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Party: %1</source>
        <translation>被检查单位：%1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>检查地点</translation>
    </message>
    <message>
        <source>The officers showed their enforcement certificates</source>
        <translation>执法人员已出示执法证件</translation>
    </message>
    <message>
        <source>The right to ask for recusal and the duty to cooperate were explained</source>
        <translation>已告知申请回避的权利和配合检查的义务</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>%1 (certificate %2)</source>
        <translation>%1（执法证号 %2）</translation>
    </message>
    <message>
        <source>Signed ✓</source>
        <translation>已签名 ✓</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The party refuses to sign or is absent</source>
        <translation>当事人拒绝签字或不在场</translation>
    </message>
    <message>
        <source>Person present for the party</source>
        <translation>当事人现场负责人</translation>
    </message>
    <message>
        <source>Their position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Party signs</source>
        <translation>当事人签字</translation>
    </message>
    <message>
        <source>Why the party does not sign</source>
        <translation>未签字原因</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证人</translation>
    </message>
    <message>
        <source>Witness signs</source>
        <translation>见证人签名</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>尚缺：</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>保存笔录</translation>
    </message>
    <message>
        <source>Saved. The exported PDF is not encrypted: keep it safe.</source>
        <translation>已保存。导出的 PDF 未加密，请妥善保管。</translation>
    </message>
    <message>
        <source>Export PDF for printing</source>
        <translation>导出 PDF 打印</translation>
    </message>
    <message>
        <source>PDF saved to %1. It is not encrypted: keep it safe.</source>
        <translation>PDF 已保存到 %1。该文件未加密，请妥善保管。</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>The device storage is full. Free some space; nothing was saved.</source>
        <translation>设备存储空间已满。请清理空间；本次内容未保存。</translation>
    </message>
    <message>
        <source>The local store is damaged. Contact the administrator.</source>
        <translation>本机数据库已损坏，请联系管理员。</translation>
    </message>
    <message>
        <source>The local store cannot be written. Nothing was saved.</source>
        <translation>本机数据库无法写入，本次内容未保存。</translation>
    </message>
    <message>
        <source>The local store failed (%1). Nothing was saved.</source>
        <translation>本机数据库出错（%1），本次内容未保存。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldCase</source>
        <translation>移动执法</translation>
    </message>
</context>
<context>
    <name>NoiseForm</name>
    <message>
        <source>Invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>%1 limit %2 dB(A); corrected Leq %3 dB(A) (correction %4)</source>
        <translation>%1限值 %2 dB(A)；修正后 Leq %3 dB(A)（修正值 %4）</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜间</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>昼间</translation>
    </message>
    <message>
        <source>, exceeds by %1 dB</source>
        <translation>，超标 %1 dB</translation>
    </message>
    <message>
        <source>, within the limit</source>
        <translation>，未超标</translation>
    </message>
    <message>
        <source>; Lmax exceeds its limit %1 dB(A) by %2 dB</source>
        <translation>；最大声级超过其限值 %1 dB(A) %2 dB</translation>
    </message>
    <message>
        <source>; Lmax within its limit %1 dB(A)</source>
        <translation>；最大声级未超过其限值 %1 dB(A)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sound level.</source>
        <translation>“%1”不是声级值。</translation>
    </message>
    <message>
        <source>The draft could not be stored or read: %1</source>
        <translation>草稿无法保存或读取：%1</translation>
    </message>
</context>
<context>
    <name>NoisePage</name>
    <message>
        <source>Boundary noise measurement</source>
        <translation>厂界噪声测量</translation>
    </message>
    <message>
        <source>Meter model</source>
        <translation>仪器型号</translation>
    </message>
    <message>
        <source>Meter serial</source>
        <translation>仪器编号</translation>
    </message>
    <message>
        <source>Meter class</source>
        <translation>仪器等级</translation>
    </message>
    <message>
        <source>Class 1</source>
        <translation>1 级</translation>
    </message>
    <message>
        <source>Class 2</source>
        <translation>2 级</translation>
    </message>
    <message>
        <source>Calibration before (dB)</source>
        <translation>测前校准 (dB)</translation>
    </message>
    <message>
        <source>Calibration after (dB)</source>
        <translation>测后校准 (dB)</translation>
    </message>
    <message>
        <source>Measurement point</source>
        <translation>测点</translation>
    </message>
    <message>
        <source>e.g. 1 m outside the east fence, 1.2 m high</source>
        <translation>例：东厂界外 1 米，高 1.2 米</translation>
    </message>
    <message>
        <source>Zone class (GB 12348)</source>
        <translation>功能区类别 (GB 12348)</translation>
    </message>
    <message>
        <source>Measured indoors (boundary within 1 m of a sensitive building)</source>
        <translation>室内测量（厂界距敏感建筑物不足 1 米）</translation>
    </message>
    <message>
        <source>Measured Leq dB(A)</source>
        <translation>测量值 Leq dB(A)</translation>
    </message>
    <message>
        <source>or samples</source>
        <translation>或逐次读数</translation>
    </message>
    <message>
        <source>equal-length levels, e.g. 65.2 66.0 64.8</source>
        <translation>等时长读数，例：65.2 66.0 64.8</translation>
    </message>
    <message>
        <source>Background Leq dB(A)</source>
        <translation>背景值 Leq dB(A)</translation>
    </message>
    <message>
        <source>Night Lmax dB(A)</source>
        <translation>夜间最大声级 dB(A)</translation>
    </message>
    <message>
        <source>empty if none</source>
        <translation>无则留空</translation>
    </message>
    <message>
        <source>Sporadic noise (otherwise frequent)</source>
        <translation>偶发噪声（否则为频发）</translation>
    </message>
    <message>
        <source>Save measurement</source>
        <translation>保存测量</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>服务器拒收：%1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待上传</translation>
    </message>
</context>
<context>
    <name>NoteRecorder</name>
    <message>
        <source>The note is empty.</source>
        <translation>记录内容为空。</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>记录超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>本机没有该案件。</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <source>Photo evidence</source>
        <translation>照片取证</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>照片内容说明</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Import image file</source>
        <translation>导入图片文件</translation>
    </message>
</context>
<context>
    <name>PhotoProcessor</name>
    <message>
        <source>The file is empty or larger than 64 MB.</source>
        <translation>文件为空或超过 64 MB。</translation>
    </message>
    <message>
        <source>The file is not an image that can be read (%1).</source>
        <translation>该文件不是可读取的图片（%1）。</translation>
    </message>
    <message>
        <source>No GNSS fix</source>
        <translation>无定位</translation>
    </message>
    <message>
        <source>There is no image.</source>
        <translation>没有图像。</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>图像无法编码。</translation>
    </message>
    <message>
        <source>The photo metadata could not be written: %1</source>
        <translation>无法写入照片元数据：%1</translation>
    </message>
</context>
<context>
    <name>PositionStatus</name>
    <message>
        <source>No position source on this device: records are flagged &quot;no fix&quot;.</source>
        <translation>本机没有定位来源：记录将标注“无定位”。</translation>
    </message>
    <message>
        <source>Waiting for a GNSS fix…</source>
        <translation>正在等待卫星定位…</translation>
    </message>
    <message>
        <source>Fix: %1, %2 (±%3 m, %4 satellites)%5</source>
        <translation>定位：%1，%2（±%3 米，%4 颗卫星）%5</translation>
    </message>
    <message>
        <source> · replayed</source>
        <translation> · 回放</translation>
    </message>
</context>
<context>
    <name>ReadingSaver</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>The reading cannot be saved: %1</source>
        <translation>读数无法保存：%1</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>本机没有该案件。</translation>
    </message>
</context>
<context>
    <name>ReviewDesk</name>
    <message>
        <source>Fine of %1 yuan</source>
        <translation>罚款 %1 元</translation>
    </message>
    <message>
        <source>No fine</source>
        <translation>不罚款</translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>A natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>同意</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Legal review</source>
        <translation>法制审核</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>正在读取待审案件…</translation>
    </message>
    <message>
        <source>No case is waiting for legal review.</source>
        <translation>没有待法制审核的案件。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
</context>
<context>
    <name>RingelmannPage</name>
    <message>
        <source>Ringelmann smoke observation</source>
        <translation>林格曼黑度观测</translation>
    </message>
    <message>
        <source>Conditions (HJ/T 398-2007)</source>
        <translation>观测条件（HJ/T 398-2007）</translation>
    </message>
    <message>
        <source>Daylight</source>
        <translation>白天</translation>
    </message>
    <message>
        <source>Sun beside or behind the observer</source>
        <translation>太阳位于观测者侧面或背后</translation>
    </message>
    <message>
        <source>No dark background behind the plume</source>
        <translation>烟羽背景无深色物体</translation>
    </message>
    <message>
        <source>Plume free of steam</source>
        <translation>烟羽中无水汽</translation>
    </message>
    <message>
        <source>Line of sight at most 45° up</source>
        <translation>观测仰角不大于 45°</translation>
    </message>
    <message>
        <source>Wind at most 4.5 m/s</source>
        <translation>风速不大于 4.5 米/秒</translation>
    </message>
    <message>
        <source>No rain or fog</source>
        <translation>无雨雾</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>烟囱</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>距离（米）</translation>
    </message>
    <message>
        <source>Bearing (°)</source>
        <translation>方位（°）</translation>
    </message>
    <message>
        <source>Sky</source>
        <translation>天空状况</translation>
    </message>
    <message>
        <source>Overcast (readings are taken as seen, not adjusted)</source>
        <translation>阴天（按所见读数，不作调整）</translation>
    </message>
    <message>
        <source>Reading every</source>
        <translation>读数间隔</translation>
    </message>
    <message>
        <source>15 s</source>
        <translation>15 秒</translation>
    </message>
    <message>
        <source>30 s (very steady source)</source>
        <translation>30 秒（排放非常稳定）</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 observed · %n reading(s) · next in %3 s</source>
        <translation>
            <numerusform>已观测 %1:%2 · %n 个读数 · %3 秒后下一次</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to start</source>
        <translation>可以开始</translation>
    </message>
    <message>
        <source>Confirm every condition before starting</source>
        <translation>开始前请确认全部观测条件</translation>
    </message>
    <message>
        <source>Start observation</source>
        <translation>开始观测</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>结束并保存</translation>
    </message>
</context>
<context>
    <name>RingelmannSession</name>
    <message numerus="yes">
        <source>Incomplete: %n reading(s), no legal grade before 30 minutes</source>
        <translation>
            <numerusform>未完成：%n 个读数，不足 30 分钟无法定级</numerusform>
        </translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>无级别</translation>
    </message>
    <message>
        <source>Ringelmann grade &lt; 1</source>
        <translation>林格曼黑度小于 1 级</translation>
    </message>
    <message>
        <source>Ringelmann grade %1</source>
        <translation>林格曼黑度 %1 级</translation>
    </message>
    <message>
        <source>Start the observation first.</source>
        <translation>请先开始观测。</translation>
    </message>
    <message>
        <source>Not a Ringelmann reading: %1</source>
        <translation>不是有效的林格曼读数：%1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Wrong password for the records kept on this device.</source>
        <translation>密码与本机保存的数据不符。</translation>
    </message>
    <message>
        <source>The local store is damaged. Contact the administrator.</source>
        <translation>本机数据库已损坏，请联系管理员。</translation>
    </message>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>无法打开本机数据库。</translation>
    </message>
    <message>
        <source>This device holds no records for %1 yet; the first sign-in needs a connection to the server.</source>
        <translation>本机尚无 %1 的数据；首次登录需要连接服务器。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>服务器拒绝登录：%1</translation>
    </message>
    <message>
        <source>The local store cannot be created.</source>
        <translation>无法创建本机数据库。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>FieldCase</source>
        <translation>移动执法</translation>
    </message>
    <message>
        <source>Field enforcement records</source>
        <translation>生态环境移动执法</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature of %1</source>
        <translation>%1 的签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Accept signature</source>
        <translation>确认签名</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>案情描述</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办结期限</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervision</source>
        <translation>执法监督</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>To act on (%1)</source>
        <translation>待处理（%1）</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Every open case has two officers and nothing is overdue.</source>
        <translation>所有在办案件均已有两名执法人员，且无逾期。</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Only %1: a case needs two officers</source>
        <translation>仅有 %1：案件须由两名执法人员办理</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>执法人员：%1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>No deadlines ahead.</source>
        <translation>近期没有到期事项。</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>No officers in this jurisdiction.</source>
        <translation>本辖区没有执法人员。</translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>在办 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicting edits.</source>
        <translation>没有冲突的修改。</translation>
    </message>
    <message>
        <source>%1 changed by %2 on a device while the server&apos;s changed too</source>
        <translation>%2 在设备上修改了%1，而服务器上该项也已变更</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>保留服务器的值</translation>
    </message>
    <message>
        <source>Take the device&apos;s</source>
        <translation>采用设备的值</translation>
    </message>
    <message>
        <source>No enterprise is on the blacklist.</source>
        <translation>黑名单上没有企业。</translation>
    </message>
    <message>
        <source>%1 (decision %2)</source>
        <translation>%1（决定书 %2）</translation>
    </message>
    <message>
        <source>Listed %1, until %2</source>
        <translation>%1 列入，至 %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline: the server cannot be reached. Records stay on this device and are sent when the network returns.</source>
        <translation>离线：无法连接服务器。记录保存在本机，网络恢复后自动上传。</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again to sync.</source>
        <translation>登录已过期，请重新登录后同步。</translation>
    </message>
    <message>
        <source>The server refused this account or device: %1</source>
        <translation>服务器拒绝此账号或设备：%1</translation>
    </message>
    <message>
        <source>The server refused the records: %1</source>
        <translation>服务器拒收数据：%1</translation>
    </message>
    <message>
        <source>Sync failed: %1. It will be retried.</source>
        <translation>同步失败：%1。稍后将自动重试。</translation>
    </message>
    <message>
        <source>Data arrived damaged and will be sent again.</source>
        <translation>数据传输中受损，将重新发送。</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项待上传</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>全部已上传</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Uploading file %1 of %2 · %3 of %4 MB</source>
        <translation>正在上传第 %1/%2 个文件 · %3/%4 MB</translation>
    </message>
    <message>
        <source>Sending %1 of %2 records</source>
        <translation>正在发送 %1/%2 条记录</translation>
    </message>
    <message>
        <source>Receiving: %1 changes</source>
        <translation>正在接收：%1 项更新</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <source>Due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>执法人员：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not yet sent</source>
        <translation>
            <numerusform>%n 条记录未上传</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 away</source>
        <translation>距离 %1</translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <source>Due %1  ·  Officers: %2</source>
        <translation>期限 %1  ·  执法人员：%2</translation>
    </message>
    <message>
        <source>Write an inspection note…</source>
        <translation>填写检查记录…</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Ringelmann</source>
        <translation>林格曼黑度</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Inspection record</source>
        <translation>现场检查笔录</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>证据（%1）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>记录（%1）</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>No tasks on this device yet. Sync to fetch your assigned cases.</source>
        <translation>本机暂无任务。请同步以获取分配给您的案件。</translation>
    </message>
</context>
</TS>
