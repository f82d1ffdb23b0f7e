import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MkDocsProject } from './mkdocs-config';

/**
 * A hash of what every mkdocs-macros page depends on besides its own text: mkdocs.yml and the
 * files `{% include %}` can reach (names, sizes and modification times: no reading of images).
 */
export function macrosFingerprint(project: MkDocsProject): string {
  const hash = createHash('sha256').update(readFileSync(project.configFile));
  const folders = new Set([project.macros?.includeDir ?? project.docsDir, project.docsDir]);
  for (const folder of folders) {
    for (const file of listFiles(folder)) {
      const stat = statSync(file);
      hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\0`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}
