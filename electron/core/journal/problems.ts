/**
 * Something the person should hear about after the journal opened; the journal still works. Codes and
 * numbers only: the window puts them into the person's words (its notices).
 */
export type JournalProblem =
  | { kind: 'torn-tail'; movedTo: string }
  | { kind: 'corrupt-records'; count: number; movedTo: string }
  | { kind: 'locked-records'; count: number }
  | { kind: 'newer-records'; count: number }
