import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../lib/adapters/i18n';
import { sayPhrase } from '../../lib/adapters/phrases';
import {
  breakChoiceOptions,
  CUSTOM_LIMITS,
  totalPhrase,
  type BreakChoice,
  type CustomError,
  type StoredCustomRoutine,
} from '../../lib/custom-routine';
import { fitsABreak, MOVEMENTS, type MovementId } from '../../lib/movements';
import { phrase, type Phrase } from '../../lib/phrase';
import type { CustomRoutinesStore } from '../../lib/stores/custom-routines-store';
import type { SettingsStore } from '../../lib/stores/settings-store';

/** A routine as the editor holds it: the seconds as typed. */
interface Draft {
  id: string;
  name: string;
  allowFloor: boolean;
  steps: { movement: MovementId; seconds: string }[];
}

/** Seconds a new step starts with. */
const NEW_STEP_SECONDS = 30;

/** True when every step is a movement this version knows: only then can the editor hold the routine. */
function editable(r: StoredCustomRoutine): boolean {
  return r.steps.every((s) => s.movement in MOVEMENTS);
}

/** The draft of a routine `editable` accepts. */
function draftOf(r: StoredCustomRoutine): Draft {
  return { id: r.id, name: r.name, allowFloor: r.allowFloor, steps: r.steps.map((s) => ({ movement: s.movement as MovementId, seconds: String(s.seconds) })) };
}

/** What the draft asks to save: the seconds a whole number when they are digits, as typed otherwise (the check says why not). */
function routineOf(d: Draft): unknown {
  const seconds = (text: string) => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : text);
  return { id: d.id, name: d.name, allowFloor: d.allowFloor, steps: d.steps.map((s) => ({ movement: s.movement, seconds: seconds(s.seconds) })) };
}

/** The errors as the editor shows them: by field, a step's by its number. */
function errorsByField(errors: readonly CustomError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const key = 'step' in e ? `step-${e.step}` : e.field;
    const text = sayPhrase(e.message);
    out[key] = out[key] ? `${out[key]} ${text}` : text;
  }
  return out;
}

function FieldError({ id, text }: { id: string; text: string | undefined }): JSX.Element | null {
  return text ? (
    <p id={id} class="field-error" role="alert">
      {text}
    </p>
  ) : null;
}

/**
 * "Your own routines": the routine a break offers, the saved routines (edit, delete), and
 * the editor: 1–6 movements that fit a break, in order (up and down buttons), seconds
 * each, the total, a name. A bad value is said beside its field, naming the step and the
 * range, and nothing is stored.
 */
export function CustomRoutinesSection({ routines, settings }: { routines: CustomRoutinesStore; settings: SettingsStore }): JSX.Element {
  const list = routines.list.value;
  const choice = routines.choice.value;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { min: minSec, max: maxSec } = CUSTOM_LIMITS.seconds;

  const edit = (change: (d: Draft) => Draft) => setDraft((d) => (d ? change(d) : d));
  const moveStep = (index: number, by: -1 | 1) => {
    if (!draft) return;
    const to = index + by;
    if (to < 0 || to >= draft.steps.length) return;
    const steps = [...draft.steps];
    [steps[index], steps[to]] = [steps[to], steps[index]];
    const movement = steps[to].movement;
    setDraft({ ...draft, steps });
    // Focus stays with the step that moved; at the end of the list, on its other button.
    requestAnimationFrame(() => {
      const button = (dir: string) => document.getElementById(`move-${dir}-${movement}`) as HTMLButtonElement | null;
      const same = button(by < 0 ? 'up' : 'down');
      (same && !same.disabled ? same : button(by < 0 ? 'down' : 'up'))?.focus();
    });
  };
  const toggleMovement = (movement: MovementId, on: boolean) =>
    edit((d) => ({
      ...d,
      steps: on ? [...d.steps, { movement, seconds: String(NEW_STEP_SECONDS) }] : d.steps.filter((s) => s.movement !== movement),
    }));

  async function save() {
    if (!draft) return;
    const result = await routines.change({ kind: 'save', routine: routineOf(draft) });
    if (!result.ok) {
      setErrors(errorsByField(result.errors));
      settings.say('error', phrase('custom.editor.fixFirst'));
      return;
    }
    const saved = result.routines.find((r) => r.id === draft.id);
    setErrors({});
    setDraft(null);
    settings.say('saved', phrase('custom.editor.saved', { name: saved?.name ?? draft.name.trim() }));
  }

  /** Stores the routine chosen for breaks and says so, by its words or the user's own name. */
  async function choose(value: BreakChoice, label: Phrase | string) {
    const result = await routines.choose(value);
    if (result.ok) settings.say('saved', phrase('settings.saved.choice', { name: phrase('custom.choice.label'), option: label }));
    else settings.say('error', result.errors[0].message);
  }

  async function remove(r: StoredCustomRoutine) {
    const result = await routines.change({ kind: 'remove', id: r.id });
    if (result.ok) settings.say('saved', phrase('custom.editor.deleted', { name: r.name }));
    else settings.say('error', result.errors[0].message);
  }

  const offered = Object.values(MOVEMENTS).filter((m) => fitsABreak(m, { floorAllowed: draft?.allowFloor ?? false }));
  const full = (draft?.steps.length ?? 0) >= CUSTOM_LIMITS.steps.max;
  const seconds = draft ? draft.steps.reduce((sum, s) => sum + (/^\s*\d{1,4}\s*$/.test(s.seconds) ? Number(s.seconds) : 0), 0) : 0;

  return (
    <fieldset class="group custom-routines" data-testid="custom-routines">
      <legend>{t('custom.editor.heading')}</legend>
      <p class="hint muted">{t('custom.editor.intro', { max: CUSTOM_LIMITS.routines })}</p>

      <fieldset class="radio-group">
        <legend>{t('custom.choice.label')}</legend>
        {breakChoiceOptions(list).map(({ value, label }) => {
          const text = typeof label === 'string' ? label : sayPhrase(label);
          return (
            <div class="radio" key={value}>
              <input
                type="radio"
                id={`breakRoutine-${value}`}
                name="breakRoutine"
                value={value}
                checked={choice === value}
                onChange={() => void choose(value, label)}
              />
              <label for={`breakRoutine-${value}`}>{text}</label>
            </div>
          );
        })}
      </fieldset>

      {list.length === 0 ? (
        <p class="muted">{t('custom.editor.none')}</p>
      ) : (
        <ul class="custom-list">
          {list.map((r) => (
            <li key={r.id}>
              <span class="custom-name">{r.name}</span> <span class="muted">· {sayPhrase(totalPhrase(r.steps.reduce((n, s) => n + s.seconds, 0)))}</span>
              {/* Made by a newer Midbreak (synced), with a movement this version lacks: editing it
                  here would drop that step on saving, so it is edited there; it plays here without it. */}
              {editable(r) ? null : (
                <p class="hint muted" data-testid="custom-newer">
                  {t('custom.editor.newerMovements')}
                </p>
              )}
              <span class="row">
                {editable(r) ? (
                  <button type="button" aria-label={t('custom.editor.editNamed', { name: r.name })} onClick={() => (setErrors({}), setDraft(draftOf(r)))}>
                    {t('custom.editor.edit')}
                  </button>
                ) : null}
                <button type="button" aria-label={t('custom.editor.deleteNamed', { name: r.name })} onClick={() => void remove(r)}>
                  {t('custom.editor.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <FieldError id="custom-list-error" text={draft ? undefined : errors.list} />

      {draft === null ? (
        <button
          type="button"
          disabled={list.length >= CUSTOM_LIMITS.routines || routines.newer.value}
          onClick={() => {
            setErrors({});
            setDraft({ id: routines.newId(), name: '', allowFloor: false, steps: [] });
          }}
        >
          {t('custom.editor.new')}
        </button>
      ) : (
        <div class="custom-editor" data-testid="custom-editor">
          <div class="field">
            <label for="custom-name">{t('custom.editor.name')}</label>
            <input
              id="custom-name"
              type="text"
              value={draft.name}
              maxLength={CUSTOM_LIMITS.name.max * 2}
              aria-invalid={errors.name ? 'true' : undefined}
              aria-describedby={errors.name ? 'custom-name-error' : undefined}
              onInput={(e) => {
                const name = e.currentTarget.value;
                edit((d) => ({ ...d, name }));
              }}
            />
            <FieldError id="custom-name-error" text={errors.name} />
          </div>
          <div class="field toggle-field">
            <input
              id="custom-allow-floor"
              type="checkbox"
              checked={draft.allowFloor}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                edit((d) => ({ ...d, allowFloor: on }));
              }}
            />
            <label for="custom-allow-floor">{t('custom.editor.allowFloor')}</label>
          </div>
          <fieldset class="custom-movements">
            <legend>{t('custom.editor.movements', { min: CUSTOM_LIMITS.steps.min, max: CUSTOM_LIMITS.steps.max })}</legend>
            <div class="movement-choices">
              {offered.map((m) => {
                const chosen = draft.steps.some((s) => s.movement === m.id);
                return (
                  <div class="radio" key={m.id}>
                    <input
                      type="checkbox"
                      id={`pick-${m.id}`}
                      checked={chosen}
                      disabled={!chosen && full}
                      onChange={(e) => toggleMovement(m.id, e.currentTarget.checked)}
                    />
                    <label for={`pick-${m.id}`}>{t(m.title)}</label>
                  </div>
                );
              })}
            </div>
            <FieldError id="custom-steps-error" text={errors.steps} />
          </fieldset>

          <h3 class="custom-order">{t('custom.editor.order')}</h3>
          {draft.steps.length === 0 ? (
            <p class="muted">{t('custom.editor.noSteps')}</p>
          ) : (
            <ol class="custom-steps">
              {draft.steps.map((s, i) => {
                const m = MOVEMENTS[s.movement];
                const name = t(m.title);
                const error = errors[`step-${i + 1}`];
                const id = `seconds-${s.movement}`;
                return (
                  <li key={s.movement} class="custom-step">
                    <span class="step-name">{name}</span>
                    <span class="step-seconds">
                      <label for={id} class="visually-hidden">
                        {t('custom.editor.seconds', { movement: name })}
                      </label>
                      <input
                        id={id}
                        type="text"
                        inputMode="numeric"
                        size={4}
                        value={s.seconds}
                        aria-invalid={error ? 'true' : undefined}
                        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
                        onInput={(e) => {
                          const text = e.currentTarget.value;
                          edit((d) => ({ ...d, steps: d.steps.map((x, j) => (j === i ? { ...x, seconds: text } : x)) }));
                        }}
                      />
                      <span id={`${id}-hint`} class="muted">
                        {t('custom.editor.secondsHint', { min: minSec, max: maxSec })}
                      </span>
                    </span>
                    <span class="row">
                      <button
                        type="button"
                        id={`move-up-${s.movement}`}
                        aria-label={t('custom.editor.moveUp', { movement: name })}
                        disabled={i === 0}
                        onClick={() => moveStep(i, -1)}
                      >
                        {t('custom.editor.up')}
                      </button>
                      <button
                        type="button"
                        id={`move-down-${s.movement}`}
                        aria-label={t('custom.editor.moveDown', { movement: name })}
                        disabled={i === draft.steps.length - 1}
                        onClick={() => moveStep(i, 1)}
                      >
                        {t('custom.editor.down')}
                      </button>
                    </span>
                    <FieldError id={`${id}-error`} text={error} />
                  </li>
                );
              })}
            </ol>
          )}
          <p class="custom-total" data-testid="custom-total">
            {sayPhrase(totalPhrase(seconds))}
          </p>
          <FieldError id="custom-editor-error" text={errors.list ?? errors.allowFloor ?? errors.id ?? errors.routine} />
          <div class="row">
            <button type="button" class="primary" onClick={() => void save()}>
              {t('custom.editor.save')}
            </button>
            <button type="button" onClick={() => (setErrors({}), setDraft(null))}>
              {t('custom.editor.cancel')}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}
