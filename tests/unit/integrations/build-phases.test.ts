import { describe, expect, it } from 'vitest';
import { markPhase, phaseSeconds } from '../../../src/integrations/build-phases';

describe('phaseSeconds', () => {
  it('cuts the build at each mark, from the process start to the end', () => {
    const marks = {
      lessons: 2000,
      'lessons-done': 12000,
      build: 12500,
      pages: 15000,
      generated: 20000,
    };
    expect(phaseSeconds(marks, 21500)).toEqual({
      'start-up': 2,
      lessons: 10,
      content: 0.5,
      bundle: 2.5,
      pages: 5,
      finishing: 1.5,
    });
  });

  it('leaves out phases that never started, giving their time to the one before', () => {
    // A build with no pages rendered through the middleware (nothing to render).
    const marks = { lessons: 1000, 'lessons-done': 3000, build: 3500, generated: 6000 };
    expect(phaseSeconds(marks, 7000)).toEqual({
      'start-up': 1,
      lessons: 2,
      content: 0.5,
      bundle: 2.5,
      finishing: 1,
    });
  });
});

describe('markPhase', () => {
  it('keeps the first mark of a phase', () => {
    markPhase('generated');
    const first = performance.getEntriesByName('course:phase:generated', 'mark');
    markPhase('generated');
    expect(performance.getEntriesByName('course:phase:generated', 'mark')).toEqual(first);
    expect(first).toHaveLength(1);
  });
});
