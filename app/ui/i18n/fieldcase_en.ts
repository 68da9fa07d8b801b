<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LocalStore</name>
    <message>
        <source>The device storage is full. Free some space; nothing was saved.</source>
        <translation>The device storage is full. Free some space; nothing was saved.</translation>
    </message>
    <message>
        <source>The local store is damaged. Contact the administrator.</source>
        <translation>The local store is damaged. Contact the administrator.</translation>
    </message>
    <message>
        <source>The local store cannot be written. Nothing was saved.</source>
        <translation>The local store cannot be written. Nothing was saved.</translation>
    </message>
    <message>
        <source>The local store failed (%1). Nothing was saved.</source>
        <translation>The local store failed (%1). Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldCase</source>
        <translation>FieldCase</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Rejected by the server: %1</source>
        <translation>Rejected by the server: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
</context>
<context>
    <name>NoteRecorder</name>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>The note is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>This case is not on this device.</source>
        <translation>This case is not on this device.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Wrong password for the records kept on this device.</source>
        <translation>Wrong password for the records kept on this device.</translation>
    </message>
    <message>
        <source>The local store is damaged. Contact the administrator.</source>
        <translation>The local store is damaged. Contact the administrator.</translation>
    </message>
    <message>
        <source>The local store cannot be opened.</source>
        <translation>The local store cannot be opened.</translation>
    </message>
    <message>
        <source>This device holds no records for %1 yet; the first sign-in needs a connection to the server.</source>
        <translation>This device holds no records for %1 yet; the first sign-in needs a connection to the server.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>The server refused the sign-in: %1</translation>
    </message>
    <message>
        <source>The local store cannot be created.</source>
        <translation>The local store cannot be created.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>FieldCase</source>
        <translation>FieldCase</translation>
    </message>
    <message>
        <source>Field enforcement records</source>
        <translation>Field enforcement records</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Offline: the server cannot be reached. Records stay on this device and are sent when the network returns.</source>
        <translation>Offline: the server cannot be reached. Records stay on this device and are sent when the network returns.</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again to sync.</source>
        <translation>The session has ended. Sign in again to sync.</translation>
    </message>
    <message>
        <source>The server refused this account or device: %1</source>
        <translation>The server refused this account or device: %1</translation>
    </message>
    <message>
        <source>The server refused the records: %1</source>
        <translation>The server refused the records: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1. It will be retried.</source>
        <translation>Sync failed: %1. It will be retried.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item waiting to be sent</numerusform>
            <numerusform>%n items waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>Everything is sent</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>TaskDelegate</name>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>Officers: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not yet sent</source>
        <translation>
            <numerusform>%n note not yet sent</numerusform>
            <numerusform>%n notes not yet sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailPage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Due %1  ·  Officers: %2</source>
        <translation>Due %1  ·  Officers: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Write an inspection note…</source>
        <translation>Write an inspection note…</translation>
    </message>
    <message>
        <source>Record note</source>
        <translation>Record note</translation>
    </message>
</context>
<context>
    <name>TaskListPage</name>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>No tasks on this device yet. Sync to fetch your assigned cases.</source>
        <translation>No tasks on this device yet. Sync to fetch your assigned cases.</translation>
    </message>
</context>
</TS>
