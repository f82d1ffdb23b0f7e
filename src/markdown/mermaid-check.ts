/**
 * Mermaid's syntax check, off the main thread: one worker thread (mermaid-worker.ts) parses the
 * diagrams while the page goes on rendering, and the result is awaited at the end of the page.
 *
 *   const pending = checkDiagram('flowchart LR\n  A --> B');   // returns at once
 *   …render the rest of the page…
 *   const error = await pending;                                // undefined when it parses
 *
 * Mermaid itself is only ever loaded by the worker (300 ms saved at the start of every build).
 * Where no worker can start (or one dies), the build says so once and diagrams go unchecked:
 * they are still drawn in the browser, which shows a broken diagram's error to the reader.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';
import type { MermaidSyntaxError } from './mermaid-syntax';

type Reply = { id: number; error: MermaidSyntaxError | undefined };

let worker: Worker | undefined;
let workerFailed = false;
// Worker threads, and the render processes (render-process.ts), are already off the main thread.
let inline = !isMainThread;
let nextId = 0;
const waiting = new Map<number, (error: MermaidSyntaxError | undefined) => void>();

/** Parses one diagram; resolves with its first syntax error, or undefined. */
export function checkDiagram(source: string): Promise<MermaidSyntaxError | undefined> {
  if (inline) return checkInThisThread(source);
  const thread = workerFailed ? undefined : startWorker();
  if (!thread) return Promise.resolve(undefined);
  const id = nextId++;
  const reply = new Promise<MermaidSyntaxError | undefined>((resolve) => waiting.set(id, resolve));
  // A waiting reply keeps the process alive; an idle worker does not.
  if (waiting.size === 1) thread.ref();
  thread.postMessage({ id, source });
  return reply;
}

/** Checks diagrams in this thread from now on: for processes that are off the main thread. */
export function checkDiagramsInline(): void {
  inline = true;
}

/** Whether checks run in the worker thread (for tests). */
export function checksInWorker(): boolean {
  return worker !== undefined && !workerFailed;
}

function startWorker(): Worker | undefined {
  if (worker) return worker;
  const file = fileURLToPath(new URL('./mermaid-worker.ts', import.meta.url));
  if (!existsSync(file)) {
    giveUp(`${file} is missing`);
    return undefined;
  }
  try {
    worker = new Worker(file);
  } catch (error) {
    giveUp(String(error));
    return undefined;
  }
  worker.unref();
  worker.on('message', ({ id, error }: Reply) => {
    waiting.get(id)?.(error);
    waiting.delete(id);
    if (waiting.size === 0) worker?.unref();
  });
  // A worker that cannot run: the diagrams it had go unchecked, and the build says so.
  const stop = (reason: string) => {
    worker = undefined;
    if (waiting.size === 0) return;
    giveUp(reason);
    for (const [id, resolve] of waiting) {
      waiting.delete(id);
      resolve(undefined);
    }
  };
  worker.on('error', (error) => stop(error.message));
  worker.on('exit', (code) => stop(`it stopped with code ${code}`));
  return worker;
}

function giveUp(reason: string): void {
  if (workerFailed) return;
  workerFailed = true;
  console.warn(
    `Mermaid diagrams are not checked in this build: the checking thread could not run (${reason}). Readers still see each diagram, or its error, in the browser. [mermaid]`,
  );
}

async function checkInThisThread(source: string): Promise<MermaidSyntaxError | undefined> {
  const { checkMermaid } = await import('./mermaid-syntax');
  return checkMermaid(source);
}
