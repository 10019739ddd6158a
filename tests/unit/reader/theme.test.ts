import { describe, expect, it } from 'vitest';
import { readerStyleVars, resolveTheme } from '../../../utils/reader/theme';
import { DEFAULT_SETTINGS } from '../../../utils/model';

describe('resolveTheme', () => {
  it('follows the system when set to system', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });
  it('keeps an explicit choice whatever the system says', () => {
    expect(resolveTheme('sepia', true)).toBe('sepia');
    expect(resolveTheme('light', true)).toBe('light');
  });
});

describe('readerStyleVars', () => {
  it('turns the settings into CSS values', () => {
    const { theme, vars } = readerStyleVars(DEFAULT_SETTINGS.reader, false);
    expect(theme).toBe('light');
    expect(vars['--tr-font-size']).toBe('20px');
    expect(vars['--tr-line-width']).toBe('68ch');
    expect(vars['--tr-line-height']).toBe('1.6');
    expect(vars['--tr-font']).toMatch(/serif$/);
  });

  it('clamps stored values that would make the text unreadable', () => {
    const { vars } = readerStyleVars(
      { ...DEFAULT_SETTINGS.reader, fontSize: 300, lineWidth: 2, lineHeight: Number.NaN },
      false,
    );
    expect(vars['--tr-font-size']).toBe('32px');
    expect(vars['--tr-line-width']).toBe('40ch');
    expect(vars['--tr-line-height']).toBe('1.2');
  });

  it('spaces letters a little for the dyslexia-friendly font', () => {
    const { vars } = readerStyleVars({ ...DEFAULT_SETTINGS.reader, fontFamily: 'dyslexic' }, false);
    expect(vars['--tr-letter-spacing']).toBe('0.03em');
  });
});
