import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { SITE_OUT_DIR } from '../../../playwright.config';

// Every built page against html-validate's recommended rules. Documented exceptions live in
// .htmlvalidate.json: long titles (lesson titles are written by authors) and ids that start with a
// digit (MkDocs slugs such as `#1-os-links-em-proc`, kept so that old deep links still land).
test('every page of the built course is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = (readdirSync(SITE_OUT_DIR, { recursive: true }) as string[]).filter((file) =>
    file.endsWith('.html'),
  );
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(path.join(SITE_OUT_DIR, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(
          `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
        );
      }
    }
  }
  expect(files.length).toBeGreaterThan(30);
  expect(problems.slice(0, 40)).toEqual([]);
});
