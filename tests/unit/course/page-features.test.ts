import { describe, expect, it } from 'vitest';
import { usesGrids } from '../../../src/course/page-features';

describe('usesGrids', () => {
  it('finds grid cards and plain grids, and nothing else', () => {
    expect(usesGrids('<div class="grid cards"><ul></ul></div>')).toBe(true);
    expect(usesGrids('<div class="grid"><div class="admonition"></div></div>')).toBe(true);
    expect(usesGrids('<div class="gridlike"></div><p>grid cards</p>')).toBe(false);
    expect(usesGrids(undefined)).toBe(false);
  });
});
