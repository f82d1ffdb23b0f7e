/**
 * <course-diagram>: draws a Mermaid diagram in place of its source when it comes within about two
 * screens of the viewport. The renderer (the `mermaid` package, served from this site) is imported
 * on the first diagram only. Diagrams follow the light/dark theme and redraw when it changes; a
 * syntax error shows the error above the source instead of breaking the page.
 */
import { text } from './ui-strings';

type Mermaid = typeof import('mermaid').default;

let renderer: Promise<Mermaid> | undefined;
let counter = 0;

function isDark(): boolean {
  const theme = document.documentElement.dataset.theme;
  return theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Mermaid's own prebuilt module, served by this site (src/integrations/mermaid-vendor.ts). */
async function loadMermaid(): Promise<Mermaid> {
  const url = `${document.documentElement.dataset.base ?? '/'}vendor/mermaid/mermaid.esm.min.mjs`;
  renderer ??= import(/* @vite-ignore */ url).then(
    (module: { default: Mermaid }) => module.default,
  );
  return renderer;
}

class CourseDiagram extends HTMLElement {
  private source = '';
  private drawn = false;

  connectedCallback() {
    this.source = this.querySelector('code')?.textContent ?? '';
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void this.draw();
      },
      // One screen ahead: drawn (and swapped in, off screen) before the reader gets there, and
      // Mermaid is not fetched by a page whose first diagram is further down than that.
      { rootMargin: '100% 0px' },
    );
    observer.observe(this);
    const redraw = () => this.drawn && void this.draw();
    document.addEventListener('course:themechange', redraw);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
  }

  private async draw() {
    const mermaid = await loadMermaid();
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: isDark() ? 'dark' : 'default',
      // Opaque label backgrounds keep edge labels readable (WCAG AA) over lines in both themes.
      themeVariables: { edgeLabelBackground: isDark() ? '#161d25' : '#ffffff' },
      fontFamily: getComputedStyle(document.body).fontFamily,
    });
    try {
      const { svg } = await mermaid.render(`diagrama-${++counter}`, this.source);
      const figure = document.createElement('div');
      figure.className = 'diagram-svg';
      figure.setAttribute('role', 'img');
      figure.setAttribute('aria-label', text('diagram.label'));
      figure.innerHTML = svg;
      this.querySelector('.diagram-svg')?.remove();
      this.querySelector('.diagram-error')?.remove();
      this.prepend(figure);
      if (!this.querySelector('.zoom-button')) {
        const zoom = document.createElement('button');
        zoom.type = 'button';
        zoom.className = 'zoom-button';
        zoom.setAttribute('aria-label', text('zoom.open'));
        zoom.textContent = '⤢';
        figure.after(zoom);
      }
      this.dataset.state = 'drawn';
      // The source becomes the drawing's text alternative: out of sight, still read aloud.
      this.querySelector('.code-block')?.classList.add('sr-only');
      this.drawn = true;
    } catch (error) {
      const message = document.createElement('p');
      message.className = 'diagram-error';
      message.textContent = `${text('diagram.error')}: ${(error as Error).message}`;
      this.querySelector('.diagram-error')?.remove();
      this.prepend(message);
      this.dataset.state = 'error';
      this.querySelector('.code-block')?.classList.remove('sr-only');
      console.warn('course-diagram: could not draw the diagram', this, error);
    }
  }
}

customElements.define('course-diagram', CourseDiagram);
