<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Due %1  ·  Officers: %2</source>
        <translation>期限 %1  ·  执法人员：%2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Write an inspection note…</source>
        <translation>填写检查记录…</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>保存记录</translation>
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
