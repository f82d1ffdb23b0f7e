import { describe } from 'vitest';
import { testFixtures } from '../../support/fixtures';

describe('Markdown pipeline', () => {
  testFixtures('pipeline');
});
