#pragma once

#include <string>
#include <string_view>

namespace cb::log {

// The second line of defence behind "log ids, not content": masks e-mail
// addresses, US social security numbers, phone numbers and any run of seven
// or more digits (MRNs, insurance ids, WhatsApp ids). IP addresses, ports,
// short ids and words pass unchanged.
std::string redact(std::string_view text);

} // namespace cb::log
