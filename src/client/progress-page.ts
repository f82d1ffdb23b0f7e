/**
 * What every progress script of a page shares: one store for the site's base path, count and
 * status helpers, and the notice area.
 */
import { ProgressStore, type LessonSummary } from './progress-store';
import { text } from './ui-strings';

export { text };

let store: ProgressStore | undefined;

/** The page's progress store (one per tab). */
export function getStore(): ProgressStore {
  if (!store) {
    store = new ProgressStore(document.documentElement.dataset.base ?? '/');
    showNotices(store);
  }
  return store;
}

/** "2/3 · 67%" */
export function countText(done: number, total: number): string {
  return `${done}/${total} · ${percent(done, total)}%`;
}

export function percent(done: number, total: number): number {
  return total === 0 ? 0 : Math.round((done / total) * 100);
}

export type LessonStatus = 'todo' | 'doing' | 'done' | 'updated';

/** A lesson's status from its cached summary and its current task signature. */
export function statusOf(
  summary: LessonSummary | undefined,
  sig: string | undefined,
): LessonStatus {
  if (!summary) return 'todo';
  const current = sig ?? summary.sig;
  if (summary.finished === current && summary.done >= summary.total) return 'done';
  // Finished once, and the lesson has changed since: it has new content, not "in progress".
  if (summary.finished && summary.finished !== current) return 'updated';
  return summary.done > 0 ? 'doing' : 'todo';
}

function showNotices(progress: ProgressStore): void {
  const area = document.getElementById('progress-notice');
  if (!area || progress.notices.size === 0) return;
  area.textContent = [...progress.notices]
    .map((notice) => text(`progress.notice.${notice}`))
    .join(' ');
  area.hidden = false;
}

/** Shows notices raised after load (a write that failed). */
export function refreshNotices(): void {
  if (store) showNotices(store);
}
