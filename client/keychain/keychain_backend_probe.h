#pragma once

namespace cb::client {

// True when the session bus offers a keychain Qt Keychain can use: the Secret
// Service (GNOME Keyring, KeePassXC …) or KWallet, running or D-Bus-activatable.
// Qt Keychain itself reports a missing bus only as a generic error, so we ask first.
bool keychainBackendReachable();

} // namespace cb::client
