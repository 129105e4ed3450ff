// The first page, end to end: every catalog item has its card, under a strict CSP, with no error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, catalogItems } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('every item id in the catalog has its card, with its name in a heading', async () => {
  const { page, context, problems } = await openPage(browser, server.url);
  // Once the app is shown: it is built out of sight beside the fallback, which it then replaces,
  // so the whole document must hold one card per item again, none left from the fallback.
  await page.locator('[data-sg-mounted] article[data-tech]').first().waitFor();
  const items = catalogItems();
  const cards = await page.$$eval('article[data-tech]', (els) =>
    els.map((el) => [el.dataset.tech, el.querySelector('h1,h2,h3,h4,h5,h6')?.textContent.trim()]));
  const byId = new Map(cards);
  for (const item of items) {
    assert.ok(byId.has(item.id), `no card for ${item.id}`);
    assert.ok(byId.get(item.id).includes(item.name), `card ${item.id} heading is "${byId.get(item.id)}"`);
  }
  assert.equal(cards.length, items.length, 'one card per item, no more');
  assert.deepEqual(problems, [], 'no console error, page error or CSP violation');
  await context.close();
});

test('the page is served under a strict Content-Security-Policy', async () => {
  const { page, context, problems } = await openPage(browser, server.url);
  await page.locator('article[data-tech]').first().waitFor();
  const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(meta, /default-src 'none'/);
  assert.doesNotMatch(meta, /unsafe-inline/);
  assert.doesNotMatch(meta, /script-src[^;]*\bhttps?:/, 'no remote script origins');
  // An inline script injected now must be refused by the policy, and the browser must say so.
  const outcome = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation',
      (e) => done({ ran: window.__injected === true, directive: e.violatedDirective }), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    setTimeout(() => done({ ran: window.__injected === true, directive: null }), 2000);
  }));
  assert.equal(outcome.ran, false, 'an injected inline script must not run');
  assert.match(outcome.directive ?? '', /^script-src/, 'the browser reported the blocked script');
  assert.ok(problems.some((p) => p.includes('CSP violation')), 'the violation reached the console');
  await context.close();
});

test('a server that sends the wasm with another content type still gets the app', async () => {
  // The loader hands the browser the wasm in its own stream, labelled `application/wasm`, so
  // the server's content type does not matter.
  const plain = await serveDist(undefined, { types: { '.wasm': 'application/octet-stream' } });
  try {
    const { page, context, problems } = await openPage(browser, 'about:blank');
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(plain.url);
    await page.locator('[data-sg-mounted] article[data-tech]').first().waitFor();
    assert.equal(await page.locator('article[data-tech]').count(), catalogItems().length);
    assert.deepEqual(warnings.filter((w) => w.startsWith('stackguide:')), []);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await plain.close();
  }
});

test('a browser that cannot stream the wasm still gets the app, with a warning', async () => {
  // Without readable streams the loader cannot hand the wasm over in slices: it says so and
  // lets the bindings load it their own way.
  const { page, context, problems } = await openPage(browser, 'about:blank');
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.addInitScript(() => { delete window.ReadableStream; });
  await page.goto(server.url);
  await page.locator('[data-sg-mounted] article[data-tech]').first().waitFor();
  assert.equal(await page.locator('article[data-tech]').count(), catalogItems().length);
  assert.ok(warnings.some((w) => w.startsWith('stackguide: compiling the wasm as it arrived failed')),
    `the loader's warning: ${JSON.stringify(warnings)}`);
  assert.deepEqual(problems, []);
  await context.close();
});
