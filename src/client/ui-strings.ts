/**
 * UI strings for browser code: ClientStrings.astro renders the keys browser scripts need from
 * src/i18n into one JSON block, read once per page.
 */
let strings: Record<string, string> | undefined;

/** A UI string with `{name}` placeholders filled. */
export function text(key: string, params: Record<string, string | number> = {}): string {
  strings ??= JSON.parse(document.getElementById('client-strings')?.textContent ?? '{}') as Record<
    string,
    string
  >;
  return (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
