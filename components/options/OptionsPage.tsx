import type { JSX } from 'preact';
import { DEFAULT_SETTINGS, NUMBER_LIMITS, type NumberSetting } from '../../lib/settings';
import type { SettingsStore } from '../../lib/stores/settings-store';
import { BackupSection } from './BackupSection';
import { HeadsUpField } from './HeadsUpField';
import { NumberField } from './NumberField';
import { PromptStyleField } from './PromptStyleField';
import { ResetSection } from './ResetSection';
import { StatusRegion } from './StatusRegion';
import { ToggleField } from './ToggleField';
import { WorkingHoursEditor } from './WorkingHoursEditor';

/** Each number field's label and what it means; the labels are what tests find the inputs by. */
export const NUMBER_FIELD_TEXT: Record<NumberSetting, { label: string; hint: string }> = {
  workMinutes: { label: 'Work interval (minutes)', hint: 'Active screen time before the routine is due.' },
  snoozeMinutes: { label: 'Snooze length (minutes)', hint: 'How long "Snooze" puts the break off.' },
  maxSnoozes: { label: 'Snoozes in a row', hint: 'After this many, the prompt stops offering snooze.' },
  naturalBreakMinutes: {
    label: 'Natural break after (minutes)',
    hint: 'Time away from the computer (idle or locked) that counts as a break.',
  },
};

function rangeHint(field: NumberSetting): string {
  const { min, max, unit } = NUMBER_LIMITS[field];
  return `${NUMBER_FIELD_TEXT[field].hint} ${min}–${max} ${unit}, default ${DEFAULT_SETTINGS[field]}.`;
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
      </header>
      <StatusRegion status={store.status.value} />
      {!store.loaded.value ? (
        <p class="muted">Loading your settings…</p>
      ) : (
        <form class="settings" onSubmit={(e) => e.preventDefault()} noValidate>
          <fieldset class="group">
            <legend>Break schedule</legend>
            <div class="grid">
              {(Object.keys(NUMBER_FIELD_TEXT) as NumberSetting[]).map((field) => (
                <NumberField
                  key={field}
                  id={field}
                  label={NUMBER_FIELD_TEXT[field].label}
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
            <PromptStyleField value={stored.promptStyle} onChange={(s) => void store.setPromptStyle(s)} />
            <ToggleField
              id="pauseInFullscreen"
              label="Pause while the browser is fullscreen"
              hint="A break that comes due during a video or a presentation waits until you leave fullscreen."
              checked={stored.pauseInFullscreen}
              onToggle={(on) => void store.setFlag('pauseInFullscreen', on)}
            />
            <ToggleField
              id="badgeCountdown"
              label="Show a countdown on the toolbar badge"
              hint="Minutes left until the next break."
              checked={stored.badgeCountdown}
              onToggle={(on) => void store.setFlag('badgeCountdown', on)}
            />
            <ToggleField
              id="stepSound"
              label="Play a sound at each routine step"
              checked={stored.stepSound}
              onToggle={(on) => void store.setFlag('stepSound', on)}
            />
          </fieldset>

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
