import { expect, type Page } from '@playwright/test';
import { E2E_BASE } from '../../playwright.config';

export const STORAGE_KEY = `course:progress:v1:${E2E_BASE}`;

/** The learner's stored progress, parsed, or null when nothing is stored. */
export async function storedProgress(page: Page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
}

/** The checkbox of a task item, found by its visible text. */
export function task(page: Page, name: string | RegExp) {
  return page.getByRole('checkbox', { name });
}

export async function expectLessonProgress(page: Page, text: string) {
  await expect(page.locator('.lesson-progress-count')).toHaveText(text);
}
