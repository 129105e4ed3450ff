// The guide page as a reader, a crawler and a printer see it: the Guides view, related guides in
// context, the fallback without scripts, meta tags.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, catalogItems, waitForFilters } from './harness.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const EXPECTED = [
  ['The Best Backend Development Languages to Master', 'https://roadmap.sh/backend/languages'],
  ['Top Backend Frameworks: Pro Advice', 'https://roadmap.sh/backend/frameworks'],
  ['8 In-Demand Backend Developer Skills to Master', 'https://roadmap.sh/backend/developer-skills'],
  ['50 Popular Backend Developer Interview Questions and Answers', 'https://roadmap.sh/questions/backend'],
  ['Essential Backend Development Tools', 'https://roadmap.sh/backend/developer-tools'],
  ['20 Backend Project Ideas to take you from Beginner to Pro', 'https://roadmap.sh/backend/project-ideas'],
  ['Backend Developer Job Description Template', 'https://roadmap.sh/backend/job-description'],
];

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const guideLinks = (page) => page.$$eval('#sg-other-guides .sg-guides__link', (as) => as.map((a) => [a.textContent.trim(), a.getAttribute('href')]));

test('the Guides view lists the seven other guides with their exact titles and hrefs, in context', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 900 } });
  await page.locator('[data-sg-mounted]').waitFor();
  await page.getByRole('link', { name: 'Guides' }).click();
  await page.locator('#sg-other-guides').waitFor();
  assert.deepEqual(await guideLinks(page), EXPECTED);
  assert.ok(await page.locator('#sg-other-guides .sg-guides__link').first().isVisible());
  // Each guide says which parts of the catalog send readers to it; a category link shows it.
  const languages = page.locator('.sg-guides__item').filter({ hasText: EXPECTED[0][0] });
  await languages.getByRole('link', { name: 'Backend languages' }).click();
  await page.locator('#sg-cat-languages').waitFor();
  await page.waitForFunction(() => {
    const r = document.getElementById('sg-cat-languages').getBoundingClientRect();
    return r.top >= -2 && r.top < innerHeight;
  });
  // No link on the page points back at this guide.
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
  assert.ok(!hrefs.some((h) => h.replace(/\/$/, '') === 'https://roadmap.sh/backend/technologies'));
  // Guide links open in the same tab.
  assert.equal(await page.locator('#sg-other-guides a[target]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the Guides tab opens by keyboard, and Back returns', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 390, height: 844 } });
  await page.locator('[data-sg-mounted]').waitFor();
  await page.getByRole('link', { name: 'Guides' }).focus();
  await page.keyboard.press('Enter');
  const first = page.locator('#sg-other-guides .sg-guides__link').first();
  await first.waitFor({ state: 'visible' });
  assert.equal(new URL(page.url()).searchParams.get('view'), 'guides');
  await page.goBack();
  await page.locator('#sg-search-input').waitFor({ state: 'visible' });
  assert.ok(await first.isHidden());
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page fetched without running scripts holds every item name and every guide title', async () => {
  const html = await (await fetch(server.url)).text();
  const decode = (s) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  const text = decode(html);
  for (const item of catalogItems()) {
    assert.ok(text.includes(item.name), `missing ${item.name}`);
    assert.ok(text.includes(item.summary), `missing the summary of ${item.name}`);
  }
  for (const [title, href] of EXPECTED) {
    assert.ok(text.includes(title) && html.includes(`href="${href}"`), `missing guide ${title}`);
  }
  const categories = JSON.parse(readFileSync(join(ROOT, 'data/categories.json'), 'utf8')).categories;
  for (const c of categories) assert.ok(text.includes(c.intro), `missing the intro of ${c.name}`);
  assert.match(html, /<link rel="canonical" href="https:\/\/roadmap\.sh\/backend\/technologies">/);
  assert.match(html, /<meta property="og:title"/);
});

test('with JavaScript off the reader gets the whole guide', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  assert.equal(await page.locator('article[data-tech]').count(), catalogItems().length);
  assert.ok(await page.getByRole('heading', { name: 'Backend technologies', level: 1 }).isVisible());
  assert.equal(await page.locator('#sg-other-guides .sg-guides__link').count(), 7);
  await context.close();
});

test('mounting the app over the fallback does not shift the layout', async () => {
  for (const width of [1280, 400]) {
    const { page, context } = await openPage(browser, server.url, { viewport: { width, height: 900 } });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.reload();
    await waitForFilters(page);
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => window.__cls);
    assert.ok(cls < 0.01, `cumulative layout shift ${cls} at ${width} px`);
    await context.close();
  }
});

test('the app is built hidden and inert over the fallback, which stays until the app is shown', async () => {
  const { page, context, problems } = await openPage(browser, 'about:blank');
  await page.addInitScript(() => {
    window.__building = [];
    window.__shown = null;
    new MutationObserver((_, observer) => {
      const host = document.querySelector('.sg-host');
      if (!host) return;
      const sample = {
        hidden: getComputedStyle(host).visibility === 'hidden',
        inert: host.inert,
        fallback: document.querySelectorAll('.sg-fallback').length,
        cards: host.querySelectorAll('article[data-tech]').length,
      };
      if (host.hasAttribute('data-sg-building')) {
        window.__building.push(sample);
      } else if (host.hasAttribute('data-sg-mounted')) {
        window.__shown = sample;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto(server.url);
  await page.locator('[data-sg-mounted] article[data-tech]').first().waitFor();
  const { building, shown } = await page.evaluate(() => ({ building: window.__building, shown: window.__shown }));
  assert.ok(building.some((b) => b.cards > 0), 'cards were built in the document before the app was shown');
  for (const b of building) {
    assert.deepEqual([b.hidden, b.inert, b.fallback], [true, true, 1], `while building: ${JSON.stringify(b)}`);
  }
  const total = catalogItems().length;
  assert.deepEqual(shown, { hidden: false, inert: false, fallback: 0, cards: total }, 'shown: visible, reachable, complete, fallback gone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('in a hidden tab, which paints no frames, the app is still built and shown, also on a search', async () => {
  // Headless Chromium keeps every page visible: the page is told it is hidden, and animation
  // frames never come, as in a background tab.
  for (const [query, shown] of [['', catalogItems().length], ['?q=rabitmq', null]]) {
    const { page, context, problems } = await openPage(browser, 'about:blank');
    await page.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'hidden', { get: () => true });
      Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' });
      window.requestAnimationFrame = () => 0;
    });
    await page.goto(server.url + query);
    await page.locator('[data-sg-mounted] article[data-tech]').first().waitFor({ timeout: 10000 });
    assert.equal(await page.locator('.sg-fallback').count(), 0);
    if (shown) {
      assert.equal(await page.locator('article[data-tech]').count(), shown);
    } else {
      // The search's results, built once the index is (in one go: a hidden tab paints nothing).
      await page.locator('.sg-result-count').filter({ hasText: 'match' }).waitFor({ timeout: 10000 });
      const first = await page.locator('.sg-results article[data-tech]').evaluateAll((els) =>
        els.filter((e) => !e.closest('[hidden], .sg-grid--parked')).map((e) => e.dataset.tech)[0]);
      assert.equal(first, 'rabbitmq');
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a link to a category keeps its header at the top of the window when the app is shown', async () => {
  // The browser jumps to the fallback's header; the app estimates the height of what is off screen
  // differently, so without care the same scroll offset shows another category.
  for (const [width, id] of [[1280, 'sg-cat-caching'], [400, 'sg-cat-messaging']]) {
    const { page, context, problems } = await openPage(browser, `${server.url}#${id}`, { viewport: { width, height: 900 } });
    const top = () => page.evaluate((id) => Math.round(document.getElementById(id).getBoundingClientRect().top), id);
    assert.ok(Math.abs(await top()) <= 1, `the fallback's header at the top at ${width} px`);
    await waitForFilters(page);
    // Until the header has kept its place for five frames (what lays out as it comes into view
    // settles a frame or two after the app is shown).
    await page.evaluate((id) => new Promise((settled) => {
      let last = NaN;
      let steady = 0;
      const look = () => {
        const now = Math.round(document.getElementById(id).getBoundingClientRect().top);
        steady = now === last ? steady + 1 : 0;
        last = now;
        if (steady >= 5) settled(); else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }), id);
    assert.ok(Math.abs(await top()) <= 2, `the app's header at the top at ${width} px: ${await top()} px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a link to a section of the crawlable page (#sg-chooser) opens that view', async () => {
  const { page, context, problems } = await openPage(browser, `${server.url}#sg-chooser`);
  await waitForFilters(page);
  await page.locator('#sg-chooser .sg-step').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Choose a stack' }).getAttribute('aria-current'), 'page');
  const top = await page.evaluate(() => document.getElementById('sg-chooser').getBoundingClientRect().top);
  assert.ok(top >= 0 && top < page.viewportSize().height, `the chooser is in view (top ${top})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a category section, a card detail and a chooser result show their related guides', async () => {
  const { page, context } = await openPage(browser, server.url + '?view=chooser&product=saas&team=python&scale=growth');
  await page.locator('[data-sg-mounted]').waitFor();
  const languages = page.locator('#sg-cat-languages .sg-guide-links a');
  await languages.first().waitFor({ state: 'attached' });
  assert.equal(await languages.first().textContent(), EXPECTED[0][0]);
  // The chooser renders a few frames after the app is shown.
  const layer = page.locator('[data-layer="language"] .sg-guide-links a');
  await layer.first().waitFor({ state: 'attached', timeout: 5000 })
    .catch(() => assert.fail('the language layer has a Read next link'));
  assert.ok(await layer.count() >= 1, 'the language layer has a Read next link');
  assert.equal(await layer.first().getAttribute('href'), 'https://roadmap.sh/backend/languages');
  await page.getByRole('link', { name: 'Explore' }).click();
  await page.locator('article[data-tech="python"] h4 button').click();
  const detailGuides = page.locator('dialog[open] .sg-guide-links a');
  await detailGuides.first().waitFor();
  assert.ok((await detailGuides.allTextContents()).includes(EXPECTED[0][0]));
  await context.close();
});

test('printing hides the controls and keeps the catalog', async () => {
  const { page, context } = await openPage(browser, server.url);
  await waitForFilters(page);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#sg-search-input').isVisible(), false);
  assert.equal(await page.locator('.sg-facets').isVisible(), false);
  assert.ok(await page.locator('article[data-tech="redis"]').isVisible());
  await context.close();
});

test('a data-guide-base attribute on the root moves every guide link; a bad one falls back', async () => {
  for (const [attr, expectedBase, warns] of [['https://guides.example.org/series/', 'https://guides.example.org/series', false], ['javascript:alert(1)', 'https://roadmap.sh', true]]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.route(server.url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<div id="stackguide" class="sg-root" data-sg-page>', `<div id="stackguide" class="sg-root" data-sg-page data-guide-base="${attr}">`);
      await route.fulfill({ response, body });
    });
    await page.goto(server.url);
    await page.locator('[data-sg-mounted] #sg-other-guides .sg-guides__link').first().waitFor({ state: 'attached' });
    const hrefs = await page.$$eval('#sg-other-guides .sg-guides__link', (as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, EXPECTED.map(([, href]) => href.replace('https://roadmap.sh', expectedBase)));
    assert.equal(warnings.some((w) => w.includes('not an https:// URL')), warns, warnings.join('\n'));
    await context.close();
  }
});
