import type { Phrase } from '../progress';
import { say, t } from './i18n';

/** Says a `Phrase`: each of its parts first (with its own plural form), then the sentence holding them. */
export function sayPhrase(p: Phrase): string {
  if (!p.parts) return say(p);
  const subs: Record<string, string | number> = { ...p.subs };
  for (const [name, part] of Object.entries(p.parts)) subs[name] = say(part);
  return t(p.key, subs, p.count);
}
