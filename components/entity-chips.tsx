import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ENTITY_KINDS, type Entities, type Entity, type EntityKind } from '@/utils/model';

export interface EntityChipsProps {
  entities: Entities;
  /**
   * The article's language when the entity finder does not read it (the lists are then empty
   * for that reason, not because the article names nobody).
   */
  unsupportedLanguage?: string | null;
  /** At most this many chips per kind at first (the most salient); a "more" button shows the rest. */
  limit?: number;
  /** Name of the entity whose mentions are highlighted. */
  selected?: string | null;
  onSelect?: (entity: Entity) => void;
  /** Heading level of each kind's label (the surface decides the outline). */
  level?: 2 | 3 | 4;
  /** Narrow surfaces (the popup): the "more" button shows "+2" (its name still says "2 more"). */
  compact?: boolean;
}

/** The heading of an entity kind ("People"). */
export function kindLabel(kind: EntityKind): string {
  return i18n.t(`kinds.${kind}`);
}

/** A language's name in the reader's own language ("French"), else its code. */
function languageName(code: string): string {
  try {
    const ui = i18n.t('@@ui_locale').replace(/_/g, '-') || 'en';
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The article's key entities as chips, grouped by kind, most salient first. Each chip shows its
 * salience as a small meter (so what is shown agrees with the order); its mentions are in its
 * label.
 */
export function EntityChips({
  entities,
  unsupportedLanguage,
  limit = 8,
  selected,
  onSelect,
  level = 3,
  compact = false,
}: EntityChipsProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<EntityKind>>(new Set());
  const id = useId();
  const groups = ENTITY_KINDS.map((kind) => ({ kind, all: entities[kind] })).filter(
    (g) => g.all.length > 0,
  );
  if (groups.length === 0) {
    return (
      <p class="tidings-muted">
        {unsupportedLanguage
          ? i18n.t('entities.unsupported', { language: languageName(unsupportedLanguage) })
          : i18n.t('entities.none')}
      </p>
    );
  }
  const Heading = `h${level}` as 'h3';
  return (
    <div class="tidings-entities">
      {groups.map(({ kind, all }) => {
        const open = expanded.has(kind);
        const items = open ? all : all.slice(0, limit);
        const hidden = all.length - items.length;
        const headingId = `${id}-${kind}`;
        return (
          <section class="tidings-entity-group" key={kind} aria-labelledby={headingId}>
            <Heading class="tidings-entity-type" id={headingId}>
              {kindLabel(kind)}
            </Heading>
            <ul class="tidings-chips">
              {items.map((entity) => (
                <li key={entity.name}>
                  <button
                    type="button"
                    class="tidings-chip"
                    data-entity-type={kind}
                    aria-pressed={selected === entity.name}
                    aria-label={`${entity.label ?? entity.name}, ${i18n.t('entities.mentions', entity.mentions)}`}
                    title={i18n.t('entities.highlightTitle', entity.mentions, {
                      name: entity.name,
                    })}
                    onClick={() => onSelect?.(entity)}
                  >
                    <span class="tidings-chip-name">{entity.label ?? entity.name}</span>
                    <SalienceMeter score={entity.score} />
                  </button>
                </li>
              ))}
              {(hidden > 0 || open) && all.length > limit && (
                <li>
                  <button
                    type="button"
                    class="tidings-more"
                    aria-expanded={open}
                    aria-label={
                      compact
                        ? open
                          ? i18n.t('entities.fewer')
                          : i18n.t('entities.more', hidden)
                        : undefined
                    }
                    onClick={() =>
                      setExpanded((s) => {
                        const next = new Set(s);
                        if (!next.delete(kind)) next.add(kind);
                        return next;
                      })
                    }
                  >
                    {open
                      ? compact
                        ? '−'
                        : i18n.t('entities.fewer')
                      : compact
                        ? `+${hidden}`
                        : i18n.t('entities.more', hidden)}
                  </button>
                </li>
              )}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** How much the article is about the entity (its salience, 1–100), as a small bar. */
export function SalienceMeter({ score }: { score: number | undefined }) {
  if (score === undefined) return null;
  const share = Math.max(8, Math.min(100, Math.round(score)));
  return (
    <span class="tidings-chip-meter" aria-hidden="true">
      <span style={{ width: `${share}%` }} />
    </span>
  );
}

/** Every surface form of an entity, for highlighting its mentions. */
export function entityNames(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}
