import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ENTITY_KINDS, type Analysis, type Entity, type RemovedBlock } from '@/utils/model';
import { EntityChips, kindLabel } from '../entity-chips';
import { RemovedBlocks } from './removed-blocks';

export interface KeyPointsProps {
  /** null while the worker analyses the article. */
  analysis: Analysis | null;
  analysisError: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  removed: RemovedBlock[];
  restoredIds: readonly string[];
  selected: string | null;
  /** The highlighted entity and how many of its mentions were found (null: not counted yet). */
  highlight: { label: string; count: number | null } | null;
  onSelectEntity: (entity: Entity) => void;
  onClearHighlight: () => void;
  onRestore: (id: string) => void;
}

/** What the popup shows, in the reader: the summary, the key entities, and what was removed. */
export function KeyPoints(props: KeyPointsProps) {
  const { analysis } = props;
  const id = useId();
  return (
    <div class="tr-key-points">
      <section class="tr-kp-section" aria-labelledby={`${id}-summary`}>
        <h2 class="tr-kp-heading" id={`${id}-summary`}>
          {i18n.t('summary.heading')}
        </h2>
        {analysis ? (
          analysis.summary.length > 0 ? (
            <ul class="tr-summary" lang={props.lang ?? undefined} dir={props.dir}>
              {analysis.summary.map((sentence, i) => (
                <li key={i}>{sentence}</li>
              ))}
            </ul>
          ) : (
            <p class="tidings-muted">{i18n.t('summary.tooShort')}</p>
          )
        ) : (
          <p class="tidings-muted">{props.analysisError ?? i18n.t('entities.finding')}</p>
        )}
      </section>
      <section class="tr-kp-section" aria-labelledby={`${id}-entities`}>
        <h2 class="tr-kp-heading" id={`${id}-entities`}>
          {i18n.t('entities.heading')}
        </h2>
        {analysis && (
          <EntityChips
            entities={analysis.entities}
            unsupportedLanguage={
              analysis.entitiesSupported === false ? (analysis.language ?? 'und') : null
            }
            limit={6}
            selected={props.selected}
            onSelect={props.onSelectEntity}
          />
        )}
        <HighlightNote {...props} />
      </section>
      <RemovedBlocks
        removed={props.removed}
        restoredIds={props.restoredIds}
        onRestore={props.onRestore}
      />
    </div>
  );
}

function HighlightNote({ highlight, onClearHighlight }: KeyPointsProps) {
  if (!highlight) return null;
  return (
    <p class="tr-highlight-note" role="status">
      {highlight.count !== null &&
        `${i18n.t('entities.highlighted', highlight.count, { name: highlight.label })} `}
      <button type="button" class="tr-link" onClick={onClearHighlight}>
        {i18n.t('entities.clearHighlight')}
      </button>
    </p>
  );
}

/**
 * The key points folded into one line above the article on narrow screens: the top entities as
 * chips in a row that scrolls sideways, and a button that unfolds the summary, every entity and
 * the removed blocks. The first paragraph stays on the first screen.
 */
export function KeyPointsStrip(props: KeyPointsProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const top = props.analysis ? topEntities(props.analysis, 8) : [];
  return (
    <section class="tr-strip" aria-label={i18n.t('reader.keyPoints')}>
      <div class="tr-strip-row">
        <button
          type="button"
          class="tr-strip-toggle"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          title={open ? i18n.t('reader.keyPointsHide') : i18n.t('reader.keyPointsShow')}
          onClick={() => setOpen((o) => !o)}
        >
          {i18n.t('reader.keyPoints')}
          <span class="tr-caret" aria-hidden="true">
            ▾
          </span>
        </button>
        {!open && (
          <ul class="tr-strip-chips tidings-chips">
            {top.map(({ kind, entity }) => (
              <li key={`${kind}:${entity.name}`}>
                <button
                  type="button"
                  class="tidings-chip"
                  data-entity-type={kind}
                  aria-pressed={props.selected === entity.name}
                  title={`${kindLabel(kind)}: ${i18n.t('entities.highlightTitle', entity.mentions, { name: entity.name })}`}
                  onClick={() => props.onSelectEntity(entity)}
                >
                  <span class="tidings-chip-name">{entity.label ?? entity.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {!open && <HighlightNote {...props} />}
      <div id={`${id}-panel`} class="tr-strip-panel" hidden={!open}>
        {open && <KeyPoints {...props} />}
      </div>
    </section>
  );
}

/** The most salient entities of every kind, interleaved by rank (one of each kind, then the next). */
function topEntities(analysis: Analysis, limit: number) {
  const out: Array<{ kind: (typeof ENTITY_KINDS)[number]; entity: Entity }> = [];
  for (let rank = 0; out.length < limit; rank++) {
    let any = false;
    for (const kind of ENTITY_KINDS) {
      const entity = analysis.entities[kind][rank];
      if (entity && out.length < limit) out.push({ kind, entity });
      any ||= entity !== undefined;
    }
    if (!any) break;
  }
  return out;
}
