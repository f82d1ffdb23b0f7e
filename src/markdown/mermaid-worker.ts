/**
 * Worker thread for Mermaid's syntax check (see mermaid-check.ts). Mermaid copies its whole
 * configuration for every node it parses, about 12 ms a diagram; here that runs beside the page
 * rendering instead of inside it. Run by Node itself, so imports name their `.ts` files.
 */
import { parentPort } from 'node:worker_threads';
import { checkMermaid } from './mermaid-syntax.ts';

parentPort?.on('message', async ({ id, source }: { id: number; source: string }) => {
  parentPort?.postMessage({ id, error: await checkMermaid(source) });
});
