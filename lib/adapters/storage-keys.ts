// Where the items a page's status depends on are stored. The items themselves (with their
// shapes and migrations) are defined in schedule-item.ts, settings-item.ts and
// safety-items.ts; the popup
// only needs to know when they change, to ask the worker for the status again, and must
// not load their parsers to know it (issue 13: the popup's first load).

export const SCHEDULE_KEY = 'local:schedule' as const;
export const SETTINGS_KEY = 'sync:settings' as const;
export const SAFETY_NOTE_KEY = 'local:safetyNoteSeen' as const;
