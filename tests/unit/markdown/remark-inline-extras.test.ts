import { describe } from 'vitest';
import { testFixtures } from '../../support/fixtures';

describe('remarkInlineExtras, emoji and definition lists', () => {
  testFixtures('inline-extras');
});
