import { describe } from 'vitest';
import { testFixtures } from '../../support/fixtures';

describe('remarkContentTabs', () => {
  testFixtures('content-tabs');
});
