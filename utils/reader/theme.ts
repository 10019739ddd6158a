import { SETTING_LIMITS, type FontFamily, type ReaderSettings, type Theme } from '../model';

/** A theme the reader can paint: `system` resolved against the browser's colour scheme. */
export type ResolvedTheme = Exclude<Theme, 'system'>;

/** The theme to paint: the chosen one, or the system's light/dark when following the system. */
export function resolveTheme(theme: Theme, systemPrefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return systemPrefersDark ? 'dark' : 'light';
  return theme;
}

/**
 * The reading face bundled with Tidings (Literata, SIL OFL 1.1, a variable font with weights
 * 200–900): every system gets the same well-set serif instead of Linux's small, tight fallback.
 * It reaches a page's reader as bytes from the worker (never as an extension URL the page could
 * see), and the extension's own pages by `@font-face` from `fonts/`.
 */
export const READER_FACE = {
  family: 'Tidings Literata',
  weight: '200 900',
  files: { normal: 'fonts/literata-normal.woff2', italic: 'fonts/literata-italic.woff2' },
} as const;

const FONT_STACKS: Record<FontFamily, string> = {
  // After the bundled face, good system serifs (macOS, Windows, then Linux's Noto and DejaVu):
  // never the Times metrics Linux falls back to by default.
  serif: `"${READER_FACE.family}", Charter, "Bitstream Charter", "Sitka Text", Cambria, "Noto Serif", "DejaVu Serif", Georgia, serif`,
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace',
  // OpenDyslexic when installed, else a rounded sans with wider spacing, which is what such
  // fonts mainly change.
  dyslexic: 'OpenDyslexic, "Comic Sans MS", "Atkinson Hyperlegible", Verdana, sans-serif',
};

/** The CSS font stack of a font family setting. */
export function fontStack(family: FontFamily): string {
  return FONT_STACKS[family];
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/**
 * CSS custom properties for the reader's root, from the settings. Values are clamped so a bad
 * stored value never makes the text unreadable.
 */
export function readerStyleVars(
  settings: ReaderSettings,
  systemPrefersDark: boolean,
): { theme: ResolvedTheme; vars: Record<string, string> } {
  const { fontSize, lineWidth, lineHeight } = SETTING_LIMITS;
  return {
    theme: resolveTheme(settings.theme, systemPrefersDark),
    vars: {
      '--tr-font': fontStack(settings.fontFamily),
      '--tr-font-size': `${clamp(settings.fontSize, fontSize.min, fontSize.max)}px`,
      '--tr-line-width': `${clamp(settings.lineWidth, lineWidth.min, lineWidth.max)}ch`,
      '--tr-line-height': String(
        Math.round(clamp(settings.lineHeight, lineHeight.min, lineHeight.max) * 100) / 100,
      ),
      '--tr-letter-spacing': settings.fontFamily === 'dyslexic' ? '0.03em' : 'normal',
    },
  };
}
