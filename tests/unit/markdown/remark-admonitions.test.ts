import { describe } from 'vitest';
import { testFixtures } from '../../support/fixtures';

describe('remarkAdmonitions', () => {
  testFixtures('admonitions');
});
