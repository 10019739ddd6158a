import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering is a lint rule, not a hope: these imports must fail `npm run check`.
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('import boundaries', () => {
  it.each([
    ['components/popup/x.tsx', "import { sendMessage } from '@/utils/messaging';"],
    ['components/reader/x.tsx', "import { getSettings } from '@/utils/storage';"],
    ['components/x.tsx', "import { listEntries } from '@/utils/library/db';"],
    ['components/x.tsx', "import { browser } from 'wxt/browser';"],
    ['utils/library/x.ts', "import { getSettings } from '../storage';"],
    ['utils/nlp/entities/x.ts', "import { sendMessage } from '../../messaging';"],
    ['utils/extract/x.ts', "import { App } from '@/entrypoints/popup/App';"],
    ['utils/extract/rules/x.ts', "import { onMessage } from '@/utils/messaging';"],
    ['utils/model/x.ts', "import { extractArticle } from '../extract';"],
    ['utils/model/x.ts', "import { storage } from 'wxt/utils/storage';"],
    ['utils/auto-clean/x.ts', "import { getSettings } from '../storage';"],
    ['utils/auto-clean/x.ts', "import { requestOrigins } from '../host-access';"],
    ['components/popup/x.tsx', "import { requestOrigins } from '@/utils/host-access';"],
    ['components/x.tsx', "import { sendMessageLight } from '@/utils/messaging-light';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBeGreaterThan(0);
  });

  it.each([
    ['components/x.tsx', "import type { Article } from '@/utils/model';"],
    ['utils/library/x.ts', "import { entryKey } from '../model';"],
    ['utils/model/x.ts', "import type { Analysis } from './analysis';"],
    ['entrypoints/background/x.ts', "import { getSettings } from '@/utils/storage';"],
    ['utils/auto-clean/x.ts', "import { isReaderable } from '../extract/readerable';"],
    ['entrypoints/popup/x.ts', "import { requestOrigins } from '@/utils/host-access';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
