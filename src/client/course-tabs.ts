/**
 * <course-tabs>: content tabs rendered by remark-content-tabs. Shows one panel at a time; tabs
 * follow the ARIA pattern (arrow keys, Home, End) and every tab set on the page with a tab of the
 * same label switches with it ("Linux" chosen once is chosen everywhere).
 */
const SELECT = 'course-tabs:select';

class CourseTabs extends HTMLElement {
  connectedCallback() {
    const tabs = [
      ...this.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]'),
    ];
    this.addEventListener('click', (event) => {
      const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
      if (tab && tabs.includes(tab)) this.announce(tab.textContent ?? '');
    });
    this.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(event.target as HTMLButtonElement);
      if (index < 0) return;
      const moves: Record<string, number> = {
        ArrowRight: (index + 1) % tabs.length,
        ArrowLeft: (index - 1 + tabs.length) % tabs.length,
        Home: 0,
        End: tabs.length - 1,
      };
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      tabs[next]!.focus();
      this.announce(tabs[next]!.textContent ?? '');
    });
    document.addEventListener(SELECT, (event) =>
      this.select((event as CustomEvent<string>).detail),
    );
  }

  private announce(label: string) {
    document.dispatchEvent(new CustomEvent(SELECT, { detail: label }));
  }

  private select(label: string) {
    const tabs = [
      ...this.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]'),
    ];
    if (!tabs.some((tab) => tab.textContent === label)) return;
    for (const tab of tabs) {
      const active = tab.textContent === label;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      panel?.toggleAttribute('data-active', active);
    }
  }
}

customElements.define('course-tabs', CourseTabs);
