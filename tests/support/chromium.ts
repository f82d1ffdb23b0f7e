import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium on a machine with no network but loopback (see README). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Which Chromium the tests drive: CHROMIUM_PATH when set, else Playwright's own browser when it is
 * installed, else Debian's /usr/bin/chromium. Returns undefined for Playwright's own.
 * Exits at once, with one line, when there is none.
 */
export function resolveChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (!fromEnv && existsSync(safeBundledPath())) return undefined;
  if (!fromEnv && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  console.error(
    `No Chromium found${fromEnv ? ` at CHROMIUM_PATH=${fromEnv}` : ''}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

function safeBundledPath(): string {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
}
