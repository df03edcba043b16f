import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Contact } from '@/components/mdx/contact';
import { site } from '@/content/site';
import type { ContactConfig } from '@/lib/contact';
import { callToAction } from '@/lib/navigation';

// The contact form as a browser submits it: <Contact /> rendered here (no build) for a fixture
// config, loaded into a real Chromium, filled by its labels and posted to a stub form service on
// this machine. content/site.ts itself sets no form, and `npm run check` requires contact.form to
// be https://; the component renders whatever action it is given, so the fixture points it at a
// plain-http loopback stub on a free port (http://127.0.0.1:<port>/f).

/** What the stub form service received: one entry a request. */
interface Received {
  method: string;
  path: string;
  type: string;
  body: string;
}

/** A loopback HTTP server that records each request and answers like a form service's thank-you page. */
async function formService(): Promise<{ server: Server; url: string; received: Received[]; next: Promise<Received> }> {
  const received: Received[] = [];
  let resolve!: (r: Received) => void;
  const next = new Promise<Received>((r) => (resolve = r));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = {
        method: req.method ?? '',
        path: req.url ?? '',
        type: req.headers['content-type'] ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(entry);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><title>Thanks</title><p>Thanks, your message was sent.</p></html>');
      resolve(entry);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/f`, received, next };
}

/** The page: <Contact /> for a config whose only channel is the form, posting to `action`. */
async function load(page: Page, action: string) {
  const config: ContactConfig = {
    contact: { email: '', booking: '', form: action },
    authors: { owner: { sameAs: [] } },
  };
  const markup = renderToStaticMarkup(createElement(Contact, { config }));
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Contact</title></head><body><main>${markup}</main></body></html>`,
  );
}

let stub: Awaited<ReturnType<typeof formService>>;
test.beforeEach(async () => {
  stub = await formService();
});
test.afterEach(async () => {
  stub.server.closeAllConnections();
  await new Promise((done) => stub.server.close(done));
});

test('the form posts name, email, message and the empty honeypot, urlencoded, to its action', async ({ page }) => {
  await load(page, stub.url);
  await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
  await page.getByLabel('Email', { exact: true }).fill('ada@example.test');
  await page.getByLabel('Message', { exact: true }).fill('A system to review & cost.\nSecond line: 100%');
  await page.getByRole('button', { name: 'Send message' }).click();

  const got = await stub.next;
  expect(got).toMatchObject({ method: 'POST', path: '/f', type: 'application/x-www-form-urlencoded' });
  expect([...new URLSearchParams(got.body)]).toEqual([
    ['name', 'Ada Lovelace'],
    ['email', 'ada@example.test'],
    // A textarea's line breaks are sent as CRLF.
    ['message', 'A system to review & cost.\r\nSecond line: 100%'],
    ['_gotcha', ''],
  ]);
  // The browser followed the post to the service's answer, as a reader would see it.
  await expect(page).toHaveURL(stub.url);
  await expect(page.getByText('Thanks, your message was sent.')).toBeVisible();
  expect(stub.received.filter((r) => r.method === 'POST')).toHaveLength(1);
});

test('each field has its label, and the keyboard skips the honeypot', async ({ page }) => {
  await load(page, stub.url);
  for (const [label, name] of [
    ['Name', 'name'],
    ['Email', 'email'],
    ['Message', 'message'],
  ] as const)
    await expect(page.getByLabel(label, { exact: true }), label).toHaveAttribute('name', name);
  // Hidden from assistive technology: no accessible field is the honeypot.
  await expect(page.getByRole('textbox')).toHaveCount(3);
  await page.getByLabel('Name', { exact: true }).focus();
  for (const next of ['Email', 'Message']) {
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(next, { exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Send message' })).toBeFocused();
});

test('required fields, and a malformed email, stop the browser from posting', async ({ page }) => {
  await load(page, stub.url);
  const submit = page.getByRole('button', { name: 'Send message' });
  const missing = (label: string) =>
    page.getByLabel(label, { exact: true }).evaluate((el: HTMLInputElement) => el.validity.valueMissing);

  await submit.click();
  for (const label of ['Name', 'Email', 'Message']) expect(await missing(label), label).toBe(true);

  await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
  await page.getByLabel('Email', { exact: true }).fill('not an address');
  await page.getByLabel('Message', { exact: true }).fill('Hello');
  await submit.click();
  expect(
    await page.getByLabel('Email', { exact: true }).evaluate((el: HTMLInputElement) => el.validity.typeMismatch),
  ).toBe(true);

  // Neither click posted: the page is still the form, and the one post the stub sees is the valid one.
  expect(page.url()).toBe('about:blank');
  await page.getByLabel('Email', { exact: true }).fill('ada@example.test');
  await submit.click();
  expect([...new URLSearchParams((await stub.next).body)].map(([k]) => k)).toEqual([
    'name',
    'email',
    'message',
    '_gotcha',
  ]);
  expect(stub.received.filter((r) => r.method === 'POST')).toHaveLength(1);
});

// The same form as the build wrote it, on its page, under the page's Content-Security-Policy (the
// test server applies out/_headers): the suite builds tests/fixtures/site.ts, whose contact.form is
// https://forms.example.com/f/fixture. Chromium posts it; the route answers as the service would, so
// the post leaves the page only if form-action admits the form's origin.
test(`page ${callToAction().href.split('#')[0]}: the built contact form posts to contact.form under the page's CSP`, async ({
  page,
}) => {
  const cta = callToAction();
  expect(cta.contact, 'the suite builds the fixture site, whose form is set').toBe(true);
  const posts: { url: string; body: string }[] = [];
  await page.route(`${new URL(site.contact.form).origin}/**`, async (route) => {
    posts.push({ url: route.request().url(), body: route.request().postData() ?? '' });
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><title>Thanks</title><p>Thanks, your message was sent.</p></html>',
    });
  });
  const blocked: string[] = [];
  page.on('console', (m) => m.text().includes('form-action') && blocked.push(m.text()));
  await page.goto(cta.href);
  await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
  await page.getByLabel('Email', { exact: true }).fill('ada@example.test');
  await page.getByLabel('Message', { exact: true }).fill('An agent platform to review.');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByText('Thanks, your message was sent.')).toBeVisible();
  expect(blocked).toEqual([]);
  expect(posts.map((p) => p.url)).toEqual([site.contact.form]);
  expect([...new URLSearchParams(posts[0]!.body)]).toEqual([
    ['name', 'Ada Lovelace'],
    ['email', 'ada@example.test'],
    ['message', 'An agent platform to review.'],
    ['_gotcha', ''],
  ]);
});
