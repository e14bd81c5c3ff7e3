import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SETTING_FIELDS } from '../../lib/settings-fields';
import { SETTING_WORDS } from '../../lib/settings-words';
import type { WelcomeStore } from '../../lib/stores/welcome-store';
import { ChoiceField } from '../options/ChoiceField';
import { NumberField } from '../options/NumberField';
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
const WORK_HINT = `Active screen time between breaks: ${WORK.min}–${WORK.max}, default ${WORK.default}.`;

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
        <h1>Welcome to Midbreak</h1>
        <p class="lede">
          Midbreak counts your active screen time and, when a break is due, walks you through a 60-second routine for
          your mid back and shoulders. Nothing leaves your machine. <i>Try it now</i>, below, shows you what a break
          looks like.
        </p>
      </header>
      {store.newer.value && (
        <p class="warning" role="alert">
          Your settings were saved by a newer version of Midbreak. They are kept as they are, and nothing can be saved
          here until you update Midbreak.
        </p>
      )}
      <div class="welcome-body">
        <div class="welcome-note">
          {SafetyNote ? <SafetyNote onMore={() => setHelp(!help)} moreExpanded={help} /> : noteFailed && <LoadFailed />}
          {help && (WhenToGetChecked ? <WhenToGetChecked /> : helpFailed && <LoadFailed />)}
        </div>
        {!store.loaded.value ? (
          <p class="welcome-choices muted">Loading your settings…</p>
        ) : (
          <form class="welcome-choices" aria-labelledby="choices-title" onSubmit={(e) => e.preventDefault()} noValidate>
            <div class="choices-head">
              <h2 id="choices-title">Three choices</h2>
              <p class="muted">Each is saved at once.</p>
            </div>
            <NumberField
              id="workMinutes"
              label={SETTING_WORDS.workMinutes.label}
              hint={WORK_HINT}
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
          Try it now
        </button>
        <button type="button" class="primary" onClick={() => void done()}>
          Done
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
      Midbreak could not load this part of the page. Close it and open it again.
    </p>
  );
}
