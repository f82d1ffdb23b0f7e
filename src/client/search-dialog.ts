/**
 * The search dialog's behaviour, loaded when the learner first opens it (see course-search.ts):
 * Pagefind's script and index are fetched then, from this site. Results appear as the learner
 * types, one per lesson with up to three of its sections; ↑/↓ move through them, Enter opens one.
 */
// Its words come with it (the dictionary is bundled into this lazily loaded chunk), so lesson
// pages do not carry search strings for a dialog most readers never open.
import { t as text } from '../i18n/ui';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

const DEBOUNCE_MS = 20;
const MAX_RESULTS = 5;

/** Wires the search field and results of a <course-search> whose dialog is open. */
export function attachSearch(element: HTMLElement): void {
  new SearchDialog(element);
}

class SearchDialog {
  private pagefind: Promise<Pagefind> | undefined;
  private timer = 0;
  private latest = '';

  constructor(private readonly element: HTMLElement) {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.addEventListener('input', () => {
      performance.mark('search:keystroke');
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.search(input.value.trim()), DEBOUNCE_MS);
    });
    element.addEventListener('keydown', (event) => this.navigate(event));
    void this.load()
      .then(() => keepSearchOffline(element.dataset.base ?? '/'))
      .catch(() => this.status(text('search.failed')));
    // Typed while this code was loading.
    if (input.value.trim()) {
      performance.mark('search:keystroke');
      void this.search(input.value.trim());
    }
  }

  private querySelector<E extends Element = Element>(selector: string): E | null {
    return this.element.querySelector<E>(selector);
  }

  private querySelectorAll<E extends Element = Element>(selector: string): NodeListOf<E> {
    return this.element.querySelectorAll<E>(selector);
  }

  private load(): Promise<Pagefind> {
    const base = this.element.dataset.base ?? '/';
    this.pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
      async (module: Pagefind) => {
        await module.options({ baseUrl: base, excerptLength: 22 });
        await module.init();
        return module;
      },
    );
    return this.pagefind;
  }

  private async search(query: string) {
    this.latest = query;
    const list = this.querySelector('.search-results')!;
    if (!query) {
      list.replaceChildren();
      this.status('');
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.load();
    } catch {
      this.status(text('search.failed'));
      return;
    }
    const response = await pagefind.search(query);
    const results = (response?.results ?? []).slice(0, MAX_RESULTS);
    // The best match shows as soon as its excerpt arrives; the others follow it.
    const [first, ...rest] = results.map((result) => result.data());
    const best = first ? [await first] : [];
    if (query !== this.latest) return;
    list.replaceChildren(...best.map((page) => this.renderResult(page)));
    // The benchmark reads this: from the last keystroke to the results on screen.
    performance.measure('search:results', 'search:keystroke');
    const others = await Promise.all(rest);
    if (query !== this.latest) return;
    list.append(...others.map((page) => this.renderResult(page)));
    const count = response?.results.length ?? 0;
    const key =
      count === 0 ? 'search.none' : count === 1 ? 'search.results.one' : 'search.results.other';
    this.status(text(key, { count, query }));
  }

  private renderResult(page: PagefindData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const sections = (page.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3);
    item.append(
      link(page.url, page.meta.title ?? page.url, sections.length === 0 ? page.excerpt : ''),
    );
    if (sections.length > 0) {
      const list = document.createElement('ol');
      for (const sub of sections) {
        const entry = document.createElement('li');
        entry.append(link(sub.url, sub.title, sub.excerpt));
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }

  /** ↓ from the field goes to the first result; ↑/↓ walk the results; Enter in the field opens the first. */
  private navigate(event: KeyboardEvent) {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('.search-results a')];
    const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Enter' && document.activeElement === input) {
      event.preventDefault();
      links[0]?.click();
    } else if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault();
      links[Math.min(index + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      (index === 0 ? input : links[index - 1]!).focus();
    }
  }

  private status(message: string) {
    this.querySelector('.search-status')!.textContent = message;
  }
}

/**
 * Asks the service worker (public/sw.js) to keep search's files, so search goes on working when
 * the connection drops. Registered here, on the first search, so other pages never load it.
 */
async function keepSearchOffline(base: string): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    // A large course's index is not kept (the build says so in offline.json): then no worker at
    // all, so search requests never take the detour through one.
    const manifest = await fetch(`${base}pagefind/offline.json`);
    const { store } = (await manifest.json()) as { store: boolean };
    if (!store) return;
    await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
    const registration = await navigator.serviceWorker.ready;
    registration.active?.postMessage('keep-search-offline');
  } catch {
    // Offline search is a bonus: without a service worker, search still works online.
  }
}

/** A result link; the excerpt is Pagefind's HTML (escaped text with <mark> around the matches). */
function link(url: string, title: string, excerpt: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = url;
  const heading = document.createElement('span');
  heading.className = 'search-title';
  heading.textContent = title;
  anchor.append(heading);
  if (excerpt) {
    const text = document.createElement('span');
    text.className = 'search-excerpt';
    text.innerHTML = excerpt;
    anchor.append(text);
  }
  return anchor;
}
