import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads the last commit date of every file under `dir` with a single `git log`, so a 1,000-lesson
 * course costs one process, not one per lesson. Files outside git (or a checkout without history)
 * fall back to their modification time.
 */
export function createLastUpdated(dir: string): (file: string) => Date {
  const dates = readGitDates(dir);
  return (file) => {
    const absolute = path.resolve(file);
    return dates.get(absolute) ?? statSync(absolute).mtime;
  };
}

function readGitDates(dir: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  try {
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', dir, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      });
    const top = git('rev-parse', '--show-toplevel').trim();
    const log = git(
      '-c',
      'core.quotepath=off',
      'log',
      '--format=%x00%cI',
      '--name-only',
      '--',
      '.',
    );
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) current = new Date(line.slice(1));
      else if (line && current) {
        const absolute = path.join(top, line);
        if (!dates.has(absolute)) dates.set(absolute, current);
      }
    }
  } catch {
    // Not a git checkout, or git is missing: modification times will do.
  }
  return dates;
}
