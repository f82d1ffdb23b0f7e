import { describe } from 'vitest';
import { testFixtures } from '../../support/fixtures';

// Lessons written for MkDocs (Python-Markdown) rendered with CommonMark: the habits below must
// come out as the author meant them. remark-list-nesting.ts fixes the one CommonMark gets wrong.
describe('Python-Markdown habits under CommonMark', () => {
  testFixtures('python-markdown-habits');
});
