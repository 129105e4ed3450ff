// The guide embedded in another site's page: a <stack-guide> element loaded by embed.js from the
// guide's origin (127.0.0.1), in a host page on another origin (localhost) with hostile styles
// and a strict Content-Security-Policy of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { serveEmbeddable, hostPages, launch, openPage, catalogItems, scrollThrough } from './harness.mjs';

const ITEMS = catalogItems();

let guide, browser;
const hosts = hostPages();
before(async () => {
  guide = await serveEmbeddable();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await guide?.close();
  await hosts.closeAll();
});

// Styles a careless blog might have: every one would change the guide if it reached in.
const HOSTILE_CSS = `
  html { font-size: 10px; }
  * { color: rgb(255, 0, 0) !important; letter-spacing: 3px !important; font-family: serif !important; }
  article, h4, input { display: none !important; }
  .sg-card { border: 9px solid rgb(255, 0, 0) !important; }
  p { margin: 40px !important; }
  .column { width: 700px; }
  .spacer { display: block; height: 2600px; }
`;

/**
 * Serves a host page on localhost (another origin than the guide's), with `body` in its <main>,
 * HOSTILE_CSS as its stylesheet, and a CSP that allows nothing but its own stylesheet and what
 * docs/embedding.md says the embed needs.
 */
async function hostPage(body, { script = '', head = `<script src="GUIDE/embed.js" defer></script>` } = {}) {
  const origin = guide.url.replace(/\/$/, '');
  const csp = `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; `
    + `connect-src ${origin}`;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
    <link rel="stylesheet" href="/host.css">
    ${script ? '' : head.replaceAll('GUIDE', origin)}</head>
    <body><main><h1>A blog post</h1><p id="before">Some text before the guide.</p>${body}
    ${script.replaceAll('GUIDE', origin)}<p id="after">Some text after it.</p>
    <a id="host-link" href="https://example.com/">a link of the host</a></main></body></html>`;
  return hosts.serve(html, csp, { '/host.css': ['text/css', HOSTILE_CSS] });
}

/** Waits until the guide in `element` (a locator of a <stack-guide>) shows every card. */
async function shown(element) {
  await element.locator('[data-sg-mounted]').waitFor({ state: 'attached' });
  await element.locator('.sg-results[aria-busy="false"]').waitFor({ state: 'attached' });
}

test('the guide shows in a page of another site, under that page\'s CSP, with every card', async () => {
  const { page, context, problems } = await openPage(browser, await hostPage('<stack-guide></stack-guide>'));
  try {
    const element = page.locator('stack-guide');
    await shown(element);
    const ids = await element.locator('article[data-tech]').evaluateAll((els) => els.map((e) => e.dataset.tech));
    assert.deepEqual(ids.sort(), ITEMS.map((i) => i.id).sort());
    // Filters and the chooser are there too, and nothing went to the host's document.
    await element.locator('.sg-facets:not([hidden])').waitFor({ state: 'attached' });
    await element.locator('#sg-chooser').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-tech], .sg-app').length), 0);
    assert.deepEqual(problems, []);
  } finally { await context.close(); }
});

test('the host page\'s styles stay out of the guide, and the guide\'s stay out of the host page', async () => {
  const { page, context, problems } = await openPage(browser, await hostPage('<stack-guide></stack-guide>'));
  try {
    const element = page.locator('stack-guide');
    await shown(element);
    const card = element.locator('article[data-tech="postgresql"]');
    const inside = await card.evaluate((el) => {
      const style = (e) => getComputedStyle(e);
      const heading = el.querySelector('h4');
      return {
        display: style(el).display, border: style(el).borderTopWidth,
        color: style(heading).color, spacing: style(heading).letterSpacing,
        font: style(heading).fontFamily, headingShown: style(heading).display,
        size: style(heading).fontSize, reader: style(el.getRootNode().querySelector('.sg-embed')).fontSize,
        search: style(el.getRootNode().querySelector('#sg-search-input')).display,
      };
    });
    assert.notEqual(inside.display, 'none');
    assert.notEqual(inside.headingShown, 'none');
    assert.notEqual(inside.search, 'none');
    assert.notEqual(inside.border, '9px');
    assert.notEqual(inside.color, 'rgb(255, 0, 0)');
    assert.equal(inside.spacing, 'normal');
    assert.doesNotMatch(inside.font, /^serif$/);
    // Sizes follow the reader's default font size, not the host's `html { font-size: 10px }`.
    assert.equal(inside.reader, '16px');
    assert.equal(inside.size, '16px');
    // The guide's sheet (`a { color }`, `html { background }`, `:focus-visible`) stays inside.
    const outside = await page.evaluate(() => ({
      link: getComputedStyle(document.querySelector('#host-link')).color,
      background: getComputedStyle(document.documentElement).backgroundColor,
      margin: getComputedStyle(document.body).margin,
    }));
    assert.equal(outside.link, 'rgb(255, 0, 0)');
    assert.equal(outside.background, 'rgba(0, 0, 0, 0)');
    assert.equal(outside.margin, '8px');
    assert.deepEqual(problems, []);
  } finally { await context.close(); }
});

test('using the guide leaves the host page\'s address and history alone', async () => {
  const url = await hostPage('<stack-guide></stack-guide>');
  const { page, context, problems } = await openPage(browser, url);
  try {
    const element = page.locator('stack-guide');
    await shown(element);
    const historyBefore = await page.evaluate(() => history.length);
    await element.locator('#sg-search-input').fill('kafak');
    await element.locator('article[data-tech]:not(.sg-grid--parked *)').first().waitFor();
    const first = await element.locator('.sg-results article[data-tech]').evaluateAll((els) =>
      els.filter((e) => !e.closest('[hidden], .sg-grid--parked')).map((e) => e.dataset.tech)[0]);
    assert.equal(first, 'kafka');
    // `/` is typed in the guide's search box, and pressed in the host page it stays the host's.
    await element.locator('#sg-search-input').fill('');
    await element.locator('#sg-search-input').pressSequentially('ci/cd');
    assert.equal(await element.locator('#sg-search-input').inputValue(), 'ci/cd');
    await page.locator('#before').click();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'body');
    await element.locator('#sg-search-input').fill('kafak');
    // A detail opens and closes (Esc) without a history entry; focus goes back to its card.
    await element.locator('article[data-tech="kafka"] .sg-card__open').click();
    const dialog = element.locator('dialog.sg-dialog[open]');
    await dialog.waitFor();
    await dialog.locator('.sg-detail h2, .sg-detail h3').first().waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' }).catch(() => {});
    assert.equal(await element.locator('dialog.sg-dialog[open]').count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'stack-guide');
    assert.equal(await element.evaluate((el) => el.shadowRoot.activeElement?.closest('article')?.dataset.tech), 'kafka');
    // A category link scrolls within the guide rather than to the host's #fragment, searching
    // or not.
    await element.locator('.sg-jump summary').click();
    await element.locator('.sg-toc a').first().click();
    await element.locator('#sg-search-input').fill('');
    const category = await element.locator('.sg-toc a').nth(3).getAttribute('href');
    await element.locator('.sg-toc a').nth(3).click();
    await page.waitForTimeout(200);
    const categoryTop = await element.locator(category).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(categoryTop >= -1 && categoryTop < 200, `${category} is in view (top ${categoryTop})`);
    assert.equal(page.url(), url);
    // So does a tab of the guide's own views: the chooser, from its top.
    await element.getByRole('link', { name: 'Choose a stack' }).click();
    await element.locator('#sg-chooser .sg-step').waitFor();
    await page.waitForTimeout(400);
    const top = await element.locator('.sg-tabs').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= -1 && top < 800 - 100, `the tabs are in view (top ${top})`);
    assert.ok(await element.locator('#sg-explore').isHidden());
    assert.equal(page.url(), url);
    assert.equal(await page.evaluate(() => history.length), historyBefore);
    // The theme switch themes the guide alone, and nothing goes into the host's storage.
    await element.getByRole('button', { name: 'Dark theme' }).click();
    assert.equal(await element.getAttribute('data-theme'), 'dark');
    assert.deepEqual(await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.length]),
      [undefined, 0]);
    assert.deepEqual(problems, []);
  } finally { await context.close(); }
});

test('the element\'s attributes set what the guide opens on; wrong ones are named, and ignored', async () => {
  const { page, context, problems } = await openPage(browser, await hostPage(
    '<stack-guide state="q=rabitmq&tech=kafka&compare=redis,kafka&sort=name" theme="purple" view="cards"></stack-guide>'
    + '<stack-guide id="dark" theme="dark" view="chooser" loading="eager" state="product=saas&team=javascript&scale=growth"></stack-guide>'),
  { viewport: { width: 1280, height: 800 } });
  try {
    const first = page.locator('stack-guide').first();
    await shown(first);
    const cards = await first.locator('.sg-results article[data-tech]').evaluateAll((els) =>
      els.filter((e) => !e.closest('[hidden], .sg-grid--parked')).map((e) => e.dataset.tech));
    assert.equal(cards[0], 'rabbitmq');
    assert.ok(cards.length < ITEMS.length);
    const notice = await first.locator('.sg-notice').innerText();
    assert.match(notice, /given to this embedded guide were ignored/);
    assert.match(notice, /tech "kafka" in state: an embedded guide opens no detail by itself \(view="card" tech="kafka"/);
    assert.match(notice, /compare: an embedded guide opens no comparison/);
    assert.match(notice, /theme "purple"/);
    assert.match(notice, /view "cards": it is explore, chooser, guides or card/);
    // A wrong theme is auto: the host page's, here the (light) system's.
    assert.equal(await first.getAttribute('data-theme'), 'light');
    // The second element: dark, and its own state (two guides on one page do not share one).
    const dark = page.locator('#dark');
    await shown(dark);
    assert.equal(await dark.getAttribute('data-theme'), 'dark');
    const background = await dark.locator('.sg-embed').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, 'rgb(17, 20, 24)');
    assert.equal(await dark.locator('.sg-notice').count(), 0);
    assert.equal(await dark.locator('#sg-search-input').inputValue(), '');
    // The chooser the second one opens on is there, but the host page did not scroll to it, and
    // no dialog took the page or its focus.
    await dark.locator('.sg-layers [data-layer="language"]').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => [scrollY, document.activeElement.localName]), [0, 'body']);
    assert.equal(await page.locator('stack-guide').locator('dialog[open]').count(), 0);
    // Its "Copy link" gives the guide's own page with the answers, not the host's address.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await dark.getByRole('button', { name: 'Copy link' }).click();
    const fallback = dark.locator('.sg-exports__fallback textarea');
    await page.waitForFunction(() => {
      const root = document.querySelector('#dark').shadowRoot;
      return root.querySelector('.sg-exports__status')?.textContent.trim() || root.querySelector('.sg-exports__fallback textarea');
    });
    const copied = (await fallback.count()) ? await fallback.inputValue()
      : await page.evaluate(() => navigator.clipboard.readText());
    const link = new URL(copied);
    assert.equal(`${link.origin}${link.pathname}`, guide.url);
    assert.deepEqual(Object.fromEntries(link.searchParams),
      { view: 'chooser', product: 'saas', team: 'javascript', scale: 'growth' });
    assert.deepEqual(problems, []);
  } finally { await context.close(); }
});

test('a guide taken off the page and put back is built again, whole', async () => {
  const { page, context, problems } = await openPage(browser, await hostPage('<stack-guide></stack-guide>'));
  try {
    const element = page.locator('stack-guide');
    await shown(element);
    // Taken off, given another state while away, put back: built again, with that state.
    await element.evaluate((el) => { window.kept = el; el.remove(); el.setAttribute('state', 'q=redis'); });
    assert.equal(await page.evaluate(() => window.kept.shadowRoot.querySelectorAll('article').length), 0);
    await page.evaluate(() => document.querySelector('main').append(window.kept));
    await shown(element);
    assert.equal(await element.locator('[data-sg-mounted]').count(), 1);
    assert.equal(await element.locator('#sg-search-input').inputValue(), 'redis');
    // An attribute changed in place builds it again too.
    await element.evaluate((el) => el.setAttribute('state', 'q=kafka'));
    await page.waitForFunction(() => document.querySelector('stack-guide').shadowRoot
      .querySelector('#sg-search-input')?.value === 'kafka');
    assert.equal(await element.locator('[data-sg-mounted]').count(), 1);
    // Taken off while it is still being built (a chooser queued for a later frame): nothing
    // breaks, and a guide put in after it works.
    await page.evaluate(() => {
      const early = document.createElement('stack-guide');
      early.setAttribute('state', 'view=chooser&product=saas&team=javascript&scale=growth');
      document.querySelector('main').append(early);
      const check = () => {
        if (early.shadowRoot?.querySelector('[data-sg-mounted]')) early.remove();
        else requestAnimationFrame(check);
      };
      check();
    });
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('stack-guide').count(), 1);
    await element.locator('#sg-search-input').fill('redis');
    await element.locator('.sg-result-count').filter({ hasText: 'match' }).waitFor();
    assert.deepEqual(problems, []);
  } finally { await context.close(); }
});

test('one script tag puts the guide where it stands, with its settings; each tag, one guide', async () => {
  const { page, context, problems } = await openPage(browser, await hostPage('',
    { script: '<script src="GUIDE/embed.js" data-insert data-state="q=redis" data-theme="dark" defer></script>' }));
  try {
    const element = page.locator('stack-guide');
    await shown(element);
    assert.equal(await element.count(), 1);
    assert.deepEqual(await page.evaluate(() => [document.querySelector('stack-guide').previousElementSibling.localName,
      document.querySelector('stack-guide').nextElementSibling.id]), ['script', 'after']);
    assert.equal(await element.getAttribute('data-theme'), 'dark');
    assert.equal(await element.locator('#sg-search-input').inputValue(), 'redis');
    assert.deepEqual(problems, []);
  } finally { await context.close(); }
  // A page of several posts, each with its own tag, both opening on a search: they share one
  // search index (src/ui/state.rs `CatalogWork`; tests/web.rs has two guides wait for it), and
  // each shows its own results.
  const two = await openPage(browser, await hostPage('<p>Post one.</p>',
    { script: '<script src="GUIDE/embed.js" data-insert data-state="q=redis" defer></script><p>Post two.</p>'
      + '<script src="GUIDE/embed.js" data-insert data-state="q=kafka" data-loading="eager" defer></script>' }));
  try {
    const guides = two.page.locator('stack-guide');
    await shown(guides.nth(0));
    await shown(guides.nth(1));
    assert.equal(await guides.count(), 2);
    for (const [n, id] of [[0, 'redis'], [1, 'kafka']]) {
      const guide = guides.nth(n);
      assert.equal(await guide.locator('#sg-search-input').inputValue(), id);
      await guide.locator('.sg-result-count').filter({ hasText: 'match' }).waitFor();
      const first = await guide.locator('.sg-results article[data-tech]').evaluateAll((els) =>
        els.filter((e) => !e.closest('[hidden], .sg-grid--parked')).map((e) => e.dataset.tech)[0]);
      assert.equal(first, id);
    }
    assert.deepEqual(two.problems, []);
  } finally { await two.context.close(); }
  // A data-insert tag in <head>, where nothing shows: the guide goes at the end of the page.
  const inHead = await openPage(browser, await hostPage('',
    { head: '<script src="GUIDE/embed.js" data-insert data-state="q=redis" defer></script>' }));
  try {
    const guide = inHead.page.locator('body > stack-guide');
    await shown(guide);
    assert.equal(await guide.locator('#sg-search-input').inputValue(), 'redis');
    assert.equal(await inHead.page.locator('head stack-guide').count(), 0);
  } finally { await inHead.context.close(); }
});

test('the layout follows the element\'s width, not the window\'s', async () => {
  const { page, context, problems } = await openPage(browser, await hostPage(
    '<div class="column"><stack-guide id="narrow"></stack-guide></div>'
    + '<stack-guide id="wide" loading="eager"></stack-guide>'), { viewport: { width: 1280, height: 900 } });
  try {
    const tracks = (id, selector) => page.locator(id).locator(selector)
      .evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    await shown(page.locator('#narrow'));
    await shown(page.locator('#wide'));
    assert.equal(await tracks('#narrow', '.sg-explore__body'), 1);
    assert.equal(await tracks('#wide', '.sg-explore__body'), 2);
    // The filters: a rail beside the results on the wide one, a bar that opens as a sheet on the
    // narrow one.
    const position = (id) => page.locator(id).locator('.sg-facets').evaluate((el) => getComputedStyle(el).position);
    assert.equal(await position('#wide'), 'sticky');
    assert.equal(await position('#narrow'), 'static');
    assert.deepEqual(problems, []);
  } finally { await context.close(); }
});

test('however the snippet is pasted (module, async, in <head>, twice) the guide shows', async () => {
  const ways = [
    ['a module script', { head: '<script type="module" src="GUIDE/embed.js"></script>' }, '<stack-guide state="q=redis"></stack-guide>', 1],
    ['an async script in <head>', { head: '<script async src="GUIDE/embed.js"></script>' }, '<stack-guide state="q=redis"></stack-guide>', 1],
    ['the script twice, in <head> and in <body>', { head: '<script src="GUIDE/embed.js" defer></script>' },
      '<stack-guide state="q=redis"></stack-guide><script src="GUIDE/embed.js"></script>', 1],
    ['two module tags with data-insert', { script: '<script type="module" src="GUIDE/embed.js" data-insert data-state="q=redis"></script>'
      + '<p>Between.</p><script type="module" src="GUIDE/embed.js" data-insert data-state="q=redis" data-loading="eager"></script>' }, '', 2],
  ];
  for (const [way, options, body, count] of ways) {
    const origin = guide.url.replace(/\/$/, '');
    const withGuide = (html) => html.replaceAll('GUIDE', origin);
    const { page, context, problems } = await openPage(browser, await hostPage(withGuide(body), options));
    try {
      const guides = page.locator('stack-guide');
      for (let n = 0; n < count; n++) {
        await shown(guides.nth(n));
        assert.equal(await guides.nth(n).locator('#sg-search-input').inputValue(), 'redis', way);
      }
      assert.equal(await guides.count(), count, way);
      assert.equal(await page.locator('#after').innerText(), 'Some text after it.');
      assert.deepEqual(problems, [], way);
    } finally { await context.close(); }
  }
});

test('a guide three screens down costs the page only embed.js until the reader nears it; loading="eager" loads at once', async () => {
  const page800 = { viewport: { width: 1280, height: 800 } };
  const { page, context, problems } = await openPage(browser, await hostPage(
    '<div class="spacer"></div><stack-guide state="q=redis"><a href="GUIDE/">The guide</a></stack-guide>'.replaceAll('GUIDE', guide.url)), page800);
  try {
    const fetched = [];
    page.on('request', (r) => { if (r.url().startsWith(guide.url)) fetched.push(new URL(r.url()).pathname); });
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    assert.deepEqual(fetched.filter((p) => !p.endsWith('/embed.js')), [], 'nothing but embed.js before the reader scrolls');
    const element = page.locator('stack-guide');
    const reserved = await element.evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(reserved >= 300, `the element keeps a place for the guide (${reserved} px)`);
    await page.mouse.wheel(0, 2000);
    await shown(element);
    assert.ok(fetched.some((p) => p.endsWith('.wasm')), fetched.join(', '));
    assert.equal(await element.locator('#sg-search-input').inputValue(), 'redis');
    assert.deepEqual(problems, []);
  } finally { await context.close(); }
  const eager = await openPage(browser, await hostPage('<div class="spacer"></div><stack-guide loading="eager" state="q=redis"></stack-guide>'), page800);
  try {
    await shown(eager.page.locator('stack-guide'));
    assert.equal(await eager.page.evaluate(() => scrollY), 0, 'built without the reader scrolling');
    assert.deepEqual(eager.problems, []);
  } finally { await eager.context.close(); }
});

test('a guide that cannot load says so in its element, and the host page is untouched', async () => {
  const { page, context } = await openPage(browser, 'about:blank');
  try {
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(await hostPage('<stack-guide></stack-guide>'));
    const status = page.locator('stack-guide [role="status"]');
    await status.filter({ hasText: 'could not be loaded' }).waitFor();
    assert.equal(await status.locator('a').getAttribute('href'), guide.url);
    assert.ok(warnings.some((w) => w.startsWith('stackguide:')), warnings.join('\n'));
    assert.deepEqual(errors, []);
    assert.equal(await page.locator('#before').innerText(), 'Some text before the guide.');
  } finally { await context.close(); }
  // A browser without WebAssembly: the same message, at once.
  const noWasm = await openPage(browser, 'about:blank');
  try {
    await noWasm.page.addInitScript(() => { delete window.WebAssembly; });
    await noWasm.page.goto(await hostPage('<stack-guide></stack-guide>'));
    const status = noWasm.page.locator('stack-guide [role="status"]');
    await status.filter({ hasText: 'could not be loaded' }).waitFor();
    assert.equal(await status.locator('a').getAttribute('href'), guide.url);
  } finally { await noWasm.context.close(); }
  // embed.js itself missing: the link the snippet puts inside the element stays, not an empty box.
  const missing = await openPage(browser, 'about:blank');
  try {
    await missing.page.route('**/embed.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await missing.page.goto(await hostPage(`<stack-guide><a href="${guide.url}">The backend technologies guide</a></stack-guide>`));
    const link = missing.page.locator('stack-guide > a');
    await link.waitFor();
    assert.ok(await link.isVisible(), 'the fallback link shows');
  } finally { await missing.context.close(); }
  // The guide's module fails once: a guide added later loads it again, and shows.
  const again = await openPage(browser, 'about:blank');
  try {
    let failed = 0;
    await again.page.route(/stackguide-[0-9a-f]+\.js/, (route) => {
      if (failed++ === 0) return route.fulfill({ status: 503, body: 'busy' });
      return route.continue();
    });
    await again.page.goto(await hostPage('<stack-guide id="first"></stack-guide>'));
    await again.page.locator('#first [role="status"]').filter({ hasText: 'could not be loaded' }).waitFor();
    await again.page.evaluate(() => document.querySelector('main').append(document.createElement('stack-guide')));
    await shown(again.page.locator('stack-guide').nth(1));
    assert.equal(failed, 2);
  } finally { await again.context.close(); }
});

// Scrolled through once first (see `scrollThrough`).
for (const scheme of ['light', 'dark']) test(`the embedded guide has no axe-core violations, WCAG 2.2 A/AA and best practices (${scheme})`, async () => {
  const { page, context, problems } = await openPage(browser, await hostPage('<stack-guide></stack-guide>'), { colorScheme: scheme });
  try {
    await shown(page.locator('stack-guide'));
    await page.locator('stack-guide .sg-facets:not([hidden])').waitFor({ state: 'attached' });
    await scrollThrough(page);
    // Before axe runs: axe-core itself adds an inline <style>, which the host's CSP refuses.
    assert.deepEqual(problems, []);
    const results = await new AxeBuilder({ page }).include('stack-guide')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const report = results.violations.map((v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
    assert.equal(results.violations.length, 0, `axe violations:\n  ${report.join('\n  ')}`);
  } finally { await context.close(); }
});

test('each mode for a post renders in the hostile page, within its height, with no axe-core violation', async () => {
  const modes = [
    ['compact', '<stack-guide compact state="q=queue" loading="eager"></stack-guide>', '.sg-results[aria-busy="false"] article[data-tech]'],
    ['card', '<stack-guide view="card" tech="redis" loading="eager"></stack-guide>', '.sg-related button'],
    ['chooser', '<stack-guide view="chooser" loading="eager"></stack-guide>', '.sg-step .sg-choice'],
    ['guides', '<stack-guide view="guides" loading="eager"></stack-guide>', '.sg-guides__list a'],
  ];
  for (const [mode, body, what] of modes) {
    const { page, context, problems } = await openPage(browser, await hostPage(body), { viewport: { width: 1280, height: 800 } });
    try {
      const element = page.locator('stack-guide');
      await element.locator('[data-sg-mounted]').waitFor({ state: 'attached' });
      await element.locator(what).first().waitFor();
      const height = await element.evaluate((el) => el.getBoundingClientRect().height);
      assert.ok(height <= 800 * 0.85 + 1, `${mode}: ${height} px`);
      // The host's `h4, article, input { display: none }` does not reach in.
      assert.ok(await element.locator(what).first().isVisible(), mode);
      assert.deepEqual(problems, [], mode);
      const results = await new AxeBuilder({ page }).include('stack-guide')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const report = results.violations.map((v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
      assert.equal(results.violations.length, 0, `axe violations (${mode}):\n  ${report.join('\n  ')}`);
    } finally { await context.close(); }
  }
});
