/**
 * <course-checklist data-lesson data-module data-sig>: wraps a lesson and turns its task lists
 * (rendered disabled, in the author's state, by rehype-task-progress) into the learner's own:
 * enabled checkboxes whose state is stored, parents that follow their children, live counters, the
 * lesson's progress bar, a "mark as read" button for lessons without tasks, and a reset.
 */
import { taskKey } from '../course/progress-ids';
import { countText, getStore, percent, refreshNotices, text } from './progress-page';
import type { Progress } from './progress-store';

const READ_TASK = '_lida';

performance.mark('checklist:start');

interface Item {
  li: HTMLElement;
  input: HTMLInputElement;
  key: string;
  leaves: Item[];
}

class CourseChecklist extends HTMLElement {
  private items: Item[] = [];
  private leaves: Item[] = [];
  private announced = '';

  connectedCallback() {
    const lesson = this.dataset.lesson;
    if (!lesson) return;
    const store = getStore();
    this.items = this.collect(lesson);
    this.leaves = this.items.filter((item) => item.leaves.length === 0);
    const readButton = this.querySelector<HTMLButtonElement>('.mark-read');
    if (this.leaves.length === 0 && readButton) {
      const input = document.createElement('input');
      input.defaultChecked = false;
      this.leaves = [{ li: readButton, input, key: taskKey(lesson, READ_TASK), leaves: [] }];
      readButton.addEventListener('click', () =>
        this.set(this.leaves, readButton.getAttribute('aria-pressed') !== 'true'),
      );
    }
    for (const item of this.items) item.input.disabled = false;
    this.addEventListener('change', (event) => {
      const item = this.items.find((i) => i.input === event.target);
      if (item) this.set(item.leaves.length > 0 ? item.leaves : [item], item.input.checked);
    });
    this.querySelector('.lesson-reset')?.addEventListener('click', () => {
      if (!confirm(text('progress.resetLessonConfirm'))) return;
      store.update((p) => {
        for (const leaf of this.leaves) delete p.tasks[leaf.key];
        this.summarize(p);
      }, false);
    });
    store.subscribe(() => this.render());
    this.render();
    // The benchmark reads this: how long restoring the learner's state and counters took.
    performance.measure('checklist:restore', 'checklist:start');
    // A visit refreshes the lesson's summary for other pages, for learners who store progress.
    store.update((p) => {
      p.last = lesson;
      this.summarize(p);
    }, false);
  }

  /** Task items with their leaf descendants; roadmap items and parents of only those are left out. */
  private collect(lesson: string): Item[] {
    const byLi = new Map<Element, Item>();
    const items: Item[] = [];
    for (const li of this.querySelectorAll<HTMLElement>('li[data-task]')) {
      const input = li.querySelector<HTMLInputElement>(
        ':scope > label > input, :scope > p > label > input',
      );
      if (!input || li.hasAttribute('data-roadmap')) continue;
      const item: Item = { li, input, key: taskKey(lesson, li.dataset.task ?? ''), leaves: [] };
      byLi.set(li, item);
      items.push(item);
    }
    for (const item of items) {
      const descendants = [...item.li.querySelectorAll('li[data-task]')].map((li) => byLi.get(li));
      item.leaves = descendants.filter(
        (d): d is Item => !!d && !d.li.querySelector('li[data-task]'),
      );
    }
    return items.filter(
      (item) => item.leaves.length > 0 || !item.li.querySelector('li[data-task]'),
    );
  }

  private set(leaves: Item[], checked: boolean) {
    getStore().update((p) => {
      for (const leaf of leaves) p.tasks[leaf.key] = checked;
      p.last = this.dataset.lesson;
      this.summarize(p);
    });
    refreshNotices();
  }

  private isDone(leaf: Item, progress: Progress): boolean {
    return progress.tasks[leaf.key] ?? leaf.input.defaultChecked;
  }

  private summarize(progress: Progress) {
    const { lesson = '', module = '', sig = '' } = this.dataset;
    const done = this.leaves.filter((leaf) => this.isDone(leaf, progress)).length;
    const previous = progress.lessons[lesson];
    const finished = done === this.leaves.length ? sig : previous?.finished;
    progress.lessons[lesson] = {
      done,
      total: this.leaves.length,
      sig,
      module,
      ...(finished && { finished }),
    };
  }

  private render() {
    const progress = getStore().progress;
    for (const item of this.items) {
      const done = item.leaves.filter((leaf) => this.isDone(leaf, progress)).length;
      if (item.leaves.length === 0) {
        item.input.checked = this.isDone(item, progress);
        continue;
      }
      item.input.checked = done === item.leaves.length;
      item.input.indeterminate = done > 0 && done < item.leaves.length;
      const count = item.li.querySelector(':scope > .task-count, :scope > p > .task-count');
      if (count) count.textContent = countText(done, item.leaves.length);
    }
    const done = this.leaves.filter((leaf) => this.isDone(leaf, progress)).length;
    const total = this.leaves.length;
    const bar = this.querySelector('progress');
    if (bar) {
      bar.max = total;
      bar.value = done;
      bar.setAttribute(
        'aria-valuetext',
        text('progress.lessonValue', { done, total, percent: percent(done, total) }),
      );
    }
    const label = this.querySelector('.lesson-progress-count');
    if (label) label.textContent = countText(done, total);
    const read = this.querySelector('.mark-read');
    read?.setAttribute('aria-pressed', String(done === total && total > 0));
    const live = this.querySelector('.lesson-progress-live');
    const message = text('progress.lessonValue', { done, total, percent: percent(done, total) });
    if (live && this.announced && message !== this.announced) live.textContent = message;
    this.announced = message;
  }
}

customElements.define('course-checklist', CourseChecklist);
