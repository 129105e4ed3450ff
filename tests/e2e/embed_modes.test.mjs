// The embedded guide's modes, in a blog column of another origin: serif text in a 700 px column,
// the blog's own dark-mode switch (a class on <html>), and a strict CSP of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, serveEmbeddable, hostPages, launch, openPage, assertAxeClean } from './harness.mjs';

const VIEWPORT = { viewport: { width: 1280, height: 900 } };

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

const BLOG_CSS = `
  body { font: 19px/1.7 Georgia, serif; margin: 0; background: #fffdf8; color: #222; }
  html.dark body { background: #15171a; color: #ddd; }
  .column { width: 700px; margin: 0 auto; }
  stack-guide.capped { --sg-height: 500px; }
`;
// The blog's dark-mode switch: a class on <html>, as most blog themes do.
const BLOG_JS = `document.getElementById('dark').addEventListener('click', () => document.documentElement.classList.toggle('dark'));`;

/** Serves a blog post on localhost (another origin than the guide's) with `body` in its column. */
async function blogPost(body, { head = '<script src="GUIDE/embed.js" defer></script>', origin: from = guide.url } = {}) {
  const origin = from.replace(/\/$/, '');
  const csp = `default-src 'none'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; `
    + `connect-src ${origin}`;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
    <link rel="stylesheet" href="/blog.css">${head.replaceAll('GUIDE', origin)}</head>
    <body><div class="column"><h1>Picking a message queue</h1>
    <button id="dark" type="button">Dark mode</button>
    <p id="before">Some text before the guide.</p>${body.replaceAll('GUIDE', origin)}
    <p id="after">Some text after it.</p></div><script src="/blog.js"></script></body></html>`;
  return hosts.serve(html, csp, { '/blog.css': ['text/css', BLOG_CSS], '/blog.js': ['text/javascript', BLOG_JS] });
}

/** Waits until the guide in `element` is mounted and has shown `what` (a selector). */
async function shown(element, what = '.sg-results[aria-busy="false"]') {
  await element.locator('[data-sg-mounted]').waitFor({ state: 'attached' });
  await element.locator(what).first().waitFor({ state: 'attached' });
}

const height = (locator) => locator.evaluate((el) => el.getBoundingClientRect().height);

test('compact: the search box, the results and their count, within one screen, and a way to the whole guide', async () => {
  const { page, context, problems } = await openPage(browser, await blogPost('<stack-guide compact state="q=queue"></stack-guide>'), VIEWPORT);
  try {
    const element = page.locator('stack-guide');
    await shown(element);
    assert.equal(await element.locator('#sg-search-input').inputValue(), 'queue');
    assert.ok(await element.locator('article[data-tech]').count() > 3);
    assert.match(await element.locator('.sg-result-count').innerText(), /^\d+ /);
    for (const absent of ['.sg-header', '.sg-toc', '.sg-facets', '.sg-jump', '#sg-chooser', '.sg-tabs']) {
      assert.equal(await element.locator(absent).count(), 0, `${absent} is not in a compact guide`);
    }
    const tall = await height(element);
    assert.ok(tall <= 900 * 0.85 + 40, `one screen at most (${tall} px)`);
    const link = element.locator('.sg-full-guide__link');
    assert.ok(await link.isVisible(), 'the link to the whole guide is in sight');
    await element.locator('#sg-search-input').fill('redis');
    await page.waitForFunction(() => document.querySelector('stack-guide').shadowRoot
      .querySelector('.sg-full-guide__link').href.includes('q=redis'));
    assert.ok((await link.getAttribute('href')).startsWith(guide.url));
    assert.deepEqual(problems, []);
    await assertAxeClean(page, 'in a compact guide', { include: 'stack-guide' });
  } finally { await context.close(); }
});

test('card: exactly the card named, expanded, with its related items and guides', async () => {
  const { page, context, problems } = await openPage(browser,
    await blogPost('<stack-guide view="card" tech="kafka" link-target="_blank" guides-base="https://blog.example/guides"></stack-guide>'), VIEWPORT);
  try {
    const element = page.locator('stack-guide');
    await shown(element, '#sg-card-title');
    assert.equal(await element.locator('#sg-card-title').innerText(), 'Apache Kafka');
    assert.equal(await element.locator('[data-card]').count(), 1);
    assert.equal(await element.locator('article[data-tech], .sg-header, .sg-controls').count(), 0, 'one card and nothing else');
    for (const part of ['Strengths', 'Trade-offs: when not to pick it', 'Related', 'Sources']) {
      await element.locator('h3', { hasText: part }).first().waitFor();
    }
    // Its description, fetched across origins from the guide's folder.
    await element.locator('.sg-detail__description p:not(.sg-detail__status)').waitFor();
    // The series' links follow guides-base and link-target.
    const guides = element.locator('a.sg-guide-link');
    assert.ok(await guides.count() >= 1);
    for (const link of await guides.all()) {
      assert.ok((await link.getAttribute('href')).startsWith('https://blog.example/guides/'));
      assert.equal(await link.getAttribute('target'), '_blank');
    }
    const full = element.locator('.sg-full-guide__link');
    assert.equal(await full.getAttribute('href'), `${guide.url}?tech=kafka`);
    assert.equal(await full.getAttribute('target'), '_blank');
    assert.ok(await height(element) <= 900 * 0.85 + 40);
    // A related item takes the card's place, and the link follows it.
    const related = element.locator('.sg-related button').first();
    const name = await related.innerText();
    await related.click();
    await page.waitForFunction((n) => document.querySelector('stack-guide').shadowRoot
      .querySelector('#sg-card-title')?.textContent === n, name);
    assert.notEqual(await full.getAttribute('href'), `${guide.url}?tech=kafka`);
    // And back to the card the post is about.
    await element.locator('.sg-embedded-card__back', { hasText: 'Back to Apache Kafka' }).click();
    await page.waitForFunction(() => document.querySelector('stack-guide').shadowRoot
      .querySelector('#sg-card-title')?.textContent === 'Apache Kafka');
    assert.equal(await element.locator('.sg-embedded-card__back').count(), 0);
    assert.equal(await full.getAttribute('href'), `${guide.url}?tech=kafka`);
    assert.deepEqual(problems, []);
    await assertAxeClean(page, 'in a card', { include: 'stack-guide' });
  } finally { await context.close(); }
});

test('the guide scrolls inside itself: the post keeps its length and its place', async () => {
  for (const viewport of [VIEWPORT.viewport, { width: 390, height: 844 }]) {
    const { page, context, problems } = await openPage(browser, await blogPost(
      '<stack-guide id="whole" loading="eager"></stack-guide><stack-guide id="chooser" view="chooser" loading="eager"></stack-guide>'),
    { viewport });
    try {
      const whole = page.locator('#whole');
      await shown(whole);
      await shown(page.locator('#chooser'), '.sg-step');
      // Nothing of the guide reaches past its box: the post is as long as its content.
      const [pageHeight, guides] = await page.evaluate(() => [document.documentElement.scrollHeight,
        [...document.querySelectorAll('stack-guide')].reduce((sum, g) => sum + g.getBoundingClientRect().height, 0)]);
      assert.ok(pageHeight < guides + 1500, `the post is ${pageHeight} px for ${guides} px of guides (${viewport.width} px)`);
      // A jump to a category scrolls the guide, not the post.
      await page.evaluate(() => window.scrollTo(0, 150));
      await whole.locator('.sg-jump__summary').click();
      await whole.locator('.sg-toc a').nth(5).click();
      await page.waitForFunction(() => document.getElementById('whole').shadowRoot.querySelector('.sg-embed-scroll').scrollTop > 500);
      assert.equal(await page.evaluate(() => scrollY), 150, 'the post stayed where it was');
      // Answering the chooser moves within the guide too.
      const chooser = page.locator('#chooser');
      await chooser.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => scrollY);
      await chooser.locator('.sg-step .sg-choice').first().click();
      await page.waitForTimeout(400);
      assert.equal(await page.evaluate(() => scrollY), before, 'answering did not scroll the post');
      assert.deepEqual(problems, []);
    } finally { await context.close(); }
  }
});

test('height caps the guide, auto lets it grow, a wrong one is named, and the host\'s own rule applies without one', async () => {
  const { page, context, problems } = await openPage(browser, await blogPost(
    ['<stack-guide id="a" height="420px"></stack-guide><stack-guide id="b" height="auto"></stack-guide>',
      '<stack-guide id="c" height="10px" compact></stack-guide><stack-guide id="d"></stack-guide>',
      '<stack-guide id="e" class="capped"></stack-guide><stack-guide id="f" class="capped" height="300px"></stack-guide>']
      .join('').replaceAll('<stack-guide ', '<stack-guide loading="eager" ')), VIEWPORT);
  try {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const id of ids) await shown(page.locator(`#${id}`));
    const [a, b, c, d, e, f] = await Promise.all(ids.map((id) => height(page.locator(`#${id}`))));
    const screen = 900 * 0.85 + 40;
    assert.ok(a <= 420 + 1, `height="420px": ${a}`);
    assert.ok(b > 2 * screen, `auto: the whole catalog, ${b}`);
    assert.ok(c <= screen && c > 420, `a wrong height keeps one screen: ${c}`);
    assert.ok(d <= screen && d > 600, `no height: one screen: ${d}`);
    assert.ok(e <= 500 + 1 && e > 420, `the host's --sg-height without the attribute: ${e}`);
    assert.ok(f <= 300 + 1, `the attribute over the host's rule: ${f}`);
    await page.locator('#c .sg-notice', { hasText: 'height "10px"' }).waitFor();
    // The attribute taken away: the host's rule again.
    await page.evaluate(() => document.getElementById('f').removeAttribute('height'));
    await page.waitForFunction(() => {
      const h = document.getElementById('f').getBoundingClientRect().height;
      return h > 420 && h <= 501;
    });
    assert.deepEqual(problems, []);
  } finally { await context.close(); }
});

test('theme="auto" follows the blog\'s own dark switch within a frame; a fixed theme stays', async () => {
  const { page, context, problems } = await openPage(browser, await blogPost(
    '<stack-guide id="auto" compact></stack-guide><stack-guide id="fixed" compact theme="light"></stack-guide>'
    + '<stack-guide id="chosen" loading="eager" height="400px"></stack-guide>'), { ...VIEWPORT, colorScheme: 'light' });
  try {
    await shown(page.locator('#auto'));
    await shown(page.locator('#fixed'));
    const themes = () => page.evaluate(() => ['auto', 'fixed'].map((id) => document.getElementById(id).dataset.theme));
    assert.deepEqual(await themes(), ['light', 'light']);
    // Clicked, then read in the next frame.
    const flipped = await page.evaluate(() => new Promise((done) => {
      document.getElementById('dark').click();
      requestAnimationFrame(() => done([document.getElementById('auto').dataset.theme,
        getComputedStyle(document.getElementById('auto').shadowRoot.querySelector('.sg-embed')).backgroundColor]));
    }));
    assert.equal(flipped[0], 'dark');
    assert.notEqual(flipped[1], 'rgb(255, 255, 255)');
    assert.deepEqual(await themes(), ['dark', 'light']);
    await page.locator('#dark').click();
    assert.deepEqual(await themes(), ['light', 'light']);
    // data-theme on <body> is read too; a blog that says nothing is as dark as its background
    // (this one is cream: light on a dark system), and one without a background follows the system.
    await page.evaluate(() => { document.body.dataset.theme = 'dark'; });
    await page.waitForFunction(() => document.getElementById('auto').dataset.theme === 'dark');
    await page.evaluate(() => { delete document.body.dataset.theme; });
    await page.waitForFunction(() => document.getElementById('auto').dataset.theme === 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => document.getElementById('auto').dataset.theme), 'light');
    await page.evaluate(() => { document.body.style.background = 'none'; });
    await page.waitForFunction(() => document.getElementById('auto').dataset.theme === 'dark');
    await page.evaluate(() => { document.body.style.removeProperty('background'); });
    assert.equal(await page.evaluate(() => document.getElementById('fixed').dataset.theme), 'light');
    // The reader's choice with a guide's own switch wins over the blog's.
    await page.emulateMedia({ colorScheme: 'light' });
    const chosen = page.locator('#chosen');
    await shown(chosen);
    await page.waitForFunction(() => document.getElementById('chosen').dataset.theme === 'light');
    await chosen.getByRole('button', { name: 'Dark theme' }).click();
    assert.equal(await chosen.getAttribute('data-theme'), 'dark');
    await page.locator('#dark').click();
    await page.locator('#dark').click();
    await page.waitForFunction(() => document.getElementById('auto').dataset.theme === 'light');
    assert.equal(await chosen.getAttribute('data-theme'), 'dark');
    assert.deepEqual(problems, []);
    await assertAxeClean(page, 'in a dark compact guide', { include: '#auto' });
  } finally { await context.close(); }
});

test('a guide that panics says so, while the other guide on the page keeps its cards and works', async () => {
  // A build with the test-only trigger (scripts/test.sh builds it): typing "panic!" panics.
  const faulty = await serveEmbeddable(join(ROOT, 'target', 'fault-dist'));
  const { page, context } = await openPage(browser, await blogPost(
    '<stack-guide id="a" compact></stack-guide><stack-guide id="b" compact state="q=redis"></stack-guide>',
    { head: `<script src="${faulty.url}embed.js" defer></script>`, origin: faulty.url }), VIEWPORT);
  try {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await shown(page.locator('#a'));
    await shown(page.locator('#b'));
    await page.locator('#a #sg-search-input').fill('panic!');
    const said = page.locator('#a [role="status"]', { hasText: 'stopped because of an error' });
    await said.waitFor();
    assert.equal(await said.locator('a').getAttribute('href'), faulty.url);
    assert.ok(errors.some((e) => /unreachable/.test(e)), `the fault happened: ${errors.join(', ')}`);
    // Guide B is built again on a fresh copy of the code: its cards, and a search that answers.
    const b = page.locator('#b');
    await shown(b);
    assert.equal(await b.locator('#sg-search-input').inputValue(), 'redis');
    assert.ok(await b.locator('article[data-tech]').count() > 0);
    await b.locator('#sg-search-input').fill('postgres');
    await b.locator('article[data-tech="postgresql"]').first().waitFor();
    assert.equal(await b.locator('[role="status"]', { hasText: 'stopped' }).count(), 0);
    assert.equal(await page.locator('#before').innerText(), 'Some text before the guide.');
    assert.equal(await page.locator('#after').innerText(), 'Some text after it.');
    // What the stopped copy left listening on the page stays quiet: keys and the blog's switch.
    const after = errors.length;
    await page.locator('#before').click();
    await page.keyboard.press('/');
    await page.keyboard.type('abc');
    await page.locator('#dark').click();
    await page.waitForFunction(() => document.getElementById('b').dataset.theme === 'dark');
    await page.waitForTimeout(300);
    assert.equal(errors.length, after, errors.join(', '));
  } finally { await context.close(); await faulty.close(); }
});

test('the configurator: settings shown live in a blog column, and the copied snippet renders the same in a fresh post', async () => {
  const { page, context, problems } = await openPage(browser, guide.url, VIEWPORT);
  try {
    // The guide page's footer leads to it.
    await page.locator('footer a[href="embed.html"]').click();
    await page.waitForURL(/embed\.html$/);
    const preview = page.locator('#cf-guide');
    await shown(preview);
    await page.locator('#cf-tech option[value="redis"]').waitFor({ state: 'attached' });
    await page.selectOption('#cf-view', 'card');
    await page.selectOption('#cf-tech', 'redis');
    await page.selectOption('#cf-theme', 'dark');
    await page.fill('#cf-height', '500px');
    await page.locator('#cf-height').dispatchEvent('change');
    await preview.locator('#sg-card-title', { hasText: 'Redis' }).waitFor();
    const previewed = await preview.locator('#sg-card-title').innerText();
    assert.equal(await preview.getAttribute('data-theme'), 'dark');
    // Both blog themes: the preview follows the sample blog's switch unless the theme is fixed.
    await page.selectOption('#cf-theme', 'auto');
    await page.check('#cf-dark');
    await page.waitForFunction(() => document.getElementById('cf-guide').dataset.theme === 'dark');
    await page.uncheck('#cf-dark');
    await page.waitForFunction(() => document.getElementById('cf-guide').dataset.theme === 'light');
    await page.selectOption('#cf-theme', 'dark');
    assert.deepEqual(problems, []);
    await assertAxeClean(page, 'in the configurator');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(guide.url).origin });
    await page.click('#cf-copy');
    await page.locator('#cf-status', { hasText: /Copied|Selected/ }).waitFor();
    const snippet = await page.locator('#cf-snippet').inputValue();
    assert.match(snippet, /view="card" tech="redis" height="500px" theme="dark"/);
    // Its link, shown until the guide loads (or without JavaScript), leads to the same card.
    assert.match(snippet, /<a href="http:\/\/127\.0\.0\.1:\d+\/\?tech=redis">/);
    // Pasted into a fresh post of another site.
    const post = await openPage(browser, await blogPost(snippet, { head: '' }), VIEWPORT);
    try {
      const element = post.page.locator('stack-guide');
      await shown(element, '#sg-card-title');
      assert.equal(await element.locator('#sg-card-title').innerText(), previewed);
      assert.equal(await element.getAttribute('data-theme'), 'dark');
      assert.ok(await height(element) <= 500 + 1);
      assert.deepEqual(post.problems, []);
    } finally { await post.context.close(); }
  } finally { await context.close(); }
});
