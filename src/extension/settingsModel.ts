// The extension's settings, read through a getter and validated: a value of the wrong type or
// out of range yields one plain problem message and the default is used instead. No `vscode`
// import, so the rules are unit-tested in Node (test/unit/workspaceIndexSettings.test.ts).
import { englishText, type Translate } from '../core/index/cards';
import { ENTITY_TYPES, FIGURE_KINDS, type EntityType, type FigureKind, type Lang } from '../core/types';

export type IndexScope = 'workspace' | 'openEditors';

export interface Settings {
  include: string;
  exclude: string;
  maxFiles: number;
  scope: IndexScope;
  /** Index workers: 0 lets the extension choose (see workerCount in analyzerClient.ts). */
  indexWorkers: number;
  language: 'auto' | Lang;
  defaultDollar: string;
  referenceCurrency: string;
  exchangeRates: Record<string, number>;
  exchangeRatesDate: string;
  maxFileSizeKB: number;
  /** The user's entity list, relative to the first workspace folder (or absolute); '' for none. */
  entitiesFile: string;
  highlightEnabled: boolean;
  highlightEntityTypes: EntityType[];
  highlightFigureKinds: FigureKind[];
  /** Inlay hints with the normalized value after figures; off by default (they move the text). */
  inlayHintsEnabled: boolean;
  inlayHintsFigureKinds: FigureKind[];
}

/** The figure kinds whose normalized value a reader most often needs spelled out. */
export const DEFAULT_INLAY_HINT_KINDS: readonly FigureKind[] = ['money', 'percent', 'quantity', 'date'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  include: '**/*.{txt,md}',
  exclude: '**/node_modules/**',
  maxFiles: 5000,
  scope: 'workspace',
  indexWorkers: 0,
  language: 'auto',
  defaultDollar: 'USD',
  referenceCurrency: '',
  exchangeRates: {},
  exchangeRatesDate: '',
  maxFileSizeKB: 5120,
  entitiesFile: '.vscode/article-lens-entities.json',
  highlightEnabled: true,
  highlightEntityTypes: [...ENTITY_TYPES],
  highlightFigureKinds: [...FIGURE_KINDS],
  inlayHintsEnabled: false,
  inlayHintsFigureKinds: [...DEFAULT_INLAY_HINT_KINDS],
});

/** The setting keys under `articleLens.` and the field each fills. */
export const SETTING_KEYS: Record<keyof Settings, string> = {
  include: 'include',
  exclude: 'exclude',
  maxFiles: 'maxFiles',
  scope: 'index.scope',
  indexWorkers: 'index.workers',
  language: 'language',
  defaultDollar: 'defaultDollar',
  referenceCurrency: 'referenceCurrency',
  exchangeRates: 'exchangeRates',
  exchangeRatesDate: 'exchangeRatesDate',
  maxFileSizeKB: 'maxFileSizeKB',
  entitiesFile: 'entitiesFile',
  highlightEnabled: 'highlight.enabled',
  highlightEntityTypes: 'highlight.entityTypes',
  highlightFigureKinds: 'highlight.figureKinds',
  inlayHintsEnabled: 'inlayHints.enabled',
  inlayHintsFigureKinds: 'inlayHints.figureKinds',
};

export interface SettingsResult {
  settings: Settings;
  /** One message per invalid setting, ready to show. */
  problems: string[];
}

/** More workers than this would each load the analyzer for no gain on any machine. */
export const MAX_INDEX_WORKERS = 16;
const CURRENCY = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function describe(value: unknown): string {
  try {
    const s = JSON.stringify(value);
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return String(value);
  }
}

/** Reads every setting with `get` (undefined = not set) and validates it. */
export function readSettings(get: (key: string) => unknown, t: Translate = englishText): SettingsResult {
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, exchangeRates: {}, highlightEntityTypes: [...DEFAULT_SETTINGS.highlightEntityTypes], highlightFigureKinds: [...DEFAULT_SETTINGS.highlightFigureKinds], inlayHintsFigureKinds: [...DEFAULT_SETTINGS.inlayHintsFigureKinds] };
  const take = <K extends keyof Settings>(field: K, check: (v: unknown) => Settings[K] | undefined, expected: string) => {
    const key = SETTING_KEYS[field];
    const raw = get(key);
    if (raw === undefined || raw === null) return;
    const value = check(raw);
    if (value === undefined) {
      problems.push(t('Setting articleLens.{0} = {1} is not valid (expected {2}); the default is used.', key, describe(raw), expected));
    } else {
      settings[field] = value;
    }
  };
  const nonEmptyString = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  take('include', nonEmptyString, t('a glob pattern'));
  take('exclude', (v) => (typeof v === 'string' ? v.trim() : undefined), t('a glob pattern'));
  take('maxFiles', (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 1_000_000 ? v : undefined), t('a whole number from 1 to 1000000'));
  take('scope', (v) => (v === 'workspace' || v === 'openEditors' ? v : undefined), t('"workspace" or "openEditors"'));
  take('indexWorkers', (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_INDEX_WORKERS ? v : undefined), t('a whole number from 0 (automatic) to {0}', MAX_INDEX_WORKERS));
  take('language', (v) => (v === 'auto' || v === 'fr' || v === 'en' ? v : undefined), t('"auto", "fr" or "en"'));
  take('defaultDollar', (v) => (typeof v === 'string' && CURRENCY.test(v.trim().toUpperCase()) ? v.trim().toUpperCase() : undefined), t('a currency code such as USD or CAD'));
  take('referenceCurrency', (v) => (typeof v === 'string' && (v.trim() === '' || CURRENCY.test(v.trim().toUpperCase())) ? v.trim().toUpperCase() : undefined), t('a currency code such as EUR, or empty'));
  take('exchangeRates', (v) => {
    if (typeof v !== 'object' || Array.isArray(v)) return undefined;
    const out: Record<string, number> = {};
    for (const [code, rate] of Object.entries(v as Record<string, unknown>)) {
      if (!CURRENCY.test(code.toUpperCase()) || typeof rate !== 'number' || !(rate > 0) || !Number.isFinite(rate)) return undefined;
      out[code.toUpperCase()] = rate;
    }
    return out;
  }, t('an object of currency codes to positive numbers, such as {"USD": 1, "EUR": 0.92}'));
  take('exchangeRatesDate', (v) => (typeof v === 'string' && (v === '' || (DATE.test(v) && !Number.isNaN(Date.parse(v)))) ? v : undefined), t('a date YYYY-MM-DD, or empty'));
  take('maxFileSizeKB', (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 1_048_576 ? Math.floor(v) : undefined), t('a number of KB from 1 to 1048576'));
  take('entitiesFile', (v) => (typeof v === 'string' ? v.trim() : undefined), t('a file path, or empty'));
  take('highlightEnabled', (v) => (typeof v === 'boolean' ? v : undefined), t('true or false'));
  take('highlightEntityTypes', (v) => arrayOf(v, ENTITY_TYPES), t('a list of entity types: {0}', ENTITY_TYPES.join(', ')));
  take('highlightFigureKinds', (v) => arrayOf(v, FIGURE_KINDS), t('a list of figure kinds: {0}', FIGURE_KINDS.join(', ')));
  take('inlayHintsEnabled', (v) => (typeof v === 'boolean' ? v : undefined), t('true or false'));
  take('inlayHintsFigureKinds', (v) => arrayOf(v, FIGURE_KINDS), t('a list of figure kinds: {0}', FIGURE_KINDS.join(', ')));
  return { settings, problems };
}

function arrayOf<T extends string>(v: unknown, allowed: readonly T[]): T[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: T[] = [];
  for (const item of v) {
    if (typeof item !== 'string' || !(allowed as readonly string[]).includes(item)) return undefined;
    if (!out.includes(item as T)) out.push(item as T);
  }
  return out;
}
