import { expect, test } from '@playwright/test';
import { openLesson } from './helpers';
import { task } from './progress-helpers';

test.use({ javaScriptEnabled: false });

test("without JavaScript checklists show the author's state, disabled, and no dead controls", async ({
  page,
}) => {
  await openLesson(page, 'fundamentos/conteineres-e-maquinas-virtuais');
  await expect(task(page, 'Leia a tabela de comparação.')).toBeChecked();
  await expect(task(page, 'Leia a tabela de comparação.')).toBeDisabled();
  await expect(task(page, /Rode uname -r/)).not.toBeChecked();
  await expect(page.locator('.lesson-progress')).toBeHidden();
  await openLesson(page, 'orquestracao/por-que-orquestrar');
  await expect(page.getByRole('button', { name: 'Marcar como lida' })).toBeHidden();
  await openLesson(page, 'fundamentos/namespaces');
  await expect(page.locator('#tarefa-criar-uts > .task-count')).toHaveText('0/3 · 0%');
});
