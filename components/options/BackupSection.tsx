import type { JSX } from 'preact';
import { t } from '../../lib/adapters/i18n';

export interface BackupSectionProps {
  importError?: string;
  onExport: () => void;
  onImport: (file: File) => Promise<boolean>;
}

/** Export everything to a JSON file, and import such a file back. */
export function BackupSection({ importError, onExport, onImport }: BackupSectionProps): JSX.Element {
  return (
    <div class="backup">
      <div class="field">
        <button type="button" onClick={onExport} aria-describedby="export-hint">
          {t('settings.backup.export')}
        </button>
        <p id="export-hint" class="hint muted">
          {t('settings.backup.exportHint')}
        </p>
      </div>
      <div class={`field${importError ? ' has-error' : ''}`}>
        <label for="import-file">{t('settings.backup.import')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-invalid={importError ? 'true' : 'false'}
          aria-describedby={importError ? 'import-file-hint import-file-error' : 'import-file-hint'}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so choosing the same file again (after fixing it) fires another change.
            if (file) void onImport(file).finally(() => (input.value = ''));
          }}
        />
        <p id="import-file-hint" class="hint muted">
          {t('settings.backup.importHint')}
        </p>
        {importError && (
          <p id="import-file-error" class="field-error error">
            {importError}
          </p>
        )}
      </div>
    </div>
  );
}
