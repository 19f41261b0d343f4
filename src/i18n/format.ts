/**
 * Filling an interface string (src/i18n/<locale>/<area>.json): placeholders and plural forms.
 * Pure and browser-safe, beside the catalogues, so both the pages (src/lib/i18n/ui.ts) and the
 * charts (src/charts/shared/i18n.ts, which may not import src/lib/) use the one function.
 */

/** An interface string: a text, or plural forms keyed by `Intl.PluralRules` categories. */
export type UiText = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** Fills `{name}` placeholders and picks the plural form for `count` in the language's rules. */
export function formatUiText(
  locale: string,
  text: UiText,
  vars: Record<string, string | number> = {},
  tag: string = locale,
): string {
  let s: string;
  if (typeof text === 'string') s = text;
  else {
    const count = Number(vars.count ?? 0);
    const rule = new Intl.PluralRules(tag).select(count);
    s = text[rule] ?? text.other ?? '';
  }
  return s.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars
      ? String(typeof vars[name] === 'number' ? vars[name].toLocaleString(tag) : vars[name])
      : whole,
  );
}
