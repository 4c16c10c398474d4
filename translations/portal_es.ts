<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Portal</name>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Ir al contenido</translation>
    </message>
    <message>
        <source>Secure messages</source>
        <translation>Mensajes seguros</translation>
    </message>
    <message>
        <source>This link can&apos;t be used</source>
        <translation>Este enlace no se puede usar</translation>
    </message>
    <message>
        <source>It may have been used already, expired, or been replaced by a newer link.</source>
        <translation>Puede que ya se haya usado, que haya caducado o que lo haya sustituido un enlace más reciente.</translation>
    </message>
    <message>
        <source>To get a new link, reply to our WhatsApp message and ask for one.</source>
        <translation>Para recibir un enlace nuevo, responda a nuestro mensaje de WhatsApp y pídalo.</translation>
    </message>
    <message>
        <source>Your secure session has ended</source>
        <translation>Su sesión segura ha terminado</translation>
    </message>
    <message>
        <source>For your privacy, we sign you out after a while. Nothing you sent was lost.</source>
        <translation>Por su privacidad, cerramos la sesión pasado un tiempo. No se ha perdido nada de lo que envió.</translation>
    </message>
    <message>
        <source>To continue, open the newest link we sent you on WhatsApp, or reply there to ask for a new one.</source>
        <translation>Para continuar, abra el enlace más reciente que le enviamos por WhatsApp, o responda allí para pedir uno nuevo.</translation>
    </message>
    <message>
        <source>This link is now locked</source>
        <translation>Este enlace está bloqueado</translation>
    </message>
    <message>
        <source>There were too many attempts with a wrong code or date of birth, so we locked this link to protect you.</source>
        <translation>Hubo demasiados intentos con un código o una fecha de nacimiento incorrectos, así que bloqueamos este enlace para protegerle.</translation>
    </message>
    <message>
        <source>To get a new link, reply to our WhatsApp message. Our staff can see that the link was locked.</source>
        <translation>Para recibir un enlace nuevo, responda a nuestro mensaje de WhatsApp. Nuestro personal puede ver que el enlace se bloqueó.</translation>
    </message>
    <message>
        <source>You have signed out</source>
        <translation>Ha cerrado la sesión</translation>
    </message>
    <message>
        <source>Your messages are safe. You can close this page.</source>
        <translation>Sus mensajes están seguros. Puede cerrar esta página.</translation>
    </message>
    <message>
        <source>To read your messages again, open the newest link we sent you on WhatsApp, or reply there to ask for a new one.</source>
        <translation>Para volver a leer sus mensajes, abra el enlace más reciente que le enviamos por WhatsApp, o responda allí para pedir uno nuevo.</translation>
    </message>
    <message>
        <source>This page has expired</source>
        <translation>Esta página ha caducado</translation>
    </message>
    <message>
        <source>For your safety we did not send that form. Nothing was changed.</source>
        <translation>Por su seguridad no enviamos ese formulario. No se cambió nada.</translation>
    </message>
    <message>
        <source>Open the newest link we sent you on WhatsApp and try again.</source>
        <translation>Abra el enlace más reciente que le enviamos por WhatsApp e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That did not match. Check the newest code we sent you on WhatsApp. You have 1 try left.</source>
        <translation>No coincide. Revise el código más reciente que le enviamos por WhatsApp. Le queda 1 intento.</translation>
    </message>
    <message>
        <source>That did not match. Check the newest code we sent you on WhatsApp. You have %1 tries left.</source>
        <translation>No coincide. Revise el código más reciente que le enviamos por WhatsApp. Le quedan %1 intentos.</translation>
    </message>
    <message>
        <source>We can send a new code once a minute, and at most 5 times for one link. Please wait a moment, or reply on WhatsApp for a new link.</source>
        <translation>Podemos enviar un código nuevo una vez por minuto y como máximo 5 veces por enlace. Espere un momento, o responda por WhatsApp para pedir un enlace nuevo.</translation>
    </message>
    <message>
        <source>Please write a message before sending.</source>
        <translation>Escriba un mensaje antes de enviarlo.</translation>
    </message>
    <message>
        <source>Please choose a photo or a PDF file first.</source>
        <translation>Primero elija una foto o un archivo PDF.</translation>
    </message>
    <message>
        <source>That file is too large. Please send a file of at most %1 MB.</source>
        <translation>Ese archivo es demasiado grande. Envíe un archivo de %1 MB como máximo.</translation>
    </message>
    <message>
        <source>We can only accept photos (JPEG or PNG) and PDF documents.</source>
        <translation>Solo podemos aceptar fotos (JPEG o PNG) y documentos PDF.</translation>
    </message>
    <message>
        <source>We sent you a new code on WhatsApp.</source>
        <translation>Le enviamos un código nuevo por WhatsApp.</translation>
    </message>
    <message>
        <source>Your date of birth</source>
        <translation>Su fecha de nacimiento</translation>
    </message>
    <message>
        <source>We ask this to be sure the link reached the right person.</source>
        <translation>Se la pedimos para asegurarnos de que el enlace llegó a la persona correcta.</translation>
    </message>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation>Confirme que es usted</translation>
    </message>
    <message>
        <source>We just sent a 6-digit code to you on WhatsApp. Enter it here to read your secure messages.</source>
        <translation>Le acabamos de enviar un código de 6 dígitos por WhatsApp. Escríbalo aquí para leer sus mensajes seguros.</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Código de 6 dígitos</translation>
    </message>
    <message>
        <source>The code is valid for 10 minutes.</source>
        <translation>El código es válido durante 10 minutos.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>No code, or it expired?</source>
        <translation>¿No le llegó el código o caducó?</translation>
    </message>
    <message>
        <source>Send me a new code</source>
        <translation>Enviarme un código nuevo</translation>
    </message>
    <message>
        <source>Photo you sent</source>
        <translation>Foto que usted envió</translation>
    </message>
    <message>
        <source>Photo from the clinic</source>
        <translation>Foto de la clínica</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Your secure messages</source>
        <translation>Sus mensajes seguros</translation>
    </message>
    <message>
        <source>Only you and our care team can read these messages. New replies appear here; we also let you know on WhatsApp.</source>
        <translation>Solo usted y nuestro equipo de atención pueden leer estos mensajes. Las respuestas nuevas aparecen aquí; también le avisamos por WhatsApp.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No messages yet. Our care team will write to you here.</source>
        <translation>Aún no hay mensajes. Nuestro equipo de atención le escribirá aquí.</translation>
    </message>
    <message>
        <source>Write to the care team</source>
        <translation>Escriba al equipo de atención</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send a photo or a PDF</source>
        <translation>Enviar una foto o un PDF</translation>
    </message>
    <message>
        <source>JPEG, PNG or PDF, up to %1 MB.</source>
        <translation>JPEG, PNG o PDF, de hasta %1 MB.</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>Enviar archivo</translation>
    </message>
    <message>
        <source>Opening your secure messages…</source>
        <translation>Abriendo sus mensajes seguros…</translation>
    </message>
    <message>
        <source>Continue to your secure messages</source>
        <translation>Continuar a sus mensajes seguros</translation>
    </message>
</context>
</TS>
