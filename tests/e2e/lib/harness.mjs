// Shared helpers for the patient-portal browser tests.
// Debian's Chromium driven by playwright-core: no browser is ever downloaded.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

// /usr/bin/chromium is Debian's wrapper script (it sources /etc/chromium.d and then
// execs /usr/lib/chromium/chromium); CB_CHROMIUM can point elsewhere.
export const CHROMIUM = process.env.CB_CHROMIUM || '/usr/bin/chromium';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Tests run as root in a container: Chromium refuses to start its setuid/
    // namespace sandbox as root, so the sandbox must be off (the pages under
    // test are our own, served on loopback).
    chromiumSandbox: false,
    // playwright-core already passes several of these; they are repeated so the
    // behaviour does not hang on its defaults.
    args: [
      '--no-sandbox',
      // No GPU in the container; software rendering avoids GPU-process noise.
      '--disable-gpu',
      // The network is closed: stop Chromium's own background calls to Google
      // (refused connections, DNS failures) so logs and timings stay clean.
      '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', '--no-first-run',
      // A container's /dev/shm is often 64 MB; use /tmp to avoid renderer crashes.
      '--disable-dev-shm-usage',
    ],
  });
}

export async function phoneContext(browser, options = {}) {
  return browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    ignoreHTTPSErrors: true, // the test server uses a self-signed cert on 127.0.0.1
    locale: options.locale ?? 'en-US',
  });
}

const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Throws if axe finds any serious or critical WCAG 2.1 A/AA violation;
// minor/moderate ones are listed in the message only when it throws anyway.
export async function expectNoSeriousA11yViolations(page, label) {
  const { violations } = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (blocking.length === 0) return violations;
  const lines = violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    return `  - ${v.id} [${v.impact}] ${v.help} (${targets}${v.nodes.length > 3 ? ', ...' : ''})`;
  });
  throw new Error(`${label}: ${blocking.length} serious/critical a11y violation(s)\n${lines.join('\n')}`);
}

export function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

// TAP-style output so a failing run says which step broke; rethrows so the
// script exits non-zero. The closing "N passed, N failed" line is printed on
// exit, even after a throw, so CI can count the steps.
const tally = { passed: 0, failed: 0 };
// Pages whose address and text a failing step prints (what the patient saw).
export const watched = new Set();
export async function step(name, fn) {
  if (tally.passed + tally.failed === 0) {
    process.on('exit', () => {
      console.log(`1..${tally.passed + tally.failed}`);
      console.log(`${tally.passed} passed, ${tally.failed} failed`);
    });
  }
  const n = tally.passed + tally.failed + 1;
  try {
    const result = await fn();
    tally.passed += 1;
    console.log(`ok ${n} - ${name}`);
    return result;
  } catch (err) {
    tally.failed += 1;
    console.log(`not ok ${n} - ${name}`);
    console.log(String(err?.stack ?? err).split('\n').map((l) => `  # ${l}`).join('\n'));
    for (const page of watched) {
      const text = await page.locator('body').innerText({ timeout: 1000 }).catch(() => '(no page)');
      console.log(`  # page ${page.url()}:\n${text.split('\n').map((l) => `  #   ${l}`).join('\n')}`);
    }
    throw err;
  }
}

// Screenshots are kept only when CB_E2E_ARTIFACTS names a directory.
export async function screenshot(page, name) {
  const dir = process.env.CB_E2E_ARTIFACTS;
  if (!dir) return null;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
