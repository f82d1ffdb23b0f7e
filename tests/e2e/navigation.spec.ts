import { expect, test } from '@playwright/test';
import { openLesson } from './helpers';

test('home lists the modules and starts the first lesson', async ({ page }) => {
  await openLesson(page, '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contêineres e Orquestração');
  await expect(page.locator('.module-card h3')).toHaveText(['Fundamentos', 'Orquestracao']);
  await page.getByRole('link', { name: /^Comece por aqui/ }).click();
  await expect(page).toHaveURL(
    /\/curso-conteineres\/fundamentos\/conteineres-e-maquinas-virtuais\/$/,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Contêineres e máquinas virtuais',
  );
});

test('sidebar marks the current lesson and previous/next walk the course in order', async ({
  page,
}) => {
  await openLesson(page, 'fundamentos/conteineres-e-maquinas-virtuais');
  const sidebar = page.getByRole('navigation', { name: 'Navegação do curso' });
  await expect(sidebar.locator('[aria-current="page"]')).toHaveText(
    'Contêineres e máquinas virtuais',
  );
  await expect(page.getByRole('link', { name: /^Anterior/ })).toHaveCount(0);

  await page.getByRole('link', { name: /^Próxima/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Namespaces');
  await expect(sidebar.locator('[aria-current="page"]')).toHaveText('Namespaces');

  // Across the module boundary, into a lesson whose title comes from its own "# " heading.
  await page.getByRole('link', { name: /^Próxima/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Por que orquestrar');
  await expect(page.getByRole('link', { name: /^Próxima/ })).toHaveCount(0);
  await page.getByRole('link', { name: /^Anterior/ }).click();
  await expect(page).toHaveURL(/fundamentos\/namespaces\/$/);
});

test('sidebar and breadcrumbs lead to the module page, which lists its lessons', async ({
  page,
}) => {
  await openLesson(page, 'fundamentos/namespaces');
  const crumbs = page.getByRole('navigation', { name: 'Você está em' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['Início', 'Fundamentos', 'Namespaces']);
  await crumbs.getByRole('link', { name: 'Fundamentos' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fundamentos');
  await expect(page.locator('.lesson-list a')).toHaveText([
    'Contêineres e máquinas virtuais',
    'Namespaces',
  ]);
  await page
    .getByRole('navigation', { name: 'Navegação do curso' })
    .getByRole('link', { name: /^Orquestracao/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orquestracao');
});

test('lesson shows when it was last updated', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  const time = page.locator('.page-meta time');
  await expect(time).toHaveText(/^\d{1,2} de \p{L}+ de \d{4}$/u);
  expect(Date.parse((await time.getAttribute('datetime'))!)).not.toBeNaN();
});

test('lesson links to its source file for editing', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  await expect(page.getByRole('link', { name: 'Editar esta página' })).toHaveAttribute(
    'href',
    'https://github.com/exemplo/curso/edit/main/tests/fixtures/e2e-course/01-fundamentos/02-namespaces.md',
  );
});

test('printing a lesson leaves out the navigation', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navegação do curso' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
