import { memo } from 'preact/compat';
import type { LibraryFilter } from '@/utils/model';

// The choices change with the library, not with each keystroke: skip them while typing.
const SiteOptions = memo(function SiteOptions(props: {
  sites: ReadonlyArray<{ site: string; count: number }>;
}) {
  return (
    <>
      {props.sites.map((s) => (
        <option key={s.site} value={s.site}>
          {s.site} ({s.count})
        </option>
      ))}
    </>
  );
});

const EntityOptions = memo(function EntityOptions(props: {
  entities: ReadonlyArray<{ name: string; count: number }>;
}) {
  return (
    <datalist id="lib-entity-choices">
      {props.entities.map((e) => (
        <option key={e.name} value={e.name} />
      ))}
    </datalist>
  );
});

export interface LibraryFiltersProps {
  query: string;
  filter: LibraryFilter;
  sites: ReadonlyArray<{ site: string; count: number }>;
  entities: ReadonlyArray<{ name: string; count: number }>;
  /** Shown next to the search box: result count, or that the index is still being prepared. */
  status: string;
  onQuery: (query: string) => void;
  onFilter: (filter: LibraryFilter) => void;
}

const toDay = (ms: number | undefined): string => {
  const date = new Date(ms ?? NaN);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
};

/** Search box and filters: saved / all history, site, entity, date range. */
export function LibraryFilters(props: LibraryFiltersProps) {
  const { query, filter, onFilter } = props;
  const set = (change: Partial<LibraryFilter>) => onFilter({ ...filter, ...change });
  const active =
    filter.scope === 'saved' ||
    !!filter.site ||
    !!filter.entity ||
    filter.from !== undefined ||
    filter.to !== undefined;
  return (
    <div class="lib-filters">
      <div class="lib-search">
        <input
          type="search"
          role="searchbox"
          aria-label="Search the library"
          placeholder="Search titles, text, people, places, sites…"
          value={query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
        <span class="lib-status" role="status">
          {props.status}
        </span>
      </div>
      <div class="lib-filter-row">
        <label>
          Show
          <select
            aria-label="Show"
            value={filter.scope ?? 'all'}
            onChange={(e) => set({ scope: e.currentTarget.value as 'all' | 'saved' })}
          >
            <option value="all">All history</option>
            <option value="saved">Saved only</option>
          </select>
        </label>
        <label>
          Site
          <select
            aria-label="Site"
            value={filter.site ?? ''}
            onChange={(e) => set({ site: e.currentTarget.value || undefined })}
          >
            <option value="">Any site</option>
            <SiteOptions sites={props.sites} />
          </select>
        </label>
        <label>
          Mentions
          <input
            type="text"
            aria-label="Entity"
            list="lib-entity-choices"
            placeholder="a person, organization or place"
            value={filter.entity ?? ''}
            onInput={(e) => set({ entity: e.currentTarget.value || undefined })}
          />
          <EntityOptions entities={props.entities} />
        </label>
        <label>
          From
          <input
            type="date"
            aria-label="From"
            value={toDay(filter.from)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ from: v ? Date.parse(`${v}T00:00:00Z`) : undefined });
            }}
          />
        </label>
        <label>
          To
          <input
            type="date"
            aria-label="To"
            value={toDay(filter.to)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ to: v ? Date.parse(`${v}T23:59:59.999Z`) : undefined });
            }}
          />
        </label>
        {active && (
          <button type="button" class="lib-link" onClick={() => onFilter({})}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
