import { t } from '../../lib/adapters/i18n';
import type { MessageKey } from '../../lib/i18n';
import { NEEDS, NEEDS_LABELS, WHERE_LABELS, WHERES } from '../../lib/movements';
import type { LibraryFilter, NeedsChoice, WhereChoice } from './library-store';

interface GroupProps<C extends string> {
  name: string;
  legend: MessageKey;
  choices: readonly C[];
  label: (c: C) => MessageKey;
  value: C;
  onChange: (c: C) => void;
}

/** One radio group of the filter, its choices drawn as chips (arrow keys move between them, as in any radio group). */
function ChoiceGroup<C extends string>({ name, legend, choices, label, value, onChange }: GroupProps<C>) {
  return (
    <fieldset class="lib-group">
      <legend>{t(legend)}</legend>
      <div class="chips">
        {choices.map((c) => (
          <label key={c} class="chip">
            <input type="radio" name={name} value={c} checked={c === value} onChange={() => onChange(c)} />
            <span>{t(label(c))}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface Props {
  filter: LibraryFilter;
  onWhere: (w: WhereChoice) => void;
  onNeeds: (n: NeedsChoice) => void;
}

/** The library's filters: where a movement can be done, and what it needs. */
export function LibraryFilters({ filter, onWhere, onNeeds }: Props) {
  return (
    <section class="lib-filters" aria-label={t('library.filters')}>
      <ChoiceGroup<WhereChoice>
        name="where"
        legend="library.whereLegend"
        choices={['all', ...WHERES]}
        label={(w) => (w === 'all' ? 'library.whereAll' : WHERE_LABELS[w])}
        value={filter.where}
        onChange={onWhere}
      />
      <ChoiceGroup<NeedsChoice>
        name="needs"
        legend="library.needsLegend"
        choices={['all', ...NEEDS]}
        label={(n) => (n === 'all' ? 'library.needsAll' : NEEDS_LABELS[n])}
        value={filter.needs}
        onChange={onNeeds}
      />
    </section>
  );
}
