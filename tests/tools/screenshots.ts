/**
 * Screenshots of a few pages at phone and desktop width, in light and dark, for a person to look
 * at after a visual change: `npm run screenshots -- [url-path ...]` against a running `npm start`.
 * Writes PNGs to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../support/chromium.ts';

const origin = process.env.SCREENSHOT_ORIGIN ?? 'http://localhost:4321';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const outDir = 'test-results/screenshots';
const sizes = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } };

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs });
for (const scheme of ['light', 'dark'] as const) {
  for (const [name, viewport] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    for (const path of paths) {
      await page.goto(new URL(path, origin).href);
      const file = `${outDir}/${path.replace(/\W+/g, '_') || 'home'}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
