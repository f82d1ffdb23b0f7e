/**
 * The learner's progress: the only module that touches localStorage. Reads never throw: storage
 * that is blocked, full or holds something else leaves the learner with working in-memory
 * progress and a notice. The JSON kept under `course:progress:v1:<site base>`:
 *
 *   { "version": 1,
 *     "tasks":   { "fundamentos/namespaces#laboratorio/criar-o-namespace": true },
 *     "lessons": { "fundamentos/namespaces": { "done": 3, "total": 5, "sig": "1k2x9", "module": "01-fundamentos",
 *                                             "finished": "1k2x9" } },
 *     "last": "fundamentos/namespaces" }
 *
 * `tasks` holds only the items the learner touched; every other item shows the author's state.
 * Task keys come from src/course/progress-ids.ts, so a lesson that gains, loses or rewords one task
 * keeps the learner's other ticks; a removed task's tick is ignored. `lessons` caches each lesson's
 * last counts for pages that list lessons; `finished` is the signature of the lesson's tasks when it
 * was last complete, which lets the site say a finished lesson has new content.
 */
export interface LessonSummary {
  done: number;
  total: number;
  sig: string;
  module: string;
  finished?: string;
}

export interface Progress {
  version: 1;
  tasks: Record<string, boolean>;
  lessons: Record<string, LessonSummary>;
  last?: string;
}

export type Notice = 'unavailable' | 'full' | 'corrupt';

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);
const MAX_ENTRIES = 50_000;

const empty = (): Progress => ({ version: 1, tasks: {}, lessons: {} });

/** Checks the shape of stored or imported progress; returns a clean copy, or undefined. */
export function parseProgress(value: unknown): Progress | undefined {
  if (!isRecord(value) || value.version !== 1) return undefined;
  const tasks = checkEntries(value.tasks, (v): v is boolean => typeof v === 'boolean');
  const lessons = checkEntries(value.lessons, isSummary);
  if (!tasks || !lessons) return undefined;
  if (value.last !== undefined && typeof value.last !== 'string') return undefined;
  return {
    version: 1,
    tasks,
    lessons,
    ...(typeof value.last === 'string' && { last: value.last }),
  };
}

/** Progress in memory, mirrored to localStorage whenever it can be. */
export class ProgressStore {
  readonly key: string;
  readonly notices = new Set<Notice>();
  private state: Progress = empty();
  private stored = false;
  private listeners = new Set<() => void>();

  constructor(base: string) {
    this.key = `course:progress:v1:${base}`;
    this.state = this.read();
    try {
      window.addEventListener('storage', (event) => {
        if (event.key !== this.key) return;
        this.state = this.read();
        this.emit();
      });
    } catch {
      // No window events (tests): nothing to follow.
    }
  }

  get progress(): Progress {
    return this.state;
  }

  /** Whether the learner has anything stored. */
  get isEmpty(): boolean {
    return !this.stored && Object.keys(this.state.tasks).length === 0;
  }

  /** Calls `listener` after every change, from this tab or another one. */
  subscribe(listener: () => void): void {
    this.listeners.add(listener);
  }

  /**
   * Applies `change` and saves. With `create: false` nothing is written for a learner who has
   * stored nothing yet (visiting a lesson must not leave traces; ticking one may).
   */
  update(change: (progress: Progress) => void, create = true): void {
    if (!create && this.isEmpty) return;
    change(this.state);
    this.write();
    this.emit();
  }

  /** Replaces everything (import "replace", reset). */
  replace(progress: Progress | undefined): void {
    this.state = progress ?? empty();
    if (progress) this.write();
    else this.remove();
    this.emit();
  }

  private read(): Progress {
    let raw: string | null;
    try {
      raw = localStorage.getItem(this.key);
    } catch {
      this.notices.add('unavailable');
      return empty();
    }
    this.stored = raw !== null;
    if (raw === null) return empty();
    let parsed: Progress | undefined;
    try {
      parsed = parseProgress(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
    if (parsed) return parsed;
    try {
      localStorage.setItem(`${this.key}:backup`, raw);
      localStorage.removeItem(this.key);
    } catch {
      // The backup could not be written: the original stays where it was.
    }
    this.stored = false;
    this.notices.add('corrupt');
    return empty();
  }

  private write(): void {
    try {
      localStorage.setItem(this.key, JSON.stringify(this.state));
      this.stored = true;
    } catch (error) {
      this.notices.add(
        error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'unavailable',
      );
    }
  }

  private remove(): void {
    try {
      localStorage.removeItem(this.key);
    } catch {
      this.notices.add('unavailable');
    }
    this.stored = false;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSummary(value: unknown): value is LessonSummary {
  if (!isRecord(value)) return false;
  const counts = [value.done, value.total];
  return (
    counts.every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < 1e6) &&
    typeof value.sig === 'string' &&
    typeof value.module === 'string' &&
    (value.finished === undefined || typeof value.finished === 'string')
  );
}

function checkEntries<T>(
  value: unknown,
  check: (v: unknown) => v is T,
): Record<string, T> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > MAX_ENTRIES) return undefined;
  for (const [key, entry] of entries) {
    if (FORBIDDEN.has(key) || key.length > 500 || !check(entry)) return undefined;
  }
  return Object.fromEntries(entries) as Record<string, T>;
}
