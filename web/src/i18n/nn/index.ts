// This language's sections of texts, each loaded when asked for (src/i18n/index.ts). Every
// language folder has this same file; a new section is a new JSON file beside it.
export const sections = import.meta.glob<{ default: Record<string, unknown> }>('./*.json');
