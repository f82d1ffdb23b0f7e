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
  test.setTimeout(480_000);
  const browser = await chromium.launch({
    executablePath: resolveChromium(),
    args: [...chromiumArgs, `--remote-debugging-port=${PORT}`],
  });
  const rows: string[] = [];
  const problems: string[] = [];
  try {
    for (const path of PAGES) {
      const url = new URL(path, baseURL).href;
      const run = async () =>
        (await lighthouse(url, {
          port: PORT,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        }))!.lhr;
      const performance = (lhr: Awaited<ReturnType<typeof run>>) =>
        lhr.categories.performance!.score ?? 0;
      // The performance score moves with this shared machine's load (one run of "Meu progresso"
      // scored 0.94 and the next 0.98, same page): below the bar, the page gets two more runs
      // and the median one counts, as Lighthouse's documentation advises for variability.
      const runs = [await run()];
      if (performance(runs[0]!) < 0.95) runs.push(await run(), await run());
      const lhr = runs.sort((a, b) => performance(a) - performance(b))[
        Math.floor(runs.length / 2)
      ]!;
      const scores = CATEGORIES.map((category) => lhr.categories[category]!.score ?? 0);
      const shift = lhr.audits['cumulative-layout-shift']!.numericValue ?? NaN;
      rows.push(
        `| /${path} | ${scores.map((score) => score.toFixed(2)).join(' | ')} | ${shift} | ${runs.length} |`,
      );
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
      '| Page | Performance | Accessibility | Best practices | SEO | CLS | Runs (median) |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
  expect(problems).toEqual([]);
});
