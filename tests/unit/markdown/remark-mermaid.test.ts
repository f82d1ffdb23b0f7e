import { describe, expect, it } from 'vitest';
import { checkMermaid } from '../../../src/markdown/mermaid-syntax';
import { testFixtures } from '../../support/fixtures';
import { renderWarnings } from '../../support/render-markdown';

describe('remarkMermaid', () => {
  testFixtures('mermaid');

  it('accepts valid diagrams of several kinds, Portuguese labels included', async () => {
    for (const diagram of [
      'flowchart LR\n  A["Contêiner"] --> B("Kernel do host")\n  B --> C{Namespaces?}',
      'sequenceDiagram\n  kubectl->>API: cria o Pod',
      'stateDiagram-v2\n  [*] --> Criado\n  Criado --> Rodando',
      'pie\n  "Docker": 3\n  "Kubernetes": 10',
    ]) {
      expect(await checkMermaid(diagram), diagram).toBeUndefined();
    }
  });

  it('finds an error after a label, on the line it is on', async () => {
    const error = await checkMermaid('flowchart LR\n  A["Pod"] --> B\n  B -> C\n  C --> D');
    expect(error?.line).toBe(3);
    expect(error?.message).toMatch(/^Parse error: .*Expecting/);
  });

  it('warns at the file and line of the broken statement, and keeps the page', async () => {
    const markdown = 'Texto.\n\n```mermaid\nflowchart LR\n  A --> B\n  B --> C[\n```\n\nDepois.\n';
    const warnings = await renderWarnings(markdown);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^content\/01-modulo\/01-aula\.md:6:1: Mermaid diagram does not parse: Parse error: .*B --> C\[.* \[mermaid\]$/,
    );
  });

  it('names an unknown diagram type', async () => {
    const warnings = await renderWarnings('```mermaid\nfluxograma LR\n  A --> B\n```\n');
    expect(warnings[0]).toMatch(
      /01-aula\.md:2:1: Mermaid diagram does not parse: No diagram type detected/,
    );
  });
});
