import { expect, test } from '@playwright/test';

test('an unknown address shows the Portuguese 404 page with a way back', async ({ page }) => {
  const response = await page.goto('esta-aula-nao-existe/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página não encontrada');
  await page.getByRole('link', { name: 'Voltar para o início do curso' }).click();
  await expect(page).toHaveURL(/\/curso-conteineres\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contêineres e Orquestração');
});
