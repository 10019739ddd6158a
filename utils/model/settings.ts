/**
 * The reader's settings: one valibot schema gives their type, defaults, limits and the check on
 * every write; migrations turn an older stored shape into this one. A setting has one name from
 * the control that changes it to the code that uses it.
 */
import * as v from 'valibot';

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONT_FAMILIES = ['serif', 'sans', 'mono', 'dyslexic'] as const;

export const TOOLBAR_ACTIONS = ['popup', 'reader'] as const;

export type Theme = (typeof THEMES)[number];
export type FontFamily = (typeof FONT_FAMILIES)[number];

/** Bounds of every numeric setting: the schema checks them and the controls show them. */
export const SETTING_LIMITS = {
  /** Font size in CSS px. */
  fontSize: { min: 14, max: 32, step: 1 },
  /** Line width in `ch`. */
  lineWidth: { min: 40, max: 100, step: 4 },
  /** Unitless line height. */
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  /** Sentences in the summary. */
  summarySentences: { min: 3, max: 5, step: 1 },
  /** Days to keep unsaved history; 0 keeps it forever. */
  historyRetentionDays: { min: 0, max: 3650, step: 1 },
} as const;

type LimitName = keyof typeof SETTING_LIMITS;

function bounded(name: LimitName, integer: boolean) {
  const { min, max } = SETTING_LIMITS[name];
  return integer
    ? v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))
    : v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
}

/** A hostname as the browser reports it (`news.example`, `xn--…`), lower case. */
const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export const ReaderSettingsSchema = v.object({
  theme: v.picklist(THEMES),
  fontFamily: v.picklist(FONT_FAMILIES),
  fontSize: bounded('fontSize', false),
  lineWidth: bounded('lineWidth', false),
  lineHeight: bounded('lineHeight', false),
});

export const SettingsSchema = v.object({
  /** Reader view typography and theme. */
  reader: ReaderSettingsSchema,
  /** Sentences in the summary. */
  summarySentences: bounded('summarySentences', true),
  /** Record articles opened in clean view. */
  historyEnabled: v.boolean(),
  /** Days to keep unsaved history; saved articles are never pruned. 0 = keep forever. */
  historyRetentionDays: bounded('historyRetentionDays', true),
  /** Hostnames with automatic clean view turned on (host access granted per site). */
  autoCleanSites: v.pipe(v.array(v.pipe(v.string(), v.regex(HOSTNAME))), v.maxLength(1000)),
  /** What the toolbar button does: open the popup, or clean view directly (one click to read). */
  toolbarOpens: v.picklist(TOOLBAR_ACTIONS),
});

export type ReaderSettings = v.InferOutput<typeof ReaderSettingsSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  reader: { theme: 'system', fontFamily: 'serif', fontSize: 20, lineWidth: 68, lineHeight: 1.6 },
  summarySentences: 3,
  historyEnabled: true,
  historyRetentionDays: 30,
  autoCleanSites: [],
  toolbarOpens: 'popup',
};

/** A change to the settings: any top-level field, and any part of the reader's. */
export type SettingsChange = Partial<Omit<Settings, 'reader'>> & {
  reader?: Partial<ReaderSettings>;
};

/** A setting that does not fit the schema was written. */
export class InvalidSettingsError extends Error {
  constructor(issues: readonly v.BaseIssue<unknown>[]) {
    const where = issues.map((i) => `${v.getDotPath(i) ?? 'settings'}: ${i.message}`).join('; ');
    super(`Invalid settings (${where}).`);
    this.name = 'InvalidSettingsError';
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each field of `stored` that fits its schema, else that field's default. */
function fieldwise<T extends Record<string, unknown>>(
  schema: v.ObjectSchema<v.ObjectEntries, undefined>,
  stored: unknown,
  defaults: T,
): T {
  const source = isObject(stored) ? stored : {};
  const out: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(schema.entries)) {
    const parsed = v.safeParse(fieldSchema, source[key]);
    out[key] = parsed.success ? parsed.output : defaults[key];
  }
  return out as T;
}

/**
 * The settings from whatever is stored: a field that is missing or does not fit the schema
 * takes its default, so one bad value never breaks the reader or hides the others.
 */
export function readSettings(stored: unknown): Settings {
  const top = fieldwise(SettingsSchema, stored, DEFAULT_SETTINGS);
  const reader = isObject(stored) ? stored.reader : undefined;
  return { ...top, reader: fieldwise(ReaderSettingsSchema, reader, DEFAULT_SETTINGS.reader) };
}

/** The settings after `change`; throws `InvalidSettingsError` when a value is out of the schema. */
export function applySettingsChange(current: Settings, change: SettingsChange): Settings {
  const next = { ...current, ...change, reader: { ...current.reader, ...change.reader } };
  const parsed = v.safeParse(SettingsSchema, next);
  if (!parsed.success) throw new InvalidSettingsError(parsed.issues);
  return parsed.output;
}

/** Version of the stored settings shape. */
export const SETTINGS_VERSION = 2;

/**
 * Steps from one stored version to the next, keyed by the version they produce. Each is pure and
 * tested with a stored example of the old shape.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  /** v1 called the summary length `summaryLength`. */
  2: (old) => {
    if (!isObject(old)) return old;
    const { summaryLength, ...rest } = old;
    return rest.summarySentences === undefined && summaryLength !== undefined
      ? { ...rest, summarySentences: summaryLength }
      : rest;
  },
};
