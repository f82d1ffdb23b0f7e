/**
 * Stable identities for progress, shared by the build (which writes them into the HTML) and the
 * browser (which stores ticks under them).
 *
 * A task's id is its explicit `{#id}` when the author gave one, else the slug of its text prefixed
 * by its parent items' ids (`laboratorio/criar-o-namespace`), so reordering items, adding new ones
 * or rewording another item keeps every tick. Identical siblings get `-2`, `-3` in document order.
 * Stored keys are `<lesson slug>#<task id>`.
 */
import { slugify } from './slugify';

const MAX_SEGMENT = 60;

/** A checklist item of a lesson, as the build hands it to pages. */
export interface TaskInfo {
  id: string;
  text: string;
  checked: boolean;
}

/** The id segment that a task's text contributes. */
export function taskSlug(text: string): string {
  const slug = slugify(text).slice(0, MAX_SEGMENT).replace(/-+$/, '');
  return slug || 'item';
}

/** The key a tick is stored under. */
export function taskKey(lesson: string, task: string): string {
  return `${lesson}#${task}`;
}

/** The lesson part of a stored key. */
export function lessonOfKey(key: string): string {
  return key.slice(0, key.indexOf('#'));
}

/** The HTML id of a task's list item, so other pages can link straight to it. */
export function taskElementId(task: string): string {
  return `tarefa-${task.replace(/\//g, '--')}`;
}

/** A short fingerprint of a lesson's task ids: when it changes, the lesson has new content. */
export function taskSignature(taskIds: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of [...taskIds].sort().join('\n')) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
