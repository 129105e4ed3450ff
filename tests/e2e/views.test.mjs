// The three views as a new reader meets them, at a desktop (1280×800) and a phone (390×844) size
// in both themes: what is on the first screen, where the chooser's result lands, compare on a
// phone, tap target sizes, and axe-core (WCAG 2.2 A/AA, target size included) in every view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, openPage, waitForFilters, scrollThrough, assertAxeClean, ROOT } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const RULES = JSON.parse(readFileSync(join(ROOT, 'data/chooser.json'), 'utf8'));
const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];

/** Whether part of the element's box is on the first screen (at least `min` px of it). */
const onScreen = (locator, min = 24) => locator.evaluate((el, min) => {
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && Math.min(r.bottom, innerHeight) - r.top >= Math.min(min, r.height);
}, min);

/** Every visible control smaller than 24 × 24 px: what a finger or pointer must hit. */
const smallControls = (page) => page.evaluate(() => {
  const out = [];
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
    if (!el.checkVisibility({ contentVisibilityAuto: true })) continue;
    // A checkbox or radio inside its label: the label is what is hit.
    const target = (el.localName === 'input' && el.closest('label')) || el;
    const r = target.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // A link inside a sentence is exempt (WCAG 2.5.8, "inline").
    if (el.localName === 'a' && getComputedStyle(el).display === 'inline' && el.closest('p')) continue;
    if (r.width < 24 || r.height < 24) out.push(`${el.outerHTML.slice(0, 90)} (${Math.round(r.width)}×${Math.round(r.height)})`);
  }
  return out;
});

async function assertNoSmallControls(page, what) {
  assert.deepEqual(await smallControls(page), [], `controls under 24 px ${what}`);
}

for (const size of SIZES) for (const scheme of ['light', 'dark']) {
  const where = `(${size.name}, ${scheme})`;
  const options = { ...size, colorScheme: scheme };
  delete options.name;

  test(`Explore ${where}: the search box and a card on the first screen; axe and tap targets`, async () => {
    const { page, context, problems } = await openPage(browser, server.url, options);
    await waitForFilters(page);
    assert.ok(await onScreen(page.locator('#sg-search-input')), 'the search box is on the first screen');
    assert.ok(await onScreen(page.locator('.sg-results article[data-tech]').first()), 'a card is on the first screen');
    await assertNoSmallControls(page, `in Explore ${where}`);
    await scrollThrough(page);
    await assertAxeClean(page, `in Explore ${where}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`Choose a stack ${where}: after the last answer the result's summary is in view; axe and tap targets`, async () => {
    const { page, context, problems } = await openPage(browser, server.url, options);
    await waitForFilters(page);
    await page.getByRole('link', { name: 'Choose a stack' }).click();
    await page.locator('.sg-step').waitFor();
    await assertNoSmallControls(page, `on a question ${where}`);
    await assertAxeClean(page, `on a question ${where}`);
    const given = { product: 'saas', team: 'python', scale: 'growth' };
    for (const { key } of RULES.questions) {
      const step = page.locator(`.sg-step[data-question="${key}"]`);
      await step.waitFor();
      if (given[key]) await step.locator(`[data-value="${given[key]}"]`).click();
      else await step.getByRole('button', { name: /^Skip/ }).click();
    }
    const summary = page.locator('.sg-stack__summary');
    await summary.filter({ hasText: 'Python' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'sg-stack-title');
    assert.ok(await onScreen(summary), 'the summary is in view after the last answer');
    await assertNoSmallControls(page, `on the result ${where}`);
    await assertAxeClean(page, `on the result ${where}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`a shared result link ${where} opens with the summary in view`, async () => {
    const { page, context, problems } = await openPage(browser,
      `${server.url}?view=chooser&product=chat&team=go&scale=massive&ops=selfhost`, options);
    const summary = page.locator('.sg-stack__summary');
    await summary.filter({ hasText: 'Go' }).waitFor();
    assert.ok(await onScreen(summary), 'the summary is on the first screen');
    assert.equal(await page.locator('.sg-step').count(), 0, 'the answers are not asked again');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`Guides ${where}: axe and tap targets`, async () => {
    const { page, context, problems } = await openPage(browser, `${server.url}?view=guides`, options);
    await page.locator('[data-sg-mounted] #sg-other-guides .sg-guides__link').first().waitFor();
    assert.ok(await onScreen(page.locator('#sg-other-guides .sg-guides__link').first()));
    await assertNoSmallControls(page, `in Guides ${where}`);
    await assertAxeClean(page, `in Guides ${where}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const ids of [['postgresql', 'mongodb'], ['postgresql', 'mongodb', 'redis', 'kafka']]) {
  test(`compare of ${ids.length} on a phone: every name and a field of each, no sideways scrolling`, async () => {
    const { page, context, problems } = await openPage(browser, `${server.url}?compare=${ids.join(',')}`,
      { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const dialog = page.locator('dialog[open]');
    await dialog.locator('.sg-compare tbody tr').first().waitFor();
    const row = dialog.locator('.sg-compare tbody tr').first();
    const names = await row.locator('.sg-cell__name').evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { name: e.textContent, visible: e.checkVisibility(), inside: r.left >= 0 && r.right <= innerWidth };
    }));
    assert.equal(names.length, ids.length);
    for (const n of names) assert.ok(n.visible && n.inside, JSON.stringify(n));
    // Each item's value in the first field sits inside the screen's width.
    const cells = await row.locator('td .sg-cell').evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.left >= 0 && r.right <= innerWidth;
    }));
    assert.deepEqual(cells, ids.map(() => true));
    const wrap = await dialog.locator('.sg-table-wrap').evaluate((el) => [el.scrollWidth, el.clientWidth]);
    assert.ok(wrap[0] <= wrap[1], `no sideways scrolling: ${wrap}`);
    // The first two names are on the first screen together.
    assert.ok(await onScreen(row.locator('.sg-cell__name').nth(0)) && await onScreen(row.locator('.sg-cell__name').nth(1)));
    await assertAxeClean(page, `in the comparison on a phone`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the filter sheet on a phone: over the results, Esc closes it, "Show N results" lands on them', async () => {
  const { page, context, problems } = await openPage(browser, server.url,
    { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await waitForFilters(page);
  const sheet = page.locator('details.sg-facets');
  const results = page.locator('#sg-results');
  assert.equal(await sheet.getAttribute('open'), null, 'closed on a phone');
  await page.locator('.sg-facets__summary').click();
  const box = await sheet.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { position: getComputedStyle(el).position, bottom: Math.round(r.bottom), top: r.top };
  });
  assert.equal(box.position, 'fixed');
  assert.equal(box.bottom, 844, 'a sheet at the bottom of the screen');
  await page.waitForFunction(() => document.querySelector('#sg-results').inert);
  // Esc closes it like a dialog, back onto its bar.
  await page.locator('.sg-facet__option input').first().focus();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('details.sg-facets').open);
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'sg-facets__summary');
  assert.equal(await results.evaluate((el) => el.inert), false);
  // Filter, then "Show N results": N is what the results hold, and focus lands on them.
  await page.locator('.sg-facets__summary').click();
  await page.locator('.sg-facet__option', { hasText: 'Managed' }).first().locator('input').check();
  const done = page.locator('.sg-facets__done button');
  await page.waitForFunction(() => /Show \d+ results?/.test(document.querySelector('.sg-facets__done button').textContent));
  const n = Number((await done.textContent()).match(/\d+/)[0]);
  await done.click();
  await page.waitForFunction(() => !document.querySelector('details.sg-facets').open);
  await page.waitForFunction(() => document.activeElement?.id === 'sg-results');
  assert.equal(await results.evaluate((el) => el.inert), false);
  const count = await page.locator('.sg-result-count').textContent();
  assert.ok(count.includes(String(n)), `"${count}" says ${n}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with the compare tray open, Tab never puts focus under it (WCAG 2.4.11)', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 } });
  await waitForFilters(page);
  for (const id of ['redis', 'valkey']) await page.locator(`article[data-tech="${id}"] .sg-card__actions button`).first().click();
  await page.locator('.sg-tray').waitFor();
  await page.locator('#sg-search-input').focus();
  let checked = 0;
  const under = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(() => {
      const a = document.activeElement;
      const tray = document.querySelector('.sg-tray');
      if (!a || !tray || tray.contains(a)) return null;
      const r = a.getBoundingClientRect();
      const t = tray.getBoundingClientRect();
      return r.bottom > t.top && r.top < t.bottom ? a.outerHTML.slice(0, 80) : '';
    });
    if (hit === null) continue;
    checked += 1;
    if (hit) under.push(hit);
  }
  assert.ok(checked > 40, `${checked} focus stops checked`);
  assert.deepEqual(under, [], 'focused elements under the tray');
  assert.deepEqual(problems, []);
  await context.close();
});
