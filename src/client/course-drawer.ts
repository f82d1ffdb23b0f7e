/**
 * <course-drawer>: on narrow screens the course navigation slides in from the left.
 * The header's menu button (aria-controls = this element's id) opens and closes it; Esc, a click
 * outside or following a link closes it, and focus goes back to the button. While it is open the
 * rest of the page is inert, so Tab stays inside the drawer.
 */
const NARROW = '(max-width: 50rem)';

class CourseDrawer extends HTMLElement {
  private button: HTMLButtonElement | null = null;

  connectedCallback() {
    this.button = document.querySelector<HTMLButtonElement>(`button[aria-controls="${this.id}"]`);
    if (!this.button) return;
    this.button.addEventListener('click', () => (this.isOpen ? this.close() : this.open()));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.isOpen) this.close();
    });
    document.addEventListener('click', (event) => {
      const target = event.target as Node;
      if (this.isOpen && !this.contains(target) && !this.button?.contains(target))
        this.close(false);
    });
    matchMedia(NARROW).addEventListener('change', () => this.close(false));
  }

  get isOpen() {
    return this.hasAttribute('data-open');
  }

  open() {
    this.setAttribute('data-open', '');
    this.button?.setAttribute('aria-expanded', 'true');
    this.setInert(true);
    const current = this.querySelector<HTMLElement>('[aria-current="page"]');
    (current ?? this.querySelector<HTMLElement>('a'))?.focus();
  }

  close(returnFocus = true) {
    if (!this.isOpen) return;
    this.removeAttribute('data-open');
    this.button?.setAttribute('aria-expanded', 'false');
    this.setInert(false);
    if (returnFocus) this.button?.focus();
  }

  private setInert(inert: boolean) {
    for (const element of document.querySelectorAll<HTMLElement>('main, footer, .toc-aside')) {
      element.inert = inert;
    }
  }
}

customElements.define('course-drawer', CourseDrawer);
