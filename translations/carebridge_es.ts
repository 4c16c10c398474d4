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
    <name>cb::client::CannedRepliesService</name>
    <message>
        <source>This reads as medical or identifying information. A canned reply goes out on WhatsApp, so it must not hold any.</source>
        <translation>Esto parece información médica o que identifica al paciente. Una respuesta predefinida se envía por WhatsApp, así que no puede contener nada de eso.</translation>
    </message>
    <message>
        <source>Another reply in this language already has that title.</source>
        <translation>Otra respuesta en este idioma ya tiene ese título.</translation>
    </message>
    <message>
        <source>Give a title of one line (at most 40 characters) and a text of at most 1,024 characters.</source>
        <translation>Indique un título de una línea (40 caracteres como máximo) y un texto de 1024 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The clinic already has 200 canned replies. Delete one first.</source>
        <translation>La clínica ya tiene 200 respuestas predefinidas. Elimine una primero.</translation>
    </message>
</context>
<context>
    <name>cb::client::ComplianceFlagsService</name>
    <message>
        <source>You raised this flag yourself: a colleague in compliance acknowledges it.</source>
        <translation>Esta alerta la generó una acción suya: la confirma otra persona de cumplimiento.</translation>
    </message>
    <message>
        <source>A colleague has already acknowledged this flag.</source>
        <translation>Otra persona ya confirmó esta alerta.</translation>
    </message>
</context>
<context>
    <name>cb::client::ComplianceService</name>
    <message>
        <source>The server refused: an open incident must be assessed (the four factors) first.</source>
        <translation>El servidor lo rechazó: primero hay que evaluar el incidente abierto (los cuatro factores).</translation>
    </message>
    <message>
        <source>The server refused: the assessment found a breach, so it must be notified before it is closed.</source>
        <translation>El servidor lo rechazó: la evaluación concluyó que hubo una brecha, así que hay que notificarla antes de cerrar el incidente.</translation>
    </message>
    <message>
        <source>The server refused: the assessment found a low probability of compromise, so there is nothing to notify.</source>
        <translation>El servidor lo rechazó: la evaluación concluyó que hay una probabilidad baja de que los datos se vieran comprometidos, así que no hay nada que notificar.</translation>
    </message>
    <message>
        <source>The server refused: the incident is already closed.</source>
        <translation>El servidor lo rechazó: el incidente ya está cerrado.</translation>
    </message>
    <message>
        <source>The server refused: a notified incident can only be closed.</source>
        <translation>El servidor lo rechazó: un incidente notificado solo se puede cerrar.</translation>
    </message>
    <message>
        <source>The server refused this change of status.</source>
        <translation>El servidor rechazó este cambio de estado.</translation>
    </message>
    <message>
        <source>This type of incident names its conversation.</source>
        <translation>En este tipo de incidente hay que indicar la conversación.</translation>
    </message>
    <message>
        <source>A lost device names its workstation.</source>
        <translation>En un dispositivo perdido hay que indicar el puesto de trabajo.</translation>
    </message>
    <message>
        <source>The discovery time must be in the past ten years, not in the future.</source>
        <translation>La fecha del descubrimiento debe estar dentro de los últimos diez años, no en el futuro.</translation>
    </message>
    <message>
        <source>Describe each of the four factors (3 to 2000 characters).</source>
        <translation>Describa cada uno de los cuatro factores (de 3 a 2000 caracteres).</translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation>Revise los campos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No such incident or conversation.</source>
        <translation>No existe ese incidente o esa conversación.</translation>
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
    <message>
        <source>Message removed at the end of the retention period</source>
        <translation>Mensaje eliminado al terminar el período de conservación</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>un compañero</translation>
    </message>
    <message>
        <source>Message retracted by %1 at %2</source>
        <translation>Mensaje retirado por %1 el %2</translation>
    </message>
</context>
<context>
    <name>cb::client::RecordsService</name>
    <message numerus="yes">
        <source>State the investigation&apos;s reason in at least %n character(s).</source>
        <translation>
            <numerusform>Indique el motivo de la investigación en al menos %n carácter.</numerusform>
            <numerusform>Indique el motivo de la investigación en al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This review has expired. Open a new one, with its reason, to read the conversation again.</source>
        <translation>Esta revisión ha vencido. Abra una nueva, con su motivo, para volver a leer la conversación.</translation>
    </message>
    <message>
        <source>The server refused: the cutoff is later than the retention period allows. Check what would be purged again.</source>
        <translation>El servidor lo rechazó: la fecha de corte es posterior a lo que permite el período de conservación. Vuelva a comprobar qué se depuraría.</translation>
    </message>
    <message>
        <source>Give a reason (3 to 500 characters).</source>
        <translation>Indique un motivo (de 3 a 500 caracteres).</translation>
    </message>
    <message numerus="yes">
        <source>A review lasts 1 to %n minute(s).</source>
        <translation>
            <numerusform>Una revisión dura de 1 a %n minuto.</numerusform>
            <numerusform>Una revisión dura de 1 a %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name either a conversation or a contact.</source>
        <translation>Indique una conversación o un contacto, no ambos.</translation>
    </message>
    <message>
        <source>Check the fields and try again.</source>
        <translation>Revise los campos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No such conversation, contact, hold or review.</source>
        <translation>No existe esa conversación, contacto, retención legal o revisión.</translation>
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
    <message>
        <source>Confirm your password and code to make this change.</source>
        <translation>Confirme su contraseña y su código para hacer este cambio.</translation>
    </message>
    <message>
        <source>Choose a new password before you continue.</source>
        <translation>Elija una contraseña nueva antes de continuar.</translation>
    </message>
    <message>
        <source>An administrator wiped this workstation. Its saved messages were deleted.</source>
        <translation>Un administrador borró los datos de este puesto de trabajo. Se eliminaron sus mensajes guardados.</translation>
    </message>
    <message>
        <source>An administrator ended your session.</source>
        <translation>Un administrador cerró su sesión.</translation>
    </message>
    <message>
        <source>Your account was disabled. Its saved messages on this workstation were deleted.</source>
        <translation>Su cuenta se desactivó. Se eliminaron los mensajes de la cuenta guardados en este puesto de trabajo.</translation>
    </message>
    <message>
        <source>An administrator changed your roles. Sign in again to continue.</source>
        <translation>Un administrador cambió sus roles. Inicie sesión de nuevo para continuar.</translation>
    </message>
    <message>
        <source>An administrator reset your password. Sign in with the new one.</source>
        <translation>Un administrador restableció su contraseña. Inicie sesión con la nueva.</translation>
    </message>
    <message>
        <source>An administrator reset your authenticator. Sign in to set up a new one.</source>
        <translation>Un administrador restableció su autenticador. Inicie sesión para configurar uno nuevo.</translation>
    </message>
    <message>
        <source>Wipe this workstation from another one.</source>
        <translation>Borre los datos de este puesto de trabajo desde otro puesto.</translation>
    </message>
    <message>
        <source>Ask another administrator to change your own roles.</source>
        <translation>Pida a otro administrador que cambie sus propios roles.</translation>
    </message>
    <message>
        <source>Ask another administrator to disable your account.</source>
        <translation>Pida a otro administrador que desactive su cuenta.</translation>
    </message>
    <message>
        <source>It is no longer there. The list was refreshed.</source>
        <translation>Ya no existe. Se actualizó la lista.</translation>
    </message>
    <message>
        <source>No patient matches that name or number. Check it, or use the contact number shown in About.</source>
        <translation>Ningún paciente coincide con ese nombre o número. Revíselo o use el número de contacto que aparece en «Afecta a».</translation>
    </message>
    <message>
        <source>Carebridge is locked. Unlock it with your password first.</source>
        <translation>Carebridge está bloqueado. Desbloquéelo primero con su contraseña.</translation>
    </message>
    <message>
        <source>No staff member matches that name. Check the spelling, or type part of the name or username.</source>
        <translation>Ningún miembro del personal coincide con ese nombre. Revise cómo está escrito, o escriba parte del nombre o del usuario.</translation>
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
    <name>cb::client::SessionAdminService</name>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>Se cerró %n sesión.</numerusform>
            <numerusform>Se cerraron %n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workstation was wiped: %n session(s) ended, and its saved data can no longer be opened.</source>
        <translation>
            <numerusform>Se borraron los datos del puesto de trabajo: se cerró %n sesión y sus datos guardados ya no se pueden abrir.</numerusform>
            <numerusform>Se borraron los datos del puesto de trabajo: se cerraron %n sesiones y sus datos guardados ya no se pueden abrir.</numerusform>
        </translation>
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
    <message>
        <source>The password was reset and they were signed out. They choose their own at their next sign-in.</source>
        <translation>Se restableció la contraseña y se cerraron sus sesiones. Elegirá una propia en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>The roles were changed; they sign in again to use them.</source>
        <translation>Se cambiaron los roles; tendrá que iniciar sesión de nuevo para usarlos.</translation>
    </message>
    <message>
        <source>They can sign in again now.</source>
        <translation>Ya puede volver a iniciar sesión.</translation>
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
    <message>
        <source>Roles of %1</source>
        <translation>Roles de %1</translation>
    </message>
    <message>
        <source>They are signed out and sign in again to use the new roles. An administrator who can also read conversations is flagged to compliance.</source>
        <translation>Se cerrará su sesión y volverá a iniciarla para usar los roles nuevos. Un administrador que además puede leer conversaciones se señala a cumplimiento.</translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation>&amp;Guardar roles</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Marque al menos un rol.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>Give them a temporary password in person. They are signed out everywhere and must choose their own at their next sign-in.</source>
        <translation>Entréguele una contraseña temporal en persona. Se cerrarán todas sus sesiones y deberá elegir la suya al iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
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
    <message>
        <source>Open &amp;Administration (Ctrl+Shift+D)</source>
        <translation>Abrir la &amp;administración (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>cb::ui::AcknowledgeFlagDialog</name>
    <message>
        <source>Acknowledge a compliance flag</source>
        <translation>Confirmar una alerta de cumplimiento</translation>
    </message>
    <message>
        <source>What you checked, and what you found</source>
        <translation>Qué revisó y qué encontró</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>%1: %2, about %3.</source>
        <translation>%1: %2, sobre %3.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Say what you checked (at most %1 characters).</source>
        <translation>Indique qué revisó (como máximo %1 caracteres).</translation>
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
    <name>cb::ui::AdminConsole</name>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Conservación</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>Ca&amp;nned replies</source>
        <translation>&amp;Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Fla&amp;gs</source>
        <translation>Aler&amp;tas</translation>
    </message>
</context>
<context>
    <name>cb::ui::AssessIncidentDialog</name>
    <message>
        <source>Assess incident %1</source>
        <translation>Evaluar el incidente %1</translation>
    </message>
    <message>
        <source>Which patient data, how much, how identifying</source>
        <translation>Qué datos del paciente, cuántos y cuánto lo identifican</translation>
    </message>
    <message>
        <source>Who received or could see it</source>
        <translation>Quién los recibió o pudo verlos</translation>
    </message>
    <message>
        <source>What was done to limit the harm</source>
        <translation>Qué se hizo para limitar el daño</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Low probability that the data was compromised</source>
        <translation>Probabilidad baja de que los datos se vieran comprometidos</translation>
    </message>
    <message>
        <source>Breach: patients must be notified</source>
        <translation>Brecha: hay que notificar a los pacientes</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Guardar la evaluación</translation>
    </message>
    <message>
        <source>1. &amp;Nature and extent of the data:</source>
        <translation>1. &amp;Naturaleza y alcance de los datos:</translation>
    </message>
    <message>
        <source>2. &amp;Who received it:</source>
        <translation>2. &amp;Quién los recibió:</translation>
    </message>
    <message>
        <source>3. Actually acquired or &amp;viewed:</source>
        <translation>3. Realmente obtenidos o &amp;vistos:</translation>
    </message>
    <message>
        <source>4. &amp;Mitigation:</source>
        <translation>4. &amp;Mitigación:</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Conclusión:</translation>
    </message>
    <message>
        <source>Describe each of the four factors.</source>
        <translation>Describa cada uno de los cuatro factores.</translation>
    </message>
    <message>
        <source>Choose after weighing the four factors…</source>
        <translation>Elija tras valorar los cuatro factores…</translation>
    </message>
    <message>
        <source>Choose the conclusion: a low probability of compromise, or a breach.</source>
        <translation>Elija la conclusión: una probabilidad baja de que los datos se vieran comprometidos, o una brecha.</translation>
    </message>
</context>
<context>
    <name>cb::ui::AuditModel</name>
    <message>
        <source>%1 UTC (event %2)</source>
        <translation>%1 UTC (evento %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>Workstation or address</source>
        <translation>Puesto de trabajo o dirección</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>cb::ui::AuditView</name>
    <message>
        <source>events are missing, inserted or out of order</source>
        <translation>faltan eventos, hay eventos añadidos o están fuera de orden</translation>
    </message>
    <message>
        <source>the event was changed after it was recorded</source>
        <translation>el evento se modificó después de registrarse</translation>
    </message>
    <message>
        <source>something before this event was rewritten</source>
        <translation>algo anterior a este evento se reescribió</translation>
    </message>
    <message>
        <source>a checkpoint was not signed by this server</source>
        <translation>un punto de control no lo firmó este servidor</translation>
    </message>
    <message>
        <source>events were cut off the end of the trail</source>
        <translation>se cortaron eventos del final del registro</translation>
    </message>
    <message>
        <source>the trail was rebuilt after a signed checkpoint</source>
        <translation>el registro se reconstruyó después de un punto de control firmado</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Appl&amp;y filters</source>
        <translation>Aplicar &amp;filtros</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>W&amp;ho accessed this patient&apos;s conversations?</source>
        <translation>¿&amp;Quién accedió a las conversaciones de este paciente?</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>login. or portal. or conversation.view</source>
        <translation>login. o portal. o conversation.view</translation>
    </message>
    <message>
        <source>Events whose type starts with this text</source>
        <translation>Eventos cuyo tipo empieza por este texto</translation>
    </message>
    <message>
        <source>Events by people while they were signed in on this workstation</source>
        <translation>Eventos de personas mientras tenían la sesión iniciada en este puesto de trabajo</translation>
    </message>
    <message>
        <source>A day in local time; the whole day is included</source>
        <translation>Un día en hora local; se incluye el día completo</translation>
    </message>
    <message>
        <source>Only events on or after this day</source>
        <translation>Solo eventos de este día o posteriores</translation>
    </message>
    <message>
        <source>Only events on or before this day</source>
        <translation>Solo eventos de este día o anteriores</translation>
    </message>
    <message>
        <source>Everyone who read or changed anything about one patient. Uses the selected event when it is about a contact (contact:…), otherwise the Patient contact field.</source>
        <translation>Todas las personas que leyeron o cambiaron algo de un paciente. Usa el evento seleccionado si es sobre un contacto (contact:…); si no, el campo Contacto del paciente.</translation>
    </message>
    <message>
        <source>Saves every event that matches the filters shown (at most 100,000), with the signed checkpoints that prove nothing was cut off. Exporting is itself recorded.</source>
        <translation>Guarda todos los eventos que cumplen los filtros mostrados (como máximo 100,000), con los puntos de control firmados que demuestran que no se cortó nada. La exportación también queda registrada.</translation>
    </message>
    <message>
        <source>Checks every event in the trail and every signed checkpoint</source>
        <translation>Comprueba todos los eventos del registro y todos los puntos de control firmados</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Pe&amp;rsona:</translation>
    </message>
    <message>
        <source>&amp;Event type:</source>
        <translation>&amp;Tipo de evento:</translation>
    </message>
    <message>
        <source>&amp;Workstation:</source>
        <translation>P&amp;uesto de trabajo:</translation>
    </message>
    <message>
        <source>Events, newest fi&amp;rst (times in local time):</source>
        <translation>&amp;Eventos, los más recientes primero (en hora local):</translation>
    </message>
    <message>
        <source>The From day is after the To day.</source>
        <translation>El día Desde es posterior al día Hasta.</translation>
    </message>
    <message>
        <source>Export the audit trail as CSV</source>
        <translation>Exportar el registro de auditoría como CSV</translation>
    </message>
    <message>
        <source>Export the audit trail as JSON</source>
        <translation>Exportar el registro de auditoría como JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Saved the export to %1.</source>
        <translation>Exportación guardada en %1.</translation>
    </message>
    <message>
        <source>It is capped: only the newest 100,000 matching events are in it. Narrow the filters (for example the dates) to export the rest.</source>
        <translation>Está limitada: solo contiene los 100,000 eventos coincidentes más recientes. Acote los filtros (por ejemplo, las fechas) para exportar el resto.</translation>
    </message>
    <message>
        <source>Every matching event is in it.</source>
        <translation>Contiene todos los eventos coincidentes.</translation>
    </message>
    <message>
        <source>Checking the whole audit trail…</source>
        <translation>Comprobando todo el registro de auditoría…</translation>
    </message>
    <message>
        <source>Could not check the audit trail: %1</source>
        <translation>No se pudo comprobar el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n event(s) checked, and every signed checkpoint (%1) matches.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: se comprobó %n evento y todos los puntos de control firmados (%1) coinciden.</numerusform>
            <numerusform>El registro de auditoría está intacto: se comprobaron %n eventos y todos los puntos de control firmados (%1) coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. The first bad event is number %1: %2.</source>
        <translation>El registro de auditoría NO está intacto. El primer evento incorrecto es el número %1: %2.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; loading more…</source>
        <translation>
            <numerusform>%n evento mostrado; cargando más…</numerusform>
            <numerusform>%n eventos mostrados; cargando más…</numerusform>
        </translation>
    </message>
    <message>
        <source>No events match.</source>
        <translation>Ningún evento coincide.</translation>
    </message>
    <message numerus="yes">
        <source>All %n matching event(s) shown.</source>
        <translation>
            <numerusform>Se muestra %n evento coincidente; no hay más.</numerusform>
            <numerusform>Se muestran los %n eventos coincidentes; no hay más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for older ones.</source>
        <translation>
            <numerusform>%n evento mostrado; desplácese hacia abajo para ver los anteriores.</numerusform>
            <numerusform>%n eventos mostrados; desplácese hacia abajo para ver los anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>name, phone number or contact number</source>
        <translation>nombre, teléfono o número de contacto</translation>
    </message>
    <message>
        <source>Patie&amp;nt:</source>
        <translation>Pacie&amp;nte:</translation>
    </message>
    <message>
        <source>Type the patient&apos;s phone number, name or contact number in Patient, or select an event about a contact (contact:…), then try again.</source>
        <translation>Escriba el teléfono, el nombre o el número de contacto del paciente en Paciente, o seleccione un evento sobre un contacto (contact:…), e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Events about this patient: the contact, their conversation, its messages, and the inbox pages and event streams that showed them. A phone number in any usual format, part of a name, or the contact number shown in About.</source>
        <translation>Eventos sobre este paciente: el contacto, su conversación, sus mensajes y las páginas de la bandeja y los flujos de eventos que lo mostraron. Un teléfono en cualquier formato habitual, parte de un nombre o el número de contacto que aparece en «Afecta a».</translation>
    </message>
    <message>
        <source>Showing everyone who read or changed anything about patient %1: the contact, their conversation, its messages, and the inbox pages and event streams that showed them.</source>
        <translation>Se muestran todas las personas que leyeron o cambiaron algo del paciente %1: el contacto, su conversación, sus mensajes y las páginas de la bandeja y los flujos de eventos que lo mostraron.</translation>
    </message>
    <message>
        <source>name or username, or system</source>
        <translation>nombre o usuario, o system</translation>
    </message>
    <message>
        <source>Events done by this person: part of their name or username (everyone who matches), a staff number such as 12, or system</source>
        <translation>Eventos hechos por esta persona: parte de su nombre o de su usuario (todas las personas que coincidan), un número de personal como 12, o system</translation>
    </message>
    <message>
        <source>workstation name</source>
        <translation>nombre de la estación de trabajo</translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupStatus</name>
    <message>
        <source>Last verified backup: %1 (%2).</source>
        <translation>Última copia de seguridad verificada: %1 (%2).</translation>
    </message>
    <message>
        <source>No verified backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad verificada.</translation>
    </message>
    <message>
        <source>Last restore drill: %1.</source>
        <translation>Último simulacro de restauración: %1.</translation>
    </message>
    <message>
        <source>No restore drill yet.</source>
        <translation>Todavía no hay ningún simulacro de restauración.</translation>
    </message>
    <message>
        <source>Warning: the last verified backup is more than a day old. Check carebridge-backup.timer on the server (docs/runbook-emergency.md).</source>
        <translation>Atención: la última copia de seguridad verificada tiene más de un día. Revise carebridge-backup.timer en el servidor (docs/runbook-emergency.md).</translation>
    </message>
</context>
<context>
    <name>cb::ui::CannedRepliesView</name>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Staff type “/” in a reply to insert one of these. They go out on WhatsApp, so they never hold medical or identifying details (PhiGuard checks each one).</source>
        <translation>El personal escribe «/» en una respuesta para insertar una de estas. Se envían por WhatsApp, así que nunca contienen datos médicos ni que identifiquen al paciente (PhiGuard revisa cada una).</translation>
    </message>
    <message>
        <source>No canned replies yet. Add the answers your staff give most often.</source>
        <translation>Todavía no hay respuestas predefinidas. Añada las respuestas que su personal da con más frecuencia.</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Delete a canned reply</source>
        <translation>Eliminar una respuesta predefinida</translation>
    </message>
    <message>
        <source>Delete “%1”? Staff will no longer be offered it.</source>
        <translation>¿Eliminar «%1»? Ya no se le ofrecerá al personal.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
</context>
<context>
    <name>cb::ui::CannedReplyDialog</name>
    <message>
        <source>Change a canned reply</source>
        <translation>Cambiar una respuesta predefinida</translation>
    </message>
    <message>
        <source>Add a canned reply</source>
        <translation>Añadir una respuesta predefinida</translation>
    </message>
    <message>
        <source>A short name staff type after “/”, e.g. hours</source>
        <translation>Un nombre corto que el personal escribe tras «/», p. ej. horario</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>The reply as patients will read it on WhatsApp: no medical or identifying details</source>
        <translation>La respuesta tal como la leerán los pacientes en WhatsApp: sin datos médicos ni que los identifiquen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Give the reply a title and a text.</source>
        <translation>Indique un título y un texto para la respuesta.</translation>
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
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <source>Secure portal: WhatsApp only carries a notice to the patient, never this text.</source>
        <translation>Portal seguro: por WhatsApp solo va un aviso al paciente, nunca este texto.</translation>
    </message>
    <message>
        <source>This first reply ends with the clinic&apos;s notice: “%1”</source>
        <translation>Esta primera respuesta termina con el aviso de la clínica: «%1»</translation>
    </message>
    <message>
        <source>Type / for the clinic&apos;s canned replies</source>
        <translation>Escriba / para ver las respuestas predefinidas de la clínica</translation>
    </message>
    <message>
        <source>Never sent to the patient: only staff see internal notes. Type @ to mention a colleague.</source>
        <translation>Nunca se envía al paciente: solo el personal ve las notas internas. Escriba @ para mencionar a un compañero.</translation>
    </message>
    <message>
        <source>This looks like %1. It cannot go on WhatsApp; write it as an internal note for the care team.</source>
        <translation>Esto parece %1. No puede ir por WhatsApp; escríbalo como nota interna para el equipo de atención.</translation>
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
    <name>cb::ui::ConversationPicker</name>
    <message>
        <source>Patient&apos;s name or phone number</source>
        <translation>Nombre o teléfono del paciente</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Pacientes que coinciden</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Esta conversación</translation>
    </message>
    <message>
        <source>%1 · last message %2</source>
        <translation>%1 · último mensaje %2</translation>
    </message>
    <message>
        <source>No patient matches “%1”. Try part of their name, or their number with its area code.</source>
        <translation>Ningún paciente coincide con «%1». Pruebe con parte de su nombre, o con su número con el código de área.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found: Down and Enter choose one.</source>
        <translation>
            <numerusform>%n paciente encontrado: Abajo y Intro lo eligen.</numerusform>
            <numerusform>%n pacientes encontrados: Abajo e Intro eligen uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of the patient&apos;s name or their number.</source>
        <translation>Escriba parte del nombre del paciente o su número.</translation>
    </message>
    <message>
        <source>Chosen: %1&apos;s conversation.</source>
        <translation>Elegida: la conversación de %1.</translation>
    </message>
</context>
<context>
    <name>cb::ui::DashboardView</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Opt-ins: patient opted in</source>
        <translation>Aceptaciones: el paciente aceptó</translation>
    </message>
    <message>
        <source>Opt-ins: documented request</source>
        <translation>Aceptaciones: solicitud documentada</translation>
    </message>
    <message>
        <source>Opt-ins: patient wrote first</source>
        <translation>Aceptaciones: el paciente escribió primero</translation>
    </message>
    <message>
        <source>Opt-ins: START keyword</source>
        <translation>Aceptaciones: palabra clave START</translation>
    </message>
    <message>
        <source>Opt-ins: %1</source>
        <translation>Aceptaciones: %1</translation>
    </message>
    <message>
        <source>Admin given an inbox role</source>
        <translation>Administrador con un rol de bandeja de entrada</translation>
    </message>
    <message>
        <source>Inbox user&apos;s credentials reset by an admin</source>
        <translation>Credenciales de un usuario de la bandeja restablecidas por un administrador</translation>
    </message>
    <message>
        <source>Compliance review of a conversation</source>
        <translation>Revisión de cumplimiento de una conversación</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Desde… hasta…</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Click a bar or a figure to list the conversations behind it.</source>
        <translation>Haga clic en una barra o en una cifra para ver las conversaciones que incluye.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pe&amp;ríodo:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>F&amp;igures:</source>
        <translation>Ci&amp;fras:</translation>
    </message>
    <message>
        <source>Export the compliance figures</source>
        <translation>Exportar las cifras de cumplimiento</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The figures were saved to %1.</source>
        <translation>Las cifras se guardaron en %1.</translation>
    </message>
    <message>
        <source>The figures could not be saved: %1</source>
        <translation>No se pudieron guardar las cifras: %1</translation>
    </message>
    <message>
        <source>The start of the period must be before its end.</source>
        <translation>El inicio del período debe ser anterior a su final.</translation>
    </message>
    <message>
        <source>A period is at most 366 days.</source>
        <translation>Un período puede tener como máximo 366 días.</translation>
    </message>
    <message>
        <source>Opt-outs (STOP)</source>
        <translation>Bajas (STOP)</translation>
    </message>
    <message>
        <source>Portal links sent</source>
        <translation>Enlaces al portal enviados</translation>
    </message>
    <message>
        <source>Portal links opened</source>
        <translation>Enlaces al portal abiertos</translation>
    </message>
    <message>
        <source>Patients verified on the portal</source>
        <translation>Pacientes verificados en el portal</translation>
    </message>
    <message>
        <source>Patients who wrote</source>
        <translation>Pacientes que escribieron</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>Waited more than 1 hour</source>
        <translation>Esperaron más de 1 hora</translation>
    </message>
    <message>
        <source>PhiGuard refusals</source>
        <translation>Rechazos de PhiGuard</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Incidentes: %1</translation>
    </message>
    <message>
        <source>Incidents now %1</source>
        <translation>Incidentes ahora en estado %1</translation>
    </message>
    <message>
        <source>Incidents overdue today</source>
        <translation>Incidentes vencidos hoy</translation>
    </message>
    <message>
        <source>WhatsApp opt-ins by source, and opt-outs</source>
        <translation>Aceptaciones de WhatsApp por origen, y bajas</translation>
    </message>
    <message>
        <source>Escalations to the secure portal</source>
        <translation>Pases al portal seguro</translation>
    </message>
    <message>
        <source>First response to patients</source>
        <translation>Primera respuesta a los pacientes</translation>
    </message>
    <message>
        <source>PhiGuard refusals and incidents</source>
        <translation>Rechazos de PhiGuard e incidentes</translation>
    </message>
    <message>
        <source>Incidents by status</source>
        <translation>Incidentes por estado</translation>
    </message>
    <message>
        <source>Compliance flags</source>
        <translation>Alertas de cumplimiento</translation>
    </message>
    <message>
        <source>Link conversion: opened</source>
        <translation>Conversión de enlaces: abiertos</translation>
    </message>
    <message>
        <source>Link conversion: verified</source>
        <translation>Conversión de enlaces: verificados</translation>
    </message>
    <message>
        <source>Conversations moved to the portal</source>
        <translation>Conversaciones pasadas al portal</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediana de la primera respuesta</translation>
    </message>
    <message>
        <source>Patients who waited more than 1 hour</source>
        <translation>Pacientes que esperaron más de 1 hora</translation>
    </message>
    <message>
        <source>Compliance flags not yet acknowledged</source>
        <translation>Alertas de cumplimiento aún sin confirmar</translation>
    </message>
    <message>
        <source>Median first response: %1 · Waited more than 1 hour: %2 · Moved to the portal: %3 · Link conversion: %4 opened, %5 verified</source>
        <translation>Mediana de la primera respuesta: %1 · Esperaron más de 1 hora: %2 · Pasadas al portal: %3 · Conversión de enlaces: %4 abiertos, %5 verificados</translation>
    </message>
    <message>
        <source>Click to list the conversations behind this figure</source>
        <translation>Haga clic para ver las conversaciones que incluye esta cifra</translation>
    </message>
    <message>
        <source>Conversations behind “%1”: loading…</source>
        <translation>Conversaciones de “%1”: cargando…</translation>
    </message>
    <message>
        <source>Conversations behind “%1”:</source>
        <translation>Conversaciones de “%1”:</translation>
    </message>
    <message numerus="yes">
        <source>Conversations behind “%1”: %n</source>
        <translation>
            <numerusform>Conversaciones de “%1”: %n</numerusform>
            <numerusform>Conversaciones de “%1”: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Period from (UTC)</source>
        <translation>Período desde (UTC)</translation>
    </message>
    <message>
        <source>Period to (UTC)</source>
        <translation>Período hasta (UTC)</translation>
    </message>
    <message>
        <source>Patient opted in</source>
        <translation>El paciente aceptó</translation>
    </message>
    <message>
        <source>Documented request</source>
        <translation>Solicitud documentada</translation>
    </message>
    <message>
        <source>Patient wrote first</source>
        <translation>El paciente escribió primero</translation>
    </message>
    <message>
        <source>START keyword</source>
        <translation>Palabra START</translation>
    </message>
    <message>
        <source>Admin in the inbox</source>
        <translation>Administrador en la bandeja</translation>
    </message>
    <message>
        <source>Credentials reset</source>
        <translation>Credenciales restablecidas</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Opted out (STOP)</source>
        <translation>Se dio de baja (STOP)</translation>
    </message>
    <message>
        <source>Links sent</source>
        <translation>Enlaces enviados</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificados</translation>
    </message>
    <message>
        <source>Wrote</source>
        <translation>Escribieron</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Waited &gt; 1 h</source>
        <translation>Esperaron &gt; 1 h</translation>
    </message>
    <message>
        <source>Overdue today</source>
        <translation>Vencidos hoy</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>Accounts by admins</source>
        <translation>Cuentas creadas por admin.</translation>
    </message>
    <message>
        <source>Inbox account created by an admin</source>
        <translation>Cuenta de bandeja creada por un administrador</translation>
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
    <name>cb::ui::EmptyTexts</name>
    <message>
        <source>Nothing on this computer matches “%1”. Check the spelling, or type part of the name or number.</source>
        <translation>Nada de lo guardado en este equipo coincide con «%1». Revise cómo está escrito, o escriba parte del nombre o del número.</translation>
    </message>
    <message>
        <source>Nothing in this view matches “%1”. Look in All (Ctrl+4), or check the spelling.</source>
        <translation>Nada en esta vista coincide con «%1». Busque en Todas (Ctrl+4), o revise cómo está escrito.</translation>
    </message>
    <message>
        <source>Nobody is waiting. New patients appear here.</source>
        <translation>No hay nadie esperando. Los pacientes nuevos aparecen aquí.</translation>
    </message>
    <message>
        <source>Nothing is assigned to you. Open a conversation and press Ctrl+Shift+M to take it.</source>
        <translation>No tiene nada asignado. Abra una conversación y pulse Ctrl+Shift+M para quedársela.</translation>
    </message>
    <message>
        <source>The nurse triage queue is empty.</source>
        <translation>La cola de triaje de enfermería está vacía.</translation>
    </message>
    <message>
        <source>No conversations yet. They appear here when patients write to the clinic&apos;s WhatsApp number.</source>
        <translation>Aún no hay conversaciones. Aparecen aquí cuando los pacientes escriben al número de WhatsApp de la clínica.</translation>
    </message>
    <message>
        <source>Choose a conversation on the left. Alt+Down and Alt+Up move through the list.</source>
        <translation>Elija una conversación a la izquierda. Alt+Abajo y Alt+Arriba recorren la lista.</translation>
    </message>
    <message>
        <source>Nobody has mentioned you. When a colleague writes @ and your name in a note, the conversation appears here.</source>
        <translation>Nadie le ha mencionado. Cuando un compañero escriba @ y su nombre en una nota, la conversación aparecerá aquí.</translation>
    </message>
</context>
<context>
    <name>cb::ui::FlagsView</name>
    <message>
        <source>Show ac&amp;knowledged flags</source>
        <translation>Mostrar alertas c&amp;onfirmadas</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>Con&amp;firmar…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Generada</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>F&amp;lags, newest first:</source>
        <translation>A&amp;lertas, las más recientes primero:</translation>
    </message>
    <message>
        <source>Flag %1 acknowledged.</source>
        <translation>Alerta %1 confirmada.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>No compliance flags have been raised.</source>
        <translation>No se ha generado ninguna alerta de cumplimiento.</translation>
    </message>
    <message>
        <source>No open flags: nothing is waiting for compliance.</source>
        <translation>No hay alertas abiertas: nada espera a cumplimiento.</translation>
    </message>
    <message>
        <source>%1, raised %2 by %3, about %4.</source>
        <translation>%1, generada %2 por %3, sobre %4.</translation>
    </message>
    <message>
        <source>Open: look into it, then acknowledge it with a note of what you checked.</source>
        <translation>Abierta: revísela y luego confírmela con una nota de lo que comprobó.</translation>
    </message>
    <message>
        <source>Open: a compliance officer will look into it.</source>
        <translation>Abierta: la revisará un responsable de cumplimiento.</translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2: %3</source>
        <translation>Confirmada por %1, %2: %3</translation>
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
    <message>
        <source>Zoom &amp;out</source>
        <translation>Al&amp;ejar</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>The whole photo in the window (Ctrl+0)</source>
        <translation>La foto entera en la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>One photo pixel per screen pixel (Ctrl+1)</source>
        <translation>Un píxel de la foto por cada píxel de la pantalla (Ctrl+1)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>zoom, in percent</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>cb::ui::InboxView</name>
    <message>
        <source>Resol&amp;ve</source>
        <translation>Resol&amp;ver</translation>
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
        <translation>&amp;Fecha de nacimiento para la verificación…</translation>
    </message>
    <message>
        <source>Report an &amp;incident…</source>
        <translation>Reportar un &amp;incidente…</translation>
    </message>
    <message>
        <source>&amp;Retract…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation>Incidente reportado</translation>
    </message>
    <message>
        <source>Incident %1 was reported. The privacy officer will assess it.</source>
        <translation>Se reportó el incidente %1. El responsable de privacidad lo evaluará.</translation>
    </message>
    <message>
        <source>Not connected: showing messages saved on this computer; replies wait in the outbox and go out when the server is back</source>
        <translation>Sin conexión: se muestran los mensajes guardados en este equipo; las respuestas esperan en la bandeja de salida y se envían cuando vuelva el servidor</translation>
    </message>
    <message>
        <source>Mark &amp;unread	Ctrl+Shift+U</source>
        <translation>Marcar como no &amp;leído	Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>%1 · WhatsApp %2 · %3 · %4</source>
        <translation>%1 · WhatsApp %2 · %3 · %4</translation>
    </message>
    <message>
        <source>WhatsApp connection needs re-authorisation: tell an admin</source>
        <translation>La conexión con WhatsApp necesita una nueva autorización: avise a un administrador</translation>
    </message>
    <message>
        <source>WhatsApp is not set up</source>
        <translation>WhatsApp no está configurado</translation>
    </message>
    <message>
        <source>Until the next &amp;working day, 8:00</source>
        <translation>Hasta el próximo día &amp;laborable, 8:00</translation>
    </message>
    <message>
        <source>Searching everything on the server…</source>
        <translation>Buscando en todo el servidor…</translation>
    </message>
</context>
<context>
    <name>cb::ui::IncidentsView</name>
    <message>
        <source>Misdirected message</source>
        <translation>Mensaje a un destinatario equivocado</translation>
    </message>
    <message>
        <source>Patient data sent on WhatsApp</source>
        <translation>Datos del paciente enviados por WhatsApp</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Dispositivo perdido o robado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>&amp;Report an incident…</source>
        <translation>&amp;Reportar un incidente…</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>E&amp;valuar…</translation>
    </message>
    <message>
        <source>Mark &amp;notified</source>
        <translation>Marcar como &amp;notificado</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Descubierto</translation>
    </message>
    <message>
        <source>Notification deadline</source>
        <translation>Plazo de notificación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>Inci&amp;dentes:</translation>
    </message>
    <message>
        <source>Incident %1 reported. Notification deadline: %2.</source>
        <translation>Incidente %1 reportado. Plazo de notificación: %2.</translation>
    </message>
    <message>
        <source>Incident %1 assessed.</source>
        <translation>Incidente %1 evaluado.</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation>Puesto de trabajo %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (queda %n día)</numerusform>
            <numerusform>%1 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident %1: %2, %3.</source>
        <translation>Incidente %1: %2, %3.</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>Qué ocurrió: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <source>Nature and extent of the data: %1</source>
        <translation>Naturaleza y alcance de los datos: %1</translation>
    </message>
    <message>
        <source>Who received it: %1</source>
        <translation>Quién los recibió: %1</translation>
    </message>
    <message>
        <source>Actually acquired or viewed: %1</source>
        <translation>Realmente obtenidos o vistos: %1</translation>
    </message>
    <message>
        <source>Mitigation: %1</source>
        <translation>Mitigación: %1</translation>
    </message>
    <message>
        <source>Conclusion: breach, patients must be notified.</source>
        <translation>Conclusión: brecha, hay que notificar a los pacientes.</translation>
    </message>
    <message>
        <source>Conclusion: low probability of compromise.</source>
        <translation>Conclusión: probabilidad baja de que los datos se vieran comprometidos.</translation>
    </message>
    <message>
        <source>Incident %1 is now: %2.</source>
        <translation>Estado del incidente %1: %2.</translation>
    </message>
</context>
<context>
    <name>cb::ui::LegalHoldDialog</name>
    <message>
        <source>Release the legal hold</source>
        <translation>Liberar la retención legal</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>Establecer una retención legal</translation>
    </message>
    <message>
        <source>Why the hold is no longer needed</source>
        <translation>Por qué ya no se necesita la retención</translation>
    </message>
    <message>
        <source>Why these messages must be kept (for example, the case)</source>
        <translation>Por qué deben conservarse estos mensajes (por ejemplo, el caso)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation>&amp;Establecer retención</translation>
    </message>
    <message>
        <source>Once released, %1 is purged like any other conversation when its messages pass the retention period.</source>
        <translation>Una vez liberada, %1 se depura como cualquier otra conversación cuando sus mensajes superan el período de conservación.</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <source>Messages under a legal hold are never purged, whatever their age, until the hold is released.</source>
        <translation>Los mensajes bajo retención legal nunca se depuran, sin importar su antigüedad, hasta que se libere la retención.</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>Give a reason (3 to 500 characters).</source>
        <translation>Indique un motivo (de 3 a 500 caracteres).</translation>
    </message>
    <message>
        <source>Legal hold %1 released.</source>
        <translation>Retención legal %1 liberada.</translation>
    </message>
    <message>
        <source>Legal hold %1 placed.</source>
        <translation>Retención legal %1 establecida.</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Esta conversación</translation>
    </message>
    <message>
        <source>All of this patient&apos;s conversations</source>
        <translation>Todas las conversaciones de este paciente</translation>
    </message>
    <message>
        <source>P&amp;atient:</source>
        <translation>P&amp;aciente:</translation>
    </message>
    <message>
        <source>Find the patient by part of their name or their number, and choose their conversation.</source>
        <translation>Busque al paciente por parte de su nombre o por su número, y elija su conversación.</translation>
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
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
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
    <message>
        <source>A&amp;dministration…</source>
        <translation>A&amp;dministración…</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own before you continue.</source>
        <translation>Un administrador estableció su contraseña. Elija la suya antes de continuar.</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un compañero</translation>
    </message>
    <message>
        <source>%1 mentioned you in a note. See Mentions (Ctrl+5).</source>
        <translation>%1 le mencionó en una nota. Véala en Menciones (Ctrl+5).</translation>
    </message>
</context>
<context>
    <name>cb::ui::MessageDelegate</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>cb::ui::MessageWords</name>
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
        <translation>Video</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>attachment kind: caption</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Secure portal link sent</source>
        <translation>Enlace al portal seguro enviado</translation>
    </message>
    <message>
        <source>Reminder with a new secure portal link sent</source>
        <translation>Recordatorio con un enlace nuevo al portal seguro enviado</translation>
    </message>
    <message>
        <source>Verification code for the secure portal sent</source>
        <translation>Código de verificación del portal seguro enviado</translation>
    </message>
    <message>
        <source>Shared a location</source>
        <translation>Compartió una ubicación</translation>
    </message>
    <message>
        <source>Shared a location: %1</source>
        <translation>Compartió una ubicación: %1</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>Reaccionó %1</translation>
    </message>
    <message>
        <source>Shared a contact</source>
        <translation>Compartió un contacto</translation>
    </message>
    <message>
        <source>A kind of message Carebridge cannot show</source>
        <translation>Un tipo de mensaje que Carebridge no puede mostrar</translation>
    </message>
    <message>
        <source>Secure message</source>
        <translation>Mensaje seguro</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <comment>an internal note&apos;s preview in the list</comment>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::NewAboveBar</name>
    <message>
        <source>Go to the top of the list (Home in the list)</source>
        <translation>Ir al principio de la lista (Inicio en la lista)</translation>
    </message>
    <message numerus="yes">
        <source>%n new ↑</source>
        <translation>
            <numerusform>%n nueva ↑</numerusform>
            <numerusform>%n nuevas ↑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conversations above</source>
        <translation>
            <numerusform>%n conversación nueva arriba</numerusform>
            <numerusform>%n conversaciones nuevas arriba</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::OpenReviewDialog</name>
    <message>
        <source>Open a conversation for review</source>
        <translation>Abrir una conversación para revisión</translation>
    </message>
    <message>
        <source>The investigation: for example, the complaint&apos;s reference and what is alleged</source>
        <translation>La investigación: por ejemplo, la referencia de la queja y lo que se alega</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Open for review</source>
        <translation>&amp;Abrir para revisión</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message numerus="yes">
        <source>State why you need to read this conversation, in at least %n character(s). The access, its reason and every read are recorded in the audit trail and shown on the dashboard; the access ends after the time you choose.</source>
        <translation>
            <numerusform>Indique por qué necesita leer esta conversación, en al menos %n carácter. El acceso, su motivo y cada lectura quedan registrados en la auditoría y se muestran en el panel; el acceso termina después del tiempo que elija.</numerusform>
            <numerusform>Indique por qué necesita leer esta conversación, en al menos %n caracteres. El acceso, su motivo y cada lectura quedan registrados en la auditoría y se muestran en el panel; el acceso termina después del tiempo que elija.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>State the investigation&apos;s reason in at least %n character(s).</source>
        <translation>
            <numerusform>Indique el motivo de la investigación en al menos %n carácter.</numerusform>
            <numerusform>Indique el motivo de la investigación en al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>Choose the patient whose conversation you need: type part of their name or their number.</source>
        <translation>Elija el paciente cuya conversación necesita: escriba parte de su nombre o su número.</translation>
    </message>
</context>
<context>
    <name>cb::ui::PresenceLine</name>
    <message>
        <source>A colleague</source>
        <translation>Un compañero</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between people in the collision warning</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 están escribiendo…</translation>
    </message>
    <message>
        <source>%1 is also viewing this conversation</source>
        <translation>%1 también está viendo esta conversación</translation>
    </message>
    <message>
        <source>%1 are also viewing this conversation</source>
        <translation>%1 también están viendo esta conversación</translation>
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
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Carebridge recovery codes: each signs you in once instead of an authenticator code.</source>
        <translation>Códigos de recuperación de Carebridge: cada uno le permite iniciar sesión una vez en lugar de un código del autenticador.</translation>
    </message>
</context>
<context>
    <name>cb::ui::ReplyEditor</name>
    <message>
        <source>Canned replies</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Colleagues to mention</source>
        <translation>Compañeros a los que mencionar</translation>
    </message>
</context>
<context>
    <name>cb::ui::ReportIncidentDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>Reportar un incidente</translation>
    </message>
    <message>
        <source>What happened (no patient details needed)</source>
        <translation>Qué ocurrió (no hacen falta datos del paciente)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Reportar</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Workstation:</source>
        <translation>&amp;Puesto de trabajo:</translation>
    </message>
    <message>
        <source>&amp;Discovered:</source>
        <translation>&amp;Descubierto el:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué ocurrió:</translation>
    </message>
    <message>
        <source>The 60-day deadline to notify patients of a breach counts from the discovery.</source>
        <translation>El plazo de 60 días para notificar una brecha a los pacientes cuenta desde el descubrimiento.</translation>
    </message>
    <message>
        <source>The workstation&apos;s name</source>
        <translation>El nombre del puesto de trabajo</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Visto por última vez el %1</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Paciente:</translation>
    </message>
    <message>
        <source>Choose the patient whose conversation this is: type part of their name or their number.</source>
        <translation>Elija el paciente de esta conversación: escriba parte de su nombre o su número.</translation>
    </message>
    <message>
        <source>Choose or type the lost workstation&apos;s name.</source>
        <translation>Elija o escriba el nombre del puesto de trabajo perdido.</translation>
    </message>
    <message>
        <source>%1 (last seen %2)</source>
        <translation>%1 (visto por última vez: %2)</translation>
    </message>
</context>
<context>
    <name>cb::ui::RetentionView</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check what would be purged</source>
        <translation>&amp;Comprobar qué se depuraría</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Depurar…</translation>
    </message>
    <message>
        <source>Place a &amp;hold…</source>
        <translation>Establecer una &amp;retención…</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>Check what would be purged to see the retention period&apos;s cutoff.</source>
        <translation>Compruebe qué se depuraría para ver la fecha de corte del período de conservación.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Más antiguo</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Conserva</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Establecida por</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>Establecida el</translation>
    </message>
    <message>
        <source>&amp;Would be purged:</source>
        <translation>&amp;Se depuraría:</translation>
    </message>
    <message>
        <source>Legal holds in &amp;force:</source>
        <translation>Retenciones legales &amp;vigentes:</translation>
    </message>
    <message>
        <source>Check what would be purged again before purging.</source>
        <translation>Vuelva a comprobar qué se depuraría antes de depurar.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>Retention period: %1. Messages sent before %2 are past it.</source>
        <translation>Período de conservación: %1. Los mensajes enviados antes del %2 lo han superado.</translation>
    </message>
    <message>
        <source>Nothing is past the retention period.</source>
        <translation>Nada ha superado el período de conservación.</translation>
    </message>
    <message numerus="yes">
        <source>Would be purged: %n message(s),</source>
        <translation>
            <numerusform>Se depuraría: %n mensaje,</numerusform>
            <numerusform>Se depurarían: %n mensajes,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n conversation(s),</source>
        <translation>
            <numerusform>en %n conversación,</numerusform>
            <numerusform>en %n conversaciones,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n file(s).</source>
        <translation>
            <numerusform>con %n archivo.</numerusform>
            <numerusform>con %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n processed dead letter(s) past the period.</source>
        <translation>
            <numerusform>Además, %n mensaje fallido ya procesado que supera el período.</numerusform>
            <numerusform>Además, %n mensajes fallidos ya procesados que superan el período.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept by legal holds: %n message(s) past the period,</source>
        <translation>
            <numerusform>Conservado por retenciones legales: %n mensaje que supera el período,</numerusform>
            <numerusform>Conservados por retenciones legales: %n mensajes que superan el período,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n conversation(s).</source>
        <translation>
            <numerusform>en %n conversación.</numerusform>
            <numerusform>en %n conversaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) past the period were never processed: they are not purged until an admin has looked at them.</source>
        <translation>
            <numerusform>%n mensaje fallido que supera el período nunca se procesó: no se depura hasta que un administrador lo revise.</numerusform>
            <numerusform>%n mensajes fallidos que superan el período nunca se procesaron: no se depuran hasta que un administrador los revise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n conversation(s) are listed.</source>
        <translation>
            <numerusform>Solo se muestra %n conversación, la primera.</numerusform>
            <numerusform>Solo se muestran las primeras %n conversaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge every message sent before %1 that no legal hold keeps?</source>
        <translation>¿Depurar todos los mensajes enviados antes del %1 que ninguna retención legal conserva?</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) lose their text and files,</source>
        <translation>
            <numerusform>%n mensaje perderá su texto y archivos,</numerusform>
            <numerusform>%n mensajes perderán su texto y archivos,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processed dead letter(s) lose their content.</source>
        <translation>
            <numerusform>%n mensaje fallido procesado perderá su contenido.</numerusform>
            <numerusform>%n mensajes fallidos procesados perderán su contenido.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. Each message stays as a tombstone (its time and direction), and the purge is audited.</source>
        <translation>Esto no se puede deshacer. Cada mensaje queda como marcador (su hora y dirección), y la depuración queda registrada en la auditoría.</translation>
    </message>
    <message>
        <source>Purge messages past the retention period</source>
        <translation>Depurar mensajes que superan el período de conservación</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Depurar</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n message(s),</source>
        <translation>
            <numerusform>Se depuró %n mensaje,</numerusform>
            <numerusform>Se depuraron %n mensajes,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n file(s);</source>
        <translation>
            <numerusform>con %n archivo;</numerusform>
            <numerusform>con %n archivos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) emptied.</source>
        <translation>
            <numerusform>%n mensaje fallido vaciado.</numerusform>
            <numerusform>%n mensajes fallidos vaciados.</numerusform>
        </translation>
    </message>
    <message>
        <source>More remain past the period: check again and purge again.</source>
        <translation>Quedan más que superan el período: vuelva a comprobar y a depurar.</translation>
    </message>
    <message>
        <source>a patient no longer on file</source>
        <translation>un paciente que ya no consta</translation>
    </message>
    <message>
        <source>%1&apos;s conversation</source>
        <translation>Conversación de %1</translation>
    </message>
    <message>
        <source>%1 (all their conversations)</source>
        <translation>%1 (todas sus conversaciones)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
</context>
<context>
    <name>cb::ui::RetractDialog</name>
    <message>
        <source>Retract message</source>
        <translation>Retirar el mensaje</translation>
    </message>
    <message>
        <source>The message will be hidden from every inbox and kept for the record with your name and the reason. A WhatsApp message the patient already received cannot be taken back.</source>
        <translation>El mensaje se ocultará en todas las bandejas de entrada y se conservará en el registro con su nombre y el motivo. Un mensaje de WhatsApp que el paciente ya recibió no se puede anular.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Re&amp;tract</source>
        <translation>&amp;Retirar</translation>
    </message>
</context>
<context>
    <name>cb::ui::ReviewView</name>
    <message>
        <source>From the patient</source>
        <translation>Del paciente</translation>
    </message>
    <message>
        <source>To the patient</source>
        <translation>Al paciente</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>&amp;Open a conversation for review…</source>
        <translation>&amp;Abrir una conversación para revisión…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Your reviews:</source>
        <translation>&amp;Sus revisiones:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>You have no reviews. Open a conversation for review to read its messages.</source>
        <translation>No tiene revisiones. Abra una conversación para revisión para leer sus mensajes.</translation>
    </message>
    <message>
        <source>Choose a review to read its conversation.</source>
        <translation>Elija una revisión para leer su conversación.</translation>
    </message>
    <message>
        <source>Purged at the end of the retention period (%1)</source>
        <translation>Eliminado al terminar el período de conservación (%1)</translation>
    </message>
    <message>
        <source>Retracted by user %1 at %2: %3</source>
        <translation>Retirado por el usuario %1 el %2: %3</translation>
    </message>
    <message>
        <source>The conversation has no messages.</source>
        <translation>La conversación no tiene mensajes.</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>conversación %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Review of %1&apos;s conversation opened until %2.</source>
        <translation>Revisión de la conversación de %1 abierta hasta el %2.</translation>
    </message>
    <message>
        <source>Reading %1&apos;s conversation for review, until %2.</source>
        <translation>Leyendo la conversación de %1 para revisión, hasta el %2.</translation>
    </message>
    <message>
        <source>This review of %1&apos;s conversation expired at %2. Open a new one, with its reason, to read the conversation again.</source>
        <translation>Esta revisión de la conversación de %1 venció el %2. Abra una nueva, con su motivo, para volver a leer la conversación.</translation>
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
    <name>cb::ui::SessionsModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::SessionsView</name>
    <message>
        <source>End &amp;session</source>
        <translation>Cerrar la s&amp;esión</translation>
    </message>
    <message>
        <source>End all of this &amp;person&apos;s</source>
        <translation>Cerrar todas las de esta pe&amp;rsona</translation>
    </message>
    <message>
        <source>End all on this &amp;workstation</source>
        <translation>Cerrar todas las de este pues&amp;to</translation>
    </message>
    <message>
        <source>End &amp;everyone&apos;s sessions…</source>
        <translation>Cerrar las sesiones de to&amp;dos…</translation>
    </message>
    <message>
        <source>&amp;Wipe workstation…</source>
        <translation>&amp;Borrar los datos del puesto…</translation>
    </message>
    <message>
        <source>Filter by person, role, workstation or address</source>
        <translation>Filtrar por persona, rol, puesto de trabajo o dirección</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Signed in now</source>
        <translation>Sesiones activas</translation>
    </message>
    <message>
        <source>Saved data for</source>
        <translation>Datos guardados de</translation>
    </message>
    <message>
        <source>Last wiped</source>
        <translation>Último borrado</translation>
    </message>
    <message>
        <source>&amp;Signed in now:</source>
        <translation>Sesiones iniciadas a&amp;hora:</translation>
    </message>
    <message>
        <source>W&amp;orkstations:</source>
        <translation>P&amp;uestos de trabajo:</translation>
    </message>
    <message>
        <source>End everyone&apos;s sessions</source>
        <translation>Cerrar las sesiones de todos</translation>
    </message>
    <message>
        <source>Sign out everyone on every workstation except you? Unsent replies stay in each desktop&apos;s outbox.</source>
        <translation>¿Cerrar la sesión de todas las personas en todos los puestos de trabajo, excepto la suya? Las respuestas sin enviar se quedan en la bandeja de salida de cada equipo.</translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation>Cerrar todas las sesiones</translation>
    </message>
    <message>
        <source>Wipe workstation</source>
        <translation>Borrar los datos del puesto</translation>
    </message>
    <message>
        <source>Wipe %1? Everyone on it is signed out at once, and the messages saved on it can never be opened again, even from a copy. Use this for a lost or stolen computer.</source>
        <translation>¿Borrar los datos de %1? Se cerrarán al instante todas las sesiones en ese equipo, y los mensajes guardados en él ya no se podrán abrir nunca, ni siquiera desde una copia. Úselo si se pierde o le roban un equipo.</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Borrar datos</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;System: follow this computer&apos;s colours</source>
        <translation>&amp;Sistema: usar los colores de este equipo</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
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
        <translation>Acti&amp;var</translation>
    </message>
    <message>
        <source>Change ro&amp;les…</source>
        <translation>Cambiar ro&amp;les…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer la &amp;contraseña…</translation>
    </message>
    <message>
        <source>Lift sign-in dela&amp;y</source>
        <translation>&amp;Quitar la espera para iniciar sesión</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Intentos fallidos</translation>
    </message>
    <message>
        <source>Sign-in delay</source>
        <translation>Espera para iniciar sesión</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 (last %2)</source>
        <translation>%1 (el último: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::StepUpDialog</name>
    <message>
        <source>Confirm it&apos;s you</source>
        <translation>Confirme que es usted</translation>
    </message>
    <message>
        <source>This change needs your password and a code from your authenticator app.</source>
        <translation>Este cambio requiere su contraseña y un código de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
</context>
<context>
    <name>cb::ui::ThreadModel</name>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see the photo full size</source>
        <translation>Doble clic o Intro para ver la foto a tamaño completo</translation>
    </message>
    <message>
        <source>could not be downloaded from WhatsApp</source>
        <translation>no se pudo descargar de WhatsApp</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>descargando…</translation>
    </message>
    <message>
        <source>Shared a location: %1</source>
        <translation>Compartió una ubicación: %1</translation>
    </message>
    <message>
        <source>Reacted %1</source>
        <translation>Reaccionó %1</translation>
    </message>
    <message>
        <source>Secure portal link sent to the patient</source>
        <translation>Se envió al paciente un enlace al portal seguro</translation>
    </message>
    <message>
        <source>New secure message notice with a fresh link sent to the patient</source>
        <translation>Se envió al paciente un aviso de mensaje seguro nuevo con un enlace nuevo</translation>
    </message>
    <message>
        <source>Verification code for the secure portal sent to the patient</source>
        <translation>Se envió al paciente el código de verificación del portal seguro</translation>
    </message>
    <message>
        <source>A kind of message Carebridge cannot show: open WhatsApp Manager to see it</source>
        <translation>Un tipo de mensaje que Carebridge no puede mostrar: ábralo en WhatsApp Manager</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>✓ In the portal</source>
        <translation>✓ En el portal</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Enviado</translation>
    </message>
    <message>
        <source>✓✓ Delivered</source>
        <translation>✓✓ Entregado</translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation>✓✓ Leído</translation>
    </message>
    <message>
        <source>⚠ Not delivered: %1</source>
        <translation>⚠ No entregado: %1</translation>
    </message>
    <message>
        <source>Sent automatically by Carebridge</source>
        <translation>Enviado automáticamente por Carebridge</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un compañero</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Buttons: %1</source>
        <translation>Botones: %1</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Secure portal</source>
        <translation>Portal seguro</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>✓✓ Read in the portal</source>
        <translation>✓✓ Leído en el portal</translation>
    </message>
    <message>
        <source>Secure message from the patient</source>
        <translation>Mensaje seguro del paciente</translation>
    </message>
    <message>
        <source>Secure message from the care team</source>
        <translation>Mensaje seguro del equipo de atención</translation>
    </message>
</context>
<context>
    <name>cb::ui::ThreadPager</name>
    <message>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>Start of conversation</source>
        <translation>Inicio de la conversación</translation>
    </message>
    <message>
        <source>Older messages: scroll up or press Page Up</source>
        <translation>Mensajes anteriores: desplácese hacia arriba o pulse Re Pág</translation>
    </message>
</context>
<context>
    <name>cb::ui::ViewTabs</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Open conversations nobody holds yet (Ctrl+1)</source>
        <translation>Conversaciones abiertas que nadie tiene asignadas (Ctrl+1)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Open conversations assigned to you (Ctrl+2)</source>
        <translation>Conversaciones abiertas asignadas a usted (Ctrl+2)</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triaje</translation>
    </message>
    <message>
        <source>The nurse triage queue (Ctrl+3)</source>
        <translation>La cola de triaje de enfermería (Ctrl+3)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Every conversation (Ctrl+4)</source>
        <translation>Todas las conversaciones (Ctrl+4)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a view and its count: Mine 3</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n conversación</numerusform>
            <numerusform>%1, %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Mentions: conversations where a colleague @mentioned you in a note; the count is what you have not opened (Ctrl+5)</source>
        <translation>Menciones: conversaciones en las que un compañero le @mencionó en una nota; el número indica las que aún no ha abierto (Ctrl+5)</translation>
    </message>
</context>
<context>
    <name>localtime</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
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
