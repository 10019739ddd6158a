import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Modules that touch extension APIs (and the entrypoints, which are glue). `host-access` asks for
 * and releases automatic clean view's host access; `messaging-light` is the protocol without its
 * libraries, for the 5 KB detector.
 */
const PLATFORM = [
  {
    group: [
      '**/utils/messaging',
      '**/utils/storage',
      '**/utils/host-access',
      '**/utils/messaging-light',
      '@/utils/messaging',
      '@/utils/storage',
      '@/utils/host-access',
      '@/utils/messaging-light',
    ],
    message: 'The extension-API modules are for entrypoints only; take the data as arguments.',
  },
  {
    group: ['**/entrypoints/**', '@/entrypoints/**'],
    message: 'Nothing imports an entrypoint: entrypoints are glue that imports the rest.',
  },
  {
    group: ['wxt/browser', 'wxt/utils/*', 'webextension-polyfill', '@webext-core/*'],
    message: 'Extension APIs belong in utils/messaging.ts, utils/storage.ts and entrypoints/.',
  },
];

/** Relative spellings of the same modules, as seen from inside `utils/`. */
const PLATFORM_RELATIVE = [
  {
    group: [
      '../messaging',
      '../storage',
      '../host-access',
      '../messaging-light',
      '../../messaging',
      '../../storage',
      './messaging',
      './storage',
    ],
    message: 'The extension-API modules are for entrypoints only; take the data as arguments.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.output-e2e/',
      '.wxt/',
      'node_modules/',
      'tests/fixtures/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // TypeScript checks names; WXT's auto-imports are off (`imports: false`), so every name
      // used is imported.
      'no-undef': 'off',
    },
  },
  // Boundaries: presentational components and the pure logic never reach the platform.
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PLATFORM,
            {
              group: ['**/utils/library/db', '@/utils/library/db', 'dexie'],
              message: 'Components get their data as props; loading it is the entrypoint’s job.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'utils/model/**/*.ts',
      'utils/extract/**/*.ts',
      'utils/nlp/**/*.ts',
      'utils/library/**/*.ts',
      'utils/reader/**/*.ts',
      'utils/auto-clean/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...PLATFORM, ...PLATFORM_RELATIVE] }],
    },
  },
  {
    // The model is the bottom layer: it imports nothing of the rest of the code.
    files: ['utils/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...PLATFORM,
            ...PLATFORM_RELATIVE,
            {
              group: ['../*', '!../model', '@/*', '!@/utils/model'],
              message: 'The model imports nothing of the platform or of the other modules.',
            },
          ],
        },
      ],
    },
  },
);
