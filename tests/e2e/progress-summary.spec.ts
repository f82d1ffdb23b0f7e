import { expect, test } from '@playwright/test';
import { openLesson } from './helpers';
import { STORAGE_KEY, task } from './progress-helpers';

test('lesson, module and course progress add up in the sidebar, the home page and "Meu progresso"', async ({
  page,
}) => {
  await openLesson(page, 'fundamentos/namespaces');
  await task(page, 'Preparar o ambiente').check();
  const sidebar = page.getByRole('navigation', { name: 'Navegação do curso' });
  const lessonLink = sidebar.getByRole('link', { name: /^Namespaces/ });
  await expect(lessonLink).toHaveAttribute('data-status', 'doing');
  await expect(lessonLink).toHaveAccessibleName('Namespaces em andamento');
  // Fundamentos: 3 tasks in lesson 1 (one ticked by the author, not yet counted: unvisited) + 5 here.
  await expect(sidebar.locator('[data-module-progress="01-fundamentos"]')).toHaveText('25%');

  await task(page, 'Criar um namespace UTS').check();
  await expect(lessonLink).toHaveAttribute('data-status', 'done');
  await expect(lessonLink).toHaveAccessibleName('Namespaces concluída');

  await openLesson(page, '');
  const home = page.locator('.module-cards');
  await expect(home.getByRole('link', { name: /^Namespaces/ })).toHaveAttribute(
    'data-status',
    'done',
  );
  await expect(home.locator('[data-module-progress="01-fundamentos"]')).toHaveText('63%');
  await expect(page.locator('.course-progress-count')).toHaveText('56%');
  await expect(page.locator('a[data-continue]')).toHaveText('Continuar de onde parei: Namespaces');
  await page.locator('a[data-continue]').click();
  await expect(page).toHaveURL(/fundamentos\/namespaces\/$/);

  await page.getByRole('link', { name: 'Meu progresso' }).click();
  const lesson1 = page.locator(
    '.report-lesson[data-lesson="fundamentos/conteineres-e-maquinas-virtuais"]',
  );
  await expect(lesson1.locator('.report-count')).toHaveText('1/3');
  await expect(lesson1.getByRole('listitem')).toHaveText([
    'Rode uname -r no host e dentro de um contêiner e compare.',
    'Explique com suas palavras o que um hypervisor tipo 2 precisa do sistema hospedeiro.',
  ]);
  const namespaces = page.locator('.report-lesson[data-lesson="fundamentos/namespaces"]');
  await expect(namespaces.locator('.report-count')).toHaveText('5/5');
  await expect(namespaces.getByText('Tudo concluído nesta aula.')).toBeVisible();

  await lesson1.getByRole('link', { name: /^Explique/ }).click();
  await expect(page).toHaveURL(/conteineres-e-maquinas-virtuais\/#tarefa-explique-/);
  await expect(task(page, /^Explique/)).toBeInViewport();
});

test('the home roadmap ticks itself from the lessons it links to and cannot be ticked by hand', async ({
  page,
}) => {
  await openLesson(page, 'fundamentos/namespaces');
  await task(page, 'Preparar o ambiente').check();
  await openLesson(page, 'orquestracao/por-que-orquestrar');
  await page.getByRole('button', { name: 'Marcar como lida' }).click();

  await openLesson(page, '');
  const roadmap = page.locator('.home .contains-task-list').first();
  const orquestrar = roadmap.getByRole('checkbox', { name: 'Por que orquestrar' });
  await expect(orquestrar).toBeChecked();
  await expect(orquestrar).toBeDisabled();
  await expect(roadmap.locator('#tarefa-orquestracao--por-que-orquestrar .task-count')).toHaveText(
    '100%',
  );
  const namespaces = roadmap.getByRole('checkbox', { name: 'Namespaces' });
  await expect(namespaces).not.toBeChecked();
  await expect(roadmap.locator('#tarefa-fundamentos--namespaces .task-count')).toHaveText('40%');
  await expect(roadmap.getByRole('checkbox', { name: 'Orquestração' })).toBeChecked();
  await expect(roadmap.locator('#tarefa-fundamentos > .task-count')).toHaveText('0/2 · 0%');
});

test('a finished lesson that gained tasks says it was updated', async ({ page }) => {
  await page.addInitScript((key) => {
    const summary = {
      done: 3,
      total: 3,
      sig: 'antiga',
      module: '01-fundamentos',
      finished: 'antiga',
    };
    const progress = { version: 1, tasks: {}, lessons: { 'fundamentos/namespaces': summary } };
    if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify(progress));
  }, STORAGE_KEY);
  await openLesson(page, '');
  const link = page.locator('.module-cards').getByRole('link', { name: /^Namespaces/ });
  await expect(link).toHaveAttribute('data-status', 'updated');
  await expect(link.locator('.status-badge')).toHaveText(' atualizada');
  await openLesson(page, 'fundamentos/conteineres-e-maquinas-virtuais');
  await expect(
    page
      .getByRole('navigation', { name: 'Navegação do curso' })
      .getByRole('link', { name: /^Namespaces/ }),
  ).toHaveAttribute('data-status', 'updated');
});

test('another open tab follows the ticks live', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openLesson(first, 'fundamentos/namespaces');
  await openLesson(second, 'fundamentos/namespaces');
  await task(first, 'Abrir um terminal como root').check();
  await expect(task(second, 'Abrir um terminal como root')).toBeChecked();
  await expect(second.locator('.lesson-progress-count')).toHaveText('1/5 · 20%');
});
