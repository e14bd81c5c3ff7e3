/** The popup's views; the break window shows the same ones. */
export type View = 'status' | 'routine' | 'checklist' | 'help';
export const VIEWS: readonly View[] = ['status', 'routine', 'checklist', 'help'];

/** The view a direct link asks for (`?view=routine`), or null for none or an unknown one. */
export function parseView(search: string): View | null {
  const v = new URLSearchParams(search).get('view');
  return VIEWS.includes(v as View) ? (v as View) : null;
}
