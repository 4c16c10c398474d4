#pragma once

#include <QByteArray>

namespace cb::sandbox {
class GraphApiSandbox;
class PatientSimulator;

// The sandbox's own control API (127.0.0.1 only), for tests and the demo. Every
// call carries the control token in X-Sandbox-Token (401 otherwise), and every
// POST says Content-Type: application/json (415 otherwise):
//   POST /sandbox/patients/<wa_id>/messages  {name, text} or {name, type: image|document}
//   POST /sandbox/forged                     {wa_id, text}   (wrong signature)
//   POST /sandbox/faults                     {fault, count}  rate_limit, expired_token, duplicate,
//                                                            out_of_order, batch, window_closed, undeliverable
//   POST /sandbox/webhook                    {url}  where to deliver (when the server's port is known late)
//   GET  /sandbox/sent/all                   what the server sent, and its read receipts
void addControlRoutes(GraphApiSandbox &graph, PatientSimulator &patients, const QByteArray &controlToken);
} // namespace cb::sandbox
