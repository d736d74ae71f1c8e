/** A counted word's forms by plural category; `#` stands for the number. Every language has `other`. */
export type CountForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/**
 * A count in a language's own plural rules, its number written that language's way ("1,000 breaths",
 * "1000 respiraciones"). A category the forms leave out (Spanish "many" for a million) takes `other`.
 */
export function countIn(locale: string, count: number, forms: CountForms): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other
  return form.replace('#', new Intl.NumberFormat(locale).format(count))
}
