/**
 * `npm run test:corpora`: builds each real MkDocs course of shared/corpora/ with MKDOCS_CONFIG and
 * proves it reads as the author meant: the build passes, no MkDocs syntax shows as text in the main
 * column, and the author's anchor links resolve at least as well as under MkDocs. Prints one table
 * per course; what fails the run is set in tests/corpora/expectations.ts.
 *
 *   CORPORA_DIR   folder of the courses (default ../shared/corpora); absent -> skipped with a notice
 *   CORPORA_ONLY  comma-separated course names to check
 *   CORPORA_OUT   where builds and their caches go (default <tmp>/course-corpora)
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkLinks } from '../support/link-checker.ts';
import { buildCorpus } from './build-corpus.ts';
import { CORPORA, enforce, type CorpusExpectation } from './expectations.ts';
import { scanSite, type SiteScan } from './scan-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const corporaDir = path.resolve(root, process.env.CORPORA_DIR ?? '../shared/corpora');
const outRoot = process.env.CORPORA_OUT ?? path.join(tmpdir(), 'course-corpora');
const only = process.env.CORPORA_ONLY?.split(',').map((name) => name.trim());
/** A line of our own warning format: `file:line:col: message [rule]`. */
const WARNING = /^\S+:\d+:\d+: .* \[([\w-]+)\]$/;

interface Result {
  name: string;
  failures: string[];
  notEnforced: string[];
}

function main(): void {
  if (!existsSync(corporaDir)) {
    console.log(`test:corpora: no corpora at ${corporaDir}, skipped.`);
    return;
  }
  const results: Result[] = [];
  for (const corpus of CORPORA.filter((c) => !only || only.includes(c.name))) {
    const config = path.join(corporaDir, corpus.name, 'mkdocs.yml');
    if (!existsSync(config)) {
      console.log(`\n## ${corpus.name}: no ${config}, skipped.`);
      continue;
    }
    results.push(checkCorpus(corpus, config));
  }
  const failed = results.filter((result) => result.failures.length > 0);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length > 0) process.exitCode = 1;
}

function checkCorpus(corpus: CorpusExpectation, config: string): Result {
  const outDir = path.join(outRoot, corpus.name, 'dist');
  const cacheDir = path.join(outRoot, corpus.name, 'cache');
  const build = buildCorpus(config, {
    outDir,
    cacheDir,
    env: { COURSE_SEARCH: 'off', NO_COLOR: '1' },
  });
  const seconds = (build.ms / 1000).toFixed(0);
  const { output } = build;
  const result: Result = { name: corpus.name, failures: [], notEnforced: [] };
  const record = (enforced: boolean, problem: string) =>
    (enforced ? result.failures : result.notEnforced).push(problem);
  console.log(`\n## ${corpus.name} (build ${seconds} s)`);
  if (build.status !== 0) {
    console.log(output.split('\n').slice(-40).join('\n'));
    record(enforce.build, `build failed (exit ${build.status})`);
    return report(result);
  }
  const scan = scanSite(outDir);
  const warnings = countWarnings(output);
  const broken = checkLinks(outDir, '/');
  const resolved = scan.anchors.filter((anchor) => anchor.resolved).length;
  printTable(scan, warnings, broken.length, resolved, corpus);
  for (const link of broken.slice(0, 10)) {
    console.log(`  broken link: ${link.page}: ${link.url} (${link.reason})`);
  }
  for (const [kind, count] of Object.entries(countBy(scan.leftovers.map((l) => l.kind)))) {
    const allowed = corpus.maxLeftovers?.[kind] ?? 0;
    if (count > allowed)
      record(enforce.leftovers, `${count} ${kind} leftover(s), ${allowed} allowed`);
  }
  if (resolved < corpus.minAnchorsResolved) {
    record(enforce.anchors, `${resolved} anchors resolve, ${corpus.minAnchorsResolved} expected`);
  }
  return report(result);
}

function printTable(
  scan: SiteScan,
  warnings: Record<string, number>,
  broken: number,
  resolved: number,
  corpus: CorpusExpectation,
): void {
  const leftovers = countBy(scan.leftovers.map((leftover) => leftover.kind));
  const rows: [string, string][] = [
    ['pages', String(scan.pages)],
    ...Object.entries(leftovers).map(([kind, count]): [string, string] => [
      `leftover: ${kind}`,
      String(count),
    ]),
    [
      'anchors resolved',
      `${resolved} of ${scan.anchors.length} (MkDocs: ${corpus.minAnchorsResolved})`,
    ],
    ['broken links', String(broken)],
    ['warnings', formatCounts(warnings)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`| ${'check'.padEnd(width)} | result |\n| ${'-'.repeat(width)} | ------ |`);
  for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
  for (const [kind] of Object.entries(leftovers)) {
    const first = scan.leftovers.filter((leftover) => leftover.kind === kind).slice(0, 3);
    for (const leftover of first) console.log(`  ${kind}: ${leftover.page}: ${leftover.text}`);
  }
  for (const anchor of scan.anchors.filter((a) => !a.resolved).slice(0, 10)) {
    console.log(`  unresolved anchor: ${anchor.page}: ${anchor.href}`);
  }
}

function report(result: Result): Result {
  for (const problem of result.failures) console.log(`FAIL ${result.name}: ${problem}`);
  for (const problem of result.notEnforced)
    console.log(`todo ${result.name}: ${problem} (not enforced yet)`);
  return result;
}

function countWarnings(output: string): Record<string, number> {
  const rules = output.split('\n').flatMap((line) => {
    const ours = WARNING.exec(line.trim());
    if (ours) return [ours[1]!];
    if (/^\S+\.ya?ml: /.test(line)) return ['mkdocs.yml'];
    return /\[WARN\]/.test(line) ? ['astro'] : [];
  });
  return countBy(rules);
}

function countBy(items: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  return entries.length === 0
    ? '0'
    : `${total} (${entries.map(([k, n]) => `${k} ${n}`).join(', ')})`;
}

main();
