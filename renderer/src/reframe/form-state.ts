import type { JournalDraft, JournalDraftInput, JournalEntry } from '../../../electron/contract'
import { reframeLimits } from '../content/reframe'

/** The reframing form as the person sees it: empty text is '', an unchosen intensity is null. */
export interface ReframeForm {
  harshVoice: string
  situation: string
  feelings: string[]
  intensityBefore: number | null
  mindfulNaming: string
  commonHumanity: string
  kindReply: string
  intensityAfter: number | null
  thinkingTraps: string[]
}

export type ReframeTextField = 'harshVoice' | 'situation' | 'mindfulNaming' | 'commonHumanity' | 'kindReply'
export const reframeTextFields: readonly ReframeTextField[] = ['harshVoice', 'situation', 'mindfulNaming', 'commonHumanity', 'kindReply']

export const emptyForm: ReframeForm = {
  harshVoice: '',
  situation: '',
  feelings: [],
  intensityBefore: null,
  mindfulNaming: '',
  commonHumanity: '',
  kindReply: '',
  intensityAfter: null,
  thinkingTraps: [],
}

/** An entry or a kept draft, back into the form. */
export function formFrom(saved: JournalDraft | JournalEntry): ReframeForm {
  return {
    harshVoice: saved.harshVoice ?? '',
    situation: saved.situation ?? '',
    feelings: [...(saved.feelings ?? [])],
    intensityBefore: saved.intensityBefore ?? null,
    mindfulNaming: saved.mindfulNaming ?? '',
    commonHumanity: saved.commonHumanity ?? '',
    kindReply: saved.kindReply ?? '',
    intensityAfter: saved.intensityAfter ?? null,
    thinkingTraps: [...(saved.thinkingTraps ?? [])],
  }
}

/**
 * What goes to main: only what was written or chosen. The form is the whole entry, so a field the person
 * emptied is simply left out, and an edit removes it.
 */
export function toDraftInput(form: ReframeForm): JournalDraftInput {
  const input: JournalDraftInput = {}
  for (const field of reframeTextFields) if (form[field].trim() !== '') input[field] = form[field]
  if (form.feelings.length > 0) input.feelings = form.feelings
  if (form.thinkingTraps.length > 0) input.thinkingTraps = form.thinkingTraps
  if (form.intensityBefore !== null) input.intensityBefore = form.intensityBefore
  if (form.intensityAfter !== null) input.intensityAfter = form.intensityAfter
  return input
}

export function isBlank(form: ReframeForm): boolean {
  return Object.keys(toDraftInput(form)).length === 0
}

/** Characters as a person counts them: an emoji is one, not two. */
export function characterCount(text: string): number {
  return [...text].length
}

export function isTooLong(text: string): boolean {
  return text.length > reframeLimits.maxFieldCharacters && characterCount(text) > reframeLimits.maxFieldCharacters
}

/** What stops the form being saved, found before asking main (which checks the same again). */
export type FormProblem = { field: ReframeTextField; kind: 'too-long' } | { field: null; kind: 'nothing-written' }

export function formProblems(form: ReframeForm): FormProblem[] {
  const problems: FormProblem[] = reframeTextFields.filter((field) => isTooLong(form[field])).map((field) => ({ field, kind: 'too-long' }))
  if (form.harshVoice.trim() === '' && form.kindReply.trim() === '') problems.push({ field: null, kind: 'nothing-written' })
  return problems
}

/** The step of the form a field is on, so an issue can take the person to it. */
export function stepOf(field: string | null): 'harsh' | 'kind' {
  return field === 'harshVoice' || field === 'situation' || field === 'feelings' || field === 'intensityBefore' ? 'harsh' : 'kind'
}
