/**
 * The languages Kindbreak speaks. A new language is its catalog files (`<code>.ts`, `<code>-main.ts`,
 * `<code>-shared.ts`, `<code>-practices.ts`, `<code>-problems.ts`, `<code>-wishes.ts`), its code here, and one
 * line in each of the three lists that gather them: index.ts (the window), main-index.ts and shared.ts.
 */
export const locales = ['en', 'es'] as const
