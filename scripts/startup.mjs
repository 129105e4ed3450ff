// Start-up as issue "One renderer" judges it (reported, never asserted), at 4x CPU throttling:
// - first contentful paint against a control page: the same built index.html, scripts stripped;
// - frames blocked over 50 ms after the first paint (long-animation-frame entries);
// - first contentful paint → the search box answering a typed word: in loads of their own, as soon
//   as the app's box takes input the page itself types "kafka" and waits for Kafka's card.
// Each build given is loaded in turn (A, B, A, B…), so that two builds compare in one sitting.
//
// Usage: node scripts/startup.mjs <dist> [<other dist>] [--loads N]
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDist, launch } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const loadsAt = args.indexOf('--loads');
const LOADS = loadsAt >= 0 ? Number(args.splice(loadsAt, 2)[1]) : 10;
const dists = (args.length ? args : ['dist']).map((d) => resolve(d));
const THROTTLE = 4;
const SETTLE_MS = 5000;
const LINKS = ['', '?q=queue&hosting=managed', '?tech=kafka', '?compare=postgresql,mysql,mongodb'];

/** The control: the first build's index.html without any script (and without its CSP's hash). */
function controlOf(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'stackguide-control-'));
  cpSync(dist, dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(module)?preload"[^>]*>/g, '');
  writeFileSync(join(dir, 'index.html'), html);
  return dir;
}

const browser = await launch();
const builds = [];
for (const dist of dists) builds.push({ name: dist, server: await serveDist(dist) });
builds.push({ name: 'control (index.html, no script)', server: await serveDist(controlOf(dists[0])), control: true });

/** Runs in the page from its first script on: paints, long animation frames, and the typed word. */
function observe() {
  window.__sg = { frames: [], answered: null, typedAt: null };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__sg.frames.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
  const type = () => {
    const box = document.querySelector('[data-sg-mounted] #sg-search-input');
    if (!box || window.__sg.typedAt !== null) return false;
    window.__sg.typedAt = performance.now();
    box.value = 'kafka';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  };
  const answered = () => {
    const card = document.querySelector('[data-sg-mounted] #sg-results article[data-tech="kafka"]');
    if (card && card.checkVisibility()) window.__sg.answered = performance.now();
    return window.__sg.answered !== null;
  };
  // Polled in small tasks: an observer of every mutation would itself lengthen start-up's frames.
  const poll = setInterval(() => {
    if (window.__sg.typedAt === null) type();
    else if (answered()) clearInterval(poll);
  }, 10);
}

async function load(build, query, typing) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  if (typing) await page.addInitScript(observe);
  else await page.addInitScript(() => {
    window.__sg = { frames: [] };
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__sg.frames.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.goto(build.server.url + query);
  await page.waitForTimeout(SETTLE_MS);
  const m = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const blocked = window.__sg.frames.filter((f) => f.start >= fcp && f.duration > 50).length;
    return { fcp, blocked, answered: window.__sg.answered ?? null };
  });
  await context.close();
  return m;
}

// Quiet loads for the paint and the frames; loads that type, on the plain page, for the answer.
const results = new Map(builds.map((b) => [b, new Map(LINKS.map((q) => [q, []]))]));
const typed = new Map(builds.map((b) => [b, []]));
for (let i = 0; i < LOADS; i++) {
  for (const query of LINKS) {
    for (const build of builds) results.get(build).get(query).push(await load(build, query, false));
  }
  for (const build of builds.filter((b) => !b.control)) typed.get(build).push(await load(build, '', true));
}

const median = (xs) => { const s = xs.filter((x) => x !== null && !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const ms = (x) => (Number.isNaN(x) ? '–' : `${Math.round(x)} ms`);
console.log(`\nStart-up: headless Chromium, ${THROTTLE}x CPU throttling, 1280×800, ${LOADS} loads per build and link, alternated, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| build | link | FCP, median | FCP ÷ control | loads with no frame over 50 ms after FCP | FCP → typed word answered, median (max) |');
console.log('|---|---|---:|---:|---:|---:|');
const control = builds.find((b) => b.control);
for (const build of builds) {
  for (const query of LINKS) {
    const runs = results.get(build).get(query);
    const fcp = median(runs.map((r) => r.fcp));
    const ratio = fcp / median(results.get(control).get(query).map((r) => r.fcp));
    const clean = runs.filter((r) => r.blocked === 0).length;
    const answers = (typed.get(build) ?? []).map((r) => (r.answered === null ? null : r.answered - r.fcp));
    const answer = query === '' && !build.control
      ? `${ms(median(answers))} (${ms(Math.max(...answers.filter((a) => a !== null)))})${answers.includes(null) ? `, ${answers.filter((a) => a === null).length} unanswered` : ''}`
      : '';
    console.log(`| ${build.control ? build.name : build.name.replace(/.*\//, '')} | \`${query || '/'}\` | ${ms(fcp)} | ${build.control ? '1.00' : ratio.toFixed(2)} | ${clean} of ${runs.length} | ${answer} |`);
  }
}
for (const build of builds) await build.server.close();
await browser.close();
