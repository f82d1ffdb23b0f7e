import { expect, test } from '@playwright/test';
import { openLesson } from './helpers';

// Records the theme at the moment <body> is first inserted: what the first paint will use.
const recordThemeAtFirstPaint = () => {
  new MutationObserver((_, observer) => {
    if (!document.body) return;
    (window as unknown as { themeAtBody: string }).themeAtBody =
      document.documentElement.dataset.theme ?? 'system';
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
};

test('the theme toggle cycles system, light and dark and survives reloads without a flash', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(recordThemeAtFirstPaint);
  await openLesson(page, 'fundamentos/namespaces');
  const toggle = page.getByRole('button', { name: /^Tema:/ });
  await expect(toggle).toHaveAccessibleName('Tema: Sistema. Mudar para Claro');

  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Tema: Claro. Mudar para Escuro');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).toBe('rgb(15, 20, 25)');

  await page.reload();
  expect(
    await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody),
  ).toBe('dark');
  await expect(page.getByRole('button', { name: /^Tema:/ })).toHaveAccessibleName(
    'Tema: Escuro. Mudar para Sistema',
  );

  await page.getByRole('button', { name: /^Tema:/ }).click();
  await page.reload();
  expect(
    await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody),
  ).toBe('system');
  expect(await page.evaluate(() => localStorage.getItem('course:theme'))).toBeNull();
});

test('with no choice saved, the page follows the system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLesson(page, '');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 20, 25)');
});
