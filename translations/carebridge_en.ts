<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cb::client::HealthMonitor</name>
    <message>
        <source>Cannot reach the Carebridge server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the Carebridge server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Carebridge server reports a problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::client::ServerEndpoint</name>
    <message>
        <source>No Carebridge server is configured for this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must use https:// (plain http is allowed only on this computer&apos;s loopback address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::client::SystemKeychain</name>
    <message>
        <source>This workstation has no Carebridge key in its keychain yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keychain is available on this computer. Carebridge keeps its device key only in the system keychain (GNOME Keyring or KWallet) and cannot continue without one. Ask your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::store::StoreError</name>
    <message>
        <source>The encrypted data file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data file is intact, but the key does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is not encrypted. Carebridge refuses to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data file is incomplete (it was cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data file is damaged: some of its pages fail their integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file was written by a newer version of Carebridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation uses SQLCipher older than version 4. Install SQLCipher 4.6 from bookworm-backports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is in use by another Carebridge process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be read or written (check disk space and permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MainWindow</name>
    <message>
        <source>Carebridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation uses the server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Carebridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Carebridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carebridge %1
Secure messaging for clinic staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ServerStatusIndicator</name>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Carebridge secure messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address for this run (not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM) to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carebridge cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
