/**
 * One production build in this process, then its resource usage as JSON on the last line: wall
 * seconds; CPU seconds of this process and of the processes it started and waited for (render
 * processes, Pagefind); this process's peak memory (max RSS, its threads included); and the peak
 * of the memory this process and all its descendants held at once, sampled every 50 ms from
 * /proc (Linux; elsewhere the same as maxRssMb). The benchmark runs it as a child with
 * CONTENT_DIR and OUT_DIR set.
 */
import { readFileSync } from 'node:fs';
import { build } from 'astro';

/** Resident memory of `pid` and its descendants, in kB (0 once it has exited). */
function treeRssKb(pid: number): number {
  try {
    const rss = Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ');
    return (rss || 0) + children.filter(Boolean).reduce((sum, child) => sum + treeRssKb(+child), 0);
  } catch {
    return 0;
  }
}

/** CPU seconds of waited-for child processes (cutime + cstime of /proc/self/stat). */
function childrenCpu(): number {
  try {
    // The fields after the command name's closing parenthesis start at field 3; cutime is 16.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // clock ticks, 100 a second on Linux
  } catch {
    return 0;
  }
}

let treePeakKb = 0;
const sampler = setInterval(() => {
  treePeakKb = Math.max(treePeakKb, treeRssKb(process.pid));
}, 50);
const start = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
const wall = (performance.now() - start) / 1000;
clearInterval(sampler);
const usage = process.resourceUsage();
const maxRssMb = usage.maxRSS / 1024;
console.log(
  JSON.stringify({
    wall,
    cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 + childrenCpu(),
    maxRssMb,
    treeRssMb: Math.max(maxRssMb, treePeakKb / 1024),
  }),
);
