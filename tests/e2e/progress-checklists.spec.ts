import { expect, test } from '@playwright/test';
import { openLesson } from './helpers';
import { expectLessonProgress, storedProgress, task, STORAGE_KEY } from './progress-helpers';

test('a ticked task survives a reload and is stored under its stable id', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  expect(await storedProgress(page)).toBeNull();
  await expectLessonProgress(page, '0/5 · 0%');

  await task(page, 'Trocar o hostname lá dentro').check();
  await expectLessonProgress(page, '1/5 · 20%');
  await page.reload();
  await expect(task(page, 'Trocar o hostname lá dentro')).toBeChecked();
  await expectLessonProgress(page, '1/5 · 20%');
  const stored = await storedProgress(page);
  expect(stored?.tasks).toEqual({
    'fundamentos/namespaces#criar-uts/trocar-o-hostname-la-dentro': true,
  });
});

test('a parent follows its children and ticks or unticks them all', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  const parent = task(page, 'Criar um namespace UTS');
  const count = page.locator('#tarefa-criar-uts > .task-count');
  await expect(count).toHaveText('0/3 · 0%');

  await task(page, 'Conferir que o host não mudou').check();
  await expect(count).toHaveText('1/3 · 33%');
  await expect(parent).not.toBeChecked();
  expect(await parent.evaluate((input: HTMLInputElement) => input.indeterminate)).toBe(true);

  await parent.check();
  await expect(count).toHaveText('3/3 · 100%');
  for (const name of ['Rodar unshare --uts --fork sh', 'Trocar o hostname lá dentro']) {
    await expect(task(page, name)).toBeChecked();
  }
  await parent.uncheck();
  await expect(count).toHaveText('0/3 · 0%');
  await expect(task(page, 'Rodar unshare --uts --fork sh')).not.toBeChecked();
});

test("the author's [x] is the start, and reset returns to it", async ({ page }) => {
  await openLesson(page, 'fundamentos/conteineres-e-maquinas-virtuais');
  const authorTicked = task(page, 'Leia a tabela de comparação.');
  await expect(authorTicked).toBeChecked();
  await expectLessonProgress(page, '1/3 · 33%');
  await authorTicked.uncheck();
  await task(page, /Rode uname -r/).check();
  await expectLessonProgress(page, '1/3 · 33%');
  await page.reload();
  await expect(authorTicked).not.toBeChecked();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Desfazer minhas marcações' }).click();
  await expect(authorTicked).toBeChecked();
  await expect(task(page, /Rode uname -r/)).not.toBeChecked();
  await expectLessonProgress(page, '1/3 · 33%');
});

test('checklists work with the keyboard alone and announce the new count', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  const first = task(page, 'Abrir um terminal como root');
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(page.locator('.lesson-progress-live')).toHaveText('1 de 5 tarefas concluídas (20%)');
  await page.keyboard.press('Tab');
  await expect(task(page, 'Conferir a versão do kernel')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(task(page, 'Preparar o ambiente')).toBeChecked();
  const bar = page.getByRole('progressbar', { name: 'Progresso da aula' });
  await expect(bar).toHaveAttribute('aria-valuetext', '2 de 5 tarefas concluídas (40%)');
});

test('a lesson without a checklist is marked read with one button', async ({ page }) => {
  await openLesson(page, 'orquestracao/por-que-orquestrar');
  const button = page.getByRole('button', { name: 'Marcar como lida' });
  await expectLessonProgress(page, '0/1 · 0%');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expectLessonProgress(page, '1/1 · 100%');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Marcar como lida' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect((await storedProgress(page))?.tasks).toEqual({
    'orquestracao/por-que-orquestrar#_lida': true,
  });
});

test('visiting lessons without ticking stores nothing', async ({ page }) => {
  await openLesson(page, '');
  await openLesson(page, 'fundamentos/namespaces');
  await openLesson(page, 'meu-progresso');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  expect(STORAGE_KEY).toBe('course:progress:v1:/curso-conteineres/');
});
