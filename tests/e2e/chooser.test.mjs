// The stack chooser, end to end: a question at a time by keyboard, a result with a pick for every
// layer that a link or remembered answers open on, the diagram, in-place edits, the exports and
// what their links carry, "Not sure" defaults, broken or blocked storage, and accessibility
// (axe-core, WCAG 2.2 A/AA).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist, launch, catalogItems, assertAxeClean, ROOT } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ITEMS = catalogItems();
const IDS = new Set(ITEMS.map((i) => i.id));
const NAME = new Map(ITEMS.map((i) => [i.id, i.name]));
const RULES = JSON.parse(readFileSync(join(ROOT, 'data/chooser.json'), 'utf8'));
const LAYERS = RULES.layers.map((l) => l.key);
const QUESTION = new Map(RULES.questions.map((q) => [q.key, q]));

async function open(query = '', options = {}, init) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  if (init) await context.addInitScript(init);
  const opened = await openInContext(context, query);
  return { ...opened, context };
}

/** A new page in an existing context, recording problems like harness.openPage does. */
async function openInContext(context, query = '') {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(server.url + query);
  await page.locator('[data-sg-mounted]').waitFor();
  return { page, problems };
}

// The app replaces the URL once typing pauses (250 ms, src/ui/state.rs URL_WRITE_DELAY); pushes
// (opening a detail or a comparison) are immediate. Reading the URL waits out that pause.
const URL_SETTLE_MS = 400;
const params = async (page) => {
  await page.waitForTimeout(URL_SETTLE_MS);
  return new URL(page.url()).searchParams;
};
/** The question on screen: its key, or null on the result. */
const onQuestion = (page) => page.evaluate(() => document.querySelector('.sg-step')?.dataset.question ?? null);
/** layer key → { pick, alts } read from the result list. */
const picks = (page) => page.$$eval('.sg-stack [data-layer]:is(li)', (els) => Object.fromEntries(els.map((el) => [
  el.dataset.layer,
  { pick: el.dataset.pick, alts: [...el.querySelectorAll('[data-alt]')].map((a) => a.dataset.alt) },
])));
const pickOf = (page, layer) => page.locator(`.sg-layers [data-layer="${layer}"]`).getAttribute('data-pick');
const waitPick = (page, layer, id) => page.waitForFunction(
  ([l, want]) => document.querySelector(`.sg-layers [data-layer="${l}"]`)?.dataset.pick === want, [layer, id]);
const chip = (page, key) => page.getByRole('group', { name: 'Your answers' }).getByLabel(QUESTION.get(key).label);

/** Shows the chooser by its tab. */
async function showChooser(page) {
  await page.getByRole('link', { name: 'Choose a stack' }).click();
  await page.locator('#sg-chooser').waitFor();
}

/**
 * Answers every question by clicking, from the first: the three required ones with the values
 * given, the others with theirs or "Skip" (their default). Ends on the result.
 */
async function answer(page, product, team, scale, { ops, cloud } = {}) {
  await showChooser(page);
  const given = { product, team, scale, ops, cloud };
  for (const key of RULES.questions.map((q) => q.key)) {
    await page.locator(`.sg-step[data-question="${key}"]`).waitFor();
    if (given[key]) await page.locator(`.sg-step [data-value="${given[key]}"]`).click();
    else await page.locator('.sg-step').getByRole('button', { name: /^Skip/ }).click();
  }
  await page.locator('.sg-stack').waitFor();
}

/** Whether the element's box is within the window. */
const inViewport = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
});

const assertNoAxeViolations = (page, what) => assertAxeClean(page, what, { include: '#sg-chooser' });

function assertWellFormed(result) {
  assert.deepEqual(Object.keys(result), LAYERS, 'one element per layer, in order');
  for (const [layer, { pick, alts }] of Object.entries(result)) {
    assert.ok(pick === 'none' || IDS.has(pick), `${layer} pick "${pick}" is a catalog id or none`);
    for (const alt of alts) assert.ok(IDS.has(alt), `${layer} alternative "${alt}" is a catalog id`);
    assert.ok(!alts.includes(pick), `${layer}: the pick is not also an alternative`);
  }
  assert.ok(Object.values(result).some((r) => r.alts.length > 0), 'some layer offers alternatives');
}

test('answer by keyboard only, one question at a time: arrows never answer, the result takes focus', async () => {
  const { page, context, problems } = await open();
  await page.getByRole('link', { name: 'Choose a stack' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.sg-step[data-question="product"]').waitFor();
  assert.equal(await page.locator('.sg-stack').count(), 0, 'no result before answering');
  // Tab to the first choice; an arrow key moves nothing and answers nothing.
  await page.locator('.sg-step [data-value="saas"]').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await onQuestion(page), 'product');
  await page.keyboard.press('Tab'); // ecommerce
  await page.keyboard.press('Enter');
  await page.locator('.sg-step[data-question="team"]').waitFor();
  // Focus moved to the new question's heading, so Tab goes on to its choices.
  await page.waitForFunction(() => document.activeElement?.id === 'sg-step-title');
  await page.keyboard.press('Tab'); // javascript
  await page.keyboard.press('Tab'); // python
  await page.keyboard.press('Enter');
  await page.locator('.sg-step[data-question="scale"]').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'sg-step-title');
  await page.keyboard.press('Tab'); // prototype
  await page.keyboard.press('Enter');
  // The two questions with a default: Skip keeps it.
  for (const key of ['ops', 'cloud']) {
    await page.locator(`.sg-step[data-question="${key}"]`).waitFor();
    // Focus lands on the heading a frame after the step renders; take it from there.
    await page.waitForFunction(() => document.activeElement?.id === 'sg-step-title');
    await page.locator('.sg-step').getByRole('button', { name: /^Skip/ }).focus();
    await page.keyboard.press('Enter');
  }
  await page.locator('.sg-stack').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'sg-stack-title');
  const result = await picks(page);
  assertWellFormed(result);
  assert.equal(result.language.pick, 'python', 'a Python team gets Python');
  const p = await params(page);
  assert.deepEqual([p.get('view'), p.get('product'), p.get('team'), p.get('scale'), p.get('ops')],
    ['chooser', 'ecommerce', 'python', 'prototype', null]);
  // Back goes one question back, with the answer given shown as pressed.
  await page.getByRole('button', { name: 'Change answers one by one' }).click();
  await page.locator('.sg-step[data-question="product"]').waitFor();
  assert.equal(await page.locator('.sg-step [data-value="ecommerce"]').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the link reproduces the result, and opens on it', async () => {
  const { page, context, problems } = await open();
  await answer(page, 'chat', 'go', 'massive', { ops: 'selfhost' });
  await page.waitForFunction(() => new URLSearchParams(location.search).get('ops') === 'selfhost');
  const first = await picks(page);
  assertWellFormed(first);
  const url = page.url();
  await context.close();

  // A fresh context: nothing remembered, only the link.
  const other = await browser.newContext();
  other.setDefaultTimeout(10_000);
  const { page: page2, problems: problems2 } = await openInContext(other, new URL(url).search);
  await page2.locator('.sg-stack').waitFor();
  assert.deepEqual(await picks(page2), first, `same stack from ${url}`);
  assert.equal(await chip(page2, 'ops').inputValue(), 'selfhost');
  assert.equal(await page2.locator('.sg-step').count(), 0, 'the questions are not shown again');
  assert.deepEqual([...problems, ...problems2], []);
  await other.close();
});

test('a link with view=chooser shows the result on load', async () => {
  const { page, context, problems } = await open('?view=chooser&product=fintech&team=java&scale=growth');
  await page.locator('.sg-stack').waitFor();
  // tests/fixtures/chooser_scenarios.json: "a Java payments system with no cloud named".
  assert.equal(await pickOf(page, 'database'), 'google-cloud-sql');
  assert.equal(await pickOf(page, 'language'), 'java');
  assert.equal(await pickOf(page, 'framework'), 'spring-boot');
  assertWellFormed(await picks(page));
  assert.equal(await page.getByRole('link', { name: 'Choose a stack' }).getAttribute('aria-current'), 'page');
  assert.equal(await chip(page, 'product').inputValue(), 'fintech');
  assert.ok(await page.locator('#sg-explore').isHidden(), 'the catalog is another view');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the diagram places every layer on the request path or beside it, each pick a link to its card', async () => {
  const { page, context, problems } = await open('?view=chooser&product=saas&team=python&scale=growth');
  await page.locator('.sg-diagram').waitFor();
  const nodes = await page.$$eval('.sg-diagram [data-layer]', (els) => els.map((e) => [e.dataset.layer, e.closest('[data-tier]').dataset.tier]));
  assert.deepEqual(nodes.map(([l]) => l).sort(), [...LAYERS].sort(), 'each layer once');
  const tierOf = Object.fromEntries(nodes);
  for (const layer of RULES.layers) assert.equal(tierOf[layer.key], layer.tier, layer.key);
  const result = await picks(page);
  const database = page.locator('.sg-diagram a[data-layer="database"]');
  assert.equal(await database.locator('.sg-node__name').textContent(), NAME.get(result.database.pick));
  const href = new URL(await database.getAttribute('href'), page.url());
  assert.equal(href.searchParams.get('tech'), result.database.pick);
  assert.equal(href.searchParams.get('product'), 'saas', 'the link keeps the result');
  await database.click();
  await page.locator('dialog[open] .sg-detail').waitFor();
  assert.equal(await page.locator('dialog[open] h2').first().textContent(), NAME.get(result.database.pick));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a layer one pick cannot cover shows its companions, and a content site needs no sign-in', async () => {
  const { page, context, problems } = await open('?view=chooser&product=iot&team=rust&scale=massive&ops=selfhost');
  await page.locator('.sg-stack').waitFor();
  const companions = (layer) => page.locator(`.sg-layers [data-layer="${layer}"] [data-companion]`)
    .evaluateAll((els) => els.map((e) => e.dataset.companion));
  assert.equal(await pickOf(page, 'messaging'), 'kafka');
  assert.deepEqual(await companions('messaging'), ['nats'], 'an MQTT broker beside Kafka for the devices');
  const observability = await companions('observability');
  for (const id of ['grafana', 'loki', 'opentelemetry']) assert.ok(observability.includes(id), `${id} in ${observability}`);
  await page.locator('.sg-stack__summary').filter({ hasText: 'Apache Kafka + NATS' }).waitFor();
  await page.goto(`${server.url}?view=chooser&product=content&team=php&scale=growth&ops=selfhost`);
  await page.locator('.sg-stack').waitFor();
  assert.equal(await pickOf(page, 'auth'), 'none');
  assert.equal(await pickOf(page, 'framework'), 'wordpress');
  assert.equal(await pickOf(page, 'database'), 'mysql');
  assert.deepEqual(problems, []);
  await context.close();
});

test('editing an answer in the summary recomputes the stack at once, and keeps focus', async () => {
  const { page, context, problems } = await open('?view=chooser&product=fintech&team=java&scale=growth');
  await page.locator('.sg-stack').waitFor();
  const team = chip(page, 'team');
  assert.equal(await team.inputValue(), 'java');
  await team.focus();
  await team.selectOption('python');
  await waitPick(page, 'language', 'python');
  assert.notEqual(await pickOf(page, 'framework'), 'spring-boot', 'the framework follows the language');
  assert.equal((await params(page)).get('team'), 'python');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'sg-chip-team', 'focus stays on the control');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Markdown export holds every layer', async () => {
  const { page, context, problems } = await open('?view=chooser&product=saas&team=javascript&scale=growth');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.locator('.sg-stack').waitFor();
  const result = await picks(page);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const status = page.locator('.sg-exports__status');
  const fallback = page.locator('.sg-exports__fallback textarea');
  await page.waitForFunction(() => document.querySelector('.sg-exports__status')?.textContent.trim()
    || document.querySelector('.sg-exports__fallback textarea'));
  let md;
  if (await fallback.count()) {
    md = await fallback.inputValue();
  } else {
    assert.match(await status.textContent(), /Markdown copied/);
    md = await page.evaluate(() => navigator.clipboard.readText());
  }
  assert.match(md, /^# Backend stack decision record/);
  for (const layer of RULES.layers) {
    const pick = result[layer.key].pick;
    const name = pick === 'none' ? 'Not needed yet' : NAME.get(pick);
    assert.ok(md.includes(`### ${layer.label}: ${name}`), `"### ${layer.label}: ${name}" in:\n${md}`);
  }
  // The page says what each pick costs, as the record does.
  const costs = await page.$$eval('.sg-layer', (els) => els.map((el) => [el.dataset.pick,
    el.querySelector('.sg-layer__consequence')?.textContent.replace(/^To plan for: /, '') ?? null]));
  for (const [pick, cost] of costs) {
    if (pick === 'none') continue;
    assert.ok(cost, `${pick}: a consequence on the page`);
    assert.ok(md.includes(`Consequence to plan for: ${cost}`), `${pick}: "${cost}" in the record`);
  }
  assert.ok(md.includes(page.url()), 'the record links back to this result');
  assert.ok(!/[?&]q=/.test(md), 'no search rides along');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a copied result link carries the answers and nothing of the catalog', async () => {
  const { page, context, problems } = await open('?q=loki&tag=open-source');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await answer(page, 'saas', 'go', 'growth');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.locator('.sg-exports__status').filter({ hasText: 'copied' }).waitFor();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual([...copied.searchParams.keys()].sort(), ['product', 'scale', 'team', 'view']);
  // Back on the catalog, its link carries no answers, and the search is where it was.
  await page.getByRole('link', { name: 'Explore' }).click();
  const p = await params(page);
  assert.equal(p.get('q'), 'loki');
  assert.equal(p.get('product'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('stored answers are restored on a later visit', async () => {
  const { page, context, problems } = await open();
  await answer(page, 'iot', 'rust', 'massive');
  const first = await picks(page);
  await page.close();
  const { page: later, problems: laterProblems } = await openInContext(context, ''); // no query string
  // The catalog's link carries no answers; the chooser opens on the remembered result.
  await later.waitForTimeout(URL_SETTLE_MS);
  assert.equal(new URL(later.url()).search, '');
  await showChooser(later);
  await later.locator('.sg-stack').waitFor();
  assert.equal(await chip(later, 'product').inputValue(), 'iot');
  assert.equal(await chip(later, 'team').inputValue(), 'rust');
  assert.equal(await chip(later, 'scale').inputValue(), 'massive');
  assert.deepEqual(await picks(later), first);
  assert.deepEqual([...problems, ...laterProblems], []);
  await context.close();
});

test('garbage in storage is ignored and the chooser still works', async () => {
  const { page, context, problems } = await open('', {}, () => {
    localStorage.setItem('stackguide:answers', '%%%garbage&&product=');
  });
  await showChooser(page);
  await page.locator('.sg-step[data-question="product"]').waitFor();
  assert.equal(await page.locator('.sg-step [aria-pressed="true"]').count(), 0, 'no answer made up from garbage');
  assert.equal(await page.locator('.sg-notice').count(), 0, 'stored garbage is not blamed on the link');
  await answer(page, 'saas', 'python', 'growth');
  assert.equal(await pickOf(page, 'language'), 'python');
  assertWellFormed(await picks(page));
  assert.deepEqual(problems, []);
  await context.close();
});

test('blocked storage: the chooser and the theme still work', async () => {
  const { page, context, problems } = await open('', {}, () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  assert.equal(await page.evaluate(() => { try { localStorage; return 'open'; } catch { return 'blocked'; } }), 'blocked');
  await answer(page, 'api', 'go', 'growth');
  assertWellFormed(await picks(page));
  assert.equal(await pickOf(page, 'language'), 'go');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Not sure" says what it assumes before it is picked, and the result marks it assumed', async () => {
  const { page, context, problems } = await open();
  await showChooser(page);
  for (const key of ['product', 'team', 'scale', 'ops']) {
    const q = QUESTION.get(key);
    await page.locator(`.sg-step[data-question="${key}"]`).waitFor();
    assert.equal((await page.locator('#sg-step-assumed').textContent()).trim(), `Not sure? ${q.not_sure}`);
    if (key === 'team') await page.locator('.sg-step [data-value="php"]').click();
    else if (key === 'scale') await page.locator('.sg-step [data-value="prototype"]').click();
    else await page.locator('.sg-step').getByRole('button', { name: 'Not sure' }).click();
  }
  await page.locator('.sg-step[data-question="cloud"]').getByRole('button', { name: /^Skip/ }).click();
  await page.locator('.sg-stack').waitFor();
  // The link carries "Not sure" itself, so whoever opens it sees the answer as assumed too.
  const p = await params(page);
  assert.deepEqual([p.get('product'), p.get('ops')], ['not-sure', 'not-sure']);
  // An assumed answer shows as an option of its own, naming the value it assumes.
  const shown = (key) => chip(page, key).evaluate((s) => s.selectedOptions[0].textContent);
  assert.equal(await shown('product'), `${QUESTION.get('product').values.find((v) => v.key === 'saas').label} (assumed)`);
  assert.equal(await shown('ops'), `${QUESTION.get('ops').values.find((v) => v.key === 'cloud').label} (assumed)`);
  assert.equal(await pickOf(page, 'language'), 'php');
  const assumed = await page.$$eval('.sg-answer-chip select', (els) => els.filter((s) => s.value === 'assumed').map((s) => s.id));
  assert.deepEqual(assumed, ['sg-chip-product', 'sg-chip-ops', 'sg-chip-cloud']);
  // Picking the value it assumed confirms it: the assumption goes, the link carries the value.
  await chip(page, 'product').selectOption('saas');
  await page.waitForFunction(() => document.querySelector('#sg-chip-product').value === 'saas'
    && ![...document.querySelectorAll('#sg-chip-product option')].some((o) => o.value === 'assumed'));
  assert.equal((await params(page)).get('product'), 'saas');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe: no WCAG A/AA violation on the result (${scheme})`, async () => {
    const { page, context, problems } = await open('?view=chooser&product=ecommerce&team=javascript&scale=growth',
      { colorScheme: scheme });
    await page.locator('.sg-stack').waitFor();
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
    await assertNoAxeViolations(page, `on the chooser result (${scheme})`);
    await page.getByRole('button', { name: 'Change answers one by one' }).click();
    await page.locator('.sg-step').waitFor();
    await assertNoAxeViolations(page, `on a question (${scheme})`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
