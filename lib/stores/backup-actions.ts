import { messageOf } from '../errors';
import { loadSettings } from '../adapters/settings-item';
import { saveSettings } from '../adapters/settings-write';
import { loadCheckIns, replaceCheckIns } from '../adapters/checkin-items';
import { readCustomRoutines, replaceCustomRoutineList } from '../adapters/custom-routines-item';
import { loadHistory, replaceHistory } from '../adapters/storage-items';
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
import type { Settings } from '../settings';
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
  /** Downloads settings and history as one JSON file. */
  exportBackup(): Promise<boolean>;
  /** Validates the whole file, then writes settings and history; a bad file changes nothing. */
  importBackup(text: string): Promise<boolean>;
  /** Like importBackup, for a chosen file: one over the size cap is refused unread. */
  importBackupFile(file: Blob): Promise<boolean>;
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
      const [settings, history, checkIns, customRoutines] = await Promise.all([loadSettings(), loadHistory(t), loadCheckIns(t), readCustomRoutines()]);
      const fileName = backupFileName(t);
      ctx.download(fileName, serializeBackup(createBackup(settings, history, checkIns, t, customRoutines)));
      ctx.say('info', phrase('settings.backup.exported', { entries: entries(history.events.length), file: fileName }));
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
      // Everything is validated. The settings go first, through the one write path (queued
      // behind the page's other saves): it checks them once more, and it refuses before
      // anything is written when storage holds a newer version's settings.
      saved = await saveSettings(settings);
      await replaceCustomRoutineList(result.backup.customRoutines, result.backup.breakRoutine);
      await replaceHistory(historyOf(result.backup), now);
      await replaceCheckIns(checkInsOf(result.backup), now);
    } catch (error) {
      if (error instanceof NewerVersionError) return refuse({ ok: false, error: importRefused(messageOf(error)) });
      return refuse({ ok: false, error: phrase('settings.backup.writeFailed', { reason: messageOf(error) }) });
    }
    ctx.showAll(saved);
    const checkIns = result.backup.checkIns.length;
    ctx.say(
      'saved',
      checkIns
        ? phrase('settings.backup.importedWithCheckIns', { entries: entries(history.length), checkIns: phrase('settings.backup.checkInCount', { n: checkIns }, checkIns) })
        : phrase('settings.backup.imported', { entries: entries(history.length) }),
    );
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
