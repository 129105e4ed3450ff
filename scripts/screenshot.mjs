// Takes the README's screenshots of the release build: node scripts/screenshot.mjs [query]
import { serveDist, launch } from '../tests/e2e/harness.mjs';

const server = await serveDist();
const browser = await launch();
try {
  const shots = [
    ['docs/screenshot.png', '', { width: 1280, height: 900 }],
  ];
  for (const [file, query, viewport] of shots) {
    const page = await browser.newPage({ viewport });
    await page.goto(server.url + query);
    await page.locator('[data-sg-mounted]').waitFor();
    await page.locator('.sg-facets').waitFor();
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
