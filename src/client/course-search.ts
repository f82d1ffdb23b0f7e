/**
 * <course-search>: the search dialog. The header button, `/` and Ctrl/Cmd+K open it (a modal
 * <dialog>: focus stays inside, Esc closes, focus returns to where it was). What the dialog does
 * (search-dialog.ts, then Pagefind and its index) is fetched on the first opening only, so a page
 * whose reader never searches downloads no search code.
 */
class CourseSearch extends HTMLElement {
  private behaviour: Promise<void> | undefined;

  connectedCallback() {
    const dialog = this.querySelector('dialog')!;
    this.querySelector('.search-button')?.addEventListener('click', () => this.open());
    document.addEventListener('keydown', (event) => {
      const typing = (event.target as HTMLElement).closest(
        'input, textarea, select, [contenteditable]',
      );
      const shortcut =
        (event.key === '/' && !typing) || (event.key === 'k' && (event.ctrlKey || event.metaKey));
      if (!shortcut || dialog.open) return;
      event.preventDefault();
      this.open();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      // One Esc closes, even when a search field would first clear itself.
      event.preventDefault();
      dialog.close();
    });
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }

  private open() {
    const dialog = this.querySelector('dialog')!;
    dialog.showModal();
    const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    input.select();
    this.behaviour ??= import('./search-dialog').then(({ attachSearch }) => attachSearch(this));
  }
}

customElements.define('course-search', CourseSearch);
