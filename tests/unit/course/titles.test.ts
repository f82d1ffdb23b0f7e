import { describe, expect, it } from 'vitest';
import { findFirstHeading, splitOrderPrefix, titleFromName } from '../../../src/course/titles';

describe('splitOrderPrefix', () => {
  it('reads the order of 01-, 2_ and 10. prefixes', () => {
    expect(splitOrderPrefix('01-fundamentos')).toEqual({ order: 1, name: 'fundamentos' });
    expect(splitOrderPrefix('2_docker')).toEqual({ order: 2, name: 'docker' });
    expect(splitOrderPrefix('10. swarm')).toEqual({ order: 10, name: 'swarm' });
  });

  it('leaves names that are only a number alone', () => {
    expect(splitOrderPrefix('2024')).toEqual({ order: undefined, name: '2024' });
  });
});

describe('titleFromName', () => {
  it('turns a folder name into a readable title', () => {
    expect(titleFromName('02-orquestracao_avancada')).toBe('Orquestracao avancada');
  });
});

describe('findFirstHeading', () => {
  it('skips headings inside fenced code and setext-free text', () => {
    expect(findFirstHeading('~~~\n# comentário\n~~~\n## Sub\n# Real')).toBe('Real');
  });

  it('reduces inline Markdown to text', () => {
    expect(findFirstHeading('# [Docker](x.md) **rápido** ###')).toBe('Docker rápido');
  });

  it('returns undefined when there is no level-1 heading', () => {
    expect(findFirstHeading('## Só subtítulo\n#semespaco')).toBeUndefined();
  });
});
