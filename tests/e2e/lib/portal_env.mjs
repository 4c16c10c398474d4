// What the C++ driver (tests/ui/tst_portal_escalation.cpp) tells the browser
// scripts: where the portal, the sandbox and the staff API are.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const env = {
  portal: process.env.CB_PORTAL_URL,          // https://127.0.0.1:<port>
  sandbox: process.env.CB_SANDBOX_URL,        // http://127.0.0.1:<port>
  sandboxToken: process.env.CB_SANDBOX_TOKEN,
  patient: process.env.CB_PATIENT_WA_ID,
  api: process.env.CB_API_URL,                // the staff API (a nurse's token)
  apiToken: process.env.CB_API_TOKEN,
  device: process.env.CB_API_DEVICE,
  conversation: process.env.CB_CONVERSATION_ID,
  logDir: process.env.CB_SERVER_LOG_DIR,
};

// Everything the sandbox accepted for our patient, oldest first.
export async function sentToPatient() {
  const reply = await fetch(`${env.sandbox}/sandbox/sent/all`, { headers: { 'X-Sandbox-Token': env.sandboxToken } });
  const { messages } = await reply.json();
  return messages.filter((m) => m.to === env.patient);
}

// The text a patient's phone shows for one sent message (free text or template).
export function shownText(message) {
  if (message.type === 'text') return message.text.body;
  if (message.type === 'template') {
    const body = (message.template.components || []).find((c) => c.type === 'body');
    return `[template ${message.template.name}] ` + (body ? body.parameters.map((p) => p.text).join(' ') : '');
  }
  return JSON.stringify(message);
}

async function waitFor(find, what, timeoutMs = 15000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = find(await sentToPatient());
    if (found) return found;
    if (Date.now() > until) throw new Error(`the patient never got ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function links(sent) {
  return sent.map(shownText).map((text) => text.match(/https:\/\/\S+\/p\/[A-Za-z0-9_-]+/)).filter(Boolean).map((m) => m[0]);
}

export async function linkCount() {
  return links(await sentToPatient()).length;
}

// The newest portal link on the patient's phone, once there are more than `before`.
export async function latestLink(before = 0) {
  return waitFor((sent) => {
    const found = links(sent);
    return found.length > before ? found[found.length - 1] : null;
  }, 'a new portal link');
}

// The newest 6-digit code, once more than `before` codes have been sent.
export async function latestCode(before) {
  return waitFor((sent) => {
    const codes = sent.map(shownText).map((text) => text.match(/\b(\d{6})\b/)).filter(Boolean);
    return codes.length > before ? codes[codes.length - 1][1] : null;
  }, 'a verification code');
}

export async function codeCount() {
  return (await sentToPatient()).map(shownText).filter((text) => /\b\d{6}\b/.test(text)).length;
}

// The staff API, as the nurse's desktop would call it.
export async function staff(method, path, body) {
  const reply = await fetch(`${env.api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${env.apiToken}`, 'X-Carebridge-Device': env.device, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: reply.status, body: await reply.json().catch(() => ({})) };
}

export async function portalMessages() {
  const { body } = await staff('GET', `/api/v1/conversations/${env.conversation}/messages`);
  return (body.messages || []).filter((m) => m.channel === 'portal');
}

// Whether `secret` appears in any file of the server's log folder.
export function logsContain(secret) {
  for (const name of readdirSync(env.logDir)) {
    if (readFileSync(join(env.logDir, name), 'latin1').includes(secret)) return true;
  }
  return false;
}
