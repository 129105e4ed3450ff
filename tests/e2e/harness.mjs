// Shared plumbing for the end-to-end tests: a static server for dist/ on loopback that sends the
// page's Content-Security-Policy as a header too, and a Chromium launched through playwright-core
// with flags that keep it off the (closed) network.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEFAULT_DIST = join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

/**
 * Serves dist/ on 127.0.0.1 at a free port. Returns { url, close }. `types` overrides the
 * content type per extension (`{ '.wasm': 'application/octet-stream' }`); `headers` adds
 * headers per extension (`{ '.html': { 'cache-control': 'max-age=600' } }`).
 */
export async function serveDist(DIST = DEFAULT_DIST, { types = {}, headers: extra = {} } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run trunk build --release first');
  const csp = existsSync(join(DIST, 'csp.txt')) ? readFileSync(join(DIST, 'csp.txt'), 'utf8').trim() : null;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch { file = join(DIST, 'index.html'); }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? TYPES[extname(file)] ?? 'application/octet-stream' };
      if (csp && extname(file) === '.html') headers['content-security-policy'] = csp;
      Object.assign(headers, extra[extname(file)]);
      res.writeHead(200, headers).end(body);
    } catch { res.writeHead(404).end('not found'); }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Opens a page that records console errors, page errors and CSP violations. */
export async function openPage(browser, url, options = {}) {
  // `init`: a script to run in the page before its own (Playwright's addInitScript).
  // The offline copy's service worker only where a test asks for it (`serviceWorkers: 'allow'`):
  // elsewhere its install would download the build again beside the test, and answer requests
  // that `page.route` does not see.
  const { init, ...contextOptions } = options;
  const context = await browser.newContext({ serviceWorkers: 'block', ...contextOptions });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, context, problems };
}

/** Every item of the catalog, read from data/ the way build.rs reads it. */
export function catalogItems() {
  const dir = join(ROOT, 'data/catalog');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')).items);
}

/**
 * Waits until the app has replaced the fallback and its filter panel is shown. The
 * filters render a few frames after the app (built hidden, shown a frame later), so a test that
 * reads or clicks them right after `[data-sg-mounted]` appears would race them.
 */
export async function waitForFilters(page) {
  await page.locator('[data-sg-mounted]').waitFor();
  await page.locator('.sg-facets:not([hidden])').waitFor({ state: 'attached' });
}

/**
 * Scrolls `locator` into view and waits until it has kept its place for two frames. Cards and the
 * chooser lay out only as they come into view (content-visibility), so the page settles a frame
 * or two after a jump; a reader looks before clicking, and Playwright's own click does not wait.
 */
export async function scrollIntoSettledView(locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.evaluate((el) => new Promise((settled) => {
    let last = '';
    let steady = 0;
    const look = () => {
      const r = el.getBoundingClientRect();
      const now = `${r.x},${r.y},${r.width},${r.height}`;
      steady = now === last ? steady + 1 : 0;
      last = now;
      if (steady >= 2) settled(); else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }));
}

/**
 * Scrolls the page to its foot, half a window at a time, and back to the top, two frames per
 * step: every card has then been laid out once. A card the browser has never laid out
 * (content-visibility: auto) has an estimated size, and axe measures the targets inside it
 * against that estimate, not against what a reader sees.
 */
export async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, 0);
    await frame();
  });
}

/**
 * Fails with a readable list when axe-core finds a WCAG 2.2 A/AA violation (target size included)
 * in the page, or only inside `include` (a selector) when given.
 */
export async function assertAxeClean(page, what, { include } = {}) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const report = results.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.equal(results.violations.length, 0, `axe violations ${what}:\n  ${report.join('\n  ')}`);
}

/**
 * Serves the guide's build for pages of other origins: its module and wasm are CORS requests
 * (the stylesheet, linked from a shadow root, needs none). Returns serveDist's { url, close }.
 */
export function serveEmbeddable(DIST = DEFAULT_DIST) {
  const cors = { 'access-control-allow-origin': '*' };
  return serveDist(DIST, { headers: { '.js': cors, '.wasm': cors, '.txt': cors } });
}

/**
 * Host pages for the embed's tests: each serves `html` under `csp` at any path, and `files`
 * ({ '/x.css': [type, body] }) beside it, reached at localhost (another origin than the
 * guide's 127.0.0.1). `closeAll()` stops every one.
 */
export function hostPages() {
  const servers = [];
  return {
    async serve(html, csp, files = {}) {
      const server = createServer((req, res) => {
        const file = files[req.url];
        if (file) res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
        else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(html);
      });
      await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
      servers.push(server);
      return `http://localhost:${server.address().port}/post`;
    },
    closeAll: () => Promise.all(servers.map((s) => new Promise((ok) => s.close(ok)))),
  };
}
