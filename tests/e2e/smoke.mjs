// Smoke test of the e2e chain: node serves two pages on loopback, Debian's
// Chromium renders them in a phone-sized context and axe checks them.
// Run: node tests/e2e/smoke.mjs   (CB_E2E_ARTIFACTS=dir keeps screenshots)
import { createServer } from 'node:http';
import {
  launchBrowser, phoneContext, expectNoSeriousA11yViolations, check, step, screenshot,
} from './lib/harness.mjs';

const PAGES = {
  '/good': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Carebridge sign-in</title></head><body><main>
<h1>Sign in to Carebridge</h1>
<form><label for="email">Email address</label>
<input id="email" name="email" type="email" autocomplete="email">
<label for="pw">Password</label>
<input id="pw" name="pw" type="password" autocomplete="current-password">
<button type="submit">Sign in</button></form></main></body></html>`,
  // Deliberately broken: an unlabelled input and grey-on-white text (~1.3:1).
  '/bad': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Broken page</title></head><body><main><h1>Message your clinic</h1>
<p style="color:#ddd;background:#fff">Replies usually arrive within two working days.</p>
<input type="text" name="message"></main></body></html>`,
};

const server = createServer((req, res) => {
  const body = PAGES[req.url];
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body ?? 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

let browser;
try {
  browser = await step('launch Debian chromium headless', launchBrowser);
  const context = await phoneContext(browser);
  const page = await context.newPage();

  await step('labelled form renders in the phone viewport', async () => {
    await page.goto(`${base}/good`);
    await page.getByLabel('Email address').fill('patient@example.org');
    check(await page.getByLabel('Email address').inputValue() === 'patient@example.org', 'email field takes input');
    const width = await page.evaluate(() => window.innerWidth);
    check(width === 360, `viewport is 360 CSS px wide (got ${width})`);
  });
  await step('good page has no serious a11y violations', () => expectNoSeriousA11yViolations(page, '/good'));
  await step('screenshot', () => screenshot(page, 'smoke-good'));

  await step('axe flags an unlabelled input and low-contrast text', async () => {
    await page.goto(`${base}/bad`);
    let error;
    try { await expectNoSeriousA11yViolations(page, '/bad'); } catch (e) { error = e; }
    check(error, 'expectNoSeriousA11yViolations threw on /bad');
    for (const id of ['label', 'color-contrast']) {
      check(error.message.includes(id), `report names "${id}":\n${error.message}`);
    }
  });
} finally {
  await browser?.close();
  server.close();
}
