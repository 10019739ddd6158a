/** Library filters: saved / all, site, entity, date range (pure, over the light rows). */
import { rankedEntities } from './entry';
import type { EntryMeta, LibraryFilter } from '../model';

/** True when the entry mentions the entity (by name or alias, case-insensitive). */
export function mentionsEntity(entry: Pick<EntryMeta, 'entities'>, entity: string): boolean {
  const wanted = entity.trim().toLowerCase();
  if (!wanted) return true;
  return rankedEntities(entry.entities).some(
    (e) => e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted),
  );
}

/** True when the entry passes every set field of the filter. */
export function matchesFilter(entry: EntryMeta, filter: LibraryFilter): boolean {
  if (filter.scope === 'saved' && !entry.saved) return false;
  if (filter.site && entry.site !== filter.site) return false;
  if (filter.entity && !mentionsEntity(entry, filter.entity)) return false;
  if (filter.from !== undefined && entry.lastOpened < filter.from) return false;
  if (filter.to !== undefined && entry.lastOpened > filter.to) return false;
  return true;
}

/** The entries that pass the filter, order kept. */
export function filterEntries<T extends EntryMeta>(
  entries: readonly T[],
  filter: LibraryFilter,
): T[] {
  return entries.filter((e) => matchesFilter(e, filter));
}

/** Distinct sites, most entries first (the site filter's choices). */
export function siteChoices(entries: readonly EntryMeta[]): Array<{ site: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.site, (counts.get(e.site) ?? 0) + 1);
  return [...counts]
    .map(([site, count]) => ({ site, count }))
    .sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
}

/** Distinct entity names, most articles first (the entity filter's suggestions). */
export function entityChoices(
  entries: readonly EntryMeta[],
  limit = 200,
): Array<{ name: string; count: number }> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    for (const entity of rankedEntities(e.entities))
      counts.set(entity.name, (counts.get(entity.name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
}
