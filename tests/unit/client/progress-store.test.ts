import { beforeEach, describe, expect, it } from 'vitest';
import { parseProgress, ProgressStore } from '../../../src/client/progress-store';

class MemoryStorage {
  data = new Map<string, string>();
  failWrites: DOMException | undefined;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw this.failWrites;
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

let storage: MemoryStorage;
const KEY = 'course:progress:v1:/curso/';

beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});

describe('parseProgress', () => {
  const valid = {
    version: 1,
    tasks: { 'a#b': true },
    lessons: { a: { done: 1, total: 2, sig: 'x', module: 'm' } },
    last: 'a',
  };

  it('accepts well-formed progress and returns a copy', () => {
    expect(parseProgress(valid)).toEqual(valid);
    expect(parseProgress(valid)).not.toBe(valid);
  });

  it.each([
    ['another version', { ...valid, version: 2 }],
    ['tasks that are not booleans', { ...valid, tasks: { 'a#b': 'yes' } }],
    [
      'negative counts',
      { ...valid, lessons: { a: { done: -1, total: 2, sig: 'x', module: 'm' } } },
    ],
    ['a prototype key', JSON.parse('{"version":1,"tasks":{"__proto__":true},"lessons":{}}')],
    ['an array', []],
    ['null', null],
  ])('refuses %s', (_, value) => {
    expect(parseProgress(value)).toBeUndefined();
  });
});

describe('ProgressStore', () => {
  it('stores nothing for a learner who only visits', () => {
    const store = new ProgressStore('/curso/');
    store.update((p) => (p.last = 'a'), false);
    expect(storage.data.size).toBe(0);
    expect(store.isEmpty).toBe(true);
  });

  it('writes immediately once the learner ticks, under a key per site base path', () => {
    new ProgressStore('/curso/').update((p) => (p.tasks['a#b'] = true));
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({
      version: 1,
      tasks: { 'a#b': true },
      lessons: {},
    });
    expect(new ProgressStore('/outro-curso/').progress.tasks).toEqual({});
    expect(new ProgressStore('/curso/').progress.tasks).toEqual({ 'a#b': true });
  });

  it('moves corrupt data aside and starts empty with a notice', () => {
    storage.setItem(KEY, '{oops');
    const store = new ProgressStore('/curso/');
    expect(store.progress.tasks).toEqual({});
    expect(store.notices).toEqual(new Set(['corrupt']));
    expect(storage.getItem(`${KEY}:backup`)).toBe('{oops');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('keeps progress in memory when storage is full', () => {
    const store = new ProgressStore('/curso/');
    storage.failWrites = new DOMException('full', 'QuotaExceededError');
    store.update((p) => (p.tasks['a#b'] = true));
    expect(store.progress.tasks).toEqual({ 'a#b': true });
    expect(store.notices).toEqual(new Set(['full']));
  });

  it('works without storage at all', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
      configurable: true,
    });
    const store = new ProgressStore('/curso/');
    store.update((p) => (p.tasks['a#b'] = true));
    expect(store.progress.tasks).toEqual({ 'a#b': true });
    expect(store.notices).toEqual(new Set(['unavailable']));
  });

  it('tells subscribers about every change and clears everything on reset', () => {
    const store = new ProgressStore('/curso/');
    let calls = 0;
    store.subscribe(() => calls++);
    store.update((p) => (p.tasks['a#b'] = true));
    store.replace(undefined);
    expect(calls).toBe(2);
    expect(storage.getItem(KEY)).toBeNull();
  });
});
