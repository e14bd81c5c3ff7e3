import type { JSX } from 'preact';
import { t } from '../../lib/adapters/i18n';
import { sayPhrase } from '../../lib/adapters/phrases';
import { phrase } from '../../lib/phrase';
import { SETTING_FIELDS, settingsOfKind, type WholeSetting } from '../../lib/settings-fields';
import { amountOf, SETTING_WORDS } from '../../lib/settings-words';
import type { SettingsStore } from '../../lib/stores/settings-store';
import { BackupSection } from './BackupSection';
import { ChoiceField } from './ChoiceField';
import { CustomRoutinesSection } from './CustomRoutinesSection';
import type { CustomRoutinesStore } from '../../lib/stores/custom-routines-store';
import { HeadsUpField } from './HeadsUpField';
import { NumberField } from './NumberField';
import { ResetSection } from './ResetSection';
import { richText } from './rich';
import { StatusRegion } from './StatusRegion';
import { ToggleField } from './ToggleField';
import { TrySection } from './TrySection';
import { WorkingHoursEditor } from './WorkingHoursEditor';

/** What a number field means, then what it allows: "… 10–180 minutes, default 45." */
function rangeHint(field: WholeSetting): string {
  const { min, max, unit, default: fallback } = SETTING_FIELDS[field];
  const { hint } = SETTING_WORDS[field];
  const range = sayPhrase(phrase('settings.options.rangeHint', { min, max: amountOf(unit, max), default: fallback }));
  return hint ? `${t(hint)} ${range}` : range;
}

/** The whole options page, drawn from a settings store (and your own routines' store, for their section). */
export function OptionsPage({ store, routines }: { store: SettingsStore; routines?: CustomRoutinesStore }): JSX.Element {
  const stored = store.stored.value;
  const errors = store.errors.value;
  return (
    <main class="options">
      <header>
        <h1>{t('settings.options.title')}</h1>
        <p class="muted">{t('settings.options.intro')}</p>
        <p>{richText('settings.options.progress', { link: <a href="/progress.html">{t('settings.options.progressLink')}</a> })}</p>
        <p>{richText('library.optionsLine', { link: <a href="/library.html">{t('library.link')}</a> })}</p>
      </header>
      <StatusRegion status={store.status.value} />
      {store.newer.value && (
        // Shown for as long as it is true, unlike the status line: every save fails until then.
        <p class="warning" role="alert">
          {t('settings.options.newer')}
        </p>
      )}
      {!store.loaded.value ? (
        <p class="muted">{t('settings.options.loading')}</p>
      ) : (
        <form class="settings" onSubmit={(e) => e.preventDefault()} noValidate>
          <fieldset class="group">
            <legend>{t('settings.options.schedule')}</legend>
            <div class="grid">
              {settingsOfKind('whole').map((field) => (
                <NumberField
                  key={field}
                  id={field}
                  label={t(SETTING_WORDS[field].label)}
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
            <legend>{t('settings.options.prompts')}</legend>
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
                  label={t(label)}
                  hint={hint && t(hint)}
                  checked={stored[flag]}
                  onToggle={(on) => void store.setFlag(flag, on)}
                />
              );
            })}
          </fieldset>

          {routines ? <CustomRoutinesSection routines={routines} settings={store} /> : null}

          <TrySection onTry={() => void store.tryPrompt()} />

          <fieldset class="group">
            <legend>{t('settings.options.data')}</legend>
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
