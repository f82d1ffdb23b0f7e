/**
 * MkDocs Material content tabs: consecutive `=== "Label"` blocks form one tab set.
 *
 *   === "Linux"                      <course-tabs class="tabbed-set">
 *       Texto para Linux.      ->       <div role="tablist" class="tabbed-labels needs-js">buttons</div>
 *   === "macOS"                         <div class="tabbed-block" role="tabpanel" data-active>…</div>
 *       Texto para macOS.               <div class="tabbed-block" role="tabpanel">…</div></course-tabs>
 *
 * Every panel keeps a visible label, so without JavaScript all of them read in order; the
 * <course-tabs> element (src/client/course-tabs.ts) shows one at a time. `===+` selects a tab.
 * Bodies are indented by 4 spaces or a TAB (see indented-blocks.ts).
 */
import type { Root, RootContent } from 'mdast';
import { container, type CourseContainer } from './course-container';
import type { BlockKind } from './indented-blocks';

const MARKER = /^===(\+)?[ \t]+"([^"]*)"[ \t]*$/;

type TabData = NonNullable<CourseContainer['data']>;

/** `===` blocks, marked as tabs (run by remarkIndentedBlocks, with admonitions). */
export const contentTabBlock: BlockKind = {
  marker: MARKER,
  build: ({ match, children }) => [
    {
      type: 'courseContainer',
      data: { tabLabel: match[2]!, tabSelected: match[1] === '+' },
      children,
    },
  ],
};

/** Groups each run of adjacent tabs into one accessible tab set. */
export function groupTabSets(tree: Root): void {
  let sets = 0;
  const group = (parent: { children: RootContent[] }) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i]!;
      if (!tabData(node)) {
        if ('children' in node) group(node as { children: RootContent[] });
        continue;
      }
      let last = i;
      while (tabData(parent.children[last + 1])) last++;
      const tabs = parent.children.slice(i, last + 1);
      for (const tab of tabs) group(tab as { children: RootContent[] });
      parent.children.splice(i, tabs.length, tabSet(tabs, ++sets));
    }
  };
  group(tree);
}

function tabData(node: RootContent | undefined): TabData | undefined {
  const data = node?.data as TabData | undefined;
  return data?.tabLabel !== undefined ? data : undefined;
}

function tabSet(tabs: RootContent[], set: number): RootContent {
  const selected = Math.max(
    0,
    tabs.findIndex((tab) => tabData(tab)?.tabSelected),
  );
  const id = (kind: string, i: number) => `${kind}-${set}-${i + 1}`;
  const label = (tab: RootContent) => tabData(tab)!.tabLabel!;
  const text = (value: string) => ({ type: 'text', value }) as RootContent;
  const buttons = tabs.map((tab, i) =>
    container(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: id('tab', i),
        ariaControls: [id('painel', i)],
        ariaSelected: String(i === selected),
        tabIndex: i === selected ? 0 : -1,
      },
      [text(label(tab))],
    ),
  );
  const panels = tabs.map((tab, i) =>
    container(
      'div',
      {
        className: ['tabbed-block'],
        id: id('painel', i),
        role: 'tabpanel',
        ariaLabelledby: id('tab', i),
        dataLabel: label(tab),
        ...(i === selected && { dataActive: '' }),
      },
      [
        container('p', { className: ['tabbed-label'] }, [
          container('strong', {}, [text(label(tab))]),
        ]),
        ...(tab as { children: RootContent[] }).children,
      ],
    ),
  );
  const tablist = container(
    'div',
    { className: ['tabbed-labels', 'needs-js'], role: 'tablist' },
    buttons,
  );
  return container('course-tabs', { className: ['tabbed-set'] }, [tablist, ...panels]);
}
