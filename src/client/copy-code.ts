/**
 * Copy buttons of code blocks (rendered by shiki-code-meta.ts, hidden without JavaScript): copies
 * the block's text, line numbers and code annotation markers excluded, and says so for a moment.
 */
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-code');
  const code = button?.parentElement?.querySelector('pre code');
  if (!button || !code) return;
  const label = button.textContent;
  const copy = code.cloneNode(true) as Element;
  for (const marker of copy.querySelectorAll('.code-annotation')) marker.remove();
  navigator.clipboard.writeText(copy.textContent ?? '').then(
    () => {
      button.textContent = button.dataset.copied ?? label;
      setTimeout(() => (button.textContent = label), 1500);
    },
    () => console.warn('copy-code: the clipboard refused the text', button),
  );
});
