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
  const drawing = diagram.first().locator('.diagram-svg img');
  await expect(drawing).toHaveCount(0);

  // A reader scrolling at about a screen a second.
  for (let i = 0; i < 80 && !(await drawing.count()); i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(150);
  }
  await diagram.first().scrollIntoViewIfNeeded();
  await expect(drawing).toBeVisible();
  // Drawn in the diagram frame and shown as an SVG image, Portuguese labels intact.
  const svg = async () => decodeURIComponent((await drawing.getAttribute('src'))!);
  expect(await svg()).toMatch(/^data:image\/svg\+xml;charset=utf-8,<svg [^]*Contêiner/);
  await expect(drawing).toHaveAttribute('alt', /^Diagrama/);
  expect(await drawing.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  expect(requests.some((url) => /mermaid/i.test(url))).toBe(true);
  // On to the end of the page, where the screenshot loads: its reserved box does not move text.
  const screenshot = page.getByRole('img', { name: 'Captura de tela de um terminal' });
  await screenshot.scrollIntoViewIfNeeded();
  await expect.poll(() => screenshot.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
});

test('a diagram redraws in the other theme, and a broken one shows its error and source', async ({
  page,
}) => {
  await openLesson(page, 'recursos');
  const [first, broken] = [
    page.locator('course-diagram').first(),
    page.locator('course-diagram').last(),
  ];
  await first.scrollIntoViewIfNeeded();
  const drawing = first.locator('.diagram-svg img');
  await expect(drawing).toBeVisible();
  const light = await drawing.getAttribute('src');
  const toggle = page.getByRole('button', { name: /^Tema:/ });
  await toggle.click(); // light
  await toggle.click(); // dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => first.locator('.diagram-svg img').getAttribute('src')).not.toBe(light);

  await broken.scrollIntoViewIfNeeded();
  await expect(broken.locator('.diagram-error')).toContainText(
    'Não foi possível desenhar este diagrama',
  );
  await expect(broken.locator('code')).toContainText('A -> B');
  await expect(broken.locator('code')).toBeVisible();
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
  // The raster screenshot is a <picture>: Chromium takes the AVIF source, and at 375 px and 1x
  // the 400 px candidate of the srcset rather than the 800 px original.
  await expect.poll(() => screenshot.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
  const loaded = await screenshot.evaluate((img: HTMLImageElement) => {
    const avif = img.parentElement!.querySelector('source[type="image/avif"]')!;
    const candidates = avif.getAttribute('srcset')!.split(', ');
    return { src: img.currentSrc, candidates };
  });
  const candidate400 = loaded.candidates.find((entry) => entry.endsWith(' 400w'))!.split(' ')[0]!;
  expect(loaded.candidates).toHaveLength(2);
  expect(loaded.src).toMatch(/\/_astro\/captura\.[\w-]+\.avif$/);
  expect(new URL(loaded.src).pathname).toBe(candidate400);
  expect(requests.filter((url) => url.includes('captura'))).toHaveLength(1);
  // The SVG stays a vector.
  await expect(figure.getByRole('img')).toHaveAttribute('src', /pilha\.[\w-]+\.svg$/);
});

test('a raster image opens zoomed with its AVIF sources and can be pinch-zoomed', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 700 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  await openLesson(page, 'recursos');
  const screenshot = page.getByRole('img', { name: 'Captura de tela de um terminal' });
  await screenshot.scrollIntoViewIfNeeded();
  await screenshot.tap();
  const dialog = page.getByRole('dialog', { name: 'Imagem ampliada' });
  const zoomed = dialog.getByRole('img', { name: 'Captura de tela de um terminal' });
  await expect(zoomed).toBeVisible();
  await expect(dialog.locator('picture source[type="image/avif"]')).toHaveAttribute(
    'sizes',
    '100vw',
  );
  await expect
    .poll(() => zoomed.evaluate((img: HTMLImageElement) => img.currentSrc))
    .toMatch(/\.avif$/);

  // Two fingers spreading apart on the zoomed image scale the page up.
  const box = (await zoomed.boundingBox())!;
  const cdp = await context.newCDPSession(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const fingers = (spread: number) => [
    { x: x - spread, y, id: 0 },
    { x: x + spread, y, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (let spread = 30; spread <= 120; spread += 10) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect
    .poll(() => page.evaluate(() => window.visualViewport?.scale ?? 1))
    .toBeGreaterThan(1.5);
  await context.close();
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
