import { getMessage } from './i18n-messages';

// The real-browser tests run some of Midbreak's modules in Node itself (the contact sheet
// renders the figures there): they say their words in English, as the browsers' default.
Object.assign(globalThis, { chrome: { runtime: { id: 'node' }, i18n: { getMessage, getUILanguage: () => 'en' } } });
