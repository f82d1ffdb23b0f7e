import { describe } from 'vitest';
import { testFixtures } from '../../support/fixtures';

describe('remarkMermaid', () => {
  testFixtures('mermaid');
});
