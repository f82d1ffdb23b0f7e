import type { Page } from '@playwright/test';

/** Opens a page of the built course by its slug (`fundamentos/namespaces`), relative to the base. */
export async function openLesson(page: Page, slug: string) {
  await page.goto(slug ? `${slug.replace(/^\/|\/$/g, '')}/` : './');
}

export const phone = { width: 375, height: 740 };
