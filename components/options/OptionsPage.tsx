import type { JSX } from 'preact';
import { SETTING_FIELDS, settingsOfKind, type WholeSetting } from '../../lib/settings-fields';
import { SETTING_WORDS } from '../../lib/settings-words';
import type { SettingsStore } from '../../lib/stores/settings-store';
import { BackupSection } from './BackupSection';
import { ChoiceField } from './ChoiceField';
import { HeadsUpField } from './HeadsUpField';
import { NumberField } from './NumberField';
import { ResetSection } from './ResetSection';
import { StatusRegion } from './StatusRegion';
import { ToggleField } from './ToggleField';
import { TrySection } from './TrySection';
import { WorkingHoursEditor } from './WorkingHoursEditor';

/** What a number field means, then what it allows: "… 10–180 minutes, default 45." */
function rangeHint(field: WholeSetting): string {
  const { min, max, unit, default: fallback } = SETTING_FIELDS[field];
  const { hint } = SETTING_WORDS[field];
  return [hint, `${min}–${max} ${unit}, default ${fallback}.`].filter(Boolean).join(' ');
}

/** The whole options page, drawn from a settings store. */
export function OptionsPage({ store }: { store: SettingsStore }): JSX.Element {
  const stored = store.stored.value;
  const errors = store.errors.value;
  return (
    <main class="options">
      <header>
        <h1>Midbreak settings</h1>
        <p class="muted">Changes are saved as you make them and follow you to your other devices through browser sync.</p>
        <p>
          <a href="/progress.html">Your progress</a>: this week, your streak and eight weeks of routines and check-ins.
        </p>
      </header>
      <StatusRegion status={store.status.value} />
      {store.newer.value && (
        // Shown for as long as it is true, unlike the status line: every save fails until then.
        <p class="warning" role="alert">
          Your settings were saved by a newer version of Midbreak. They are kept as they are, and nothing can be saved
          here until you update Midbreak; the values below are this version's defaults.
        </p>
      )}
      {!store.loaded.value ? (
        <p class="muted">Loading your settings…</p>
      ) : (
        <form class="settings" onSubmit={(e) => e.preventDefault()} noValidate>
          <fieldset class="group">
            <legend>Break schedule</legend>
            <div class="grid">
              {settingsOfKind('whole').map((field) => (
                <NumberField
                  key={field}
                  id={field}
                  label={SETTING_WORDS[field].label}
                  hint={rangeHint(field)}
                  value={store.numberDrafts.value[field]}
                  error={errors[field]}
                  onInput={(text) => store.editNumber(field, text)}
                  onCommit={(text) => void store.setNumber(field, text)}
                />
              ))}
            </div>
          </fieldset>

          <WorkingHoursEditor
            draft={store.hoursDraft.value}
            errors={store.hoursErrors.value}
            onToggle={(on) => void store.setHoursEnabled(on)}
            onEdit={store.editRange}
            onCommit={() => void store.commitHours()}
            onAdd={(day) => void store.addRange(day)}
            onRemove={(day, index) => void store.removeRange(day, index)}
            onPreset={() => void store.applyWeekdayPreset()}
          />

          <fieldset class="group">
            <legend>Prompts</legend>
            <HeadsUpField
              draft={store.headsUpDraft.value}
              error={errors.headsUpSeconds}
              onEdit={store.editHeadsUp}
              onCommit={(d) => void store.setHeadsUp(d)}
            />
            {settingsOfKind('choice').map((field) => (
              <ChoiceField key={field} name={field} value={stored[field]} onChange={(value) => void store.setChoice(field, value)} />
            ))}
            {settingsOfKind('flag').map((flag) => {
              const { label, hint } = SETTING_WORDS[flag];
              return (
                <ToggleField
                  key={flag}
                  id={flag}
                  label={label}
                  hint={hint}
                  checked={stored[flag]}
                  onToggle={(on) => void store.setFlag(flag, on)}
                />
              );
            })}
          </fieldset>

          <TrySection onTry={() => void store.tryPrompt()} />

          <fieldset class="group">
            <legend>Your data</legend>
            <BackupSection
              importError={errors.import}
              onExport={() => void store.exportBackup()}
              onImport={store.importBackupFile}
            />
            <ResetSection onReset={store.resetToDefaults} />
          </fieldset>
        </form>
      )}
    </main>
  );
}
