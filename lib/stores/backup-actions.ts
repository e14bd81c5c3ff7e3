import { messageOf } from '../errors';
import { readSettings } from '../adapters/settings-item';
import { saveSettings } from '../adapters/settings-write';
import { loadCheckIns, replaceCheckIns } from '../adapters/checkin-items';
import { readCustomRoutines, replaceCustomRoutineList } from '../adapters/custom-routines-item';
import { loadHistory, replaceHistory } from '../adapters/storage-items';
import { readProgramme, updateProgramme } from '../adapters/programme-item';
import {
  backupFileName,
  backupTooLarge,
  createBackup,
  checkInsOf,
  historyOf,
  importRefused,
  MAX_BACKUP_BYTES,
  parseBackup,
  serializeBackup,
  type BackupResult,
} from '../backup';
import { phrase, type Phrase } from '../phrase';
import { PROGRAMME_SHAPE } from '../programme';
import type { Settings } from '../settings';
import { SETTINGS_SHAPE } from '../settings-parse';
import { CUSTOM_ROUTINES_SHAPE } from '../custom-routine';
import { NewerVersionError } from '../versioned';

/** What the backup actions need from the settings store they belong to. */
export interface BackupContext {
  now: () => number;
  download: (fileName: string, text: string) => void;
  say(kind: 'saved' | 'error' | 'info', what: Phrase): void;
  setImportError(message: Phrase | undefined): void;
  /** Shows freshly written settings in every field. */
  showAll(settings: Settings): void;
}

export interface BackupActions {
  /** Downloads settings, history, check-ins, your own routines and the programme as one JSON file. */
  exportBackup(): Promise<boolean>;
  /** Validates the whole file, then writes everything it holds; a bad file changes nothing. */
  importBackup(text: string): Promise<boolean>;
  /** Like importBackup, for a chosen file: one over the size cap is refused unread. */
  importBackupFile(file: Blob): Promise<boolean>;
}

/**
 * Throws a NewerVersionError naming the first item an import must replace that a newer
 * Midbreak stored: the settings, your own routines or the programme (items without a
 * shadow, whose write paths refuse such a value).
 */
async function refuseIfNewer(now: number): Promise<void> {
  const [settings, routines, programme] = await Promise.all([readSettings(), readCustomRoutines(), readProgramme(now)]);
  if (settings.newer) throw new NewerVersionError(SETTINGS_SHAPE.name);
  if (routines.newer) throw new NewerVersionError(CUSTOM_ROUTINES_SHAPE.name);
  if (programme.newer) throw new NewerVersionError(PROGRAMME_SHAPE.name);
}

const entries = (n: number) => phrase('settings.backup.entries', { n }, n);

/** Export and import for the options page, sharing the settings store's messages. */
export function createBackupActions(ctx: BackupContext): BackupActions {
  function refuse(result: BackupResult): false {
    if (!result.ok) {
      ctx.setImportError(result.error);
      ctx.say('error', result.error);
    }
    return false;
  }

  async function exportBackup() {
    try {
      const t = ctx.now();
      const [settings, history, checkIns, customRoutines, programme] = await Promise.all([
        readSettings(),
        loadHistory(t),
        loadCheckIns(t),
        readCustomRoutines(),
        readProgramme(t),
      ]);
      const fileName = backupFileName(t);
      ctx.download(fileName, serializeBackup(createBackup(settings.settings, history, checkIns, t, customRoutines, programme.plan)));
      const exported = phrase('settings.backup.exported', { entries: entries(history.events.length), file: fileName });
      // What a newer Midbreak stored here is never read as ours, so it is not in the file
      // (defaults, or none, in its place): said, so the file is not taken for a whole copy.
      const newer = [
        settings.newer ? SETTINGS_SHAPE.name : null,
        customRoutines.newer ? CUSTOM_ROUTINES_SHAPE.name : null,
        programme.newer ? PROGRAMME_SHAPE.name : null,
      ].filter((name): name is NonNullable<typeof name> => name !== null);
      ctx.say('info', newer.length ? phrase('settings.backup.exportedWithout', { exported, items: { items: newer.map((n) => phrase(n)) } }) : exported);
      return true;
    } catch (error) {
      ctx.say('error', phrase('settings.backup.exportFailed', { reason: messageOf(error) }));
      return false;
    }
  }

  async function importBackup(text: string) {
    const now = ctx.now();
    const result = parseBackup(text, now);
    if (!result.ok) return refuse(result);
    const { settings, history } = result.backup;
    let saved: Settings;
    try {
      // Everything is validated. A newer version's settings, routines or programme refuse
      // the whole import before anything is written: each write path would refuse its own
      // item, but only after the items before it had been replaced. (Each path still checks
      // again; only another device's newer Midbreak writing in between could leave an
      // import half done, and then the message names the item that was kept.)
      await refuseIfNewer(now);
      // The settings go first, through the one write path (queued behind the page's other
      // saves), which checks them once more.
      saved = await saveSettings(settings);
      await replaceCustomRoutineList(result.backup.customRoutines, result.backup.breakRoutine);
      // The machine ends up with the file's programme, as with everything else the file
      // holds: a file with none (null, or from before version 5) removes the programme
      // stored here, just as a file without routines of your own leaves none.
      await updateProgramme(() => result.backup.programme, now);
      await replaceHistory(historyOf(result.backup), now);
      await replaceCheckIns(checkInsOf(result.backup), now);
    } catch (error) {
      if (error instanceof NewerVersionError) return refuse({ ok: false, error: importRefused(messageOf(error)) });
      return refuse({ ok: false, error: phrase('settings.backup.writeFailed', { reason: messageOf(error) }) });
    }
    ctx.showAll(saved);
    const checkIns = result.backup.checkIns.length;
    const imported = checkIns
      ? phrase('settings.backup.importedWithCheckIns', { entries: entries(history.length), checkIns: phrase('settings.backup.checkInCount', { n: checkIns }, checkIns) })
      : phrase('settings.backup.imported', { entries: entries(history.length) });
    // Said every time: the file replaced them too, even where it held none (no surprises).
    ctx.say('saved', phrase('settings.backup.importedAlso', { imported }));
    return true;
  }

  async function importBackupFile(file: Blob) {
    if (file.size > MAX_BACKUP_BYTES) return refuse(backupTooLarge());
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse({ ok: false, error: importRefused(phrase('settings.backup.unreadable')) });
    }
    return importBackup(text);
  }

  return { exportBackup, importBackup, importBackupFile };
}
