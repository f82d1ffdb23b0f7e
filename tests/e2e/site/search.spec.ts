import { expect, test, type Page } from '@playwright/test';

async function openSearch(page: Page) {
  await page.getByRole('button', { name: /^Buscar/ }).click();
  return page.getByRole('dialog', { name: 'Buscar no curso' });
}

async function search(page: Page, query: string) {
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox', { name: 'Buscar no curso' }).fill(query);
  await expect(dialog.getByRole('status')).toContainText(query);
  return dialog;
}

const firstResult = (dialog: ReturnType<Page['getByRole']>) =>
  dialog.locator('.search-result > a .search-title').first();

test('no search bytes are fetched before the dialog opens', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('fundamentos/namespaces/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /\/pagefind\/|\/sw\.js/.test(url))).toEqual([]);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
  await openSearch(page);
  await expect
    .poll(() => requests.some((url) => url.includes('/curso-conteineres/pagefind/')))
    .toBe(true);
});

test('"cgroup" finds the cgroups lesson first, with a highlighted excerpt and a link to a heading', async ({
  page,
}) => {
  await page.goto('');
  const dialog = await search(page, 'cgroup');
  await expect(firstResult(dialog)).toHaveText('cgroups');
  await expect(dialog.locator('.search-excerpt mark').first()).toBeVisible();
  const section = dialog.locator('.search-result').first().locator('ol a').first();
  await expect(section).toHaveAttribute('href', /^\/curso-conteineres\/fundamentos\/cgroups\/#/);
  await section.click();
  await expect(page).toHaveURL(/\/fundamentos\/cgroups\/#.+/);
});

test('accents are optional and inflections find their stem', async ({ page }) => {
  await page.goto('');
  for (const query of ['contêineres', 'conteiner']) {
    const dialog = await search(page, query);
    await expect(dialog.locator('.search-result > a .search-title')).toContainText([
      'Contêineres e máquinas virtuais',
    ]);
    await page.keyboard.press('Escape');
  }
  const dialog = await search(page, 'orquestrar');
  await expect(dialog.locator('.search-result > a .search-title')).toContainText([
    'Por que orquestrar',
  ]);
});

test('a query with no match says so in Portuguese', async ({ page }) => {
  await page.goto('');
  const dialog = await search(page, 'zzzzqqq');
  await expect(dialog.getByRole('status')).toHaveText(/^Nada encontrado para “zzzzqqq”/);
  await expect(dialog.locator('.search-result')).toHaveCount(0);
});

test('search works with the keyboard alone: shortcut, arrows, Enter, Esc returns focus', async ({
  page,
}) => {
  await page.goto('fundamentos/namespaces/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Buscar no curso' });
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await page.keyboard.type('kubelet');
  await expect(dialog.getByRole('status')).toContainText('“kubelet”');
  await page.keyboard.press('ArrowDown');
  const focused = dialog.locator('.search-results a').first();
  await expect(focused).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Pular para o conteúdo' }).focus();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', { name: 'Pular para o conteúdo' })).toBeFocused();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('sondas');
  // Wait for this query's results, not those still showing from "kubelet".
  await expect(dialog.getByRole('status')).toContainText('“sondas”');
  const target = await dialog.locator('.search-results a').first().getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('once search has been opened, it keeps working offline, for words not searched before', async ({
  page,
  context,
}) => {
  await page.goto('fundamentos/namespaces/');
  const dialog = await search(page, 'cgroup');
  await expect(firstResult(dialog)).toHaveText('cgroups');
  // The service worker stores every file search needs (pagefind/offline.json) in the background.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const cache = await caches.open('course-search');
          const base = document.documentElement.dataset.base ?? '/';
          const manifest = await cache.match(`${base}pagefind/offline.json`);
          if (!manifest) return -1;
          const { files } = (await manifest.json()) as { files: string[] };
          return (await cache.keys()).length - 1 - files.length;
        }),
      { timeout: 20_000 },
    )
    .toBe(0);
  await context.setOffline(true);
  const field = dialog.getByRole('searchbox', { name: 'Buscar no curso' });
  for (const [query, title] of [
    ['kubelet', /plano de controle|nó/i],
    ['sondas', /Sondas/],
  ] as const) {
    await field.fill(query);
    await expect(dialog.getByRole('status')).toContainText(query);
    await expect(firstResult(dialog)).toHaveText(title);
  }
  await context.setOffline(false);
});

test("the author's guide (search: false) is not in the index", async ({ page }) => {
  await page.goto('');
  // Words from the guide's own prose: whatever else they match, never the guide.
  for (const query of ['InlineHilite', 'decorativa', 'negrito']) {
    const dialog = await search(page, query);
    await expect(dialog.getByRole('status')).toContainText(query);
    await expect(dialog.locator('.search-results a[href*="guia-do-autor"]')).toHaveCount(0);
    await page.keyboard.press('Escape');
  }
});
