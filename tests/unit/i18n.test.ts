import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BODY_RULES, HEAD_RULES, TAIL_RULES } from '../../utils/extract/rules';

// The interface in every language Tidings ships: every message in every locale, with the same
// placeholders and plural forms, and no UI text written into a component instead of a message.

const LOCALES = 'locales';
const files = readdirSync(LOCALES).filter((f) => f.endsWith('.yml'));
const parsed = Object.fromEntries(
  await Promise.all(
    files.map(async (f) => [f.replace(/\.yml$/, ''), await parseMessagesFile(join(LOCALES, f))]),
  ),
) as Record<string, ParsedMessage[]>;

const key = (m: ParsedMessage) => m.key.join('.');
const own = (messages: ParsedMessage[]) => messages.filter((m) => !key(m).startsWith('@@'));
const byKey = (messages: ParsedMessage[]) => new Map(own(messages).map((m) => [key(m), m]));

describe('locales', () => {
  it('ships English, French, German and Spanish', () => {
    expect(Object.keys(parsed).sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  const english = byKey(parsed.en ?? []);
  for (const [locale, messages] of Object.entries(parsed)) {
    if (locale === 'en') continue;
    it(`${locale} has every message, with the same placeholders and plural forms`, () => {
      const theirs = byKey(messages);
      expect([...theirs.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [name, en] of english) {
        const m = theirs.get(name)!;
        expect({ name, type: m.type }).toEqual({ name, type: en.type });
        expect({ name, subs: m.substitutions }).toEqual({ name, subs: en.substitutions });
        expect({ name, named: [...m.namedSubstitutions].sort() }).toEqual({
          name,
          named: [...en.namedSubstitutions].sort(),
        });
      }
    });
  }
});

describe('removed blocks', () => {
  const english = byKey(parsed.en ?? []);
  const rules = [...HEAD_RULES, ...BODY_RULES, ...TAIL_RULES].map((r) => r.name);
  it.each(rules)('the %s rule states its reason in plain words', (rule) => {
    // The reader lists every removal with its reason; a rule without one would read "Not part of
    // the article" (the other locales are held to English's keys above).
    expect(english.has(`removed.rules.${rule.replace(/-/g, '_')}`)).toBe(true);
  });
});

/** Text a person reads, written into a component: JSX text and label-like attributes. */
const LABEL_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
/** Symbols, not words: allowed as they are. */
const SYMBOLS = new Set(['Aa', '×', '·', '▾', '←', '→']);

/** The strings an expression can evaluate to (not those it only compares with). */
function shown(expr: ts.Expression): string[] {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isParenthesizedExpression(expr)) return shown(expr.expression);
  if (ts.isConditionalExpression(expr)) return [...shown(expr.whenTrue), ...shown(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shown(expr.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return [...shown(expr.left), ...shown(expr.right)];
    }
  }
  return [];
}

function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (/\p{L}/u.test(text) && !SYMBOLS.has(text)) found.push(text);
    } else if (
      ts.isJsxAttribute(node) &&
      LABEL_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      node.parent &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      // {cond ? 'Saved' : 'Save'} as an element's content
      found.push(...shown(node.expression).filter((s) => /\p{L}{2,}/u.test(s) && !SYMBOLS.has(s)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => join(dir, f));
}

describe('interface text', () => {
  it.each([...tsxFiles('components'), ...tsxFiles('entrypoints')])(
    '%s writes no UI text itself (it comes from the locales)',
    (file) => {
      expect(hardCodedText(file)).toEqual([]);
    },
  );

  it('the check finds text written into a component', () => {
    const probe = join('tests', 'unit', 'i18n-probe.tsx');
    // A file in memory would do, but the check reads files: it must see this one's strings.
    expect(hardCodedText(probe)).toEqual(['Save', 'title="Close"', 'Saved', 'Not saved']);
  });
});
