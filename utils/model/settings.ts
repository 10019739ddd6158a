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

/**
 * Most sites in each automatic clean view list. Each site is one key in the browser's sync
 * storage, which holds at most 512 keys.
 */
export const SITE_LIST_MAX = 250;

function bounded(name: LimitName, integer: boolean) {
  const { min, max } = SETTING_LIMITS[name];
  return integer
    ? v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max))
    : v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
}

/** A hostname as the browser reports it (`news.example`, `xn--…`), lower case. */
const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** A site as the settings name it: its hostname, lower case, without a leading `www.`. */
export const SiteSchema = v.pipe(v.string(), v.regex(HOSTNAME));

const SiteListSchema = v.pipe(v.array(SiteSchema), v.maxLength(SITE_LIST_MAX));

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
  /** Sites with automatic clean view turned on (host access asked for each site). */
  autoCleanSites: SiteListSchema,
  /**
   * Clean view opens by itself on every page that declares itself a news article, on any site
   * (access to all sites, asked when it is turned on).
   */
  autoCleanEverywhere: v.boolean(),
  /** Sites where the reader chose "Stop on this site" while `autoCleanEverywhere` is on. */
  autoCleanStoppedSites: SiteListSchema,
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
  autoCleanEverywhere: false,
  autoCleanStoppedSites: [],
  toolbarOpens: 'popup',
};

/** The two site lists: changed one site at a time (`applySiteChoice`), never as a whole. */
export type SiteListName = 'autoCleanSites' | 'autoCleanStoppedSites';

/**
 * A change to the settings: any top-level field but the site lists, and any part of the
 * reader's. A whole list written from a copy read earlier would drop the sites another browser
 * added since; the lists change one site at a time (`applySiteChoice`).
 */
export type SettingsChange = Partial<Omit<Settings, 'reader' | SiteListName>> & {
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

/** How clean view opens by itself on a page: on a site the reader chose, or as a news article. */
export type AutoCleanMode = 'site' | 'news';

/**
 * What the reader chose for one site: `on` = clean view opens by itself there; `stopped` = "Stop
 * on this site" while clean view opens on every news article.
 */
export type SiteChoice = 'on' | 'stopped';

/** The settings after one site's choice changes (`null`: the site is in neither list). */
export function applySiteChoice(
  current: Settings,
  site: string,
  choice: SiteChoice | null,
): Settings {
  const put = (list: readonly string[], wanted: boolean) => {
    const rest = list.filter((s) => s !== site);
    return wanted ? [...rest, site].sort() : rest;
  };
  const next = {
    ...current,
    autoCleanSites: put(current.autoCleanSites, choice === 'on'),
    autoCleanStoppedSites: put(current.autoCleanStoppedSites, choice === 'stopped'),
  };
  const parsed = v.safeParse(SettingsSchema, next);
  if (!parsed.success) throw new InvalidSettingsError(parsed.issues);
  return parsed.output;
}

/**
 * The settings as stored in their one item: everything but the site lists. Each site is a key
 * of its own (`siteKey`), so two browsers that add sites at once both keep theirs when the
 * browser's sync merges them (it merges key by key, the last write of a key wins).
 */
export type StoredSettings = Omit<Settings, SiteListName>;

/** Prefix of the storage keys of the sites' choices (beside the settings item). */
export const SITE_KEY_PREFIX = 'autoClean:';

/** The storage key of one site's choice. */
export function siteKey(site: string): string {
  return SITE_KEY_PREFIX + site;
}

/** The stored item and the site keys that hold `settings`. */
export function toStoredSettings(settings: Settings): {
  settings: StoredSettings;
  sites: Record<string, SiteChoice>;
} {
  const { autoCleanSites, autoCleanStoppedSites, ...item } = settings;
  const sites: Record<string, SiteChoice> = {};
  for (const site of autoCleanStoppedSites) sites[siteKey(site)] = 'stopped';
  for (const site of autoCleanSites) sites[siteKey(site)] = 'on';
  return { settings: item, sites };
}

/**
 * The settings from the stored item and the stored keys (the site keys among them), fieldwise
 * like `readSettings`. A list longer than the limit is cut, never dropped whole.
 */
export function fromStoredSettings(stored: unknown, entries: Record<string, unknown>): Settings {
  const on: string[] = [];
  const stopped: string[] = [];
  for (const [key, value] of Object.entries(entries)) {
    if (!key.startsWith(SITE_KEY_PREFIX)) continue;
    const site = key.slice(SITE_KEY_PREFIX.length);
    if (!v.is(SiteSchema, site)) continue;
    if (value === 'on') on.push(site);
    else if (value === 'stopped') stopped.push(site);
  }
  return readSettings({
    ...(isObject(stored) ? stored : {}),
    autoCleanSites: on.sort().slice(0, SITE_LIST_MAX),
    autoCleanStoppedSites: stopped.sort().slice(0, SITE_LIST_MAX),
  });
}

/** Version of the stored settings shape. */
export const SETTINGS_VERSION = 3;

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
  /**
   * v3 keeps the settings in sync storage and each site under its own key: the item loses its
   * list (`upgradeLegacySettings` turns the list into site keys first).
   */
  3: (old) => {
    if (!isObject(old)) return old;
    const { autoCleanSites: _sites, ...rest } = old;
    return rest;
  },
};

/**
 * A value stored by versions 1–2 (the whole settings in one item of local storage), as version 3
 * stores it: the item, and one key per site of its list. Pure; `utils/storage.ts` moves it.
 */
export function upgradeLegacySettings(
  value: unknown,
  version: number,
): { settings: unknown; sites: Record<string, SiteChoice> } {
  let v2 = value;
  for (let step = Math.max(version, 1) + 1; step <= 2; step++) v2 = SETTINGS_MIGRATIONS[step]!(v2);
  const sites: Record<string, SiteChoice> = {};
  const list = isObject(v2) && Array.isArray(v2.autoCleanSites) ? v2.autoCleanSites : [];
  for (const site of list) {
    if (v.is(SiteSchema, site) && Object.keys(sites).length < SITE_LIST_MAX) {
      sites[siteKey(site)] = 'on';
    }
  }
  return { settings: SETTINGS_MIGRATIONS[3]!(v2), sites };
}
