import { describe, expect, it } from 'vitest';
import { checkDiagram, checksInWorker } from '../../../src/markdown/mermaid-check';

describe('checkDiagram', () => {
  it('parses diagrams in a worker thread and reports the broken line', async () => {
    const [good, broken] = await Promise.all([
      checkDiagram('flowchart LR\n  A --> B\n'),
      checkDiagram('flowchart LR\n  A --> B\n  B --> (\n'),
    ]);
    expect(checksInWorker()).toBe(true);
    expect(good).toBeUndefined();
    expect(broken?.line).toBe(3);
    expect(broken?.message).toMatch(/Parse error|Expecting/);
  });
});
