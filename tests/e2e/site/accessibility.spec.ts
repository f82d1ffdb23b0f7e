import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SITE_OUT_DIR } from '../../../playwright.config';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = () =>
  (readdirSync(SITE_OUT_DIR, { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html') || file === '404.html')
    .map((file) => file.replace(/index\.html$/, ''));

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 740 }],
  ] as const) {
    test(`every page passes axe (WCAG 2.2 A/AA) in ${colorScheme} theme on a ${device}`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const violations: string[] = [];
      for (const path of pages()) {
        await page.goto(path);
        // Code tokens (thousands per page) are left to the contrast test of every theme colour in
        // tests/unit/markdown/code-colors.test.ts, which keeps this suite within CI's time.
        // Legacy mode checks the diagram frame from inside the page instead of opening a second
        // page per check: the same rules, in half the time.
        const results = await new AxeBuilder({ page })
          .setLegacyMode(true)
          .withTags(WCAG)
          .exclude('pre > code')
          .analyze();
        for (const violation of results.violations) {
          violations.push(
            `${path}: ${violation.id} (${violation.nodes.map((n) => n.target.join(' ')).join(', ')})`,
          );
        }
      }
      expect(violations).toEqual([]);
    });
  }
}

// WCAG 1.4.10 (Reflow): at 320 CSS px nothing makes the page scroll sideways, nor on a tablet,
// where the phone's menu button meets the desktop's labelled buttons. Code blocks and tables may
// scroll inside their own box, which does not widen the page.
test('every page reflows at 320 and 768 px without scrolling sideways', async ({ page }) => {
  test.setTimeout(180_000);
  const wide: string[] = [];
  for (const [width, path] of [320, 768].flatMap((w) => pages().map((p) => [w, p] as const))) {
    await page.setViewportSize({ width, height: 640 });
    await page.goto(path);
    const culprits = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      // The outermost elements past the edge, not what a scrolling box holds.
      const scrolls = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
      const insideScroller = (element: Element): boolean =>
        !!element.parentElement &&
        element.parentElement !== document.body &&
        (scrolls(element.parentElement) || insideScroller(element.parentElement));
      return [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => !insideScroller(element))
        .map((element) => `<${element.localName} class="${element.className}">`)
        .slice(0, 3);
    });
    if (culprits.length > 0) wide.push(`${width} px, ${path}: ${culprits.join(', ')}`);
  }
  expect(wide).toEqual([]);
});
