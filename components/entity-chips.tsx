import type { Entities, Entity } from '@/utils/model';

const GROUPS: Array<{ key: keyof Entities; label: string }> = [
  { key: 'people', label: 'People' },
  { key: 'organizations', label: 'Organizations' },
  { key: 'places', label: 'Places' },
];

export interface EntityChipsProps {
  entities: Entities;
  /** At most this many chips per group (the most salient first). */
  limit?: number;
  /** Name of the entity whose mentions are highlighted. */
  selected?: string | null;
  onSelect?: (entity: Entity) => void;
}

/** The article's key entities as chips, grouped by type, each with its mention count. */
export function EntityChips({ entities, limit = 6, selected, onSelect }: EntityChipsProps) {
  const groups = GROUPS.map((g) => ({ ...g, items: entities[g.key].slice(0, limit) })).filter(
    (g) => g.items.length > 0,
  );
  if (groups.length === 0)
    return <p class="tidings-muted">No people, organizations or places found.</p>;
  return (
    <div class="tidings-entities">
      {groups.map((group) => (
        <section class="tidings-entity-group" key={group.key} aria-label={group.label}>
          <h3 class="tidings-entity-type">{group.label}</h3>
          <ul class="tidings-chips">
            {group.items.map((entity) => (
              <li key={entity.name}>
                <button
                  type="button"
                  class="tidings-chip"
                  data-entity-type={group.key}
                  aria-pressed={selected === entity.name}
                  title={`Highlight the ${entity.mentions} mentions of ${entity.name}`}
                  onClick={() => onSelect?.(entity)}
                >
                  <span class="tidings-chip-name">{entity.label ?? entity.name}</span>
                  <span class="tidings-chip-count" aria-label={`${entity.mentions} mentions`}>
                    {entity.mentions}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Every surface form of an entity, for highlighting its mentions. */
export function entityNames(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}
