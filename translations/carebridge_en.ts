<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cb::client::AccountService</name>
    <message numerus="yes">
        <source>Your password was changed. %n other session(s) were signed out.</source>
        <translation>
            <numerusform>Your password was changed. %n other session was signed out.</numerusform>
            <numerusform>Your password was changed. %n other sessions were signed out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::client::AutoLock</name>
    <message>
        <source>You were signed out after a long time without activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::client::CannedRepliesService</name>
    <message>
        <source>This reads as medical or identifying information. A canned reply goes out on WhatsApp, so it must not hold any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reply in this language already has that title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a title of one line (at most 40 characters) and a text of at most 1,024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic already has 200 canned replies. Delete one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::client::ComplianceFlagsService</name>
    <message>
        <source>You raised this flag yourself: a colleague in compliance acknowledges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague has already acknowledged this flag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::client::ComplianceService</name>
    <message>
        <source>The server refused: an open incident must be assessed (the four factors) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: the assessment found a breach, so it must be notified before it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: the assessment found a low probability of compromise, so there is nothing to notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: the incident is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: a notified incident can only be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change of status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of incident names its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost device names its workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery time must be in the past ten years, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each of the four factors (3 to 2000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such incident or conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>cb::client::InboxService</name>
    <message>
        <source>The file is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message removed at the end of the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message retracted by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::client::RecordsService</name>
    <message numerus="yes">
        <source>State the investigation&apos;s reason in at least %n character(s).</source>
        <translation>
            <numerusform>State the investigation&apos;s reason in at least %n character.</numerusform>
            <numerusform>State the investigation&apos;s reason in at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This review has expired. Open a new one, with its reason, to read the conversation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: the cutoff is later than the retention period allows. Check what would be purged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason (3 to 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A review lasts 1 to %n minute(s).</source>
        <translation>
            <numerusform>A review lasts 1 to %n minute.</numerusform>
            <numerusform>A review lasts 1 to %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name either a conversation or a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such conversation, contact, hold or review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::client::ServerConnection</name>
    <message>
        <source>That did not work. Check your username, password and code, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out after a long time without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session reached its time limit. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Carebridge server. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid Carebridge server is configured for this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not do that (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reads as medical or identifying information, which must not go on WhatsApp. Use the secure portal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the patient last wrote. Only an approved template can be sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient asked not to receive WhatsApp messages (STOP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has not agreed to reminders from the clinic, so we cannot start a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is quiet hours for patients. Send this reminder in the morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has had the most reminders allowed this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp is not set up on the clinic&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field of the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy with other sign-ins. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient&apos;s WhatsApp number now belongs to someone else. Reply in their new conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That did not work. Check your username, password and code, and try again in %n second(s).</source>
        <translation>
            <numerusform>That did not work. Check your username, password and code, and try again in %n second.</numerusform>
            <numerusform>That did not work. Check your username, password and code, and try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure portal is not set up on the clinic&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the patient a secure portal link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the portal allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG) and PDF documents can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth must be a date in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s portal link was revoked, locked or has expired. Send a new link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm your password and code to make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator wiped this workstation. Its saved messages were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator ended your session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was disabled. Its saved messages on this workstation were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator changed your roles. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator reset your password. Sign in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator reset your authenticator. Sign in to set up a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe this workstation from another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask another administrator to change your own roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask another administrator to disable your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer there. The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches that name or number. Check it, or use the contact number shown in About.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carebridge is locked. Unlock it with your password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member matches that name. Check the spelling, or type part of the name or username.</source>
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
    <name>cb::client::SessionAdminService</name>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n session ended.</numerusform>
            <numerusform>%n sessions ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workstation was wiped: %n session(s) ended, and its saved data can no longer be opened.</source>
        <translation>
            <numerusform>The workstation was wiped: %n session ended, and its saved data can no longer be opened.</numerusform>
            <numerusform>The workstation was wiped: %n sessions ended, and its saved data can no longer be opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::client::SessionManager</name>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::client::StaffAdminService</name>
    <message>
        <source>The account is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled and signed out everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were not signed in anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sessions could not be ended; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They were signed out everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now sign in. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator was reset and they were signed out. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their one-time enrolment code is %1, valid until %2. Hand it over in person: at their next sign-in they type it instead of a code, then set up their authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was reset and they were signed out. They choose their own at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles were changed; they sign in again to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can sign in again now.</source>
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
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Carebridge keeps this workstation&apos;s key there; unlock your keyring (it uses your computer password) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::policy::PasswordPolicy</name>
    <message>
        <source>Use at least 12 characters. A short sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not build the password from your name, username or the clinic&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too common or too easy to guess. Try a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::policy::Role</name>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance officer</source>
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
    <name>cb::ui</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign me out everywhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 12 characters. A few unrelated words are strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are signed out and sign in again to use the new roles. An administrator who can also read conversations is flagged to compliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them a temporary password in person. They are signed out everywhere and must choose their own at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::AccountHome</name>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L locks Carebridge when you step away. The Account menu changes your password and shows where you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Administration (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::AcknowledgeFlagDialog</name>
    <message>
        <source>Acknowledge a compliance flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked, and what you found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, about %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you checked (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maria.garcia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name colleagues see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the temporary password in person. At first sign-in they set up their authenticator app, then can change the password from the Account menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::AdminConsole</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;nned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fla&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::AssessIncidentDialog</name>
    <message>
        <source>Assess incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which patient data, how much, how identifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who received or could see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to limit the harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low probability that the data was compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach: patients must be notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. &amp;Nature and extent of the data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. &amp;Who received it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Actually acquired or &amp;viewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. &amp;Mitigation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each of the four factors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose after weighing the four factors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the conclusion: a low probability of compromise, or a breach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::AuditModel</name>
    <message>
        <source>%1 UTC (event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::AuditView</name>
    <message>
        <source>events are missing, inserted or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event was changed after it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something before this event was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checkpoint was not signed by this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events were cut off the end of the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail was rebuilt after a signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho accessed this patient&apos;s conversations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login. or portal. or conversation.view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events whose type starts with this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by people while they were signed in on this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day in local time; the whole day is included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who read or changed anything about one patient. Uses the selected event when it is about a contact (contact:…), otherwise the Patient contact field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every event that matches the filters shown (at most 100,000), with the signed checkpoints that prove nothing was cut off. Exporting is itself recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every event in the trail and every signed checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events, newest fi&amp;rst (times in local time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From day is after the To day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the export to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is capped: only the newest 100,000 matching events are in it. Narrow the filters (for example the dates) to export the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every matching event is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the whole audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s) checked, and every signed checkpoint (%1) matches.</source>
        <translation>
            <numerusform>The audit trail is intact: %n event checked, and every signed checkpoint (%1) matches.</numerusform>
            <numerusform>The audit trail is intact: %n events checked, and every signed checkpoint (%1) matches.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. The first bad event is number %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; loading more…</source>
        <translation>
            <numerusform>%n event shown; loading more…</numerusform>
            <numerusform>%n events shown; loading more…</numerusform>
        </translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n matching event(s) shown.</source>
        <translation>
            <numerusform>The %n matching event is shown.</numerusform>
            <numerusform>All %n matching events shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%n event shown; scroll down for older ones.</numerusform>
            <numerusform>%n events shown; scroll down for older ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>name, phone number or contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patie&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the patient&apos;s phone number, name or contact number in Patient, or select an event about a contact (contact:…), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events about this patient: the contact, their conversation, its messages, and the inbox pages and event streams that showed them. A phone number in any usual format, part of a name, or the contact number shown in About.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing everyone who read or changed anything about patient %1: the contact, their conversation, its messages, and the inbox pages and event streams that showed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or username, or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events done by this person: part of their name or username (everyone who matches), a staff number such as 12, or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupStatus</name>
    <message>
        <source>Last verified backup: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last restore drill: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore drill yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the last verified backup is more than a day old. Check carebridge-backup.timer on the server (docs/runbook-emergency.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::CannedRepliesView</name>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff type “/” in a reply to insert one of these. They go out on WhatsApp, so they never hold medical or identifying details (PhiGuard checks each one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned replies yet. Add the answers your staff give most often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Staff will no longer be offered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::CannedReplyDialog</name>
    <message>
        <source>Change a canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name staff type after “/”, e.g. hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply as patients will read it on WhatsApp: no medical or identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reply a title and a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::Composer</name>
    <message>
        <source>a social security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a medical record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an insurance id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test result or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &amp;buttons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the text with up to three quick replies the patient can tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient sent STOP: WhatsApp messages are off. Notes still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply window open: %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply window closed: only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1. It cannot go on WhatsApp; use the secure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-reply buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient sees your text with these buttons and can answer with one tap. Leave a field empty to use fewer buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send with buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two buttons have the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button reads as medical or identifying information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field reads as medical or identifying information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden or look-alike characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate to secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the patient a secure portal link and keep this text as the first secure message (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this reply goes: WhatsApp, or the patient&apos;s secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a photo or a PDF to the patient&apos;s secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1. It cannot go on WhatsApp; send it on the secure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure portal is not set up on this server. Call the patient instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send securely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file to the secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch to the secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new secure portal &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal: WhatsApp only carries a notice to the patient, never this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This first reply ends with the clinic&apos;s notice: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type / for the clinic&apos;s canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never sent to the patient: only staff see internal notes. Type @ to mention a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1. It cannot go on WhatsApp; write it as an internal note for the care team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ConsentDialog</name>
    <message>
        <source>Patient wrote first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient asked for WhatsApp after our warning (documented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient opted in to WhatsApp messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to &amp;reminders we send first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did WhatsApp contact with this patient begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders need this agreement, are never sent at night, and are limited per week. A patient who sends STOP or BAJA gets no more WhatsApp messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ConversationListModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ConversationPicker</name>
    <message>
        <source>Patient&apos;s name or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · last message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches “%1”. Try part of their name, or their number with its area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found: Down and Enter choose one.</source>
        <translation>
            <numerusform>%n patient found: Down and Enter choose the patient.</numerusform>
            <numerusform>%n patients found: Down and Enter choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of the patient&apos;s name or their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1&apos;s conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::DashboardView</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-ins: patient opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-ins: documented request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-ins: patient wrote first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-ins: START keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-ins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin given an inbox role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox user&apos;s credentials reset by an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance review of a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar or a figure to list the conversations behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;igures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the compliance figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures were saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period must be before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is at most 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs (STOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal links sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal links opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients verified on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients who wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited more than 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhiGuard refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp opt-ins by source, and opt-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations to the secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response to patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhiGuard refusals and incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link conversion: opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link conversion: verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations moved to the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients who waited more than 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance flags not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response: %1 · Waited more than 1 hour: %2 · Moved to the portal: %3 · Link conversion: %4 opened, %5 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list the conversations behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations behind “%1”: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations behind “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conversations behind “%1”: %n</source>
        <translation>
            <numerusform>Conversations behind “%1”: %n</numerusform>
            <numerusform>Conversations behind “%1”: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Period from (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient opted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient wrote first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out (STOP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited &gt; 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts by admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox account created by an admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::DateOfBirthDialog</name>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure portal asks the patient for this date besides the WhatsApp code, so a forwarded link is not enough. Copy it from the patient&apos;s chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::EmptyTexts</name>
    <message>
        <source>Nothing on this computer matches “%1”. Check the spelling, or type part of the name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this view matches “%1”. Look in All (Ctrl+4), or check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting. New patients appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is assigned to you. Open a conversation and press Ctrl+Shift+M to take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurse triage queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet. They appear here when patients write to the clinic&apos;s WhatsApp number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation on the left. Alt+Down and Alt+Up move through the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has mentioned you. When a colleague writes @ and your name in a note, the conversation appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::FlagsView</name>
    <message>
        <source>Show ac&amp;knowledged flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;lags, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1 acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compliance flags have been raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open flags: nothing is waiting for compliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, raised %2 by %3, about %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: look into it, then acknowledge it with a note of what you checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: a compliance officer will look into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ImageViewer</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo sent by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole photo in the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>zoom, in percent</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::InboxView</name>
    <message>
        <source>Resol&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages and patients (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, pending or snoozed (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;me	Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the nurse &amp;triage queue	Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nobody (back to Unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending (waiting for the patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until next &amp;Monday 8:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved	Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · sent STOP: no WhatsApp messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reminders allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;ign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure &amp;portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to the secure portal, send a new link, record the date of birth (Ctrl+Shift+E escalates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal: not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal: link sent %1, not opened yet (expires %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal: link opened %1, waiting for the patient&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal: patient verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal: the link expired unused. Send a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal: locked %1 after too many wrong answers. Send a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal: access revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · date of birth on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;new link	Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate to secure portal	Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke portal access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth for verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report an &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 was reported. The privacy officer will assess it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: showing messages saved on this computer; replies wait in the outbox and go out when the server is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;unread	Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · WhatsApp %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp connection needs re-authorisation: tell an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the next &amp;working day, 8:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching everything on the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::IncidentsView</name>
    <message>
        <source>Misdirected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient data sent on WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report an incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 reported. Notification deadline: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature and extent of the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who received it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actually acquired or viewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion: breach, patients must be notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion: low probability of compromise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::LegalHoldDialog</name>
    <message>
        <source>Release the legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the hold is no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these messages must be kept (for example, the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once released, %1 is purged like any other conversation when its messages pass the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages under a legal hold are never purged, whatever their age, until the hold is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason (3 to 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of this patient&apos;s conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;atient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the patient by part of their name or their number, and choose their conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::LockScreen</name>
    <message>
        <source>Carebridge is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign %1 out so someone else can sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::LoginView</name>
    <message>
        <source>Sign in to Carebridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carebridge asks for a code from your phone at every sign-in. Scan this QR code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP), then type the 6-digit code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot scan? Enter this key in the app by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your authenticator app and type the 6-digit code for Carebridge. Lost your phone? Type one of your recovery codes instead. First sign-in, or your authenticator was reset? Type the enrolment code your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
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
    <message numerus="yes">
        <source>For privacy, Carebridge locks in %n second(s). Move the mouse or press a key to stay signed in.</source>
        <translation>
            <numerusform>For privacy, Carebridge locks in %n second. Move the mouse or press a key to stay signed in.</numerusform>
            <numerusform>For privacy, Carebridge locks in %n seconds. Move the mouse or press a key to stay signed in.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I am &amp;signed in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Carebridge: %n unread message(s)</source>
        <translation>
            <numerusform>Carebridge: %n unread message</numerusform>
            <numerusform>Carebridge: %n unread messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed sign-in attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed attempt(s) to sign in to your account since you last signed in, the latest on %1. If they were not yours, tell your administrator.</source>
        <translation>
            <numerusform>There was %n failed attempt to sign in to your account since you last signed in, on %1. If it was not yours, tell your administrator.</numerusform>
            <numerusform>There were %n failed attempts to sign in to your account since you last signed in, the latest on %1. If they were not yours, tell your administrator.</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;dministration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentioned you in a note. See Mentions (Ctrl+5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::MessageWords</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message or audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>attachment kind: caption</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder with a new secure portal link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code for the secure portal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared a location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind of message Carebridge cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <comment>an internal note&apos;s preview in the list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::NewAboveBar</name>
    <message>
        <source>Go to the top of the list (Home in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new ↑</source>
        <translation>
            <numerusform>%n new ↑</numerusform>
            <numerusform>%n new ↑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conversations above</source>
        <translation>
            <numerusform>%n new conversation above</numerusform>
            <numerusform>%n new conversations above</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::OpenReviewDialog</name>
    <message>
        <source>Open a conversation for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investigation: for example, the complaint&apos;s reference and what is alleged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>State why you need to read this conversation, in at least %n character(s). The access, its reason and every read are recorded in the audit trail and shown on the dashboard; the access ends after the time you choose.</source>
        <translation>
            <numerusform>State why you need to read this conversation, in at least %n character. The access, its reason and every read are recorded in the audit trail and shown on the dashboard; the access ends after the time you choose.</numerusform>
            <numerusform>State why you need to read this conversation, in at least %n characters. The access, its reason and every read are recorded in the audit trail and shown on the dashboard; the access ends after the time you choose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>State the investigation&apos;s reason in at least %n character(s).</source>
        <translation>
            <numerusform>State the investigation&apos;s reason in at least %n character.</numerusform>
            <numerusform>State the investigation&apos;s reason in at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient whose conversation you need: type part of their name or their number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::PresenceLine</name>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between people in the collision warning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also viewing this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are also viewing this conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::RecoveryCodesDialog</name>
    <message>
        <source>Your recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you lose your phone, each of these codes signs you in once instead of an authenticator code. Write them down or print them and keep them somewhere safe. They are shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored these codes somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carebridge recovery codes: each signs you in once instead of an authenticator code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues to mention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ReportIncidentDialog</name>
    <message>
        <source>Report an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (no patient details needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discovered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 60-day deadline to notify patients of a breach counts from the discovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient whose conversation this is: type part of their name or their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the lost workstation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last seen %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::RetentionView</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check what would be purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a &amp;hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what would be purged to see the retention period&apos;s cutoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Would be purged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds in &amp;force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what would be purged again before purging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period: %1. Messages sent before %2 are past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is past the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would be purged: %n message(s),</source>
        <translation>
            <numerusform>Would be purged: %n message,</numerusform>
            <numerusform>Would be purged: %n messages,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n conversation(s),</source>
        <translation>
            <numerusform>in %n conversation,</numerusform>
            <numerusform>in %n conversations,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n file(s).</source>
        <translation>
            <numerusform>with %n file.</numerusform>
            <numerusform>with %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n processed dead letter(s) past the period.</source>
        <translation>
            <numerusform>Also %n processed dead letter past the period.</numerusform>
            <numerusform>Also %n processed dead letters past the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept by legal holds: %n message(s) past the period,</source>
        <translation>
            <numerusform>Kept by legal holds: %n message past the period,</numerusform>
            <numerusform>Kept by legal holds: %n messages past the period,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n conversation(s).</source>
        <translation>
            <numerusform>in %n conversation.</numerusform>
            <numerusform>in %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) past the period were never processed: they are not purged until an admin has looked at them.</source>
        <translation>
            <numerusform>%n dead letter past the period was never processed: it is not purged until an admin has looked at it.</numerusform>
            <numerusform>%n dead letters past the period were never processed: they are not purged until an admin has looked at them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n conversation(s) are listed.</source>
        <translation>
            <numerusform>Only the first %n conversation is listed.</numerusform>
            <numerusform>Only the first %n conversations are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge every message sent before %1 that no legal hold keeps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) lose their text and files,</source>
        <translation>
            <numerusform>%n message loses its text and files,</numerusform>
            <numerusform>%n messages lose their text and files,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processed dead letter(s) lose their content.</source>
        <translation>
            <numerusform>%n processed dead letter loses its content.</numerusform>
            <numerusform>%n processed dead letters lose their content.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Each message stays as a tombstone (its time and direction), and the purge is audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge messages past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purged %n message(s),</source>
        <translation>
            <numerusform>Purged %n message,</numerusform>
            <numerusform>Purged %n messages,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n file(s);</source>
        <translation>
            <numerusform>with %n file;</numerusform>
            <numerusform>with %n files;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) emptied.</source>
        <translation>
            <numerusform>%n dead letter emptied.</numerusform>
            <numerusform>%n dead letters emptied.</numerusform>
        </translation>
    </message>
    <message>
        <source>More remain past the period: check again and purge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patient no longer on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all their conversations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::RetractDialog</name>
    <message>
        <source>Retract message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message will be hidden from every inbox and kept for the record with your name and the reason. A WhatsApp message the patient already received cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ReviewView</name>
    <message>
        <source>From the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a conversation for review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no reviews. Open a conversation for review to read its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a review to read its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged at the end of the retention period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted by user %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1&apos;s conversation opened until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1&apos;s conversation for review, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review of %1&apos;s conversation expired at %2. Open a new one, with its reason, to read the conversation again.</source>
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
    <name>cb::ui::SessionsModel</name>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::SessionsView</name>
    <message>
        <source>End &amp;session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End all of this &amp;person&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End all on this &amp;workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;everyone&apos;s sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wipe workstation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person, role, workstation or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved data for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last wiped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed in now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;orkstations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End everyone&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everyone on every workstation except you? Unsent replies stay in each desktop&apos;s outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe %1? Everyone on it is signed out at once, and the messages saved on it can never be opened again, even from a copy. Use this for a lost or stolen computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System: follow this computer&apos;s colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::StaffAdminDialog</name>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1&apos;s authenticator? They are signed out and set up a new one at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ro&amp;les…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift sign-in dela&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::StepUpDialog</name>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change needs your password and a code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ThreadModel</name>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to see the photo full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be downloaded from WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared a location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal link sent to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secure message notice with a fresh link sent to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code for the secure portal sent to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind of message Carebridge cannot show: open WhatsApp Manager to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ In the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓✓ Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent automatically by Carebridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓✓ Read in the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure message from the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure message from the care team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ThreadPager</name>
    <message>
        <source>Loading older messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older messages: scroll up or press Page Up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cb::ui::ViewTabs</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations nobody holds yet (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open conversations assigned to you (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurse triage queue (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conversation (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a view and its count: Mine 3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n conversation</numerusform>
            <numerusform>%1, %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions: conversations where a colleague @mentioned you in a note; the count is what you have not opened (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>localtime</name>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
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
