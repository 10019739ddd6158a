import { memo } from 'preact/compat';
import { useId } from 'preact/hooks';
import { i18n } from '#i18n';
import type { LibraryFilter } from '@/utils/model';

// The choices change with the library, not with each keystroke: skip them while typing.
const SiteOptions = memo(function SiteOptions(props: {
  sites: ReadonlyArray<{ site: string; count: number }>;
}) {
  return (
    <>
      {props.sites.map((s) => (
        <option key={s.site} value={s.site}>
          {i18n.t('library.siteOption', { site: s.site, count: s.count })}
        </option>
      ))}
    </>
  );
});

const EntityOptions = memo(function EntityOptions(props: {
  id: string;
  entities: ReadonlyArray<{ name: string; count: number }>;
}) {
  return (
    <datalist id={props.id}>
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

/** A day of the date field (UTC, as stored) from epoch ms; empty when unset or out of range. */
const toDay = (ms: number | undefined): string => {
  if (ms === undefined) return '';
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
};

/** Search box and filters: saved / all history, site, entity, date range. */
export function LibraryFilters(props: LibraryFiltersProps) {
  const { query, filter, onFilter } = props;
  const id = useId();
  const set = (change: Partial<LibraryFilter>) => onFilter({ ...filter, ...change });
  const active =
    filter.scope === 'saved' ||
    !!filter.site ||
    !!filter.entity ||
    filter.from !== undefined ||
    filter.to !== undefined;
  return (
    <div class="lib-filters" role="search">
      <div class="lib-search">
        <input
          type="search"
          class="lib-input lib-search-input"
          aria-label={i18n.t('library.search')}
          placeholder={i18n.t('library.searchPlaceholder')}
          value={query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
        <span class="lib-status" role="status">
          {props.status}
        </span>
      </div>
      <div class="lib-filter-row">
        <label class="lib-field">
          <span>{i18n.t('library.show')}</span>
          <select
            class="lib-input"
            value={filter.scope ?? 'all'}
            onChange={(e) => set({ scope: e.currentTarget.value as 'all' | 'saved' })}
          >
            <option value="all">{i18n.t('library.allHistory')}</option>
            <option value="saved">{i18n.t('library.savedOnly')}</option>
          </select>
        </label>
        <label class="lib-field">
          <span>{i18n.t('library.site')}</span>
          <select
            class="lib-input"
            value={filter.site ?? ''}
            onChange={(e) => set({ site: e.currentTarget.value || undefined })}
          >
            <option value="">{i18n.t('library.anySite')}</option>
            <SiteOptions sites={props.sites} />
          </select>
        </label>
        <label class="lib-field lib-field-wide">
          <span>{i18n.t('library.mentions')}</span>
          <input
            type="text"
            class="lib-input"
            list={`${id}-entities`}
            placeholder={i18n.t('library.mentionsPlaceholder')}
            value={filter.entity ?? ''}
            onInput={(e) => set({ entity: e.currentTarget.value || undefined })}
          />
          <EntityOptions id={`${id}-entities`} entities={props.entities} />
        </label>
        <label class="lib-field">
          <span>{i18n.t('library.from')}</span>
          <input
            type="date"
            class="lib-input"
            value={toDay(filter.from)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ from: v ? Date.parse(`${v}T00:00:00Z`) : undefined });
            }}
          />
        </label>
        <label class="lib-field">
          <span>{i18n.t('library.to')}</span>
          <input
            type="date"
            class="lib-input"
            value={toDay(filter.to)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ to: v ? Date.parse(`${v}T23:59:59.999Z`) : undefined });
            }}
          />
        </label>
        {active && (
          <button type="button" class="lib-button lib-button-quiet" onClick={() => onFilter({})}>
            {i18n.t('library.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
