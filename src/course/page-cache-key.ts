/**
 * `cacheKey`s for Astro's incremental builds (astro.config.mjs): a hash of the data a page shows,
 * so that a build copies the page from the previous one while it is unchanged. Astro renders a
 * page again anyway when the code it is built from changes.
 *
 * Every page shows the outline (the sidebar's modules and progress totals, a module's list of
 * lessons, the previous and next lessons) and the course's settings: changing a title renders
 * every page again. A lesson's own text, headings and date change its key alone.
 */
import { createHash } from 'node:crypto';
import type { CourseConfig } from './config';
import type { Outline } from './outline';

/** The part of every key that covers what all pages show. */
export function outlineKey(outline: Outline, config: CourseConfig): string {
  return sha256(JSON.stringify({ outline, config }));
}

/** A page made from a Markdown file: its id, its date, and what the content layer rendered. */
export function lessonCacheKey(
  outline: string,
  page: { id: string; updated: Date; rendered: unknown },
): string {
  const rendered = JSON.stringify(page.rendered ?? null);
  return sha256(`${outline}\0${page.id}\0${page.updated.toISOString()}\0${rendered}`);
}

/** A module page generated from the outline alone. */
export function moduleCacheKey(outline: string, moduleKey: string): string {
  return sha256(`${outline}\0module\0${moduleKey}`);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
