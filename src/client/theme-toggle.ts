/**
 * <theme-toggle>: cycles system → light → dark and remembers the choice in localStorage
 * (`course:theme`). The inline script in Head.astro applies the saved value before first paint;
 * this element only changes it. "system" stores nothing and lets CSS follow the OS.
 */
type Theme = 'system' | 'light' | 'dark';

import { text } from './ui-strings';

const STORAGE_KEY = 'course:theme';
const ORDER: Theme[] = ['system', 'light', 'dark'];

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    this.render(button);
    button.addEventListener('click', () => {
      const next = ORDER[(ORDER.indexOf(currentTheme()) + 1) % ORDER.length]!;
      applyTheme(next);
      this.render(button);
    });
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY) return;
      applyTheme(readTheme(event.newValue), false);
      this.render(button);
    });
  }

  private render(button: HTMLButtonElement) {
    const current = currentTheme();
    const next = ORDER[(ORDER.indexOf(current) + 1) % ORDER.length]!;
    const name = button.querySelector('.theme-name');
    if (name) name.textContent = text(`theme.${current}`);
    button.setAttribute(
      'aria-label',
      text('theme.switch', { current: text(`theme.${current}`), next: text(`theme.${next}`) }),
    );
    button.dataset.theme = current;
  }
}

function currentTheme(): Theme {
  return readTheme(document.documentElement.dataset.theme ?? null);
}

function readTheme(value: string | null): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}

function applyTheme(theme: Theme, persist = true) {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (!persist) return;
  try {
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    console.warn('theme-toggle: could not save the theme; it applies to this page only.');
  }
  document.dispatchEvent(new CustomEvent('course:themechange', { detail: { theme } }));
}

customElements.define('theme-toggle', ThemeToggle);
