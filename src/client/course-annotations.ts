/**
 * <course-annotations>: code annotations rendered by remark-code-annotations.ts. Without
 * JavaScript each marker in the code links to its note in the list under the block; here a marker
 * opens a copy of its note right below it instead. A second click, Escape or a click elsewhere
 * closes it; the list itself stays, for reading and printing.
 */
/** Exported so the lazy `import()` in site.ts has a module to load. */
export class CourseAnnotations extends HTMLElement {
  private opened: { marker: HTMLElement; note: HTMLElement } | undefined;

  connectedCallback() {
    for (const marker of this.querySelectorAll<HTMLAnchorElement>('a.code-annotation')) {
      marker.setAttribute('role', 'button');
      marker.setAttribute('aria-expanded', 'false');
    }
    this.addEventListener('click', (event) => {
      const marker = (event.target as Element).closest<HTMLAnchorElement>('a.code-annotation');
      if (!marker) return;
      event.preventDefault();
      const same = this.opened?.marker === marker;
      this.close();
      if (!same) this.open(marker);
    });
    this.addEventListener('keydown', (event) => {
      const marker = (event.target as Element).closest<HTMLElement>('a.code-annotation');
      if (marker && event.key === ' ') {
        event.preventDefault();
        marker.click();
      } else if (event.key === 'Escape' && this.opened) {
        const { marker: opener } = this.opened;
        this.close();
        opener.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (this.opened && !this.contains(event.target as Node)) this.close();
    });
  }

  private open(marker: HTMLAnchorElement) {
    const source = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
    if (!source) {
      console.warn('course-annotations: the marker points at no note', marker);
      return;
    }
    const note = document.createElement('div');
    note.className = 'annotation-note';
    note.id = `${source.id}-aberta`;
    note.setAttribute('role', 'note');
    note.append(...[...source.childNodes].map((child) => child.cloneNode(true)));
    const host = this.getBoundingClientRect();
    const at = marker.getBoundingClientRect();
    note.style.setProperty('--top', `${at.bottom - host.top + 6}px`);
    note.style.setProperty('--left', `${at.left - host.left}px`);
    this.querySelector(':scope > .code-block')?.after(note);
    marker.setAttribute('aria-expanded', 'true');
    marker.setAttribute('aria-controls', note.id);
    this.opened = { marker, note };
  }

  private close() {
    if (!this.opened) return;
    this.opened.marker.setAttribute('aria-expanded', 'false');
    this.opened.marker.removeAttribute('aria-controls');
    this.opened.note.remove();
    this.opened = undefined;
  }
}

customElements.define('course-annotations', CourseAnnotations);
