import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

const root = path.resolve('tests/fixtures/markdown');

export interface FixtureOptions {
  /** Render input.md as the lesson at its own path, so files beside it can be included. */
  lessonInCase?: boolean;
}

/**
 * One test per folder of tests/fixtures/markdown/<suite>/: renders input.md and compares it with
 * output.html. `UPDATE_FIXTURES=1` rewrites the expected outputs (read the diff before committing).
 */
export function testFixtures(suite: string, options: FixtureOptions = {}): void {
  const dir = path.join(root, suite);
  for (const name of readdirSync(dir).sort()) {
    it(`renders ${name.replace(/-/g, ' ')}`, async () => {
      const inputFile = path.join(dir, name, 'input.md');
      const input = readFileSync(inputFile, 'utf8');
      const fileURL = options.lessonInCase ? pathToFileURL(inputFile) : undefined;
      const actual = `${(await renderMarkdown(input, fileURL)).trim()}\n`;
      const expectedFile = path.join(dir, name, 'output.html');
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, actual);
      if (!existsSync(expectedFile)) {
        throw new Error(`${expectedFile} is missing: run UPDATE_FIXTURES=1 npm run test:unit`);
      }
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
}
