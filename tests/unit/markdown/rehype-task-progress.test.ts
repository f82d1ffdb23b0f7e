import { describe, expect, it } from 'vitest';
import { testFixtures } from '../../support/fixtures';
import { renderMarkdownWithData } from '../../support/render-markdown';

describe('rehypeTaskProgress', () => {
  testFixtures('task-progress');

  it('hands the leaf tasks to the page, parents and roadmap items left out', async () => {
    const { frontmatter } = await renderMarkdownWithData(
      '- [ ] Lab\n    - [x] Passo A\n    - [ ] Passo B\n- [ ] [Outra aula](/x/)\n',
    );
    expect(frontmatter.tasks).toEqual([
      { id: 'lab/passo-a', text: 'Passo A', checked: true },
      { id: 'lab/passo-b', text: 'Passo B', checked: false },
    ]);
  });

  it('keeps ids of untouched items when items are reordered, added or reworded', async () => {
    const ids = async (md: string) =>
      ((await renderMarkdownWithData(md)).frontmatter.tasks as { id: string }[]).map((t) => t.id);
    const before = await ids('- [ ] Ler\n- [ ] Praticar\n    - [ ] Passo\n');
    const after = await ids(
      '- [ ] Novo item\n- [ ] Praticar\n    - [ ] Passo\n- [ ] Ler com calma {#ler}\n- [ ] Ler\n',
    );
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it('fails the build on an explicit id used twice, naming the line', async () => {
    await expect(renderMarkdownWithData('- [ ] A {#x}\n- [ ] B {#x}\n')).rejects.toThrow(
      'content/01-modulo/01-aula.md:2:1: Task id "#x" is used twice in this lesson. Give each task its own id. [task-progress]',
    );
  });
});
