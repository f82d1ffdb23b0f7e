import { expect, test } from '@playwright/test';
import { openLesson, phone } from './helpers';

test.use({ viewport: phone });

test('on a phone the course menu opens as a drawer, closes with Esc and gives focus back', async ({
  page,
}) => {
  await openLesson(page, 'fundamentos/namespaces');
  const menu = page.getByRole('button', { name: 'Abrir o menu do curso' });
  const sidebar = page.getByRole('navigation', { name: 'Navegação do curso' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(sidebar).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Nesta página' })).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Namespaces' })).toBeFocused();
  await expect(page.locator('main')).toHaveJSProperty('inert', true);

  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
});

test('a tap outside closes the drawer and a link in it navigates', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  const menu = page.getByRole('button', { name: 'Abrir o menu do curso' });
  const sidebar = page.getByRole('navigation', { name: 'Navegação do curso' });
  await menu.click();
  await page.mouse.click(360, 400);
  await expect(sidebar).toBeHidden();

  await menu.click();
  await sidebar.getByRole('link', { name: 'Contêineres e máquinas virtuais' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Contêineres e máquinas virtuais',
  );
});

test('the table of contents collapses into a box above the lesson', async ({ page }) => {
  await openLesson(page, 'fundamentos/namespaces');
  const box = page.locator('details.toc-inline');
  await expect(box.getByRole('link', { name: 'Fontes' })).toBeHidden();
  await box.locator('summary').click();
  await box.getByRole('link', { name: 'Fontes' }).click();
  await expect(page.locator('#fontes')).toBeInViewport();
});

test('the header shows each of its controls whole; the course title gives way', async ({
  page,
}) => {
  // 768: a tablet, where the header has the menu button and the labelled buttons together.
  for (const width of [320, phone.width, 768]) {
    await page.setViewportSize({ ...phone, width });
    await openLesson(page, 'fundamentos/namespaces');
    const clipped = await page
      .locator('.site-header :is(button, a):not(.site-title)')
      .evaluateAll((controls) =>
        controls
          .filter((control) => control.checkVisibility())
          .filter((control) => control.scrollWidth > control.clientWidth)
          .map((control) => control.getAttribute('aria-label') ?? control.textContent),
      );
    expect(clipped, `controls clipped at ${width} px`).toEqual([]);
    const header = await page.locator('.site-header').evaluate((element) => ({
      content: element.scrollWidth,
      box: element.clientWidth,
    }));
    expect(header.content, `the header overflows at ${width} px`).toBeLessThanOrEqual(header.box);
  }
});
