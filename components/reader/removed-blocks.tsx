import type { RemovedBlock } from '@/utils/model';

export interface RemovedBlocksProps {
  removed: RemovedBlock[];
  restoredIds: readonly string[];
  onRestore: (id: string) => void;
}

/** Human names of the clutter rules, for the list of what was taken out. */
function ruleLabel(rule: string): string {
  return rule.replace(/[-_]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}

/** "Removed N blocks": what the clutter rules took out, each with its reason and a restore button. */
export function RemovedBlocks({ removed, restoredIds, onRestore }: RemovedBlocksProps) {
  if (removed.length === 0) return null;
  const n = removed.length;
  return (
    <details class="tr-removed">
      <summary>
        Removed {n} {n === 1 ? 'block' : 'blocks'}
      </summary>
      <ul>
        {removed.map((block) => {
          const restored = restoredIds.includes(block.id);
          return (
            <li key={block.id}>
              <span class="tr-removed-rule">{ruleLabel(block.rule)}</span>
              <span class="tr-removed-text">{preview(block.text) || '(no text)'}</span>
              <button
                type="button"
                disabled={restored}
                onClick={() => onRestore(block.id)}
                aria-label={`Restore: ${preview(block.text).slice(0, 60)}`}
              >
                {restored ? 'Restored' : 'Restore'}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
