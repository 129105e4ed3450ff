// Lighthouse (mobile: simulated slow 4G and 4x CPU) on the release build, served the way a host
// would serve it: brotli where the browser accepts it, the page's CSP as a header. Prints the
// performance score, FCP, LCP (and its element), TBT and CLS for the plain page and the shared
// links the start-up targets name, over a few runs each. Asserts nothing.
//
// Usage: node scripts/lighthouse.mjs [dist] [runs]   (lighthouse from target/lighthouse, see bench.sh)
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { ROOT } from '../tests/e2e/harness.mjs';

const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
const runs = Number(process.argv[3] ?? 3);
const lhDir = process.env.LIGHTHOUSE_DIR ?? join(ROOT, 'target/lighthouse');
const { default: lighthouse } = await import(join(lhDir, 'node_modules/lighthouse/core/index.js'));
const chromeLauncher = await import(join(lhDir, 'node_modules/chrome-launcher/dist/index.js'));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const csp = readFileSync(join(dist, 'csp.txt'), 'utf8').trim();
const compressed = new Map();
const server = createServer((req, res) => {
  let file = normalize(join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  if (extname(file) === '.html') headers['content-security-policy'] = csp;
  let body = readFileSync(file);
  if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png')) {
    if (!compressed.has(file)) {
      compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    body = compressed.get(file);
    headers['content-encoding'] = 'br';
  }
  res.writeHead(200, headers).end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const LINKS = [
  ['plain page', ''],
  ['search and filter', '?q=queue&hosting=managed'],
  ['a detail', '?tech=kafka'],
  ['a comparison', '?compare=postgresql,mysql,mongodb'],
];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`\nLighthouse ${(await import(join(lhDir, 'node_modules/lighthouse/package.json'), { with: { type: 'json' } })).default.version}, mobile (simulated slow 4G, 4x CPU), brotli, median of ${runs} runs\n`);
console.log('| link | performance | FCP | LCP | TBT | CLS | LCP element |');
console.log('|---|---:|---:|---:|---:|---:|---|');
try {
  for (const [label, query] of LINKS) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(base + query, {
        port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'],
      });
      const a = lhr.audits;
      const lcpElement = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector
        ?? 'a node of the crawlable page, since taken over';
      results.push({
        score: lhr.categories.performance.score, fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue, tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue, lcpElement,
      });
    }
    const m = (k) => median(results.map((r) => r[k]));
    console.log(`| ${label} (\`${query || '/'}\`) | ${m('score').toFixed(2)} | ${s(m('fcp'))} | ${s(m('lcp'))} | ${Math.round(m('tbt'))} ms | ${m('cls').toFixed(3)} | \`${results[0].lcpElement}\` |`);
  }
} finally {
  await chrome.kill();
  server.close();
}
