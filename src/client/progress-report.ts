/**
 * <progress-report>: the "Meu progresso" page. Counts every lesson from the stored ticks, hides the
 * tasks already done (the rest link straight to their item in the lesson), and exports, imports
 * (merge or replace, after a schema check) and resets the learner's progress.
 */
import { lessonOfKey } from '../course/progress-ids';
import { getStore, refreshNotices, text } from './progress-page';
import { parseProgress, type Progress } from './progress-store';

const FORMAT = 'course-progress';
const MAX_FILE_BYTES = 5_000_000;

class ProgressReport extends HTMLElement {
  private pending: Progress | undefined;

  connectedCallback() {
    const store = getStore();
    store.subscribe(() => this.render());
    this.render();
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset
        .action;
      if (action === 'export') this.exportFile();
      if (action === 'merge' || action === 'replace') this.applyImport(action);
      if (action === 'reset' && confirm(text('report.resetConfirm'))) {
        store.replace(undefined);
        this.say(text('report.resetDone'));
      }
    });
    this.querySelector<HTMLInputElement>('input[type=file]')?.addEventListener(
      'change',
      (event) => {
        const file = (event.target as HTMLInputElement).files?.[0];
        if (file) void this.readImport(file);
      },
    );
  }

  private render() {
    const { tasks } = getStore().progress;
    for (const lesson of this.querySelectorAll<HTMLElement>('.report-lesson')) {
      const items = [...lesson.querySelectorAll<HTMLElement>('[data-key]')];
      let done = 0;
      for (const item of items) {
        const ticked = tasks[item.dataset.key ?? ''] ?? item.dataset.default === 'true';
        if (ticked) done++;
        if (item.tagName === 'LI') item.hidden = ticked;
      }
      const total = items.length;
      lesson.querySelector('.report-count')!.textContent = `${done}/${total}`;
      lesson.querySelector<HTMLElement>('.report-done')!.hidden = done < total;
      lesson
        .querySelector<HTMLElement>('.report-pending')
        ?.toggleAttribute('hidden', done === total);
    }
  }

  private exportFile() {
    const payload = {
      format: FORMAT,
      version: 1,
      base: document.documentElement.dataset.base,
      exportedAt: new Date().toISOString(),
      progress: getStore().progress,
    };
    const blob = new Blob([JSON.stringify(payload, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `progresso-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  private async readImport(file: File) {
    this.pending = undefined;
    this.querySelector<HTMLElement>('.import-choice')!.hidden = true;
    const reason = await this.check(file);
    if (typeof reason === 'string') {
      this.say(text('report.importInvalid', { reason }));
      return;
    }
    this.pending = reason;
    this.querySelector<HTMLElement>('.import-choice')!.hidden = false;
    this.say(text('report.importChoose', { count: Object.keys(reason.tasks).length }));
  }

  /** The progress in the file, or why it was refused. */
  private async check(file: File): Promise<Progress | string> {
    if (file.size > MAX_FILE_BYTES) return text('report.reason.tooBig');
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return text('report.reason.notJson');
    }
    const payload = data as { format?: unknown; version?: unknown; progress?: unknown };
    if (payload?.format !== FORMAT || payload.version !== 1) return text('report.reason.format');
    const progress = parseProgress(payload.progress);
    if (!progress) return text('report.reason.shape');
    const lessons = new Set(
      [...document.querySelectorAll<HTMLElement>('.report-lesson')].map((l) => l.dataset.lesson),
    );
    const known = Object.keys(progress.tasks).filter((key) => lessons.has(lessonOfKey(key)));
    if (Object.keys(progress.tasks).length > 0 && known.length === 0)
      return text('report.reason.foreign');
    return progress;
  }

  private applyImport(mode: 'merge' | 'replace') {
    const incoming = this.pending;
    if (!incoming) return;
    const store = getStore();
    if (mode === 'replace') store.replace(incoming);
    else {
      store.update((current) => {
        Object.assign(current.tasks, incoming.tasks);
        for (const [slug, summary] of Object.entries(incoming.lessons)) {
          const mine = current.lessons[slug];
          if (!mine || summary.done > mine.done) current.lessons[slug] = summary;
        }
        current.last ??= incoming.last;
      });
    }
    refreshNotices();
    this.pending = undefined;
    this.querySelector<HTMLElement>('.import-choice')!.hidden = true;
    this.say(text('report.importDone', { count: Object.keys(incoming.tasks).length }));
  }

  private say(message: string) {
    this.querySelector('.report-status')!.textContent = message;
  }
}

customElements.define('progress-report', ProgressReport);
