import { i18n } from '#i18n';
import type { RemovedBlock } from '@/utils/model';
import { messageFor } from '../locale';

export interface RemovedBlocksProps {
  removed: RemovedBlock[];
  restoredIds: readonly string[];
  onRestore: (id: string) => void;
}

/** Why a block was removed, in plain words ("Share buttons", "A list of hashtags"). */
export function removalReason(rule: string): string {
  return messageFor(`removed.rules.${rule.replace(/-/g, '_')}`, i18n.t('removed.unknown'));
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}

/** What the clutter rules took out, each with its reason and a button that puts it back. */
export function RemovedBlocks({ removed, restoredIds, onRestore }: RemovedBlocksProps) {
  if (removed.length === 0) return null;
  return (
    <details class="tr-removed">
      <summary>{i18n.t('removed.heading', removed.length)}</summary>
      <ul>
        {removed.map((block) => {
          const restored = restoredIds.includes(block.id);
          const text = preview(block.text);
          return (
            <li key={block.id}>
              <span class="tr-removed-rule">{removalReason(block.rule)}</span>
              <span class="tr-removed-text">{text || i18n.t('removed.noText')}</span>
              <button
                type="button"
                disabled={restored}
                onClick={() => onRestore(block.id)}
                aria-label={
                  restored
                    ? i18n.t('removed.restored')
                    : i18n.t('removed.restoreLabel', { text: text.slice(0, 60) })
                }
              >
                {restored ? i18n.t('removed.restored') : i18n.t('removed.restore')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
