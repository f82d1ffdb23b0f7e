/**
 * GFM task lists become the learner's progress checklists.
 *
 *   - [ ] Criar o namespace {#criar-ns}
 *   -> <li class="task-list-item" id="tarefa-criar-ns" data-task="criar-ns">
 *        <label class="task-label"><input type="checkbox" disabled> Criar o namespace</label></li>
 *
 * Each item gets a stable id (see src/course/progress-ids.ts) and its checkbox a label, so the
 * browser script only has to enable it. Items with sub-items show their count ("1/3 · 33%", the
 * author's state until the script takes over). An item whose whole text is one link to a page of
 * the site is a roadmap item: derived from that page's progress, never ticked by hand.
 * The leaf tasks are handed to the page as `tasks` in the remark-plugin frontmatter.
 * Checkboxes outside `li.task-list-item` (raw HTML) are left alone.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { taskElementId, taskSlug, type TaskInfo } from '../course/progress-ids';
import { uniqueSlug } from '../course/slugify';
import { fail, warn } from './report';

interface Item {
  node: Element;
  id: string;
  text: string;
  checked: boolean;
  roadmap: boolean;
  /** Task items this one is nested in, outermost first. */
  ancestors: Element[];
}

const EXPLICIT_ID = /\s*\{:?\s*#([\w-]+)\s*\}\s*$/;
const BLOCK = new Set(['ul', 'ol', 'p', 'div', 'pre', 'table', 'blockquote', 'details', 'figure']);

/** Gives task lists stable ids, labels and counters, and collects their tasks. */
export function rehypeTaskProgress() {
  return (tree: Root, file: VFile) => {
    // GFM reads a task only from `[ ]`, `[x]` or `[X]`: without one, there is nothing to do.
    if (!/\[[ xX]\]/.test(String(file.value))) return;
    const ids = new Map<Element, string>();
    const used = new Set<string>();
    const items: Item[] = [];
    const parents = new Set<Element>();

    const visitTaskItem = (node: Element, taskAncestors: Element[]) => {
      const holder = labelHolder(node);
      const inputIndex = holder.children.findIndex(isCheckbox);
      if (inputIndex < 0) return;
      const parent = taskAncestors.at(-1);
      for (const ancestor of taskAncestors) parents.add(ancestor);
      const checked = isChecked(holder.children[inputIndex]!);
      const explicit = takeExplicitId(holder);
      const label = wrapLabel(holder, inputIndex);
      const text = toString(label).trim();
      let id: string;
      if (explicit) {
        if (used.has(explicit)) {
          const reason = `Task id "#${explicit}" is used twice in this lesson. Give each task its own id.`;
          fail(file, node, reason, 'task-progress');
        }
        id = explicit;
        used.add(id);
      } else {
        const own = taskSlug(text);
        id = uniqueSlug(parent ? `${ids.get(parent)}/${own}` : own, used, '-');
      }
      ids.set(node, id);
      const roadmap = isRoadmap(label);
      node.properties.id = taskElementId(id);
      node.properties.dataTask = id;
      if (roadmap) node.properties.dataRoadmap = '';
      items.push({ node, id, text, checked, roadmap, ancestors: taskAncestors });
    };
    // Parents before children, each task item with the task items it is nested in. A plain
    // recursion: unist-util-visit-parents' walk cost 0.4 s of a 1,000-lesson build's profile.
    const visit = (parent: Root | Element, taskAncestors: Element[]) => {
      for (const child of parent.children) {
        if (child.type !== 'element') continue;
        if (isTaskItem(child)) {
          visitTaskItem(child, taskAncestors);
          visit(child, [...taskAncestors, child]);
        } else {
          visit(child, taskAncestors);
        }
      }
    };
    visit(tree, []);

    if (items.length === 0) return;
    // Each leaf counts towards every task item above it; roadmap leaves are derived, not counted.
    const counts = new Map<Element, { done: number; total: number }>();
    const tasks: TaskInfo[] = [];
    for (const item of items) {
      if (parents.has(item.node) || item.roadmap) continue;
      tasks.push({ id: item.id, text: item.text, checked: item.checked });
      for (const ancestor of item.ancestors) {
        const count = counts.get(ancestor) ?? { done: 0, total: 0 };
        count.total++;
        if (item.checked) count.done++;
        counts.set(ancestor, count);
      }
    }
    for (const [node, { done, total }] of counts) appendCount(labelHolder(node), done, total);
    if (items.some((i) => i.text === ''))
      warn(file, undefined, 'A task has no text.', 'task-progress');
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.tasks = tasks;
  };
}

function isTaskItem(node: Element): boolean {
  const className = node.properties.className;
  return node.tagName === 'li' && Array.isArray(className) && className.includes('task-list-item');
}

function isCheckbox(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';
}

function isChecked(node: ElementContent): boolean {
  return node.type === 'element' && node.properties.checked === true;
}

/** Loose list items wrap their text in a <p>; the checkbox is inside it. */
function labelHolder(item: Element): Element {
  const first = item.children.find((c) => c.type === 'element');
  return first?.type === 'element' && first.tagName === 'p' ? first : item;
}

/**
 * Moves the checkbox and the inline content after it into a <label>, the content in one <span>:
 * beside the checkbox it wraps as one block of text, however many runs, code spans and links.
 */
function wrapLabel(holder: Element, inputIndex: number): Element {
  let end = inputIndex + 1;
  while (end < holder.children.length) {
    const child = holder.children[end]!;
    if (child.type === 'element' && BLOCK.has(child.tagName)) break;
    end++;
  }
  const content = holder.children.slice(inputIndex + 1, end);
  const last = content.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  const label: Element = {
    type: 'element',
    tagName: 'label',
    properties: { className: ['task-label'] },
    children: [
      holder.children[inputIndex]!,
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['task-text'] },
        children: content,
      },
    ],
  };
  holder.children.splice(inputIndex, end - inputIndex, label);
  return label;
}

/** Strips a trailing `{#id}` from the item's own text and returns the id. */
function takeExplicitId(holder: Element): string | undefined {
  for (let i = holder.children.length - 1; i >= 0; i--) {
    const child = holder.children[i]!;
    if (child.type === 'element' && BLOCK.has(child.tagName)) continue;
    if (child.type === 'text' && child.value.trim() === '') continue;
    if (child.type !== 'text') return undefined;
    const match = EXPLICIT_ID.exec(child.value);
    if (!match) return undefined;
    child.value = child.value.slice(0, match.index);
    return match[1];
  }
  return undefined;
}

/** The label's text (see wrapLabel) is nothing but one link to a page of this site. */
function isRoadmap(label: Element): boolean {
  const text = label.children.at(-1);
  if (text?.type !== 'element') return false;
  const content = text.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = content[0];
  if (content.length !== 1 || only?.type !== 'element' || only.tagName !== 'a') return false;
  const href = String(only.properties.href ?? '');
  return href.startsWith('/') && !href.startsWith('//');
}

function appendCount(holder: Element, done: number, total: number): void {
  const label = holder.children.findIndex((c) => c.type === 'element' && c.tagName === 'label');
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  holder.children.splice(label + 1, 0, {
    type: 'element',
    tagName: 'span',
    properties: { className: ['task-count'] },
    children: [{ type: 'text', value: `${done}/${total} · ${percent}%` }],
  });
}
