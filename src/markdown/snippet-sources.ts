/**
 * Where snippet text comes from: which file a path names, and which of its lines a range or a
 * section selects (used by snippet-files.ts).
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** `--8<-- [start:name]` / `[end:name]`, anywhere on a line (a code comment, usually). */
export const SECTION =
  /^(.*?)(;*)(-+8<-+[ \t]+)\[[ \t]*(start|end)[ \t]*:[ \t]*([a-z][-_0-9a-z]*)[ \t]*\](.*)$/i;

/** The first file a base path gives for `target`, or whether one was refused for escaping. */
export function resolveSnippet(
  target: string,
  bases: string[],
  allowed: string[],
): string | { escapes: boolean } {
  let escapes = false;
  for (const base of bases) {
    const candidate = path.resolve(base, target);
    if (!isInside(candidate, allowed)) {
      escapes = true;
      continue;
    }
    if (!existsSync(candidate) || !statSync(candidate).isFile()) continue;
    // A symbolic link inside the project may still point outside it. Both sides are compared
    // as real paths: the project itself may sit behind a symbolic link.
    if (!isInside(realpathSync(candidate), allowed.map(realFolder))) {
      escapes = true;
      continue;
    }
    return candidate;
  }
  return { escapes };
}

/** The file's lines; a final newline ends the last line, it is not one more empty line. */
export function readSnippet(file: string): string[] {
  const lines = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function realFolder(folder: string): string {
  return existsSync(folder) ? realpathSync(folder) : folder;
}

function isInside(file: string, folders: string[]): boolean {
  return folders.some((folder) => {
    const relative = path.relative(folder, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  });
}

/** `3:5`, `::5`, `3:`, `3` (to the end), `-2:` (from the end), several joined by commas. */
export function selectRanges(lines: string[], ranges: string): string[] {
  const total = lines.length;
  // 1-based and inclusive; a negative number counts from the end.
  const at = (value: string | undefined, fallback: number) => {
    if (!value) return fallback;
    const n = Number(value);
    return n < 0 ? Math.max(0, total + n + 1) : n;
  };
  return ranges.split(',').flatMap((range) => {
    const [start, end] = range.split(':');
    return lines.slice(Math.max(0, at(start, 1) - 1), at(end, total));
  });
}

/** The lines between `--8<-- [start:name]` and `--8<-- [end:name]`, other markers left out. */
export function selectSection(lines: string[], name: string): string[] {
  const selected: string[] = [];
  let inside = false;
  for (const line of lines) {
    const marker = SECTION.exec(line);
    if (!marker || marker[2]) {
      // Escaped markers stay, for expandLines to show them without their `;`.
      if (inside) selected.push(line);
    } else if (marker[5]!.toLowerCase() === name.toLowerCase()) {
      if (marker[4]!.toLowerCase() === 'start') inside = true;
      else if (inside) break;
    }
  }
  return selected;
}
