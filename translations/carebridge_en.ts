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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Internal &amp;note (never sent to the patient)</source>
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
    <name>cb::ui::ImageViewer</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo sent by the patient</source>
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
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
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
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · WhatsApp connection needs re-authorisation: tell an admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · WhatsApp is not set up</source>
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
        <source>Until &amp;tomorrow 8:00</source>
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
        <source>%1 · WhatsApp +%2 · %3 · %4</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed sign-in attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed attempt(s) to sign in to your account since you last signed in, the latest on %1. If they were not yours, tell your administrator.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>cb::ui::ServerStatusIndicator</name>
    <message>
        <source>Checking the server…</source>
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
</context>
<context>
    <name>cb::ui::ThreadModel</name>
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
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· could not be downloaded from WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp · %1 · sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp · %1 · ✓ sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp · %1 · ✓✓ delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp · %1 · ✓✓ read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp · %1 · ⚠ not delivered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[location] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[reaction] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[buttons: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[unsupported message: open WhatsApp Manager to see it]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to see the photo full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal · %1 · sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure portal · %1 · ✓ in the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Secure portal link sent to the patient]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[New secure message notice with a fresh link sent to the patient]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Verification code for the secure portal sent to the patient]</source>
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
