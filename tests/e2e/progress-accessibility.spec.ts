import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openLesson } from './helpers';
import { task } from './progress-helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a lesson with checklists has no axe violations in ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openLesson(page, 'fundamentos/namespaces');
    await task(page, 'Conferir que o host não mudou').check();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  });
}
