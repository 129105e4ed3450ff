// Measuring only (docs/decisions/0027), reported, never asserted: the catalog's rows taken over
// from the crawlable page (Leptos hydration) against the same rows built anew in their place, at
// 4x CPU throttling. Each way runs a category per task (as the app's start-up does) and all in
// one task; the ways are alternated load by load.
//
// Usage (after the probe build, see the decision record):
//   node scripts/hydration_probe.mjs target/probe-dist [--loads N]
import { resolve } from 'node:path';
import { serveDist, launch } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const LOADS = loadsAt >= 0 ? Number(args.splice(loadsAt, 2)[1]) : 8;
const dist = resolve(args[0] ?? 'target/probe-dist');
// `idle` loads the same page and code and runs nothing: the frames the page has anyway.
const WAYS = ['idle', 'hydrate', 'build', 'hydrate-all', 'build-all'];

const browser = await launch();
const server = await serveDist(dist);

async function load(way) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__frames = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__frames.push({ start: e.startTime, duration: e.duration, end: e.startTime + e.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.goto(`${server.url}?probe=${way}`);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-probe-times'), null, { timeout: 60000 });
  await page.waitForTimeout(1500);
  const m = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const times = document.documentElement.getAttribute('data-probe-times').split(',').filter(Boolean).map(Number);
    const after = window.__frames.filter((f) => f.start >= fcp);
    return {
      work: times.reduce((a, b) => a + b, 0),
      longestTask: Math.max(0, ...times),
      longestFrame: Math.max(0, ...after.map((f) => f.duration)),
      blocked: after.filter((f) => f.duration > 50).length,
      frameTime: after.reduce((a, f) => a + f.duration, 0),
      cards: document.querySelectorAll('article[data-tech]').length,
    };
  });
  // The rows are live: a card's Compare button answers.
  const button = page.locator('article[data-tech="kafka"] button[aria-pressed]');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  if (way !== 'idle') {
    await button.click();
    m.live = (await button.getAttribute('aria-pressed')) === 'true';
  }
  m.errors = errors;
  await context.close();
  return m;
}

const results = new Map(WAYS.map((w) => [w, []]));
for (let i = 0; i < LOADS; i++) for (const way of WAYS) results.get(way).push(await load(way));

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = (x) => `${Math.round(x)} ms`;
console.log(`\nHydration probe: headless Chromium, 4x CPU throttling, 1280×800, ${LOADS} loads per way, alternated, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| way | cards | our work, median (range) | longest category, median | frames after FCP over 50 ms, per load | longest frame after FCP, median | long frames\' time after FCP, median | live, errors |');
console.log('|---|---:|---:|---:|---|---:|---:|---|');
for (const way of WAYS) {
  const runs = results.get(way);
  const work = runs.map((r) => r.work);
  console.log(`| ${way} | ${runs[0].cards} | ${ms(median(work))} (${ms(Math.min(...work))}–${ms(Math.max(...work))}) | ${ms(median(runs.map((r) => r.longestTask)))} | ${runs.map((r) => r.blocked).join(', ')} | ${ms(median(runs.map((r) => r.longestFrame)))} | ${ms(median(runs.map((r) => r.frameTime)))} | ${way === 'idle' ? 'not run' : `${runs.filter((r) => r.live).length} of ${runs.length} live`}, ${runs.reduce((a, r) => a + r.errors.length, 0)} errors${runs.flatMap((r) => r.errors).slice(0, 1).map((e) => `: ${e}`).join('')} |`);
}
await server.close();
await browser.close();
