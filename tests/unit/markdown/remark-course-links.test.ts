import { describe, expect, it, vi } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderMarkdownWithData } from '../../support/render-markdown';

describe('remarkCourseLinks', () => {
  testFixtures('course-links');

  it('warns with file:line about a link to a lesson that does not exist', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderMarkdownWithData('Texto.\n\nVeja [isto](09-sumiu.md).\n');
    expect(warn).toHaveBeenCalledWith(
      'content/01-modulo/01-aula.md:3:6: Link "09-sumiu.md" points to 01-modulo/09-sumiu.md, which does not exist. Fix the path or create the lesson. [course-links]',
    );
    warn.mockRestore();
  });
});
