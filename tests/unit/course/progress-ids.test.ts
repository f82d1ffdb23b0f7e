import { describe, expect, it } from 'vitest';
import {
  lessonOfKey,
  taskElementId,
  taskKey,
  taskSignature,
  taskSlug,
} from '../../../src/course/progress-ids';

describe('progress ids', () => {
  it('slugs a task from its text the way headings are slugged', () => {
    expect(taskSlug('Rodar `unshare --uts` e conferir o hostname!')).toBe(
      'rodar-unshare-uts-e-conferir-o-hostname',
    );
    expect(taskSlug('🚀')).toBe('item');
  });

  it('caps long texts so ids stay short', () => {
    expect(taskSlug('palavra '.repeat(30)).length).toBeLessThanOrEqual(60);
    expect(taskSlug('palavra '.repeat(30))).not.toMatch(/-$/);
  });

  it('composes and splits stored keys', () => {
    const key = taskKey('fundamentos/namespaces', 'lab/criar');
    expect(key).toBe('fundamentos/namespaces#lab/criar');
    expect(lessonOfKey(key)).toBe('fundamentos/namespaces');
    expect(taskElementId('lab/criar')).toBe('tarefa-lab--criar');
  });

  it('fingerprints the set of task ids, whatever their order', () => {
    expect(taskSignature(['a', 'b'])).toBe(taskSignature(['b', 'a']));
    expect(taskSignature(['a', 'b'])).not.toBe(taskSignature(['a', 'b', 'c']));
  });
});
