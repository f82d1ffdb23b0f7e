import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderWarnings } from '../../support/render-markdown';

describe('remarkCourseLinks', () => {
  testFixtures('course-links');

  it('warns with file:line about a link to a lesson that does not exist', async () => {
    expect(await renderWarnings('Texto.\n\nVeja [isto](09-sumiu.md).\n')).toContain(
      'content/01-modulo/01-aula.md:3:6: Link "09-sumiu.md" points to 01-modulo/09-sumiu.md, which does not exist. Fix the path or create the lesson. [course-links]',
    );
  });
});
