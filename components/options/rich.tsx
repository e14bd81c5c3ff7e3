import type { ComponentChild } from 'preact';
import { Fragment } from 'preact';
import { t } from '../../lib/adapters/i18n';
import type { MessageKey } from '../../lib/i18n';

// A message with markup inside it (a link, bold words, a part only screen readers hear):
// the whole sentence is one message, so each language orders it as it needs, and each
// `{placeholder}` named in `parts` becomes that element where the language put it.

const MARK = '\u0001';

/** The words of `key` with the elements of `parts` in place of their placeholders; `subs` fill the rest. */
export function richText(key: MessageKey, parts: Record<string, ComponentChild>, subs: Record<string, string | number> = {}): ComponentChild[] {
  const names = Object.keys(parts);
  const marks = Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`]));
  return t(key, { ...subs, ...marks })
    .split(MARK)
    .map((piece, i) => (i % 2 === 1 ? <Fragment key={piece}>{parts[names[Number(piece)]]}</Fragment> : piece))
    .filter((piece) => piece !== '');
}
