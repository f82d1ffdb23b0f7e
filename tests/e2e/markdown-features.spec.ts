import { expect, test } from '@playwright/test';
import { openLesson } from './helpers';

test('admonitions and collapsible details render with their titles', async ({ page }) => {
  await openLesson(page, 'recursos');
  const warning = page.locator('.admonition.warning');
  await expect(warning.locator('.admonition-title')).toHaveText('Armadilha comum');
  await expect(warning.locator('strong')).toHaveText('Markdown');
  const details = page.locator('details.admonition.info');
  await expect(details.getByText('Conteúdo recolhido.')).toBeHidden();
  await details.locator('summary').click();
  await expect(details.getByText('Conteúdo recolhido.')).toBeVisible();
});

test('content tabs switch by click and arrow keys, and same-label sets follow', async ({
  page,
}) => {
  await openLesson(page, 'recursos');
  const [first, second] = [page.locator('course-tabs').nth(0), page.locator('course-tabs').nth(1)];
  await expect(first.getByText('Instale com apt.')).toBeVisible();
  await expect(first.getByText('Instale com brew.')).toBeHidden();

  await first.getByRole('tab', { name: 'macOS' }).click();
  await expect(first.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
  await expect(first.getByText('Instale com brew.')).toBeVisible();
  await expect(second.getByText('Segundo conjunto, macOS.')).toBeVisible();

  await first.getByRole('tab', { name: 'macOS' }).press('ArrowRight');
  await expect(first.getByRole('tab', { name: 'Linux' })).toBeFocused();
  await expect(first.getByText('Instale com apt.')).toBeVisible();
  await expect(second.getByText('Segundo conjunto, Linux.')).toBeVisible();
});

test('code blocks show their title, highlight lines and copy their text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLesson(page, 'recursos');
  const block = page.locator('figure.code-block').filter({ hasText: 'pod.yaml' });
  await expect(block.locator('figcaption')).toHaveText('pod.yaml');
  await expect(block.locator('.line.hl')).toHaveText('kind: Pod');
  await block.getByRole('button', { name: 'Copiar' }).click();
  await expect(block.getByRole('button', { name: 'Copiado!' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web',
  );
});

test('a Mermaid diagram is fetched only near the viewport, draws as SVG and shifts nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 700 });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        (window as unknown as { shift: number }).shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openLesson(page, 'recursos');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /mermaid/i.test(url))).toEqual([]);
  const diagram = page.locator('course-diagram');
  await expect(diagram.locator('svg')).toHaveCount(0);

  // A reader scrolling at about a screen a second.
  for (let i = 0; i < 80 && !(await diagram.locator('svg').count()); i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(150);
  }
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram.locator('.diagram-svg svg')).toBeVisible();
  await expect(diagram.locator('.diagram-svg')).toContainText('Contêiner');
  expect(requests.some((url) => /mermaid/i.test(url))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
});

test('a page without diagrams loads no diagram code', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openLesson(page, 'fundamentos/namespaces');
  await page.mouse.wheel(0, 5000);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /mermaid|course-diagram/i.test(url))).toEqual([]);
});

test('images are sized, lazy below the fold, and a captioned one is a figure', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openLesson(page, 'recursos');
  await page.waitForLoadState('networkidle');
  const figure = page.locator('figure.figure');
  await expect(figure.locator('figcaption')).toHaveText(
    'Contêineres compartilham o kernel do host',
  );
  const screenshot = page.getByRole('img', { name: 'Captura de tela de um terminal' });
  await expect(screenshot).toHaveAttribute('loading', 'lazy');
  expect(Number(await screenshot.getAttribute('width'))).toBeGreaterThan(0);
  expect(Number(await screenshot.getAttribute('height'))).toBeGreaterThan(0);
  expect(requests.filter((url) => url.includes('captura'))).toEqual([]);
  await screenshot.scrollIntoViewIfNeeded();
  await expect.poll(() => requests.some((url) => url.includes('captura'))).toBe(true);
});

test('the zoom view opens from the keyboard and closes with Esc, giving focus back', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openLesson(page, 'recursos');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /image-zoom/.test(url))).toEqual([]);
  const button = page.locator('figure.figure').getByRole('button', { name: 'Ampliar' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Imagem ampliada' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('img', { name: 'Dois contêineres sobre o mesmo kernel' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  await page.getByRole('img', { name: 'Dois contêineres sobre o mesmo kernel' }).click();
  await expect(dialog).toBeVisible();
  await page.mouse.click(5, 400);
  await expect(dialog).toBeHidden();
});
