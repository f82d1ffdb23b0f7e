/**
 * One production build in this process, then its own resource usage as JSON on the last line:
 * wall and CPU seconds and peak memory (max RSS, worker threads included). The benchmark runs it
 * as a child with CONTENT_DIR and OUT_DIR set.
 */
import { build } from 'astro';

const start = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
const wall = (performance.now() - start) / 1000;
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    wall,
    cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    maxRssMb: usage.maxRSS / 1024,
  }),
);
