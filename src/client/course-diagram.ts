/**
 * <course-diagram>: draws a Mermaid diagram in place of its source when it comes within about one
 * screen of the viewport. This module is loaded by site.ts when a diagram is on screen or the
 * reader first scrolls, so a page that is only opened fetches nothing for a diagram further down. Mermaid writes inline styles, which this site's Content-Security-Policy
 * refuses, so it runs in a hidden frame with its own policy (vendor/mermaid/render.html, served
 * from this site and loaded on the first diagram only); the SVG it returns is shown here as an
 * image, which the page's policy allows. Diagrams follow the light/dark theme and redraw when it
 * changes; a syntax error shows the error above the source instead of breaking the page.
 */
import { text } from './ui-strings';

type Drawn = { svg: string } | { error: string };

let frame: Promise<HTMLIFrameElement> | undefined;

let counter = 0;
const pending = new Map<number, (result: Drawn) => void>();

function isDark(): boolean {
  const theme = document.documentElement.dataset.theme;
  return theme ? theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The drawing frame, created on the first diagram; resolves once its script is listening. */
function getFrame(): Promise<HTMLIFrameElement> {
  frame ??= new Promise((resolve) => {
    const element = document.createElement('iframe');
    element.className = 'diagram-frame';
    element.title = text('diagram.frame');
    element.tabIndex = -1;
    element.setAttribute('aria-hidden', 'true');
    element.src = `${document.documentElement.dataset.base ?? '/'}vendor/mermaid/render.html`;
    addEventListener('message', (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== element.contentWindow) return;
      const data = event.data as ({ id?: number; ready?: boolean } & Partial<Drawn>) | null;
      if (data?.ready) resolve(element);
      else if (typeof data?.id === 'number') {
        pending.get(data.id)?.(data as Drawn);
        pending.delete(data.id);
      }
    });
    document.body.append(element);
  });
  return frame;
}

async function render(source: string): Promise<Drawn> {
  const element = await getFrame();
  const id = ++counter;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    element.contentWindow!.postMessage(
      { id, source, dark: isDark(), fontFamily: getComputedStyle(document.body).fontFamily },
      location.origin,
    );
  });
}

/** The SVG as an <img>, sized from its viewBox so it takes its natural width and no more. */
function toImage(svg: string): HTMLImageElement {
  const viewBox = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const image = new Image();
  if (viewBox) {
    image.width = Math.round(Number(viewBox[1]));
    image.height = Math.round(Number(viewBox[2]));
  }
  image.alt = text('diagram.label');
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return image;
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
    const drawn = await render(this.source);
    if ('svg' in drawn) {
      const figure = document.createElement('div');
      figure.className = 'diagram-svg';
      figure.append(toImage(drawn.svg));
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
    } else {
      const message = document.createElement('p');
      message.className = 'diagram-error';
      message.textContent = `${text('diagram.error')}: ${drawn.error}`;
      this.querySelector('.diagram-error')?.remove();
      this.prepend(message);
      this.dataset.state = 'error';
      this.querySelector('.code-block')?.classList.remove('sr-only');
      console.warn('course-diagram: could not draw the diagram', this, drawn.error);
    }
  }
}

customElements.define('course-diagram', CourseDiagram);
