import { expect, test } from '@playwright/test';
import { openLesson } from './helpers';

test('table of contents links land on their heading and follow the reading position', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openLesson(page, 'fundamentos/namespaces');
  const toc = page.getByRole('complementary', { name: 'Nesta página' });
  const links = toc.getByRole('link');
  await expect(links).toHaveText(['Os oito tipos', 'Veja os seus', 'Laboratório', 'Fontes']);
  await expect(links.first()).toHaveAttribute('aria-current', 'true');

  await toc.getByRole('link', { name: 'Fontes' }).click();
  await expect(page).toHaveURL(/#fontes$/);
  await expect(page.locator('#fontes')).toBeInViewport();
  await expect(toc.getByRole('link', { name: 'Fontes' })).toHaveAttribute('aria-current', 'true');
  await expect(links.first()).not.toHaveAttribute('aria-current', 'true');
});

test('headings carry anchor links to themselves', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  const anchor = page.locator('#os-oito-tipos > a.heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#os-oito-tipos');
  await expect(anchor).toHaveAccessibleName('Link para esta seção');
});
