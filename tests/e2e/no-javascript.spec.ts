import { expect, test } from '@playwright/test';
import { openLesson, phone } from './helpers';

test.use({ javaScriptEnabled: false, viewport: phone });

test('without JavaScript a phone still reaches every lesson and no dead control shows', async ({
  page,
}) => {
  await openLesson(page, 'fundamentos/namespaces');
  await expect(page.getByRole('button', { name: 'Abrir o menu do curso' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Tema/ })).toBeHidden();
  const sidebar = page.getByRole('navigation', { name: 'Navegação do curso' });
  await expect(sidebar).toBeVisible();
  const mainBox = (await page.locator('main').boundingBox())!;
  const sidebarBox = (await sidebar.boundingBox())!;
  expect(sidebarBox.y).toBeGreaterThan(mainBox.y + mainBox.height - 1);
  await sidebar.getByRole('link', { name: 'Contêineres e máquinas virtuais' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Contêineres e máquinas virtuais',
  );
});

test('without JavaScript every tab panel and the diagram source stay readable', async ({
  page,
}) => {
  await openLesson(page, 'recursos');
  await expect(page.getByText('Instale com apt.')).toBeVisible();
  await expect(page.getByText('Instale com brew.')).toBeVisible();
  await expect(page.locator('[role="tab"]')).toHaveCount(4);
  await expect(page.locator('[role="tab"]').first()).toBeHidden();
  await expect(page.locator('course-diagram code').first()).toContainText('flowchart LR');
  await expect(page.locator('course-diagram code').first()).toBeVisible();
});

test('without JavaScript the search button is not offered', async ({ page }) => {
  await openLesson(page, '');
  await expect(page.getByRole('button', { name: /^Buscar/ })).toBeHidden();
});
