/** The form control a <label> with exactly this text points at (visually hidden parts included). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(text: string, root: ParentNode = document): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.replace(/\s+/g, ' ').trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  const control = document.getElementById(label.htmlFor);
  if (!control) throw new Error(`label "${text}" points at nothing`);
  return control as T;
}

/** The button whose accessible name (aria-label, else its text) is `name`. */
export function byButton(name: string, root: ParentNode = document): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!button) throw new Error(`no button "${name}"`);
  return button;
}

/** Types into a text input as a user would, then leaves it (input, then change). */
export function typeAndCommit(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Clicks a checkbox or radio (which flips `checked` and fires change, as a browser does). */
export function toggle(input: HTMLInputElement): void {
  input.click();
}

/** The element an input's aria-describedby lists whose id ends in -error, if any. */
export function errorFor(input: HTMLElement): HTMLElement | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  return ids.length ? document.getElementById(ids[0]) : null;
}
