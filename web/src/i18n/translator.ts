import { DEFAULT_LOCALE, type Locale } from '@laerekraft/shared';

/**
 * The app's translator: looks a key up in the current language's texts, then in bokmål, picks
 * the plural form for `count` with the browser's own `Intl.PluralRules`, and fills in
 * `{{name}}` placeholders. The texts keep i18next's JSON format (`key_one` / `key_other`,
 * `{{name}}`), which the completeness tests (`__tests__/translations.spec.ts`) check.
 *
 * Why not i18next: it and react-i18next are about 16 kB of the 150 kB first-load budget
 * (issue 8; scripts/check-bundle-size.mjs), for the five features the app uses: nested
 * keys, fallback language, plurals, interpolation without escaping (React escapes) and a
 * hook that re-renders on a language switch or when a section of texts arrives. Those fit
 * in this file.
 */

/** One section's texts, or the tree of all sections of a language. */
export type Tree = { [key: string]: string | Tree };

export interface TOptions {
  /**
   * A number picks `key_one`, `key_other` … by the language's plural rules and fills
   * `{{count}}`; a string (an already formatted number) only fills it.
   */
  count?: number | string;
  /** Shown (and filled in) when the key is missing in every language. */
  defaultValue?: string;
  [placeholder: string]: unknown;
}

export type TFunction = (key: string, options?: TOptions) => string;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export class Translator {
  /** The language texts are shown in. */
  language: Locale = DEFAULT_LOCALE;
  /** Bumped on every change that can alter what `t` returns (React's snapshot). */
  version = 0;
  private readonly texts = new Map<string, Tree>();
  private readonly plurals = new Map<string, Intl.PluralRules>();
  private readonly listeners = new Set<() => void>();
  private readonly reported = new Set<string>();
  /**
   * Told once per language and key that neither the language nor the fallback has it
   * (index.ts loads the key's section then, so a page that forgot to ask for it recovers).
   */
  onMissing?: (key: string, language: Locale) => void;

  /** @param fallback the language a missing text is taken from */
  constructor(private readonly fallback: Locale = DEFAULT_LOCALE) {}

  /** Adds (or replaces) one section of a language's texts. */
  addSection(language: Locale, section: string, tree: Tree): void {
    const all = this.texts.get(language) ?? {};
    all[section] = tree;
    this.texts.set(language, all);
    this.changed();
  }

  changeLanguage(language: Locale): void {
    if (language === this.language) return;
    this.language = language;
    this.changed();
  }

  /** Does the current language, or the fallback, have this text? */
  exists(key: string): boolean {
    return this.find(key) !== undefined;
  }

  readonly t: TFunction = (key, options) => {
    let text: string | undefined;
    if (typeof options?.count === 'number') {
      const form = this.pluralForm(options.count);
      text = this.find(`${key}_${form}`) ?? (form === 'other' ? undefined : this.find(`${key}_other`));
    }
    text ??= this.find(key);
    if (text === undefined) {
      this.missing(key);
      text = options?.defaultValue ?? key;
    }
    return options ? fill(text, options) : text;
  };

  /** For `useSyncExternalStore`: bound, so React sees the same function every render. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): number => this.version;

  private find(key: string): string | undefined {
    return lookup(this.texts.get(this.language), key) ?? lookup(this.texts.get(this.fallback), key);
  }

  private pluralForm(count: number): Intl.LDMLPluralRule {
    let rules = this.plurals.get(this.language);
    if (!rules) {
      rules = new Intl.PluralRules(this.language);
      this.plurals.set(this.language, rules);
    }
    return rules.select(count);
  }

  private missing(key: string): void {
    const id = `${this.language}:${key}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.onMissing?.(key, this.language);
  }

  private changed(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }
}

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `{{name}}` → the option's value; a placeholder with no value stays as written. */
function fill(text: string, options: TOptions): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    options[name] === undefined || options[name] === null ? whole : String(options[name]),
  );
}
