import { chromium, expect, test } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumArgs, resolveChromium } from '../../support/chromium';

// Lighthouse in its default mobile mode (a mid-range phone on a throttled connection, simulated)
// on the three kinds of page a learner opens: the home page, a lesson, and "Meu progresso".
const PAGES = ['', 'fundamentos/namespaces/', 'meu-progresso/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PORT = 9333;

test('home, a lesson and "Meu progresso" score at least 0.95 in all four Lighthouse categories, with no layout shift', async ({
  baseURL,
}) => {
  test.setTimeout(240_000);
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: [...chromiumArgs, `--remote-debugging-port=${PORT}`],
  });
  const rows: string[] = [];
  const problems: string[] = [];
  try {
    for (const path of PAGES) {
      const url = new URL(path, baseURL).href;
      const result = await lighthouse(url, {
        port: PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result!.lhr;
      const scores = CATEGORIES.map((category) => lhr.categories[category]!.score ?? 0);
      const shift = lhr.audits['cumulative-layout-shift']!.numericValue ?? NaN;
      rows.push(`| /${path} | ${scores.map((score) => score.toFixed(2)).join(' | ')} | ${shift} |`);
      CATEGORIES.forEach((category, i) => {
        if (scores[i]! < 0.95) {
          const failing = Object.values(lhr.audits)
            .filter(
              (audit) =>
                audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
            )
            .map((audit) => audit.id);
          problems.push(
            `/${path}: ${category} ${scores[i]} (audits below 1: ${failing.join(', ')})`,
          );
        }
      });
      if (shift !== 0) problems.push(`/${path}: cumulative layout shift ${shift}`);
    }
  } finally {
    await browser.close();
  }
  console.log(
    [
      '| Page | Performance | Accessibility | Best practices | SEO | CLS |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
  expect(problems).toEqual([]);
});
