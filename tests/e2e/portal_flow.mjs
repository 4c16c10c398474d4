// The patient's side of an escalation, in Debian's Chromium on a phone-sized
// screen: the link from WhatsApp becomes a cookie and disappears from the URL,
// the code from WhatsApp verifies, the nurse's answer is there, the patient
// writes back and sends a photo, the nurse's reply arrives live, both
// languages pass axe, and sign-out ends it. The C++ driver plays the nurse.
import { env, latestLink, latestCode, codeCount, logsContain } from './lib/portal_env.mjs';
import { launchBrowser, phoneContext, expectNoSeriousA11yViolations, check, step, screenshot, watched } from './lib/harness.mjs';

// A 1×1 PNG: what a phone's photo picker would hand over, only smaller.
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const browser = await launchBrowser();
const context = await phoneContext(browser);
const page = await context.newPage();
watched.add(page);
let link;

try {
  await step('the WhatsApp message carries only the clinic and a link', async () => {
    link = await latestLink();
    check(link.startsWith(env.portal + '/p/'), `the link points at the portal's public URL: ${link}`);
  });

  const codesBefore = await codeCount();
  await step('opening the link trades it for a cookie and drops it from the URL', async () => {
    const response = await page.goto(link);
    check(response.ok(), `the link leads on (${response.status()})`);
    await page.waitForURL(env.portal + '/portal');
    await page.getByRole('heading', { name: "Confirm it's you" }).waitFor();
    check(page.url() === env.portal + '/portal', `the address bar shows no token: ${page.url()}`);
    const token = link.split('/p/')[1];
    check(!page.url().includes(token), 'the token is not in the final URL');
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === '__Host-cb_portal');
    check(session, 'a __Host- session cookie is set');
    check(session.secure && session.httpOnly && session.sameSite === 'Strict' && session.path === '/', `cookie flags: ${JSON.stringify(session)}`);
    check(!session.value.includes(token), 'the cookie is not the link token');
    check(await page.evaluate(() => document.cookie) === '', 'scripts cannot read the cookie');
    check(response.headers()['content-security-policy'].includes("default-src 'self'"), 'a strict CSP');
    check(response.headers()['referrer-policy'] === 'no-referrer', 'no Referer leaves the portal');
    check(response.headers()['strict-transport-security'], 'HSTS');
    check(response.headers()['cache-control'] === 'no-store', 'never cached');
    await expectNoSeriousA11yViolations(page, 'verify (en)');
    await screenshot(page, '01-verify-en');
  });

  await step('the verification page in Spanish passes axe too', async () => {
    await page.goto(env.portal + '/portal?lang=es');
    await page.getByRole('heading', { name: 'Confirme que es usted' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'verify (es)');
    await screenshot(page, '01-verify-es');
    await page.goto(env.portal + '/portal?lang=en');
  });

  await step('the code from WhatsApp verifies and shows the nurse\'s answer', async () => {
    const code = await latestCode(codesBefore);
    await page.getByLabel('6-digit code').fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(env.portal + '/portal');
    await page.getByRole('heading', { name: 'Your secure messages' }).waitFor();
    await page.getByText(process.env.CB_NURSE_TEXT).waitFor();
    await expectNoSeriousA11yViolations(page, 'conversation (en)');
    await screenshot(page, '02-conversation-en');
    // Only the portal channel: never the WhatsApp side, never staff notes.
    const text = await page.locator('main').innerText();
    for (const hidden of process.env.CB_NOT_ON_PORTAL.split('|')) {
      check(!text.includes(hidden), `the portal does not show "${hidden}"`);
    }
  });

  await step('a file that is not a photo or a PDF is refused, with the reason at the upload form', async () => {
    await page.getByLabel('Send a photo or a PDF').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture') });
    await page.getByRole('button', { name: 'Send file' }).click();
    await page.getByRole('alert').filter({ hasText: 'We can only accept photos' }).waitFor();
    check(await page.locator('li.message').count() === 1, 'nothing was stored');
    await expectNoSeriousA11yViolations(page, 'upload refused (en)');
    await page.goto(env.portal + '/portal');
  });

  // The C++ driver checks that both reach the nurse's desktop thread.
  await step('the patient writes back and sends a photo', async () => {
    await page.getByLabel('Your message').fill(process.env.CB_PATIENT_TEXT);
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.getByText(process.env.CB_PATIENT_TEXT).waitFor();
    await page.getByLabel('Send a photo or a PDF').setInputFiles({ name: 'rash.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByRole('button', { name: 'Send file' }).click();
    await page.getByRole('img', { name: 'Photo you sent' }).waitFor();
  });

  await step('the nurse\'s reply and file appear without reloading (live updates)', async () => {
    await page.getByText(process.env.CB_NURSE_REPLY).waitFor({ timeout: 45000 }).catch(async (error) => {
      const probe = await page.evaluate(async () => {
        const reply = await fetch('/portal/updates?after=0', { headers: { Accept: 'application/json' } });
        return `${reply.status} ${(await reply.text()).slice(0, 300)}`;
      });
      throw new Error(`${error.message}\n/portal/updates answered: ${probe}`);
    });
    const file = page.getByRole('link', { name: /after-visit\.pdf \(PDF/ });
    await file.waitFor({ timeout: 20000 });
    const download = await page.request.get(env.portal + (await file.getAttribute('href')));
    check(download.ok() && (await download.body()).toString('latin1').startsWith('%PDF'), 'the PDF downloads');
    check(download.headers()['content-disposition'].startsWith('attachment'), 'a PDF is a download, never rendered inline');
    await screenshot(page, '03-live-reply');
  });

  await step('Spanish: the switch, and axe finds nothing serious', async () => {
    await page.getByRole('link', { name: 'Ver en español' }).click();
    await page.getByRole('heading', { name: 'Sus mensajes seguros' }).waitFor();
    check(await page.getAttribute('html', 'lang') === 'es', 'the page says it is Spanish');
    await expectNoSeriousA11yViolations(page, 'conversation (es)');
    await screenshot(page, '04-conversation-es');
    await page.getByRole('link', { name: 'View in English' }).click();
    await page.getByRole('heading', { name: 'Your secure messages' }).waitFor();
  });

  await step('sign-out ends the session; going back shows nothing', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'You have signed out' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'signed out (en)');
    await screenshot(page, '05-signed-out');
    await page.goto(env.portal + '/portal');
    await page.getByRole('heading', { name: 'This link can\'t be used' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'not valid (en)');
  });

  await step('the token is in no history entry, no Referer and no server log', async () => {
    const token = link.split('/p/')[1];
    const length = await page.evaluate(() => history.length);
    for (let i = 1; i < length; ++i) {
      await page.goBack({ waitUntil: 'commit' }).catch(() => {});
      check(!page.url().includes(token), `history entry without the token: ${page.url()}`);
    }
    check(!logsContain(token), 'the server logs never name the token');
  });

  await step('the used link cannot be opened again', async () => {
    const other = await browser.newContext({ ignoreHTTPSErrors: true });
    const second = await other.newPage();
    const response = await second.goto(link);
    check(response.status() === 404, `a used link answers the plain page (${response.status()})`);
    await second.getByRole('heading', { name: 'This link can\'t be used' }).waitFor();
    await other.close();
  });
} finally {
  await browser.close();
}
