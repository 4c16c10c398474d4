<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
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
        <source>The server address must use https:// (plain http is allowed only on this computer's loopback address).</source>
        <translation>La dirección del servidor debe usar https:// (http sin cifrar solo se permite en la dirección local de este equipo).</translation>
    </message>
    <message>
        <source>The server certificate file could not be read.</source>
        <translation>No se pudo leer el archivo del certificado del servidor.</translation>
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
        <source>Access to the system keychain was refused.</source>
        <translation>Se denegó el acceso al llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>El llavero del sistema informó de un error.</translation>
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
    <name>cb::ui::MainWindow</name>
    <message>
        <source>Carebridge</source>
        <translation>Carebridge</translation>
    </message>
    <message>
        <source>This workstation uses the server at %1.</source>
        <translation>Este puesto de trabajo usa el servidor en %1.</translation>
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
</context>
<context>
    <name>cb::ui::ServerStatusIndicator</name>
    <message>
        <source>Checking the server…</source>
        <translation>Comprobando el servidor…</translation>
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