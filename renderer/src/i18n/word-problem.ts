import type { FieldIssue } from '../../../electron/contract'
import type { JournalFieldWords, ProblemWords } from '../../../electron/common/catalog/problem-words'
import { readRefusal, type Refusal } from '../../../electron/common/refusals'
import type { JournalField } from '../../../electron/common/journal-problems'

/** Main's refusal (a code and parameters) in the person's words; anything that is not one is "unexpected". */
export function wordRefusal(error: unknown, words: ProblemWords): string {
  const refusal = readRefusal(error)
  if (refusal === null) return words.unexpected
  // Each code's function takes exactly that code's refusal; the union cannot say so to the compiler.
  return (words.refusals[refusal.code] as (refusal: Refusal) => string)(refusal)
}

/** A journal issue from main, naming its field the way the form and the export name it. */
export function wordFieldIssue(issue: FieldIssue, words: { problems: ProblemWords; journalFields: JournalFieldWords }): string {
  const field = issue.field === null ? words.problems.wholeEntry : fieldName(issue.field, words.journalFields)
  return words.problems.journalIssues[issue.reason](field)
}

function fieldName(field: string, journal: JournalFieldWords): string {
  return Object.hasOwn(journal.fields, field) ? journal.fields[field as JournalField] : field
}
