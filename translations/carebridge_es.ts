<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cb::client::AccountService</name>
    <message numerus="yes">
        <source>Your password was changed. %n other session(s) were signed out.</source>
        <translation>
            <numerusform>Se cambió su contraseña. Se cerró %n sesión más.</numerusform>
            <numerusform>Se cambió su contraseña. Se cerraron otras %n sesiones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::client::AutoLock</name>
    <message>
        <source>You were signed out after a long time without activity.</source>
        <translation>Se cerró su sesión tras mucho tiempo sin actividad.</translation>
    </message>
</context>
<context>
    <name>cb::client::HealthMonitor</name>
    <message>
        <source>Cannot reach the Carebridge server.</source>
        <translation>No se puede conectar con el servidor de Carebridge.</translation>
    </message>
    <message>
        <source>Connected to the Carebridge server.</source>
        <translation>Conectado al servidor de Carebridge.</translation>
    </message>
    <message>
        <source>The Carebridge server reports a problem.</source>
        <translation>El servidor de Carebridge informa de un problema.</translation>
    </message>
</context>
<context>
    <name>cb::client::InboxService</name>
    <message>
        <source>The file is larger than 10 MB.</source>
        <translation>El archivo ocupa más de 10 MB.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
</context>
<context>
    <name>cb::client::ServerConnection</name>
    <message>
        <source>That did not work. Check your username, password and code, and try again.</source>
        <translation>No ha funcionado. Compruebe su usuario, contraseña y código, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You were signed out after a long time without activity.</source>
        <translation>Se cerró su sesión tras mucho tiempo sin actividad.</translation>
    </message>
    <message>
        <source>Your session reached its time limit. Please sign in again.</source>
        <translation>Su sesión alcanzó su tiempo máximo. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach the Carebridge server. Check the network and try again.</source>
        <translation>No se puede conectar con el servidor de Carebridge. Compruebe la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
    <message>
        <source>No valid Carebridge server is configured for this workstation.</source>
        <translation>Este puesto de trabajo no tiene configurado un servidor de Carebridge válido.</translation>
    </message>
    <message>
        <source>The server could not do that (error %1).</source>
        <translation>El servidor no pudo hacerlo (error %1).</translation>
    </message>
    <message>
        <source>This reads as medical or identifying information, which must not go on WhatsApp. Use the secure portal instead.</source>
        <translation>Esto parece información médica o que identifica al paciente, y no puede ir por WhatsApp. Use el portal seguro.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the patient last wrote. Only an approved template can be sent now.</source>
        <translation>Han pasado más de 24 horas desde el último mensaje del paciente. Ahora solo se puede enviar una plantilla aprobada.</translation>
    </message>
    <message>
        <source>This patient asked not to receive WhatsApp messages (STOP).</source>
        <translation>Este paciente pidió no recibir mensajes de WhatsApp (STOP/BAJA).</translation>
    </message>
    <message>
        <source>This patient has not agreed to reminders from the clinic, so we cannot start a conversation.</source>
        <translation>Este paciente no ha aceptado recordatorios de la clínica, así que no podemos iniciar la conversación.</translation>
    </message>
    <message>
        <source>It is quiet hours for patients. Send this reminder in the morning.</source>
        <translation>Es horario de descanso para los pacientes. Envíe este recordatorio por la mañana.</translation>
    </message>
    <message>
        <source>This patient has had the most reminders allowed this week.</source>
        <translation>Este paciente ya recibió el máximo de recordatorios permitido esta semana.</translation>
    </message>
    <message>
        <source>WhatsApp is not set up on the clinic&apos;s server.</source>
        <translation>WhatsApp no está configurado en el servidor de la clínica.</translation>
    </message>
    <message>
        <source>Fill in every field of the template.</source>
        <translation>Rellene todos los campos de la plantilla.</translation>
    </message>
    <message>
        <source>The message is empty or too long.</source>
        <translation>El mensaje está vacío o es demasiado largo.</translation>
    </message>
    <message>
        <source>The server is busy with other sign-ins. Wait a moment and try again.</source>
        <translation>El servidor está ocupado con otros inicios de sesión. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This patient&apos;s WhatsApp number now belongs to someone else. Reply in their new conversation.</source>
        <translation>El número de WhatsApp de este paciente ahora pertenece a otra persona. Responda en su nueva conversación.</translation>
    </message>
    <message numerus="yes">
        <source>That did not work. Check your username, password and code, and try again in %n second(s).</source>
        <translation>
            <numerusform>No ha funcionado. Compruebe su usuario, contraseña y código, e inténtelo de nuevo dentro de %n segundo.</numerusform>
            <numerusform>No ha funcionado. Compruebe su usuario, contraseña y código, e inténtelo de nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Inténtelo de nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure portal is not set up on the clinic&apos;s server.</source>
        <translation>El portal seguro no está configurado en el servidor de la clínica.</translation>
    </message>
    <message>
        <source>Send the patient a secure portal link first.</source>
        <translation>Primero envíe al paciente un enlace al portal seguro.</translation>
    </message>
    <message>
        <source>The file is larger than the portal allows.</source>
        <translation>El archivo es más grande de lo que permite el portal.</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG) and PDF documents can be sent.</source>
        <translation>Solo se pueden enviar fotos (JPEG, PNG) y documentos PDF.</translation>
    </message>
    <message>
        <source>The date of birth must be a date in the past.</source>
        <translation>La fecha de nacimiento debe ser una fecha pasada.</translation>
    </message>
    <message>
        <source>The patient&apos;s portal link was revoked, locked or has expired. Send a new link first.</source>
        <translation>El enlace al portal del paciente se revocó, se bloqueó o caducó. Primero envíe un enlace nuevo.</translation>
    </message>
</context>
<context>
    <name>cb::client::ServerEndpoint</name>
    <message>
        <source>No Carebridge server is configured for this workstation.</source>
        <translation>Este puesto de trabajo no tiene configurado ningún servidor de Carebridge.</translation>
    </message>
    <message>
        <source>The server address is not a valid https:// address.</source>
        <translation>La dirección del servidor no es una dirección https:// válida.</translation>
    </message>
    <message>
        <source>The server address must use https:// (plain http is allowed only on this computer&apos;s loopback address).</source>
        <translation>La dirección del servidor debe usar https:// (http sin cifrar solo se permite en la dirección local de este equipo).</translation>
    </message>
    <message>
        <source>The server certificate file could not be read.</source>
        <translation>No se pudo leer el archivo del certificado del servidor.</translation>
    </message>
</context>
<context>
    <name>cb::client::SessionManager</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>Escriba su usuario y su contraseña.</translation>
    </message>
</context>
<context>
    <name>cb::client::StaffAdminService</name>
    <message>
        <source>The account is active again.</source>
        <translation>La cuenta vuelve a estar activa.</translation>
    </message>
    <message>
        <source>The account is disabled and signed out everywhere.</source>
        <translation>La cuenta está desactivada y sus sesiones se han cerrado en todas partes.</translation>
    </message>
    <message>
        <source>They were not signed in anywhere.</source>
        <translation>No tenía ninguna sesión iniciada.</translation>
    </message>
    <message>
        <source>Some sessions could not be ended; try again.</source>
        <translation>No se pudieron cerrar algunas sesiones; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>They were signed out everywhere.</source>
        <translation>Se cerraron todas sus sesiones.</translation>
    </message>
    <message>
        <source>%1 can now sign in. %2</source>
        <translation>%1 ya puede iniciar sesión. %2</translation>
    </message>
    <message>
        <source>The authenticator was reset and they were signed out. %1</source>
        <translation>Se restableció el autenticador y se cerraron sus sesiones. %1</translation>
    </message>
    <message>
        <source>Their one-time enrolment code is %1, valid until %2. Hand it over in person: at their next sign-in they type it instead of a code, then set up their authenticator.</source>
        <translation>Su código de alta de un solo uso es %1, válido hasta el %2. Entrégueselo en persona: en su próximo inicio de sesión lo escribirá en lugar de un código y después configurará su autenticador.</translation>
    </message>
</context>
<context>
    <name>cb::client::SystemKeychain</name>
    <message>
        <source>This workstation has no Carebridge key in its keychain yet.</source>
        <translation>Este puesto de trabajo aún no tiene una clave de Carebridge en su llavero.</translation>
    </message>
    <message>
        <source>No secure keychain is available on this computer. Carebridge keeps its device key only in the system keychain (GNOME Keyring or KWallet) and cannot continue without one. Ask your IT administrator.</source>
        <translation>No hay ningún llavero seguro disponible en este equipo. Carebridge guarda la clave del dispositivo solo en el llavero del sistema (GNOME Keyring o KWallet) y no puede continuar sin él. Consulte a su administrador de TI.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>El llavero del sistema informó de un error.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. Carebridge keeps this workstation&apos;s key there; unlock your keyring (it uses your computer password) and sign in again.</source>
        <translation>Se denegó el acceso al llavero del sistema. Carebridge guarda allí la clave de este puesto; desbloquee su llavero (usa la contraseña de su equipo) e inicie sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>cb::policy::PasswordPolicy</name>
    <message>
        <source>Use at least 12 characters. A short sentence is easy to remember.</source>
        <translation>Use al menos 12 caracteres. Una frase corta es fácil de recordar.</translation>
    </message>
    <message>
        <source>Use at most 128 characters.</source>
        <translation>Use como máximo 128 caracteres.</translation>
    </message>
    <message>
        <source>Do not build the password from your name, username or the clinic&apos;s name.</source>
        <translation>No forme la contraseña con su nombre, su usuario o el nombre de la clínica.</translation>
    </message>
    <message>
        <source>This password is too common or too easy to guess. Try a few unrelated words.</source>
        <translation>Esta contraseña es demasiado común o fácil de adivinar. Pruebe con unas cuantas palabras sin relación entre sí.</translation>
    </message>
</context>
<context>
    <name>cb::policy::Role</name>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermería</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Responsable de cumplimiento</translation>
    </message>
</context>
<context>
    <name>cb::store::StoreError</name>
    <message>
        <source>The encrypted data file does not exist.</source>
        <translation>El archivo de datos cifrado no existe.</translation>
    </message>
    <message>
        <source>The encrypted data file is intact, but the key does not open it.</source>
        <translation>El archivo de datos cifrado está intacto, pero la clave no lo abre.</translation>
    </message>
    <message>
        <source>The data file is not encrypted. Carebridge refuses to use it.</source>
        <translation>El archivo de datos no está cifrado. Carebridge se niega a usarlo.</translation>
    </message>
    <message>
        <source>The encrypted data file is incomplete (it was cut short).</source>
        <translation>El archivo de datos cifrado está incompleto (se cortó).</translation>
    </message>
    <message>
        <source>The encrypted data file is damaged: some of its pages fail their integrity check.</source>
        <translation>El archivo de datos cifrado está dañado: algunas de sus páginas no superan la comprobación de integridad.</translation>
    </message>
    <message>
        <source>The data file was written by a newer version of Carebridge.</source>
        <translation>El archivo de datos lo escribió una versión más reciente de Carebridge.</translation>
    </message>
    <message>
        <source>This installation uses SQLCipher older than version 4. Install SQLCipher 4.6 from bookworm-backports.</source>
        <translation>Esta instalación usa una versión de SQLCipher anterior a la 4. Instale SQLCipher 4.6 desde bookworm-backports.</translation>
    </message>
    <message>
        <source>The data file is in use by another Carebridge process.</source>
        <translation>Otro proceso de Carebridge está usando el archivo de datos.</translation>
    </message>
    <message>
        <source>The data file could not be read or written (check disk space and permissions).</source>
        <translation>No se pudo leer ni escribir el archivo de datos (compruebe el espacio en disco y los permisos).</translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation>Falló una operación de la base de datos.</translation>
    </message>
</context>
<context>
    <name>cb::ui</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Sign me out everywhere else</source>
        <translation>Cerrar mi sesión en todos los demás sitios</translation>
    </message>
    <message>
        <source>Use at least 12 characters. A few unrelated words are strong and easy to remember.</source>
        <translation>Use al menos 12 caracteres. Unas cuantas palabras sin relación entre sí son seguras y fáciles de recordar.</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar la contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>Dónde tiene la sesión iniciada</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>&amp;End selected session</source>
        <translation>&amp;Cerrar la sesión seleccionada</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Este puesto de trabajo</translation>
    </message>
</context>
<context>
    <name>cb::ui::AccountHome</name>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenido/a, %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>Sesión iniciada como %1 · %2</translation>
    </message>
    <message>
        <source>Ctrl+L locks Carebridge when you step away. The Account menu changes your password and shows where you are signed in.</source>
        <translation>Ctrl+L bloquea Carebridge cuando se aleja. El menú Cuenta cambia su contraseña y muestra dónde tiene la sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>cb::ui::AddStaffDialog</name>
    <message>
        <source>Add a staff member</source>
        <translation>Añadir a un miembro del personal</translation>
    </message>
    <message>
        <source>e.g. maria.garcia</source>
        <translation>p. ej. maria.garcia</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Name colleagues see</source>
        <translation>&amp;Nombre que ven los compañeros</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>Contraseña &amp;temporal</translation>
    </message>
    <message>
        <source>Give the temporary password in person. At first sign-in they set up their authenticator app, then can change the password from the Account menu.</source>
        <translation>Entregue la contraseña temporal en persona. En su primer inicio de sesión configurará su aplicación de autenticación y después podrá cambiar la contraseña desde el menú Cuenta.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
</context>
<context>
    <name>cb::ui::Composer</name>
    <message>
        <source>a social security number</source>
        <translation>un número de seguro social</translation>
    </message>
    <message>
        <source>a medical record number</source>
        <translation>un número de historia clínica</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>una fecha de nacimiento</translation>
    </message>
    <message>
        <source>an insurance id</source>
        <translation>un número de seguro médico</translation>
    </message>
    <message>
        <source>a home address</source>
        <translation>un domicilio</translation>
    </message>
    <message>
        <source>a diagnosis</source>
        <translation>un diagnóstico</translation>
    </message>
    <message>
        <source>a test result or value</source>
        <translation>un resultado o valor de una prueba</translation>
    </message>
    <message>
        <source>a medication</source>
        <translation>un medicamento</translation>
    </message>
    <message>
        <source>a dose</source>
        <translation>una dosis</translation>
    </message>
    <message>
        <source>a procedure</source>
        <translation>un procedimiento</translation>
    </message>
    <message>
        <source>Internal &amp;note (never sent to the patient)</source>
        <translation>&amp;Nota interna (nunca se envía al paciente)</translation>
    </message>
    <message>
        <source>With &amp;buttons…</source>
        <translation>Con &amp;botones…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Send the text with up to three quick replies the patient can tap</source>
        <translation>Enviar el texto con hasta tres respuestas rápidas que el paciente puede tocar</translation>
    </message>
    <message>
        <source>This patient sent STOP: WhatsApp messages are off. Notes still work.</source>
        <translation>Este paciente envió STOP: los mensajes de WhatsApp están desactivados. Las notas siguen funcionando.</translation>
    </message>
    <message>
        <source>Reply window open: %1 h %2 min left</source>
        <translation>Ventana de respuesta abierta: quedan %1 h %2 min</translation>
    </message>
    <message>
        <source>Reply window closed: only approved templates can be sent.</source>
        <translation>Ventana de respuesta cerrada: solo se pueden enviar plantillas aprobadas.</translation>
    </message>
    <message>
        <source>This looks like %1. It cannot go on WhatsApp; use the secure portal.</source>
        <translation>Esto parece %1. No puede ir por WhatsApp; use el portal seguro.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Quick-reply buttons</source>
        <translation>Botones de respuesta rápida</translation>
    </message>
    <message>
        <source>The patient sees your text with these buttons and can answer with one tap. Leave a field empty to use fewer buttons.</source>
        <translation>El paciente verá su texto con estos botones y podrá responder con un toque. Deje un campo vacío para usar menos botones.</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>Botón %1</translation>
    </message>
    <message>
        <source>Send with buttons</source>
        <translation>Enviar con botones</translation>
    </message>
    <message>
        <source>Add at least one button.</source>
        <translation>Añada al menos un botón.</translation>
    </message>
    <message>
        <source>Two buttons have the same text.</source>
        <translation>Dos botones tienen el mismo texto.</translation>
    </message>
    <message>
        <source>A button reads as medical or identifying information.</source>
        <translation>Un botón parece información médica o que identifica al paciente.</translation>
    </message>
    <message>
        <source>Send a template</source>
        <translation>Enviar una plantilla</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <source>A field reads as medical or identifying information.</source>
        <translation>Un campo parece información médica o que identifica al paciente.</translation>
    </message>
    <message>
        <source>Te&amp;mplate…</source>
        <translation>&amp;Plantilla…</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Aña&amp;dir nota</translation>
    </message>
    <message>
        <source>hidden or look-alike characters</source>
        <translation>caracteres ocultos o que imitan a otros</translation>
    </message>
    <message>
        <source>&amp;Escalate to secure portal</source>
        <translation>Pasar al portal se&amp;guro</translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>Send the patient a secure portal link and keep this text as the first secure message (Ctrl+Shift+E)</source>
        <translation>Enviar al paciente un enlace al portal seguro y conservar este texto como primer mensaje seguro (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Secure portal</source>
        <translation>Portal seguro</translation>
    </message>
    <message>
        <source>Send on</source>
        <translation>Enviar por</translation>
    </message>
    <message>
        <source>Where this reply goes: WhatsApp, or the patient&apos;s secure portal</source>
        <translation>Por dónde va esta respuesta: WhatsApp o el portal seguro del paciente</translation>
    </message>
    <message>
        <source>Send a photo or a PDF to the patient&apos;s secure portal</source>
        <translation>Enviar una foto o un PDF al portal seguro del paciente</translation>
    </message>
    <message>
        <source>This looks like %1. It cannot go on WhatsApp; send it on the secure portal.</source>
        <translation>Esto parece %1. No puede ir por WhatsApp; envíelo por el portal seguro.</translation>
    </message>
    <message>
        <source>S&amp;witch to the secure portal</source>
        <translation>Cam&amp;biar al portal seguro</translation>
    </message>
    <message>
        <source>The secure portal is not set up on this server. Call the patient instead.</source>
        <translation>El portal seguro no está configurado en este servidor. Llame al paciente.</translation>
    </message>
    <message>
        <source>&amp;Send securely</source>
        <translation>&amp;Enviar de forma segura</translation>
    </message>
    <message>
        <source>Send a file to the secure portal</source>
        <translation>Enviar un archivo al portal seguro</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Fotos y documentos PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Send a new secure portal &amp;link</source>
        <translation>Enviar un en&amp;lace nuevo al portal seguro</translation>
    </message>
</context>
<context>
    <name>cb::ui::ConsentDialog</name>
    <message>
        <source>Patient wrote first</source>
        <translation>El paciente escribió primero</translation>
    </message>
    <message>
        <source>Patient asked for WhatsApp after our warning (documented)</source>
        <translation>El paciente pidió WhatsApp tras nuestro aviso (documentado)</translation>
    </message>
    <message>
        <source>Patient opted in to WhatsApp messages</source>
        <translation>El paciente aceptó recibir mensajes por WhatsApp</translation>
    </message>
    <message>
        <source>Agreed to &amp;reminders we send first</source>
        <translation>Acepta &amp;recordatorios que enviamos nosotros</translation>
    </message>
    <message>
        <source>WhatsApp consent</source>
        <translation>Consentimiento de WhatsApp</translation>
    </message>
    <message>
        <source>How did WhatsApp contact with this patient begin?</source>
        <translation>¿Cómo empezó el contacto por WhatsApp con este paciente?</translation>
    </message>
    <message>
        <source>Reminders need this agreement, are never sent at night, and are limited per week. A patient who sends STOP or BAJA gets no more WhatsApp messages.</source>
        <translation>Los recordatorios necesitan esta aceptación, nunca se envían de noche y tienen un límite semanal. Un paciente que envía STOP o BAJA no recibe más mensajes de WhatsApp.</translation>
    </message>
</context>
<context>
    <name>cb::ui::ConversationListModel</name>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>pospuesta hasta %1</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
</context>
<context>
    <name>cb::ui::DateOfBirthDialog</name>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>The secure portal asks the patient for this date besides the WhatsApp code, so a forwarded link is not enough. Copy it from the patient&apos;s chart.</source>
        <translation>El portal seguro pide esta fecha al paciente además del código de WhatsApp, así que un enlace reenviado no basta. Cópiela de la historia clínica del paciente.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Remove the date</source>
        <translation>&amp;Quitar la fecha</translation>
    </message>
</context>
<context>
    <name>cb::ui::ImageViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photo sent by the patient</source>
        <translation>Foto enviada por el paciente</translation>
    </message>
</context>
<context>
    <name>cb::ui::InboxView</name>
    <message>
        <source>Resol&amp;ve</source>
        <translation>Resol&amp;ver</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>Cola de triaje</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Search messages and patients (Ctrl+F)</source>
        <translation>Buscar mensajes y pacientes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Mayús+A</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Open, pending or snoozed (Ctrl+Shift+S)</source>
        <translation>Abierta, pendiente o pospuesta (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Mayús+R</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenido/a, %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source> · WhatsApp connection needs re-authorisation: tell an admin</source>
        <translation> · La conexión con WhatsApp necesita una nueva autorización: avise a un administrador</translation>
    </message>
    <message>
        <source> · WhatsApp is not set up</source>
        <translation> · WhatsApp no está configurado</translation>
    </message>
    <message>
        <source>To &amp;me	Ctrl+Shift+M</source>
        <translation>A &amp;mí	Ctrl+Mayús+M</translation>
    </message>
    <message>
        <source>To the nurse &amp;triage queue	Ctrl+Shift+T</source>
        <translation>A la cola de &amp;triaje de enfermería	Ctrl+Mayús+T</translation>
    </message>
    <message>
        <source>&amp;Nobody (back to Unassigned)</source>
        <translation>A &amp;nadie (vuelve a Sin asignar)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abierta</translation>
    </message>
    <message>
        <source>&amp;Pending (waiting for the patient)</source>
        <translation>&amp;Pendiente (esperando al paciente)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>P&amp;osponer</translation>
    </message>
    <message>
        <source>For one &amp;hour</source>
        <translation>Durante una &amp;hora</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow 8:00</source>
        <translation>Hasta &amp;mañana a las 8:00</translation>
    </message>
    <message>
        <source>Until next &amp;Monday 8:00</source>
        <translation>Hasta el próximo &amp;lunes a las 8:00</translation>
    </message>
    <message>
        <source>&amp;Resolved	Ctrl+Shift+R</source>
        <translation>&amp;Resuelta	Ctrl+Mayús+R</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Elija una conversación</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>triage queue</source>
        <translation>cola de triaje</translation>
    </message>
    <message>
        <source>%1 · WhatsApp +%2 · %3 · %4</source>
        <translation>%1 · WhatsApp +%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation>Consentimiento: %1</translation>
    </message>
    <message>
        <source> · sent STOP: no WhatsApp messages</source>
        <translation> · envió STOP: sin mensajes de WhatsApp</translation>
    </message>
    <message>
        <source> · reminders allowed</source>
        <translation> · admite recordatorios</translation>
    </message>
    <message>
        <source>&amp;Consent…</source>
        <translation>&amp;Consentimiento…</translation>
    </message>
    <message>
        <source>Ass&amp;ign</source>
        <translation>Asi&amp;gnar</translation>
    </message>
    <message>
        <source>Secure &amp;portal</source>
        <translation>&amp;Portal seguro</translation>
    </message>
    <message>
        <source>Escalate to the secure portal, send a new link, record the date of birth (Ctrl+Shift+E escalates)</source>
        <translation>Pasar al portal seguro, enviar un enlace nuevo, anotar la fecha de nacimiento (Ctrl+Mayús+E pasa al portal)</translation>
    </message>
    <message>
        <source>Secure portal: not used yet</source>
        <translation>Portal seguro: aún no se ha usado</translation>
    </message>
    <message>
        <source>Secure portal: link sent %1, not opened yet (expires %2)</source>
        <translation>Portal seguro: enlace enviado %1, aún sin abrir (caduca %2)</translation>
    </message>
    <message>
        <source>Secure portal: link opened %1, waiting for the patient&apos;s code</source>
        <translation>Portal seguro: enlace abierto %1, esperando el código del paciente</translation>
    </message>
    <message>
        <source>Secure portal: patient verified %1</source>
        <translation>Portal seguro: paciente verificado %1</translation>
    </message>
    <message>
        <source>Secure portal: the link expired unused. Send a new link.</source>
        <translation>Portal seguro: el enlace caducó sin usarse. Envíe un enlace nuevo.</translation>
    </message>
    <message>
        <source>Secure portal: locked %1 after too many wrong answers. Send a new link.</source>
        <translation>Portal seguro: bloqueado %1 tras demasiadas respuestas incorrectas. Envíe un enlace nuevo.</translation>
    </message>
    <message>
        <source>Secure portal: access revoked %1</source>
        <translation>Portal seguro: acceso revocado %1</translation>
    </message>
    <message>
        <source> · date of birth on file</source>
        <translation> · fecha de nacimiento registrada</translation>
    </message>
    <message>
        <source>Send a &amp;new link	Ctrl+Shift+E</source>
        <translation>Enviar un enlace &amp;nuevo	Ctrl+Mayús+E</translation>
    </message>
    <message>
        <source>&amp;Escalate to secure portal	Ctrl+Shift+E</source>
        <translation>&amp;Pasar al portal seguro	Ctrl+Mayús+E</translation>
    </message>
    <message>
        <source>&amp;Revoke portal access</source>
        <translation>&amp;Revocar el acceso al portal</translation>
    </message>
    <message>
        <source>Date of &amp;birth for verification…</source>
        <translation>Fecha de &amp;nacimiento para la verificación…</translation>
    </message>
</context>
<context>
    <name>cb::ui::LockScreen</name>
    <message>
        <source>Carebridge is locked</source>
        <translation>Carebridge está bloqueado</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Ca&amp;mbiar de usuario</translation>
    </message>
    <message>
        <source>Sign %1 out so someone else can sign in</source>
        <translation>Cerrar la sesión de %1 para que otra persona pueda entrar</translation>
    </message>
</context>
<context>
    <name>cb::ui::LoginView</name>
    <message>
        <source>Sign in to Carebridge</source>
        <translation>Iniciar sesión en Carebridge</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Enter your code</source>
        <translation>Escriba su código</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Set up your authenticator</source>
        <translation>Configure su autenticador</translation>
    </message>
    <message>
        <source>Carebridge asks for a code from your phone at every sign-in. Scan this QR code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or FreeOTP), then type the 6-digit code it shows.</source>
        <translation>Carebridge pide un código de su teléfono en cada inicio de sesión. Escanee este código QR con una aplicación de autenticación (por ejemplo Google Authenticator, Microsoft Authenticator o FreeOTP) y escriba el código de 6 dígitos que muestre.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Cannot scan? Enter this key in the app by hand:</source>
        <translation>¿No puede escanearlo? Escriba esta clave en la aplicación:</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Código de la aplicación</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Código de 6 dígitos</translation>
    </message>
    <message>
        <source>&amp;Confirm and sign in</source>
        <translation>&amp;Confirmar e iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Open your authenticator app and type the 6-digit code for Carebridge. Lost your phone? Type one of your recovery codes instead. First sign-in, or your authenticator was reset? Type the enrolment code your administrator gave you.</source>
        <translation>Abra su aplicación de autenticación y escriba el código de 6 dígitos de Carebridge. ¿Perdió el teléfono? Escriba uno de sus códigos de recuperación. ¿Es su primer inicio de sesión o se restableció su autenticador? Escriba el código de alta que le dio su administrador.</translation>
    </message>
</context>
<context>
    <name>cb::ui::MainWindow</name>
    <message>
        <source>Carebridge</source>
        <translation>Carebridge</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Check &amp;server now</source>
        <translation>Comprobar el &amp;servidor ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Carebridge</source>
        <translation>&amp;Acerca de Carebridge</translation>
    </message>
    <message>
        <source>About Carebridge</source>
        <translation>Acerca de Carebridge</translation>
    </message>
    <message>
        <source>Carebridge %1
Secure messaging for clinic staff.</source>
        <translation>Carebridge %1
Mensajería segura para el personal de la clínica.</translation>
    </message>
    <message numerus="yes">
        <source>For privacy, Carebridge locks in %n second(s). Move the mouse or press a key to stay signed in.</source>
        <translation>
            <numerusform>Por privacidad, Carebridge se bloquea en %n segundo. Mueva el ratón o pulse una tecla para seguir con la sesión.</numerusform>
            <numerusform>Por privacidad, Carebridge se bloquea en %n segundos. Mueva el ratón o pulse una tecla para seguir con la sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>Where I am &amp;signed in…</source>
        <translation>Dónde tengo la &amp;sesión iniciada…</translation>
    </message>
    <message>
        <source>&amp;Manage staff…</source>
        <translation>&amp;Gestionar el personal…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar la s&amp;esión</translation>
    </message>
    <message numerus="yes">
        <source>Carebridge: %n unread message(s)</source>
        <translation>
            <numerusform>Carebridge: %n mensaje sin leer</numerusform>
            <numerusform>Carebridge: %n mensajes sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed sign-in attempts</source>
        <translation>Intentos fallidos de inicio de sesión</translation>
    </message>
    <message numerus="yes">
        <source>There were %n failed attempt(s) to sign in to your account since you last signed in, the latest on %1. If they were not yours, tell your administrator.</source>
        <translation>
            <numerusform>Hubo %n intento fallido de iniciar sesión en su cuenta desde la última vez que entró, el último el %1. Si no fue usted, avise a su administrador.</numerusform>
            <numerusform>Hubo %n intentos fallidos de iniciar sesión en su cuenta desde la última vez que entró, el último el %1. Si no fue usted, avise a su administrador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::RecoveryCodesDialog</name>
    <message>
        <source>Your recovery codes</source>
        <translation>Sus códigos de recuperación</translation>
    </message>
    <message>
        <source>If you lose your phone, each of these codes signs you in once instead of an authenticator code. Write them down or print them and keep them somewhere safe. They are shown only now.</source>
        <translation>Si pierde el teléfono, cada uno de estos códigos le permite iniciar sesión una vez en lugar de un código del autenticador. Anótelos o imprímalos y guárdelos en un lugar seguro. Solo se muestran ahora.</translation>
    </message>
    <message>
        <source>I have stored these codes somewhere safe</source>
        <translation>He guardado estos códigos en un lugar seguro</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>cb::ui::ServerStatusIndicator</name>
    <message>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
    </message>
</context>
<context>
    <name>cb::ui::StaffAdminDialog</name>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Reset authenticator</source>
        <translation>&amp;Restablecer el autenticador</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation>Cerrar &amp;todas sus sesiones</translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation>Gestionar el personal</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Autenticador</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Añadir a un miembro del personal…</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>Restablecer el autenticador</translation>
    </message>
    <message>
        <source>Reset %1&apos;s authenticator? They are signed out and set up a new one at their next sign-in.</source>
        <translation>¿Restablecer el autenticador de %1? Se cerrarán sus sesiones y configurará uno nuevo en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurado</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Aún sin configurar</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
</context>
<context>
    <name>cb::ui::ThreadModel</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Voice message or audio</source>
        <translation>Mensaje de voz o audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>· could not be downloaded from WhatsApp</source>
        <translation>· no se pudo descargar de WhatsApp</translation>
    </message>
    <message>
        <source>· downloading…</source>
        <translation>· descargando…</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún sin enviar</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>Nota interna · %1</translation>
    </message>
    <message>
        <source>WhatsApp · %1</source>
        <translation>WhatsApp · %1</translation>
    </message>
    <message>
        <source>WhatsApp · %1 · sending…</source>
        <translation>WhatsApp · %1 · enviando…</translation>
    </message>
    <message>
        <source>WhatsApp · %1 · ✓ sent</source>
        <translation>WhatsApp · %1 · ✓ enviado</translation>
    </message>
    <message>
        <source>WhatsApp · %1 · ✓✓ delivered</source>
        <translation>WhatsApp · %1 · ✓✓ entregado</translation>
    </message>
    <message>
        <source>WhatsApp · %1 · ✓✓ read</source>
        <translation>WhatsApp · %1 · ✓✓ leído</translation>
    </message>
    <message>
        <source>WhatsApp · %1 · ⚠ not delivered: %2</source>
        <translation>WhatsApp · %1 · ⚠ no entregado: %2</translation>
    </message>
    <message>
        <source>[location] %1</source>
        <translation>[ubicación] %1</translation>
    </message>
    <message>
        <source>[reaction] %1</source>
        <translation>[reacción] %1</translation>
    </message>
    <message>
        <source>[buttons: %1]</source>
        <translation>[botones: %1]</translation>
    </message>
    <message>
        <source>[unsupported message: open WhatsApp Manager to see it]</source>
        <translation>[mensaje no compatible: ábralo en WhatsApp Manager para verlo]</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see the photo full size</source>
        <translation>Doble clic o Intro para ver la foto a tamaño completo</translation>
    </message>
    <message>
        <source>Secure portal · %1</source>
        <translation>Portal seguro · %1</translation>
    </message>
    <message>
        <source>Secure portal · %1 · sending…</source>
        <translation>Portal seguro · %1 · enviando…</translation>
    </message>
    <message>
        <source>Secure portal · %1 · ✓ in the portal</source>
        <translation>Portal seguro · %1 · ✓ en el portal</translation>
    </message>
    <message>
        <source>[Secure portal link sent to the patient]</source>
        <translation>[Enlace al portal seguro enviado al paciente]</translation>
    </message>
    <message>
        <source>[New secure message notice with a fresh link sent to the patient]</source>
        <translation>[Aviso de mensaje seguro nuevo con un enlace nuevo enviado al paciente]</translation>
    </message>
    <message>
        <source>[Verification code for the secure portal sent to the patient]</source>
        <translation>[Código de verificación del portal seguro enviado al paciente]</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Carebridge secure messaging</source>
        <translation>Mensajería segura Carebridge</translation>
    </message>
    <message>
        <source>Server address for this run (not saved).</source>
        <translation>Dirección del servidor para esta ejecución (no se guarda).</translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM) to trust.</source>
        <translation>Certificado de CA adicional (PEM) en el que confiar.</translation>
    </message>
    <message>
        <source>Carebridge cannot start</source>
        <translation>Carebridge no puede iniciarse</translation>
    </message>
</context>
</TS>
