// Every way the portal says no, in the browser, against a server with short
// timers: wrong answers until the lock (and what staff then see), a used link,
// a forged one, CSRF and cross-site posts, the idle timeout and an expired link.
import { env, latestLink, linkCount, latestCode, codeCount, portalMessages, staff } from './lib/portal_env.mjs';
import { launchBrowser, phoneContext, expectNoSeriousA11yViolations, check, step, screenshot, watched } from './lib/harness.mjs';

const idleSeconds = Number(process.env.CB_IDLE_SECONDS);
const invitationSeconds = Number(process.env.CB_INVITATION_SECONDS);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const browser = await launchBrowser();
let links = 0;

async function newLink() {
  const before = await linkCount();
  const reply = await staff('POST', `/api/v1/conversations/${env.conversation}/escalate`, { reason: links++ === 0 ? 'escalation' : 'new_link' });
  check(reply.status === 201, `escalation accepted (${reply.status})`);
  return latestLink(before);
}

async function openIn(context, link) {
  const page = await context.newPage();
  watched.add(page);
  const before = await codeCount();
  const response = await page.goto(link);
  return { page, response, before };
}

async function answer(page, code, dob) {
  await page.getByLabel('6-digit code').fill(code);
  if (dob !== undefined) await page.getByLabel('Your date of birth').fill(dob);
  await page.getByRole('button', { name: 'Continue' }).click();
}

try {
  await step('five wrong codes lock the link; staff see it locked; the lock page is plain and accessible', async () => {
    const context = await phoneContext(browser);
    const { page } = await openIn(context, await newLink());
    for (let attempt = 1; attempt <= 4; ++attempt) {
      await answer(page, '000000');
      await page.getByRole('alert').waitFor();
    }
    await answer(page, '000000');
    await page.getByRole('heading', { name: 'This link is now locked' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'locked (en)');
    await screenshot(page, '10-locked');
    const { body } = await staff('GET', '/api/v1/inbox');
    const conversation = body.conversations.find((c) => String(c.id) === env.conversation);
    check(conversation.portal.state === 'locked', `staff see the lock: ${conversation.portal.state}`);
    await page.goto(env.portal + '/portal');
    await page.getByRole('heading', { name: "This link can't be used" }).waitFor();
    await context.close();
  });

  await step('a wrong date of birth counts too; the right pair verifies; the link is then used up', async () => {
    const recorded = await staff('POST', `/api/v1/conversations/${env.conversation}/date-of-birth`, { date_of_birth: '1980-04-12' });
    check(recorded.status === 200 && recorded.body.contact.has_date_of_birth, 'the date of birth is on file');
    const link = await newLink();
    const context = await phoneContext(browser);
    const { page, before } = await openIn(context, link);
    const code = await latestCode(before);
    await answer(page, code, '1980-12-04');
    await page.getByText('You have 4 tries left').waitFor();
    await answer(page, code, '1980-04-12');
    await page.getByRole('heading', { name: 'Your secure messages' }).waitFor();
    const reuse = await browser.newContext({ ignoreHTTPSErrors: true });
    const again = await reuse.newPage();
    check((await again.goto(link)).status() === 404, 'a second browser gets the plain page');
    await again.getByRole('heading', { name: "This link can't be used" }).waitFor();
    await reuse.close();

    await step('a form without the right CSRF token, or from another site, is refused and stores nothing', async () => {
      const count = (await portalMessages()).length;
      const forged = await page.evaluate(async () => {
        const reply = await fetch('/portal/messages', {
          method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'csrf=forged&text=hello',
        });
        return reply.status;
      });
      check(forged === 403, `a wrong CSRF token is refused (${forged})`);
      const cookies = await context.cookies();
      const csrf = await page.locator('input[name=csrf]').first().inputValue();
      const crossSite = await fetch(env.portal + '/portal/messages', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: 'https://evil.example',
          Cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '),
        },
        body: `csrf=${encodeURIComponent(csrf)}&text=hello`,
      }).catch((error) => ({ status: String(error) }));
      check(crossSite.status === 403, `a post from another origin is refused (${crossSite.status})`);
      // The page a person sees for a stale form, in both languages.
      for (const [lang, heading] of [['en', 'This page has expired'], ['es', 'Esta página ha caducado']]) {
        await page.evaluate((language) => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = `/portal/messages?lang=${language}`;
          for (const [name, value] of [['csrf', 'stale'], ['text', 'hello']]) {
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = value;
            form.append(input);
          }
          document.body.append(form);
          form.submit();
        }, lang);
        await page.getByRole('heading', { name: heading }).waitFor();
        await expectNoSeriousA11yViolations(page, `form expired (${lang})`);
        await page.goto(env.portal + '/portal?lang=en');
      }
      check((await portalMessages()).length === count, 'nothing was stored');
    });

    await step('idle for the configured time: the open page itself says the session has ended', async () => {
      // No reload: the page's own poll (every 5 s, not counted as activity) finds the
      // session over and shows the server's page. A reload would race that navigation,
      // and would land after the cookie is cleared.
      await sleep(idleSeconds * 1000);
      await page.getByRole('heading', { name: 'Your secure session has ended' }).waitFor({ timeout: 30000 });
      await expectNoSeriousA11yViolations(page, 'session ended (en)');
      await page.reload();
      await page.getByRole('heading', { name: "This link can't be used" }).waitFor();
    });
    await context.close();
  });

  await step('a link not opened in time has expired: the same plain page', async () => {
    const link = await newLink();
    await sleep((invitationSeconds + 1) * 1000);
    const context = await phoneContext(browser);
    const { page, response } = await openIn(context, link);
    check(response.status() === 404, `an expired link answers the plain page (${response.status()})`);
    await page.getByRole('heading', { name: "This link can't be used" }).waitFor();
    await context.close();
  });

  await step('every plain page passes axe in Spanish too', async () => {
    const context = await phoneContext(browser, { locale: 'es-MX' });
    const page = await context.newPage();
    watched.add(page);
    await page.goto(env.portal + '/portal/continue?lang=es');
    // Without a cookie the step after a link leads to the plain page.
    await page.getByRole('heading', { name: 'Este enlace no se puede usar' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'not valid after the continue step (es)');
    const link = await newLink();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Confirme que es usted' }).waitFor();
    for (let attempt = 0; attempt < 5; ++attempt) {
      await page.getByLabel('Código de 6 dígitos').fill('000000');
      await page.getByLabel('Su fecha de nacimiento').fill('1999-01-01');
      await page.getByRole('button', { name: 'Continuar' }).click();
      if (attempt < 4) await page.getByRole('alert').waitFor();
    }
    await page.getByRole('heading', { name: 'Este enlace está bloqueado' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'locked (es)');
    await screenshot(page, '12-locked-es');
    await context.close();
  });

  await step('a forged link: the same plain page, in the browser\'s language', async () => {
    const context = await phoneContext(browser, { locale: 'es-MX' });
    const { page, response } = await openIn(context, env.portal + '/p/' + 'A'.repeat(43));
    check(response.status() === 404, 'a forged link is refused');
    await page.getByRole('heading', { name: 'Este enlace no se puede usar' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'not valid (es)');
    await screenshot(page, '11-not-valid-es');
    await context.close();
  });
} finally {
  await browser.close();
}
