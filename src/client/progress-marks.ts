/**
 * Paints the learner's progress wherever the page lists lessons: a status mark on each lesson link
 * (`a[data-lesson]`: not started, in progress, done, updated), a percentage per module
 * (`[data-module-progress]`), the course percentage and the "continue" link on the home page, and
 * roadmap items (`li[data-roadmap]`), which are ticked when the lesson they link to is done.
 * Everything comes from the lesson summaries in the store, kept fresh by <course-checklist>.
 */
import { countText, getStore, percent, statusOf, text, type LessonStatus } from './progress-page';
import type { Progress } from './progress-store';

const base = document.documentElement.dataset.base ?? '/';

function paint() {
  const progress = getStore().progress;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lesson]')) {
    const status = statusOf(progress.lessons[link.dataset.lesson ?? ''], link.dataset.sig);
    link.dataset.status = status;
    let mark = link.querySelector('.status-text');
    if (!mark) {
      mark = document.createElement('span');
      link.append(mark);
    }
    // "atualizada" is worth seeing; the other states are shown by the mark and said to readers.
    mark.className = status === 'updated' ? 'status-text status-badge' : 'status-text sr-only';
    mark.textContent = status === 'todo' ? '' : ` ${text(`progress.status.${status}`)}`;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-module-progress]')) {
    const key = element.dataset.moduleProgress;
    const total = Number(element.dataset.total);
    const done = Object.values(progress.lessons)
      .filter((summary) => summary.module === key)
      .reduce((sum, summary) => sum + Math.min(summary.done, summary.total), 0);
    element.textContent = `${percent(Math.min(done, total), total)}%`;
  }
  paintCourse(progress);
  paintRoadmap(progress);
}

function paintCourse(progress: Progress) {
  const course = document.querySelector<HTMLElement>('[data-course-progress]');
  if (course) {
    const total = Number(course.dataset.total);
    const done = Object.values(progress.lessons).reduce(
      (sum, s) => sum + Math.min(s.done, s.total),
      0,
    );
    const bar = course.querySelector('progress');
    if (bar) {
      bar.max = total;
      bar.value = Math.min(done, total);
    }
    const label = course.querySelector('.course-progress-count');
    if (label) label.textContent = `${percent(Math.min(done, total), total)}%`;
  }
  const resume = document.querySelector<HTMLAnchorElement>('a[data-continue]');
  const last = progress.last;
  if (resume && last !== undefined) {
    resume.href = `${base}${last}/`;
    const title = document.querySelector(`a[data-lesson="${CSS.escape(last)}"]`)?.firstChild
      ?.textContent;
    resume.textContent = text('progress.continue', { title: title?.trim() ?? last });
  }
}

function paintRoadmap(progress: Progress) {
  const done = (li: Element) => li.querySelector('input')?.checked === true;
  for (const li of document.querySelectorAll<HTMLElement>('li[data-roadmap]')) {
    const link = li.querySelector('a');
    const input = li.querySelector('input');
    if (!link || !input) continue;
    const slug = new URL(link.href).pathname.slice(base.length).replace(/\/$/, '');
    const summary = progress.lessons[slug];
    const status: LessonStatus = statusOf(summary, undefined);
    input.checked = status === 'done';
    input.indeterminate = status === 'doing' || status === 'updated';
    let count = li.querySelector(':scope > .task-count');
    if (!count) {
      count = document.createElement('span');
      count.className = 'task-count';
      link.closest('label')?.after(count);
    }
    count.textContent = summary ? `${percent(summary.done, summary.total)}%` : '';
  }
  for (const parent of document.querySelectorAll<HTMLElement>(
    'li[data-task]:has(li[data-roadmap])',
  )) {
    const children = [
      ...parent.querySelectorAll(':scope > ul > li[data-roadmap], :scope > ol > li[data-roadmap]'),
    ];
    const input = parent.querySelector<HTMLInputElement>(
      ':scope > label > input, :scope > p > label > input',
    );
    if (!input || children.length === 0) continue;
    const finished = children.filter(done).length;
    input.checked = finished === children.length;
    input.indeterminate = finished > 0 && finished < children.length;
    let count = parent.querySelector(':scope > .task-count, :scope > p > .task-count');
    if (!count) {
      count = document.createElement('span');
      count.className = 'task-count';
      input.closest('label')?.after(count);
    }
    count.textContent = countText(finished, children.length);
  }
}

getStore().subscribe(paint);
paint();
