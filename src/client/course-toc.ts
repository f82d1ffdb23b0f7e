/**
 * <course-toc>: marks the table-of-contents link of the section being read (aria-current="true").
 * The current section is the last heading that has scrolled above the top third of the viewport.
 */
class CourseToc extends HTMLElement {
  private links = new Map<string, HTMLAnchorElement>();
  private headings: HTMLElement[] = [];
  private frame = 0;

  connectedCallback() {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      this.links.set(decodeURIComponent(link.hash.slice(1)), link);
    }
    this.headings = [...this.links.keys()]
      .map((id) => document.getElementById(id))
      .filter((heading): heading is HTMLElement => heading !== null);
    if (this.headings.length === 0) return;
    const observer = new IntersectionObserver(() => this.schedule(), {
      rootMargin: '0px 0px -66% 0px',
    });
    for (const heading of this.headings) observer.observe(heading);
    this.update();
  }

  private schedule() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.update());
  }

  private update() {
    const limit = window.innerHeight / 3;
    let current = this.headings[0]!;
    for (const heading of this.headings) {
      if (heading.getBoundingClientRect().top <= limit) current = heading;
      else break;
    }
    for (const [id, link] of this.links) {
      if (id === current.id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  }
}

customElements.define('course-toc', CourseToc);
