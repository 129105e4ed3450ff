// Takes the screenshots in docs/ from the release build: every view at a desktop and a phone
// size, and the README's. Run after `trunk build --release`: node scripts/screenshot.mjs
import { serveDist, launch } from '../tests/e2e/harness.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const RESULT = '?view=chooser&product=saas&team=python&scale=growth';
const shots = [
  ['docs/screenshot.png', '', DESKTOP],
  ['docs/screenshots/explore-desktop.png', '', DESKTOP],
  ['docs/screenshots/explore-phone.png', '', PHONE],
  ['docs/screenshots/chooser-question-desktop.png', '?view=chooser', DESKTOP],
  ['docs/screenshots/chooser-question-phone.png', '?view=chooser', PHONE],
  ['docs/screenshots/chooser-result-desktop.png', RESULT, DESKTOP],
  ['docs/screenshots/chooser-result-phone.png', RESULT, PHONE],
  ['docs/screenshots/guides-desktop.png', '?view=guides', DESKTOP],
  ['docs/screenshots/guides-phone.png', '?view=guides', PHONE],
  ['docs/screenshots/compare-phone.png', '?compare=postgresql,mongodb', PHONE],
];

const server = await serveDist();
const browser = await launch();
try {
  for (const [file, query, options] of shots) {
    const context = await browser.newContext({ serviceWorkers: 'block', ...options });
    const page = await context.newPage();
    await page.goto(server.url + query);
    await page.locator('[data-sg-mounted]').waitFor();
    await page.locator('.sg-facets:not([hidden])').waitFor({ state: 'attached' });
    if (query.includes('compare')) await page.locator('dialog[open] .sg-compare tbody tr').first().waitFor();
    if (query === RESULT) await page.locator('.sg-diagram').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
