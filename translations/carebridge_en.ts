<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>cb::client::AccountService</name>
    <message numerus="yes">
        <source>Your password was changed. %n other session(s) were signed out.</source>
        <translation>
            <numerusform>Your password was changed. %n other session was signed out.</numerusform><numerusform>Your password was changed. %n other sessions were signed out.</numerusform></translation>
    </message>
</context>
<context>
    <name>cb::client::AutoLock</name>
    <message>
        <source>You were signed out after a long time without activity.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::client::HealthMonitor</name>
    <message>
        <source>Cannot reach the Carebridge server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to the Carebridge server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Carebridge server reports a problem.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::client::ServerConnection</name>
    <message>
        <source>That did not work. Check your username, password and code, and try again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n minute.</numerusform><numerusform>Too many failed attempts. Try again in %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>Too many failed attempts from this workstation. Wait a few minutes and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You were signed out after a long time without activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session reached its time limit. Please sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the Carebridge server. Check the network and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No valid Carebridge server is configured for this workstation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server could not do that (error %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::client::ServerEndpoint</name>
    <message>
        <source>No Carebridge server is configured for this workstation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address is not a valid https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address must use https:// (plain http is allowed only on this computer's loopback address).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server certificate file could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::client::SessionManager</name>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::client::StaffAdminService</name>
    <message>
        <source>%1 can now sign in and will set up their authenticator at first sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account is active again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account is disabled and signed out everywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The authenticator was reset. They set up a new one at their next sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They were not signed in anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some sessions could not be ended; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They were signed out everywhere.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::client::SystemKeychain</name>
    <message>
        <source>This workstation has no Carebridge key in its keychain yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure keychain is available on this computer. Carebridge keeps its device key only in the system keychain (GNOME Keyring or KWallet) and cannot continue without one. Ask your IT administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access to the system keychain was refused. Carebridge keeps this workstation's key there; unlock your keyring (it uses your computer password) and sign in again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::policy::PasswordPolicy</name>
    <message>
        <source>Use at least 12 characters. A short sentence is easy to remember.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use at most 128 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not build the password from your name, username or the clinic's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This password is too common or too easy to guess. Try a few unrelated words.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::policy::Role</name>
    <message>
        <source>Front desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance officer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::store::StoreError</name>
    <message>
        <source>The encrypted data file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted data file is intact, but the key does not open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data file is not encrypted. Carebridge refuses to use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted data file is incomplete (it was cut short).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted data file is damaged: some of its pages fail their integrity check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data file was written by a newer version of Carebridge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This installation uses SQLCipher older than version 4. Install SQLCipher 4.6 from bookworm-backports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data file is in use by another Carebridge process.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data file could not be read or written (check disk space and permissions).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::ui</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign me out everywhere else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use at least 12 characters. A few unrelated words are strong and easy to remember.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End selected session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::ui::AccountHome</name>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+L locks Carebridge when you step away. The Account menu changes your password and shows where you are signed in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::ui::AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. maria.garcia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name colleagues see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the temporary password in person. At first sign-in they set up their authenticator app, then can change the password from the Account menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::ui::LockScreen</name>
    <message>
        <source>Carebridge is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign %1 out so someone else can sign in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::ui::LoginView</name>
    <message>
        <source>Sign in to Carebridge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open your authenticator app and type the 6-digit code for Carebridge. Lost your phone? Type one of your recovery codes instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up your authenticator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carebridge asks for a code from your phone at every sign-in. Scan this QR code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP), then type the 6-digit code it shows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot scan? Enter this key in the app by hand:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code from the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm and sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::ui::MainWindow</name>
    <message>
        <source>Carebridge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;server now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Carebridge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Carebridge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carebridge %1
Secure messaging for clinic staff.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>For privacy, Carebridge locks in %n second(s). Move the mouse or press a key to stay signed in.</source>
        <translation>
            <numerusform>For privacy, Carebridge locks in %n second. Move the mouse or press a key to stay signed in.</numerusform><numerusform>For privacy, Carebridge locks in %n seconds. Move the mouse or press a key to stay signed in.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where I am &amp;signed in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Manage staff…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::ui::RecoveryCodesDialog</name>
    <message>
        <source>Your recovery codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you lose your phone, each of these codes signs you in once instead of an authenticator code. Write them down or print them and keep them somewhere safe. They are shown only now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have stored these codes somewhere safe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::ui::ServerStatusIndicator</name>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cb::ui::StaffAdminDialog</name>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset authenticator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manage staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authenticator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset %1's authenticator? They are signed out and set up a new one at their next sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set up yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Carebridge secure messaging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server address for this run (not saved).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra CA certificate (PEM) to trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carebridge cannot start</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>