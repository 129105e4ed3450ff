// The guide with no network: the service worker keeps a copy, a shared link opens from it
// offline, a new build replaces the copy, and the browser finds the app installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist, launch, openPage, DEFAULT_DIST, ROOT, CHROMIUM_ARGS } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Calls `read` until `done` holds of what it returns (true), or 20 s have passed (false). */
async function until(read, done) {
  for (const deadline = Date.now() + 20000; Date.now() < deadline;) {
    if (done(await read())) return true;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return false;
}

/**
 * A copy of the build that a test may change, served on its own port, with the page cacheable
 * for ten minutes as many static hosts send it (GitHub Pages, for one).
 */
async function servedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'stackguide-offline-'));
  cpSync(DEFAULT_DIST, dir, { recursive: true });
  const server = await serveDist(dir, { headers: { '.html': { 'cache-control': 'max-age=600' } } });
  let open = true;
  const close = async () => {
    if (open) { open = false; await server.close(); rmSync(dir, { recursive: true, force: true }); }
  };
  return { dir, server, close };
}

/**
 * Runs `steps` on a page of a served copy of the build with service workers allowed; `before`
 * may change the copy first, and `init` runs in the page before its own scripts. Closes the page
 * and the copy however the steps end.
 */
async function onServedCopy(steps, { before = () => {}, init } = {}) {
  const copy = await servedCopy();
  before(copy);
  const { page, context, problems } = await openPage(browser, copy.server.url, { serviceWorkers: 'allow', init });
  try {
    await page.locator('[data-sg-mounted]').waitFor();
    await steps({ copy, page, context });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await copy.close();
  }
}

/** A list the build wrote into its service worker (`FILES`, `NAMED_BY_PAGE`). */
function workerList(name) {
  const worker = readFileSync(join(DEFAULT_DIST, 'sw.js'), 'utf8');
  return JSON.parse(worker.match(new RegExp(`const ${name} = (\\[.*\\]);`))[1]);
}

/** Waits until a service worker controls the page, and returns the names of its caches. */
async function keptOffline(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return page.evaluate(() => caches.keys());
}

test('the build lists every file the page loads in its service worker, under a cache named by their bytes', () => {
  const worker = readFileSync(join(DEFAULT_DIST, 'sw.js'), 'utf8');
  const files = workerList('FILES');
  const html = readFileSync(join(DEFAULT_DIST, 'index.html'), 'utf8');
  const loaded = [...html.matchAll(/(?:href|src)="\/([^"]+\.(?:js|wasm|css|webmanifest|svg))"/g)].map((m) => `./${m[1]}`);
  assert.ok(loaded.length >= 4, `the page names its files: ${loaded}`);
  for (const file of loaded) assert.ok(files.includes(file), `${file} is kept`);
  // The page itself is kept as ./ once it is seen to name this build's code and style.
  const named = workerList('NAMED_BY_PAGE');
  assert.equal(named.length, 3);
  for (const name of named) assert.ok(html.includes(`/${name}`), `the page names ${name}`);
  assert.match(worker, /const CACHE = "stackguide-[0-9a-f]{16}";/);
});

test('after one visit, a shared link opens with no network, with its search and detail', () =>
  onServedCopy(async ({ copy, page, context }) => {
    const caches = await keptOffline(page);
    assert.equal(caches.length, 1, `one cache: ${caches}`);

    // No network: the browser offline, and the server gone (Playwright's offline mode does not
    // reach the worker's own requests).
    await context.setOffline(true);
    await copy.close();
    // A link never opened online: the page comes from the cache whatever its query string.
    await page.goto(`${copy.server.url}?q=kafak&tech=redis`);
    await page.locator('[data-sg-mounted]').waitFor();
    assert.equal((await page.locator('dialog[open] h2').first().textContent()).trim(), 'Redis');
    // Its description too, from the offline copy.
    await page.locator('dialog[open] .sg-detail__description p:not(.sg-detail__status)').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.sg-host article[data-tech="kafka"]').first().waitFor();
    await page.reload();
    await page.locator('[data-sg-mounted]').waitFor();
  }));

test('a new build replaces the copy: its page is served, and the old cache is deleted', () =>
  onServedCopy(async ({ copy, page, context }) => {
    const [first] = await keptOffline(page);

    // A new build: a page with a mark of its own, and the worker written again for it.
    const index = join(copy.dir, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head><meta name="build" content="new">'));
    execFileSync('python3', [join(ROOT, 'scripts/offline.py'), copy.dir]);
    // Navigating checks the worker for an update; the new one takes over and clears the old cache.
    await page.goto(copy.server.url);
    const replaced = await until(() => page.evaluate(() => caches.keys()),
      (names) => names.length === 1 && names[0] !== first);
    assert.ok(replaced, `the old cache ${first} gives way to the new one`);
    const kept = await page.evaluate(() => caches.keys()
      .then(([name]) => caches.open(name)).then((cache) => cache.match('./')).then((r) => r.text()));
    assert.ok(kept.includes('<meta name="build" content="new">'), 'the new cache holds the new page');

    await context.setOffline(true);
    await copy.close();
    await page.goto(copy.server.url);
    await page.locator('[data-sg-mounted]').waitFor();
    assert.equal(await page.locator('meta[name="build"]').getAttribute('content'), 'new');
  }));

test('a page from another build is not kept: the install fails, and the page works online', () =>
  onServedCopy(async ({ page }) => {
    const states = () => page.evaluate(() => window.workerStates);
    const ended = await until(states, (seen) => ['redundant', 'activated'].includes(seen?.at(-1)));
    assert.ok(ended, `the worker was registered and its install ended: ${await states()}`);
    assert.equal((await states()).at(-1), 'redundant');
    assert.deepEqual(await page.evaluate(() => caches.keys()), []);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  }, {
    before: (copy) => {
      // The worker of a build whose wasm this page does not name (as when a CDN still serves
      // the previous page after a deploy).
      const worker = join(copy.dir, 'sw.js');
      writeFileSync(worker, readFileSync(worker, 'utf8').replace(/(const NAMED_BY_PAGE = \[[^\]]*?)"[^"]+_bg\.wasm"/, '$1"stackguide-0000000000000000_bg.wasm"'));
      assert.match(readFileSync(worker, 'utf8'), /stackguide-0000000000000000_bg\.wasm/);
    },
    // The states the new worker goes through (a failed install ends in `redundant`).
    init: () => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        return register.apply(this, args).then((registration) => {
          const worker = registration.installing;
          window.workerStates = [worker?.state];
          worker?.addEventListener('statechange', () => window.workerStates.push(worker.state));
          return registration;
        });
      };
    },
  }));

test('the browser finds the guide installable, and every icon is served and kept', async () => {
  // Chromium reports every page of an incognito context as not installable, so this uses a profile.
  const profile = mkdtempSync(join(tmpdir(), 'stackguide-profile-'));
  const server = await serveDist();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('[data-sg-mounted]').waitFor();
    await keptOffline(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    const parsed = JSON.parse(manifest.data);
    assert.ok(parsed.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'));
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
    // Every icon the manifest names is served as the image it says it is, and kept offline.
    const kept = workerList('FILES');
    for (const icon of parsed.icons) {
      assert.ok(kept.includes(`./public/${icon.src}`), `${icon.src} is kept`);
      const response = await page.request.get(new URL(icon.src, manifest.url).href);
      assert.equal(response.status(), 200, icon.src);
      assert.equal(response.headers()['content-type'], icon.type, icon.src);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
