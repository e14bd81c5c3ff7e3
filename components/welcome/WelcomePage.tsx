import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/adapters/i18n';
import { sayPhrase } from '../../lib/adapters/phrases';
import { phrase } from '../../lib/phrase';
import { SETTING_FIELDS } from '../../lib/settings-fields';
import { SETTING_WORDS } from '../../lib/settings-words';
import type { WelcomeStore } from '../../lib/stores/welcome-store';
import { ChoiceField } from '../options/ChoiceField';
import { NumberField } from '../options/NumberField';
import { richText } from '../options/rich';
import { StatusRegion } from '../options/StatusRegion';
import { onDemand, useLoad } from '../lazy';
import { HoursChoiceField } from './HoursChoiceField';
import { PinHint, type ToolbarBrowser } from './PinHint';

export interface WelcomePageProps {
  store: WelcomeStore;
  browser: ToolbarBrowser;
  /** Closes the page (the tab Midbreak opened on install). */
  onClose: () => void;
}

// The popup loads these two on demand. Imported statically here, they would sit in chunks
// that one page imports and another fetches, and the bundler would then give its runtime
// helpers a file of their own, one more file in the popup's first load (+0.19 KB gzipped,
// measured); fetched on demand here too, they arrive a moment after the page's first paint.
const safetyNote = onDemand(() => import('../SafetyNote').then((m) => m.SafetyNote));
const whenToGetChecked = onDemand(() => import('../WhenToGetChecked').then((m) => m.WhenToGetChecked));

const WORK = SETTING_FIELDS.workMinutes;
/** Shorter than the options page's hint, to sit beside the input: the range and default from the field table. */
const WORK_HINT = phrase('settings.welcome.workHint', { min: WORK.min, max: WORK.max, default: WORK.default });

/**
 * The first-run page, on one screen: what Midbreak does, the safety note, three choices
 * that save as they are made, how to pin the toolbar button, and a sample break.
 */
export function WelcomePage({ store, browser, onClose }: WelcomePageProps): JSX.Element {
  const [help, setHelp] = useState(false);
  const noteFailed = useLoad('note', () => safetyNote.load());
  const helpFailed = useLoad(help ? 'help' : null, () => whenToGetChecked.load());
  const SafetyNote = safetyNote.current;
  const WhenToGetChecked = whenToGetChecked.current;
  const helpShown = help && WhenToGetChecked !== undefined;
  const focused = useRef(false);
  const stored = store.stored.value;

  // Showing "When to get checked" in place moves focus to its heading, as the popup does.
  useEffect(() => {
    if (helpShown && !focused.current) document.getElementById('view-title')?.focus();
    focused.current = helpShown;
  }, [helpShown]);

  const done = async () => {
    try {
      await store.finish();
    } finally {
      onClose();
    }
  };

  return (
    <main class="welcome">
      <header class="welcome-header">
        <h1>{t('settings.welcome.title')}</h1>
        <p class="lede">{richText('settings.welcome.lede', { tryIt: <i>{t('settings.try.button')}</i> })}</p>
      </header>
      {store.newer.value && (
        <p class="warning" role="alert">
          {t('settings.welcome.newer')}
        </p>
      )}
      <div class="welcome-body">
        <div class="welcome-note">
          {SafetyNote ? <SafetyNote onMore={() => setHelp(!help)} moreExpanded={help} /> : noteFailed && <LoadFailed />}
          {help && (WhenToGetChecked ? <WhenToGetChecked /> : helpFailed && <LoadFailed />)}
        </div>
        {!store.loaded.value ? (
          <p class="welcome-choices muted">{t('settings.options.loading')}</p>
        ) : (
          <form class="welcome-choices" aria-labelledby="choices-title" onSubmit={(e) => e.preventDefault()} noValidate>
            <div class="choices-head">
              <h2 id="choices-title">{t('settings.welcome.choices')}</h2>
              <p class="muted">{t('settings.welcome.choicesHint')}</p>
            </div>
            <NumberField
              id="workMinutes"
              label={t(SETTING_WORDS.workMinutes.label)}
              hint={sayPhrase(WORK_HINT)}
              value={store.workDraft.value}
              error={store.workError.value}
              onInput={store.editWork}
              onCommit={(text) => void store.setWork(text)}
            />
            <HoursChoiceField
              value={store.hours.value}
              onChange={(choice) => void store.setHours(choice)}
              onSettings={() => void store.openSettings()}
            />
            <ChoiceField name="promptStyle" value={stored.promptStyle} onChange={(style) => void store.setPromptStyle(style)} />
          </form>
        )}
        <PinHint browser={browser} />
      </div>
      <div class="welcome-actions">
        <button type="button" onClick={() => void store.tryIt()}>
          {t('settings.try.button')}
        </button>
        <button type="button" class="primary" onClick={() => void done()}>
          {t('settings.welcome.done')}
        </button>
        <StatusRegion status={store.status.value} />
      </div>
    </main>
  );
}

/** A part's code would not load (Midbreak was updated or removed while the page was open). */
function LoadFailed() {
  return (
    <p class="error" role="alert">
      {t('settings.welcome.loadFailed')}
    </p>
  );
}
