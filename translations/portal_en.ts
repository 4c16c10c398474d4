<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Portal</name>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link can&apos;t be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been used already, expired, or been replaced by a newer link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get a new link, reply to our WhatsApp message and ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your secure session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your privacy, we sign you out after a while. Nothing you sent was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue, open the newest link we sent you on WhatsApp, or reply there to ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is now locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were too many attempts with a wrong code or date of birth, so we locked this link to protect you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get a new link, reply to our WhatsApp message. Our staff can see that the link was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages are safe. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read your messages again, open the newest link we sent you on WhatsApp, or reply there to ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your safety we did not send that form. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the newest link we sent you on WhatsApp and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not match. Check the newest code we sent you on WhatsApp. You have 1 try left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not match. Check the newest code we sent you on WhatsApp. You have %1 tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can send a new code once a minute, and at most 5 times for one link. Please wait a moment, or reply on WhatsApp for a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a message before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a photo or a PDF file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is too large. Please send a file of at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can only accept photos (JPEG or PNG) and PDF documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent you a new code on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We ask this to be sure the link reached the right person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We just sent a 6-digit code to you on WhatsApp. Enter it here to read your secure messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is valid for 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code, or it expired?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo from the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your secure messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you and our care team can read these messages. New replies appear here; we also let you know on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. Our care team will write to you here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a photo or a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG, PNG or PDF, up to %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your secure messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to your secure messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
