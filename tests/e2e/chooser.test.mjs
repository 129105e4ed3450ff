// The stack chooser, end to end: answering by keyboard, a result with a pick for every layer,
// links and remembered answers that reproduce it, in-place edits, the Markdown export, "Not sure"
// defaults, broken or blocked storage, and accessibility (axe-core, WCAG A/AA).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { serveDist, launch, openPage, catalogItems, scrollIntoSettledView, ROOT } from './harness.mjs';

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
const question = (page, key) => page.getByRole('group', { name: QUESTION.get(key).label, exact: true });
/** layer key → { pick, alts } read from the result list. */
const picks = (page) => page.$$eval('.sg-stack [data-layer]', (els) => Object.fromEntries(els.map((el) => [
  el.dataset.layer,
  { pick: el.dataset.pick, alts: [...el.querySelectorAll('[data-alt]')].map((a) => a.dataset.alt) },
])));
const checkedValue = (page, key) => page.evaluate(
  (k) => document.querySelector(`input[type=radio][name="sg-q-${k}"]:checked`)?.value ?? null, key);
const pickOf = (page, layer) => page.locator(`.sg-stack [data-layer="${layer}"]`).getAttribute('data-pick');
const waitPick = (page, layer, id) => page.waitForFunction(
  ([l, want]) => document.querySelector(`.sg-stack [data-layer="${l}"]`)?.dataset.pick === want, [layer, id]);

/** Answers the three required questions by clicking, once the questions are in view. */
async function answer(page, product, team, scale) {
  await scrollIntoSettledView(page.locator('#sg-question-product'));
  await page.locator(`#sg-q-product-${product}`).check();
  await page.locator(`#sg-q-team-${team}`).check();
  await page.locator(`#sg-q-scale-${scale}`).check();
  await page.locator('.sg-stack').waitFor();
}

async function assertNoAxeViolations(page, what) {
  const results = await new AxeBuilder({ page })
    .include('#sg-chooser')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const report = results.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.equal(results.violations.length, 0, `axe violations ${what}:\n  ${report.join('\n  ')}`);
}

function assertWellFormed(result) {
  assert.deepEqual(Object.keys(result), LAYERS, 'one element per layer, in order');
  for (const [layer, { pick, alts }] of Object.entries(result)) {
    assert.ok(pick === 'none' || IDS.has(pick), `${layer} pick "${pick}" is a catalog id or none`);
    for (const alt of alts) assert.ok(IDS.has(alt), `${layer} alternative "${alt}" is a catalog id`);
    assert.ok(!alts.includes(pick), `${layer}: the pick is not also an alternative`);
  }
  assert.ok(Object.values(result).some((r) => r.alts.length > 0), 'some layer offers alternatives');
}

test('answer by keyboard only: a pick for every layer', async () => {
  const { page, context, problems } = await open();
  // The chooser renders a few frames after the app is shown.
  await page.locator('.sg-chooser__pending').waitFor();
  assert.equal(await page.locator('.sg-stack').count(), 0, 'no result before answering');

  await question(page, 'product').getByRole('radio').first().focus();
  await page.keyboard.press('Space'); // saas
  await page.keyboard.press('ArrowDown'); // ecommerce
  assert.equal(await checkedValue(page, 'product'), 'ecommerce');
  await page.keyboard.press('Tab'); // into "team", on its first radio
  assert.equal(await page.evaluate(() => document.activeElement.name), 'sg-q-team');
  await page.keyboard.press('ArrowDown'); // python
  assert.equal(await checkedValue(page, 'team'), 'python');
  await page.keyboard.press('Tab'); // into "scale"
  assert.equal(await page.evaluate(() => document.activeElement.name), 'sg-q-scale');
  await page.keyboard.press('Space'); // prototype
  assert.equal(await checkedValue(page, 'scale'), 'prototype');

  await page.locator('.sg-stack').waitFor();
  const result = await picks(page);
  assertWellFormed(result);
  assert.equal(result.language.pick, 'python', 'a Python team gets Python');
  const p = (await params(page));
  assert.equal(p.get('product'), 'ecommerce');
  assert.equal(p.get('team'), 'python');
  assert.equal(p.get('scale'), 'prototype');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the link reproduces the result', async () => {
  const { page, context, problems } = await open();
  await answer(page, 'chat', 'go', 'massive');
  await page.locator('#sg-q-ops-selfhost').check();
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
  assert.equal(await checkedValue(page2, 'ops'), 'selfhost');
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
  assert.equal(await page.getByRole('link', { name: 'Choose a stack' }).getAttribute('aria-current'), 'true');
  assert.equal(await checkedValue(page, 'product'), 'fintech');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a layer one pick cannot cover shows its companions, and a content site needs no sign-in', async () => {
  const { page, context, problems } = await open('?view=chooser&product=iot&team=rust&scale=massive&ops=selfhost');
  await page.locator('.sg-stack').waitFor();
  const companions = (layer) => page.locator(`.sg-stack [data-layer="${layer}"] [data-companion]`)
    .evaluateAll((els) => els.map((e) => e.dataset.companion));
  assert.equal(await pickOf(page, 'messaging'), 'kafka');
  assert.deepEqual(await companions('messaging'), ['nats'], 'an MQTT broker beside Kafka for the devices');
  const observability = await companions('observability');
  for (const id of ['grafana', 'loki', 'opentelemetry']) assert.ok(observability.includes(id), `${id} in ${observability}`);
  assert.ok((await page.locator('.sg-stack__summary').innerText()).includes('Apache Kafka + NATS'));
  await page.goto(`${server.url}?view=chooser&product=content&team=php&scale=growth&ops=selfhost`);
  await page.locator('.sg-stack').waitFor();
  assert.equal(await pickOf(page, 'auth'), 'none');
  assert.equal(await pickOf(page, 'framework'), 'wordpress');
  assert.equal(await pickOf(page, 'database'), 'mysql');
  assert.deepEqual(problems, []);
  await context.close();
});

test('editing an answer chip recomputes the stack at once', async () => {
  const { page, context, problems } = await open('?view=chooser&product=fintech&team=java&scale=growth');
  await page.locator('.sg-stack').waitFor();
  const chips = page.getByRole('group', { name: 'Your answers' });
  const team = chips.getByLabel(QUESTION.get('team').label);
  assert.equal(await team.inputValue(), 'java');
  await team.selectOption('python');
  await waitPick(page, 'language', 'python');
  assert.notEqual(await pickOf(page, 'framework'), 'spring-boot', 'the framework follows the language');
  assert.equal((await params(page)).get('team'), 'python');
  assert.equal(await checkedValue(page, 'team'), 'python', 'the radio follows the chip');
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
  assert.ok(md.includes(page.url()), 'the record links back to this result');
  assert.deepEqual(problems, []);
  await context.close();
});

test('stored answers are restored on a later visit', async () => {
  const { page, context, problems } = await open();
  await answer(page, 'iot', 'rust', 'massive');
  const first = await picks(page);
  await page.close();
  const { page: later, problems: laterProblems } = await openInContext(context, ''); // no query string
  await later.locator('.sg-stack').waitFor();
  assert.equal(await checkedValue(later, 'product'), 'iot');
  assert.equal(await checkedValue(later, 'team'), 'rust');
  assert.equal(await checkedValue(later, 'scale'), 'massive');
  assert.deepEqual(await picks(later), first);
  assert.deepEqual([...problems, ...laterProblems], []);
  await context.close();
});

test('garbage in storage is ignored and the chooser still works', async () => {
  const { page, context, problems } = await open('', {}, () => {
    localStorage.setItem('stackguide:answers', '%%%garbage&&product=');
  });
  await page.locator('.sg-chooser__pending').waitFor();
  assert.equal(await checkedValue(page, 'product'), null, 'no answer made up from garbage');
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

test('"Not sure" applies the stated default and says what it assumed', async () => {
  const { page, context, problems } = await open();
  await scrollIntoSettledView(question(page, 'product'));
  for (const key of ['product', 'ops']) {
    const q = QUESTION.get(key);
    const group = question(page, key);
    await group.getByRole('radio', { name: 'Not sure' }).check();
    const assumed = group.locator('.sg-question__assumed');
    await assumed.waitFor();
    assert.equal((await assumed.textContent()).trim(), q.not_sure);
    // The link carries "Not sure" itself, so whoever opens it sees the answer as assumed too.
    await page.waitForFunction((k) => new URLSearchParams(location.search).get(k) === 'not-sure', key);
  }
  await page.locator('#sg-q-team-php').check();
  await page.locator('#sg-q-scale-prototype').check();
  await page.locator('.sg-stack').waitFor();
  const chips = page.getByRole('group', { name: 'Your answers' });
  assert.equal(await chips.getByLabel(QUESTION.get('product').label).inputValue(), 'saas');
  assert.equal(await chips.getByLabel(QUESTION.get('ops').label).inputValue(), 'cloud');
  assert.equal(await pickOf(page, 'language'), 'php');
  // Picking a real answer takes the assumption away.
  await page.locator('#sg-q-product-saas').check();
  await question(page, 'product').locator('.sg-question__assumed').waitFor({ state: 'detached' });
  assert.equal(await question(page, 'ops').locator('.sg-question__assumed').count(), 1);
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
    assert.deepEqual(problems, []);
    await context.close();
  });
}
