// The explorer, end to end: forgiving search, facets with counts, sorting, links that restore a
// view, the detail and comparison dialogs with Back, the keyboard path, the theme, accessibility
// (axe-core, WCAG A/AA) and a narrow screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openPage, catalogItems, waitForFilters, scrollThrough, assertAxeClean, DEFAULT_DIST as DIST } from './harness.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ITEMS = catalogItems();
const NAME = new Map(ITEMS.map((i) => [i.id, i.name]));
const CATEGORY = new Map(ITEMS.map((i) => [i.id, i.category]));
const TOTAL = ITEMS.length;

/** Opens the page at `query` (e.g. '?q=redis') and waits until the app has mounted and its filters are shown. */
async function open(query = '', options = {}) {
  const opened = await openPage(browser, server.url + query, options);
  opened.context.setDefaultTimeout(10_000);
  await waitForFilters(opened.page);
  return opened;
}

// The app replaces the URL once typing pauses (250 ms, src/ui/state.rs URL_WRITE_DELAY); pushes
// (opening a detail or a comparison) are immediate. Reading the URL waits out that pause.
const URL_SETTLE_MS = 400;
const params = async (page) => {
  await page.waitForTimeout(URL_SETTLE_MS);
  return new URL(page.url()).searchParams;
};
const searchBox = (page) => page.getByRole('searchbox', { name: 'Search technologies' });
const cardIds = (page) => page.$$eval('article[data-tech]', (els) =>
  els.filter((el) => el.checkVisibility()).map((el) => el.dataset.tech));
const firstCardIs = (page, id) => page.waitForFunction(
  (want) => document.querySelector('article[data-tech]')?.dataset.tech === want, id);
/** Polls the URL from Node (a string evaluated in the page would break the page's CSP). */
async function waitForUrl(page, predicate, arg, timeout = 5000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (predicate(new URL(page.url()).searchParams, arg)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`the URL never matched: ${page.url()}`);
}
/** Every facet option: label, count, checked, disabled. */
const facetOptions = (page) => page.$$eval('.sg-facet__option', (lis) => lis.map((li) => {
  const input = li.querySelector('input');
  return {
    label: li.querySelector('.sg-check__label').textContent.trim(),
    count: Number(li.querySelector('.sg-count').textContent.trim()),
    checked: input.checked,
    disabled: input.disabled,
  };
}));
const focusedHtml = (page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'none');


test('a search with a typo finds the item, first, with the match marked', async () => {
  const { page, context, problems } = await open();
  await searchBox(page).fill('kuberntes');
  await firstCardIs(page, 'kubernetes');
  const card = page.locator('article[data-tech="kubernetes"]');
  assert.ok(await card.isVisible(), 'the Kubernetes card is visible');
  const count = page.locator('.sg-result-count');
  assert.equal(await count.getAttribute('role'), 'status');
  assert.equal(await count.getAttribute('aria-live'), 'polite');
  const text = await count.textContent();
  assert.match(text, /^(1 technology matches|\d+ of \d+ technologies match)$/, `result count says "${text}"`);
  const n = Number(text.match(/\d+/)[0]);
  assert.equal(n, (await cardIds(page)).length, 'the count matches the cards shown');
  const marks = await card.locator('mark').allTextContents();
  assert.ok(marks.some((m) => /kubernetes/i.test(m)), `the name is marked, marks: ${JSON.stringify(marks)}`);
  assert.equal((await params(page)).get('q'), 'kuberntes', 'the search is in the URL');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a short search shows its best matches first, and "Show more" the rest, focus on the first added', async () => {
  const { page, context, problems } = await open();
  await searchBox(page).fill('se');
  const count = page.locator('.sg-result-count');
  await page.waitForFunction(() => /of \d+ technologies match/.test(document.querySelector('.sg-result-count')?.textContent));
  const n = Number((await count.textContent()).match(/^(\d+)/)[1]);
  assert.ok(n > 24, `"se" matches more than a page: ${n}`);
  const first = await cardIds(page);
  assert.equal(first.length, 24, 'a page of the best matches');
  let shown = first;
  while (shown.length < n) {
    const more = page.getByRole('button', { name: /^Show \d+ more of \d+$/ });
    assert.equal(await more.textContent(), `Show ${Math.min(24, n - shown.length)} more of ${n - shown.length}`);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => [...document.querySelectorAll('article[data-tech]')]
      .filter((el) => el.checkVisibility()).length > k, shown.length);
    const now = await cardIds(page);
    assert.deepEqual(now.slice(0, shown.length), shown, 'the cards already shown keep their places');
    await page.waitForFunction((id) => document.activeElement?.closest('article')?.dataset.tech === id, now[shown.length]);
    shown = now;
  }
  assert.equal(shown.length, n, 'every match in the end');
  assert.equal(new Set(shown).size, n, 'each once');
  assert.equal(await page.getByRole('button', { name: /^Show \d+ more/ }).count(), 0, 'nothing more to show');
  // Another search starts from its first page again.
  await searchBox(page).fill('s');
  await page.waitForFunction(() => [...document.querySelectorAll('article[data-tech]')]
    .filter((el) => el.checkVisibility()).length === 24);
  assert.deepEqual(problems, []);
  await context.close();
});

test('typos in other names still find them', async () => {
  const { page, context, problems } = await open();
  for (const [typo, id] of [['postgers', 'postgresql'], ['rabitmq', 'rabbitmq'], ['grafna', 'grafana']]) {
    await searchBox(page).fill(typo);
    await firstCardIs(page, id).catch(async () => {
      assert.fail(`"${typo}" shows ${JSON.stringify(await cardIds(page))}, not ${id} first`);
    });
    assert.ok(await page.locator(`article[data-tech="${id}"]`).isVisible(), `${id} card visible for "${typo}"`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('facet + search + sort: cards, order, URL, chips and facet counts agree', async () => {
  const { page, context, problems } = await open();
  const before = await facetOptions(page);
  assert.ok(before.every((o) => o.count > 0 || o.disabled), 'zero-count options start disabled');

  const databases = page.getByRole('checkbox', { name: /^Databases/ });
  assert.equal(await databases.count(), 1, 'one Databases checkbox');
  await databases.check();
  await waitForUrl(page, (p) => p.get('category') === 'databases');
  const chip = page.getByRole('button', { name: 'Remove filter Databases' });
  await chip.waitFor();

  const filtered = await facetOptions(page);
  const changed = filtered.filter((o, i) => o.count !== before[i].count);
  assert.ok(changed.length > 0, 'facet counts change when a filter is applied');
  const hostingBefore = before.find((o) => o.label === 'Self-hosted').count;
  const hostingAfter = filtered.find((o) => o.label === 'Self-hosted').count;
  assert.ok(hostingAfter < hostingBefore, `Self-hosted count ${hostingBefore} → ${hostingAfter}`);
  const zero = filtered.filter((o) => o.count === 0);
  assert.ok(zero.length > 0, 'some options drop to zero with Databases on');
  for (const o of zero) assert.ok(o.disabled || o.checked, `"${o.label}" has 0 items but is enabled`);
  for (const o of filtered.filter((x) => x.count > 0)) assert.ok(!o.disabled, `"${o.label}" has items but is disabled`);

  // The tags open from their summary, by keyboard, and show counts for the filter applied while
  // they were closed.
  assert.equal(await page.locator('.sg-facet__more .sg-facet__option').count(), 0, 'tags are built when opened');
  await page.locator('.sg-facet__more-summary').focus();
  await page.keyboard.press('Enter');
  const aws = page.getByRole('checkbox', { name: /^AWS/ });
  await aws.waitFor();
  const tags = (await facetOptions(page)).slice(filtered.length);
  assert.ok(tags.length > 50, `the tags are there: ${tags.length}`);
  assert.ok(tags.some((o) => o.count === 0) && tags.some((o) => o.count > 0), 'tag counts follow the filter');
  for (const o of tags) assert.equal(o.disabled, o.count === 0 && !o.checked, `tag "${o.label}": ${o.count} items, disabled ${o.disabled}`);

  await searchBox(page).fill('sql');
  await waitForUrl(page, (p) => p.get('q') === 'sql');
  await page.getByLabel('Sort by').selectOption('name');
  await waitForUrl(page, (p) => p.get('sort') === 'name');
  assert.equal(await page.getByLabel('Sort by').inputValue(), 'name');

  const ids = await cardIds(page);
  assert.ok(ids.length >= 2, `several databases match "sql": ${ids}`);
  for (const id of ids) assert.equal(CATEGORY.get(id), 'databases', `${id} shown under the Databases filter`);
  // Cards a search leaves out stay in the DOM, hidden: read the visible ones.
  const shownCategories = await page.$$eval('article[data-tech] .sg-card__category',
    (els) => els.filter((e) => e.checkVisibility()).map((e) => e.textContent));
  assert.ok(shownCategories.every((c) => c === 'Databases'), `card categories: ${shownCategories}`);
  const names = await page.$$eval('article[data-tech] h4',
    (els) => els.filter((e) => e.checkVisibility()).map((e) => e.textContent.trim()));
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  assert.deepEqual(names, sorted, 'cards in alphabetical order');
  const p = (await params(page));
  assert.equal(p.get('category'), 'databases');
  assert.equal(p.get('q'), 'sql');
  assert.equal(p.get('sort'), 'name');

  await chip.click();
  await waitForUrl(page, (q) => !q.has('category'));
  await page.waitForFunction((n) => [...document.querySelectorAll('article[data-tech]')].filter((e) => e.checkVisibility()).length > n, ids.length);
  const after = await cardIds(page);
  assert.ok(after.some((id) => CATEGORY.get(id) !== 'databases'), `other categories are back: ${after}`);
  assert.equal(await chip.count(), 0, 'the chip is gone');
  assert.equal(await databases.isChecked(), false, 'the checkbox is unticked');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a shared link restores the view', async () => {
  const { page, context, problems } = await open('?q=redis&hosting=managed&sort=name');
  assert.equal(await searchBox(page).inputValue(), 'redis');
  const managed = page.getByRole('group', { name: 'Hosting' }).getByRole('checkbox', { name: /^Managed/ });
  assert.equal(await managed.isChecked(), true, 'Managed is ticked');
  assert.equal(await page.getByLabel('Sort by').inputValue(), 'name');
  assert.ok((await cardIds(page)).includes('redis'), 'Redis is shown');
  assert.deepEqual(await page.locator('article[data-tech="redis"] .sg-card__open mark').allTextContents(), ['Redis'],
    'the linked search is marked in the name');
  await page.getByRole('button', { name: 'Remove filter Managed' }).waitFor();
  assert.equal(await page.locator('.sg-notice').count(), 0, 'a clean link gives no notice');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link that opens a detail or a comparison shows it, then fills it in, before the filters are built', async () => {
  // Opening a modal dialog restyles the whole page: opened first, it has less to restyle; opened
  // with its heading only, it lays out little in the task that opens it.
  const order = () => {
    // What appeared, in order, each with the number of animation frames run before it.
    window.__order = [];
    let frames = 0;
    const count = () => { frames += 1; requestAnimationFrame(count); };
    requestAnimationFrame(count);
    const seen = (what, found) => {
      if (found && !window.__order.some(([w]) => w === what)) window.__order.push([what, frames]);
    };
    new MutationObserver(() => {
      seen('dialog', document.querySelector('dialog[open]'));
      seen('filled', document.querySelector('dialog .sg-facts, dialog table.sg-compare'));
      seen('filters', document.querySelector('.sg-facet__option'));
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
  };
  for (const [query, title] of [['?compare=postgresql,mysql', 'Compare side by side'], ['?tech=kafka', 'Apache Kafka']]) {
    const { page, context, problems } = await open(query, { init: order });
    await page.getByRole('dialog', { name: title }).waitFor();
    await page.locator('.sg-facet__option').first().waitFor({ state: 'attached' });
    const seen = await page.evaluate(() => window.__order);
    assert.deepEqual(seen.map(([what]) => what), ['dialog', 'filled', 'filters'], query);
    const frame = Object.fromEntries(seen);
    assert.ok(frame.filled > frame.dialog, `${query}: filled in a later frame than it opened: ${JSON.stringify(seen)}`);
    assert.deepEqual(problems, [], query);
    await context.close();
  }
});

test('a link that ticks a tag opens the tags with it ticked', async () => {
  const { page, context, problems } = await open('?tag=aws');
  const aws = page.getByRole('checkbox', { name: /^AWS/ });
  await aws.waitFor();
  assert.equal(await page.locator('.sg-facet__more').evaluate((d) => d.open), true, 'the tags are open');
  assert.equal(await aws.isChecked(), true, 'AWS is ticked');
  await page.getByRole('button', { name: 'Remove filter AWS' }).waitFor();
  // Removing the chip unticks it in the open list.
  await page.getByRole('button', { name: 'Remove filter AWS' }).click();
  await page.waitForFunction(() => !document.querySelector('.sg-chips'));
  assert.equal(await aws.isChecked(), false, 'AWS is unticked');
  assert.deepEqual(problems, []);
  await context.close();
});

test('unknown or malformed settings in a link are ignored one by one, with a notice', async () => {
  const { page, context, problems } = await open('?q=redis&tag=nope&sort=zzz&utm=1');
  assert.equal(await searchBox(page).inputValue(), 'redis', 'the valid search still applies');
  await firstCardIs(page, 'redis');
  const notice = page.locator('.sg-notice');
  await notice.waitFor();
  const items = await notice.locator('li').allTextContents();
  assert.equal(items.length, 3, `three ignored settings: ${JSON.stringify(items)}`);
  assert.ok(items.some((t) => t.includes('tag') && t.includes('nope')), 'the tag is listed');
  assert.ok(items.some((t) => t.includes('sort') && t.includes('zzz')), 'the sort is listed');
  assert.ok(items.some((t) => t.includes('utm')), 'the unknown key is listed');
  assert.equal(await page.getByLabel('Sort by').inputValue(), 'relevance', 'the bad sort falls back');
  assert.equal(await page.locator('.sg-chips').count(), 0, 'no filter from the bad tag');
  const p = (await params(page));
  assert.equal(p.get('q'), 'redis');
  assert.ok(!p.has('tag') && !p.has('sort') && !p.has('utm'), `URL cleaned: ${page.url()}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Back closes the detail; Esc closes it and focus returns to the card', async () => {
  const { page, context, problems } = await open();
  const opener = page.locator('article[data-tech="redis"] h4 button');
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Redis' });
  await dialog.waitFor();
  assert.equal(await page.locator('dialog[open]').count(), 1);
  assert.ok(await dialog.getByRole('heading', { name: 'Redis', level: 2 }).isVisible());
  assert.equal((await params(page)).get('tech'), 'redis');

  await page.goBack();
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  assert.ok(!(await params(page)).has('tech'), `no tech in ${page.url()}`);

  await opener.click();
  await dialog.waitFor();
  assert.equal((await params(page)).get('tech'), 'redis');
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  await waitForUrl(page, (p) => !p.has('tech'));
  await page.waitForFunction(() => document.activeElement?.closest('article[data-tech="redis"] h4'), undefined, { timeout: 3000 })
    .catch(async () => assert.fail(`focus is on ${await focusedHtml(page)}, not the Redis button`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a detail says where its facts come from: steward, licence, review month and sources', async () => {
  const item = ITEMS.find((i) => i.id === 'terraform');
  const { page, context, problems } = await open('?tech=terraform');
  const dialog = page.getByRole('dialog', { name: item.name });
  // The sources come with the details file, after the first paint.
  await dialog.locator('.sg-detail__sources a').first().waitFor();
  const facts = await dialog.locator('.sg-facts').innerText();
  assert.ok(facts.includes(item.steward), `steward in ${facts}`);
  assert.ok(facts.includes(item.spdx), `SPDX licence in ${facts}`);
  assert.ok(facts.includes(item.license_note), 'the licence history');
  const sources = dialog.locator('.sg-detail__sources');
  const [year, month] = item.reviewed.split('-');
  const monthName = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  assert.ok((await sources.innerText()).includes(`Reviewed in ${monthName} ${year}`));
  const hrefs = await sources.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, item.references.map((r) => r.url));
  assert.ok(hrefs.every((h) => h.startsWith('https://')));
  // A card with a lifecycle says so first.
  const retiring = ITEMS.find((i) => i.lifecycle && i.lifecycle.status === 'retiring');
  await page.keyboard.press('Escape');
  await page.goto(`${server.url}?tech=${retiring.id}`);
  const other = page.getByRole('dialog', { name: retiring.name });
  await other.locator('.sg-detail__lifecycle').waitFor();
  assert.ok((await other.locator('.sg-detail__lifecycle').innerText()).startsWith('Retiring'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('compare shows a column per item and can keep only the rows that differ', async () => {
  const { page, context, problems } = await open();
  const picked = ['redis', 'postgresql', 'mongodb'];
  for (const id of picked) {
    const button = page.locator(`article[data-tech="${id}"] .sg-card__actions button`);
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    await button.click();
    await page.locator(`article[data-tech="${id}"] .sg-card__actions button[aria-pressed="true"]`).waitFor();
  }
  const tray = page.getByRole('complementary', { name: 'Comparison' });
  await tray.getByRole('button', { name: 'Compare', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare side by side' });
  await dialog.waitFor();
  const table = dialog.locator('table.sg-compare');
  await table.waitFor();
  const headers = await table.locator('thead th').allTextContents();
  assert.deepEqual(headers.slice(1), picked.map((id) => NAME.get(id)), 'one column per item, in order');
  const rows = table.locator('tbody tr');
  const all = await rows.count();
  assert.ok(all > 1, `rows: ${all}`);
  const cellsPerRow = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td').length));
  assert.ok(cellsPerRow.every((n) => n === picked.length), `cells per row ${cellsPerRow}`);
  const differing = await table.locator('tbody tr[data-differs="true"]').count();
  assert.ok(differing > 0, 'some rows differ');
  assert.equal((await params(page)).get('compare'), picked.join(','));

  await dialog.getByRole('switch', { name: /Only rows that differ/ }).check();
  await page.waitForFunction((n) => document.querySelectorAll('table.sg-compare tbody tr').length === n, differing)
    .catch(async () => assert.fail(`rows after the switch: ${await rows.count()}, expected ${differing}`));
  const flags = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.differs));
  assert.ok(flags.length <= all && flags.length > 0);
  assert.ok(flags.every((f) => f === 'true'), `remaining rows: ${flags}`);

  await page.goBack();
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  assert.ok(!(await params(page)).has('compare'), `no compare in ${page.url()}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: / to search, Tab to a card, Enter opens, Esc closes and returns focus', async () => {
  const { page, context, problems } = await open();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'sg-search-input');
  await page.keyboard.type('loki');
  await page.locator('article[data-tech="loki"]').waitFor();
  const onLoki = () => page.evaluate(() => !!document.activeElement?.closest('article[data-tech="loki"] h4'));
  let presses = 0;
  while (!(await onLoki()) && presses < 40) { await page.keyboard.press('Tab'); presses++; }
  assert.ok(await onLoki(), `Loki's button not reached in 40 Tabs; focus on ${await focusedHtml(page)}`);
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Loki' }).waitFor();
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]')), 'focus is inside the dialog');
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.closest('article[data-tech="loki"] h4'), undefined, { timeout: 3000 })
    .catch(async () => assert.fail(`focus is on ${await focusedHtml(page)}, not the Loki button`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('Esc in the search box clears it', async () => {
  const { page, context, problems } = await open();
  await searchBox(page).fill('redis');
  await firstCardIs(page, 'redis');
  await searchBox(page).press('Escape');
  await page.waitForFunction(() => document.getElementById('sg-search-input').value === '');
  await page.locator('.sg-result-count', { hasText: `All ${TOTAL} technologies` }).waitFor();
  await waitForUrl(page, (p) => !p.has('q'));
  assert.equal((await cardIds(page)).length, TOTAL, 'every card is back');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an empty result says so and offers to remove a filter', async () => {
  const { page, context, problems } = await open('?category=languages&hosting=serverless');
  const empty = page.locator('.sg-empty');
  await empty.waitFor();
  assert.match(await empty.textContent(), /No technology matches/);
  assert.equal((await cardIds(page)).length, 0);
  const offers = empty.locator('.sg-empty__list li');
  assert.equal(await offers.count(), 2, 'one offer per active filter');
  const offer = offers.filter({ hasText: 'Serverless' });
  const promised = Number((await offer.textContent()).match(/: (\d+) shown/)?.[1]);
  assert.ok(promised > 0, `the offer says how many come back: ${await offer.textContent()}`);
  await offer.getByRole('button', { name: /^Remove/ }).click();
  await page.locator('article[data-tech]').first().waitFor();
  const ids = await cardIds(page);
  assert.equal(ids.length, promised, 'as many cards as promised');
  assert.ok(ids.every((id) => CATEGORY.get(id) === 'languages'), `languages only: ${ids}`);
  assert.equal(await empty.count(), 0);
  assert.ok(!(await params(page)).has('hosting'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the theme toggle sets dark and it is remembered after a reload', async () => {
  const { page, context, problems } = await open('', { colorScheme: 'light' });
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await toggle.click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.notEqual(darkBg, lightBg, 'the page colours change');
  await page.reload();
  await page.locator('[data-sg-mounted]').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe: no WCAG A/AA violation with filters, detail and compare (${scheme})`, async () => {
    const { page, context, problems } = await open('?q=sql&category=databases&hosting=managed&sort=name');
    await page.emulateMedia({ colorScheme: scheme });
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
    await page.locator('article[data-tech]').first().waitFor();
    await assertAxeClean(page, `with filters (${scheme})`);

    await page.locator('article[data-tech] h4 button').first().click();
    // The detail opens with its heading and fills in the rest a frame later.
    await page.locator('dialog[open] .sg-detail .sg-facts').waitFor();
    await assertAxeClean(page, `with the detail open (${scheme})`);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    await page.goto(`${server.url}?compare=redis,postgresql`);
    await page.locator('[data-sg-mounted]').waitFor();
    await page.locator('dialog[open] table.sg-compare').waitFor();
    await assertAxeClean(page, `in the comparison (${scheme})`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// The whole catalog, as a reader meets it: scrolled through once (see `scrollThrough`).
for (const scheme of ['light', 'dark']) {
  test(`axe: no WCAG A/AA violation on the whole catalog at 1280 and 320 px (${scheme})`, async () => {
    for (const width of [1280, 320]) {
      const { page, context, problems } = await open('', { viewport: { width, height: 800 }, colorScheme: scheme });
      await page.locator('[data-sg-mounted] article[data-tech]').first().waitFor();
      await scrollThrough(page);
      assert.equal(await page.locator('[data-sg-mounted] article[data-tech]').count(), TOTAL);
      await assertAxeClean(page, `on the whole catalog at ${width} px (${scheme})`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

const scrollWidths = (page) => page.evaluate(() => ({
  doc: document.documentElement.scrollWidth, body: document.body.scrollWidth,
  widest: [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 321)
    .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className} right=${Math.round(e.getBoundingClientRect().right)}`),
}));

test('at 320 px wide the explorer has no horizontal scrollbar', async () => {
  const { page, context, problems } = await open('', { viewport: { width: 320, height: 720 } });
  await page.locator('article[data-tech]').first().waitFor();
  let w = await scrollWidths(page);
  assert.ok(w.doc <= 320 && w.body <= 320, `start page: ${JSON.stringify(w)}`);
  await page.goto(`${server.url}?q=sql&category=databases&hosting=managed`);
  await page.getByRole('button', { name: 'Remove filter Databases' }).waitFor();
  w = await scrollWidths(page);
  assert.ok(w.doc <= 320 && w.body <= 320, `with filters: ${JSON.stringify(w)}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 320 px wide the page with a chooser result has no horizontal scrollbar', async () => {
  const { page, context, problems } = await open('?view=chooser&product=saas&team=python&scale=growth',
    { viewport: { width: 320, height: 720 } });
  await page.locator('.sg-stack').waitFor();
  const w = await scrollWidths(page);
  assert.ok(w.doc <= 320 && w.body <= 320, `with a stack: ${JSON.stringify(w)}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Compare selected" in a detail opens the comparison in place, and Back closes it', async () => {
  const { page, context, problems } = await open();
  for (const id of ['redis', 'memcached']) {
    await page.locator(`article[data-tech="${id}"] .sg-card__actions button`).click();
  }
  const before = await page.evaluate(() => history.length);
  await page.locator('article[data-tech="redis"] h4 button').click();
  await page.getByRole('dialog', { name: 'Redis' }).waitFor();
  // No frame between the two dialogs shows the page without one.
  await page.evaluate(() => {
    window.__bare = 0;
    const watch = () => {
      if (!document.querySelector('dialog[open]')) window.__bare += 1;
      if (!document.querySelector('dialog[open] table.sg-compare')) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.getByRole('button', { name: /Compare selected \(2\)/ }).click();
  await page.locator('dialog[open] table.sg-compare').waitFor();
  assert.equal(await page.evaluate(() => window.__bare), 0, 'frames with no dialog open');
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('dialog[open].sg-dialog--wide')),
    `focus is in the comparison: ${await focusedHtml(page)}`);
  await page.waitForTimeout(URL_SETTLE_MS);
  const p = new URL(page.url()).searchParams;
  assert.equal(p.get('compare'), 'redis,memcached');
  assert.ok(!p.has('tech'), `the detail is closed: ${page.url()}`);
  assert.equal(await page.evaluate(() => history.length), before + 1, 'one history entry for detail then compare');
  await page.goBack();
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  assert.ok(!new URL(page.url()).searchParams.has('compare'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('views: a tab switches in place, Back returns, and each link carries only its view', async () => {
  const { page, context, problems } = await open('?view=chooser&product=saas&team=go&scale=growth');
  await page.locator('.sg-stack').waitFor();
  await page.getByRole('link', { name: 'Explore' }).click();
  await searchBox(page).fill('redi');
  // Within the URL's 250 ms pause: what was typed is kept in the entry the tab leaves.
  const tab = page.getByRole('link', { name: 'Choose a stack' });
  await tab.click();
  await page.locator('.sg-stack').waitFor();
  assert.equal(await tab.getAttribute('aria-current'), 'page');
  assert.ok(await page.locator('#sg-explore').isHidden());
  let p = await params(page);
  assert.deepEqual([p.get('view'), p.get('q'), p.get('team')], ['chooser', null, 'go']);
  await page.getByRole('link', { name: 'Guides' }).click();
  await page.locator('#sg-other-guides').waitFor();
  p = await params(page);
  assert.deepEqual([...p.keys()], ['view']);
  await page.goBack();
  await page.locator('.sg-stack').waitFor();
  await page.goBack();
  await searchBox(page).waitFor();
  // An Explore link's answers are not the catalog's: they stay out of it.
  assert.equal(await searchBox(page).inputValue(), 'redi');
  p = await params(page);
  assert.deepEqual([p.get('q'), p.get('view'), p.get('product')], ['redi', null, null]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the skip link moves focus past the header to the view\'s content, and stays on the view', async () => {
  // On the other views it skips to their own content.
  for (const [view, name, target] of [['chooser', 'Skip to the chooser', 'sg-step-title'],
    ['guides', 'Skip to the guides', 'sg-other-guides']]) {
    const { page, context, problems } = await open(`?view=${view}&product=chat`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name });
    assert.ok(await skip.evaluate((el) => el === document.activeElement), `${view}: the first Tab stop`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.id === id, target);
    const p = new URL(page.url()).searchParams;
    assert.equal(p.get('view'), view, 'the view and its link stay');
    if (view === 'chooser') assert.equal(p.get('product'), 'chat');
    assert.deepEqual(problems, []);
    await context.close();
  }
  const { page, context, problems } = await open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to results' });
  assert.ok(await skip.evaluate((el) => el === document.activeElement), 'the first Tab stop');
  assert.ok(await skip.isVisible(), 'visible once focused');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'sg-results');
  await page.keyboard.press('Tab');
  // The next stop is in the results (the first category's links), not in the filters.
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('#sg-results .sg-grid')), await focusedHtml(page));
  assert.deepEqual(problems, []);
  await context.close();
});

test('typo matches are shown apart from exact ones', async () => {
  const { page, context, problems } = await open('?q=loki');
  await firstCardIs(page, 'loki');
  const order = await page.$$eval('.sg-results .sg-grid:not(.sg-grid--parked) > *', (els) =>
    els.map((e) => e.dataset.tech ?? (e.classList.contains('sg-also') ? 'ALSO' : null)).filter(Boolean));
  const also = order.indexOf('ALSO');
  assert.ok(also > 0, `an "Also matching" heading after the exact matches: ${order}`);
  assert.ok(order.slice(also).includes('auth0'), `Auth0 (a typo of "login") after it: ${order}`);
  assert.ok(!order.slice(0, also).includes('auth0'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a denser list shows the same results', async () => {
  const { page, context, problems } = await open('?q=queue');
  const before = await cardIds(page);
  const height = () => page.locator('article[data-tech]').first().evaluate((e) => e.getBoundingClientRect().height);
  const cardHeight = await height();
  await page.getByRole('group', { name: 'Show results as' }).getByRole('button', { name: 'List' }).click();
  await page.waitForFunction(() => document.querySelector('.sg-explore--list'));
  assert.deepEqual(await cardIds(page), before);
  assert.ok(await height() < cardHeight, 'each row is shorter than a card');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a category link leads to the category while a filter or a search is active', async () => {
  const { page, context, problems } = await open('?license=proprietary');
  const toc = page.getByRole('navigation', { name: 'Categories' });
  await page.getByText('Jump to a category').click();
  const inView = (selector) => page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    if (!el || !el.checkVisibility()) return false;
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.top < window.innerHeight;
  }, selector);
  // Filtered results stay grouped by category: the link scrolls to that group's heading.
  await toc.getByRole('link', { name: 'Databases' }).click();
  await inView('.sg-category[data-category="databases"]');
  assert.ok((await page.locator('.sg-chips').textContent()).includes('Proprietary'), 'the filter stays');
  // A search shows no groups: the link clears it and shows the category in the whole catalog.
  await page.goto(server.url + '?q=redis');
  await page.locator('[data-sg-mounted]').waitFor();
  await firstCardIs(page, 'redis');
  await page.getByText('Jump to a category').click();
  await toc.getByRole('link', { name: 'Caching' }).click();
  await inView('#sg-cat-caching');
  assert.equal(await searchBox(page).inputValue(), '');
  assert.equal((await cardIds(page)).length, TOTAL, 'the whole catalog is back');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a related item takes the open detail\'s place from its top, focus on its close button; Esc on a linked detail returns to its card', async () => {
  const { page, context, problems } = await open('?tech=kafka', { viewport: { width: 390, height: 844 } });
  const dialog = page.getByRole('dialog', { name: 'Apache Kafka' });
  const related = dialog.locator('.sg-related button').first();
  await related.waitFor();
  const name = await related.innerText();
  await related.scrollIntoViewIfNeeded();
  assert.ok(await page.locator('dialog[open]').evaluate((d) => d.scrollTop) > 0, 'scrolled down to the related items');
  await related.click();
  const next = page.getByRole('dialog', { name });
  await next.locator('.sg-detail__sources').waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('.sg-detail .sg-dialog__close'), undefined, { timeout: 3000 })
    .catch(async () => assert.fail(`focus is on ${await focusedHtml(page)}, not the close button`));
  assert.ok((await page.evaluate(() => document.activeElement.textContent)).includes(name));
  assert.equal(await page.locator('dialog[open]').evaluate((d) => d.scrollTop), 0);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.closest('article[data-tech="kafka"]'), undefined, { timeout: 3000 })
    .catch(async () => assert.fail(`focus is on ${await focusedHtml(page)}, not Kafka's card`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('once the page is idle, what only a detail shows is already there: a detail opened then does not wait for the network', async () => {
  const item = ITEMS.find((i) => i.id === 'redis');
  const { page, context, problems } = await open();
  // Fetched on its own after start-up, with no detail open.
  await page.waitForFunction(() => performance.getEntriesByType('resource')
    .some((e) => /details-[0-9a-f]{16}\.txt$/.test(e.name) && e.responseEnd > 0), undefined, { timeout: 15_000 });
  let asked = 0;
  await page.route(/details-[0-9a-f]+\.txt$/, (route) => { asked += 1; return route.abort(); });
  await page.locator('article[data-tech="redis"] h4 button').click();
  const dialog = page.getByRole('dialog', { name: item.name });
  const description = dialog.locator('.sg-detail__description p:not(.sg-detail__status)');
  await description.waitFor();
  assert.equal(await description.innerText(), item.description);
  assert.equal(await dialog.locator('.sg-detail__status').innerText(), '');
  assert.equal(await dialog.locator('.sg-detail__sources a').count(), item.references.length);
  assert.equal(asked, 0, 'no request when the detail opened');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a description and its sources come after the first paint, from a file of their own, and say so when they cannot', async () => {
  const item = ITEMS.find((i) => i.id === 'kafka');
  // Not in the wasm: only a detail shows them, so they are fetched after the first paint.
  const files = readdirSync(DIST);
  const wasm = readFileSync(join(DIST, files.find((f) => f.endsWith('_bg.wasm'))));
  assert.ok(!wasm.includes(Buffer.from(item.description.slice(0, 48))), 'the description is not in the wasm');
  for (const r of item.references) assert.ok(!wasm.includes(Buffer.from(r.url)), `${r.url} is not in the wasm`);
  const file = files.find((f) => /^details-[0-9a-f]{16}\.txt$/.test(f));
  const references = item.references.map((r) => `\t${r.title}\t${r.url}`).join('');
  assert.ok(readFileSync(join(DIST, file), 'utf8').includes(`kafka\t${item.description}${references}\n`));
  const { page, context, problems } = await open();
  // Held back, then a server error: "Loading…", then "Try again".
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let answer = 'busy';
  await page.route(/details-[0-9a-f]+\.txt$/, async (route) => {
    if (answer === 'busy') { await held; return route.fulfill({ status: 503, body: 'busy' }); }
    return route.continue();
  });
  await page.goto(`${server.url}?tech=kafka`);
  const dialog = page.getByRole('dialog', { name: item.name });
  const box = dialog.locator('.sg-detail__description');
  await box.getByText('Loading the description and sources…').waitFor();
  assert.equal(await box.getAttribute('aria-busy'), 'true');
  // Only the status is announced, not the description.
  assert.equal(await box.locator('[aria-live]').count(), 1);
  assert.equal(await box.locator('.sg-detail__status').getAttribute('aria-live'), 'polite');
  const sources = dialog.locator('.sg-detail__sources');
  assert.equal(await sources.locator('a').count(), 0, 'no sources before the details come');
  release();
  await box.getByText('The description and sources could not be loaded.').waitFor();
  assert.equal(await box.getAttribute('aria-busy'), null, 'no longer busy');
  assert.ok(problems.some((p) => /503/.test(p)), 'the failed request was seen');
  answer = 'ok';
  await box.getByRole('button', { name: 'Try again' }).click();
  await box.getByText(item.description).waitFor();
  assert.deepEqual(await sources.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    item.references.map((r) => r.url));
  assert.ok(await box.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
    'focus stays on the description');
  assert.ok(problems.every((p) => /503/.test(p)), problems.join('\n'));
  await context.close();
  // A file that is gone (the guide was deployed again): reload, not "Try again".
  const gone = await open();
  await gone.page.route(/details-[0-9a-f]+\.txt$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await gone.page.goto(`${server.url}?tech=kafka`);
  const stale = gone.page.getByRole('dialog', { name: item.name }).locator('.sg-detail__description');
  await stale.getByText('Reload the page to read them').waitFor();
  assert.equal(await stale.getByRole('button', { name: 'Try again' }).count(), 0);
  await gone.context.close();
  // A server that answers with something else (a site's catch-all page): reload, and it is
  // fetched once, not again for the next detail.
  // Routed before the first load, so that no earlier page's fetch is counted.
  const other = { context: await browser.newContext({ serviceWorkers: 'block' }) };
  other.page = await other.context.newPage();
  let asked = 0;
  await other.page.route(/details-[0-9a-f]+\.txt$/, (route) => { asked += 1; return route.fulfill({ status: 200, body: '<!doctype html><p>Home</p>' }); });
  await other.page.goto(`${server.url}?tech=kafka`);
  const wrong = other.page.getByRole('dialog', { name: item.name }).locator('.sg-detail__description');
  await wrong.getByText('Reload the page to read them').waitFor();
  await other.page.keyboard.press('Escape');
  await other.page.locator('article[data-tech="redis"] h4 button').click();
  await other.page.getByRole('dialog', { name: 'Redis' }).getByText('Reload the page to read them').waitFor();
  assert.equal(asked, 1, 'not fetched again');
  await other.context.close();
  // A network error offers "Try again".
  const cut = await open();
  await cut.page.route(/details-[0-9a-f]+\.txt$/, (route) => route.abort('internetdisconnected'));
  await cut.page.goto(`${server.url}?tech=kafka`);
  await cut.page.getByRole('dialog', { name: item.name }).getByRole('button', { name: 'Try again' }).waitFor();
  await cut.context.close();
});
