import type { JournalDraft } from '../../../electron/contract'
import { isTooLong, type EntryForm, type FormProblem } from '../writing/entry-form'

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

/** The reframing, written in two steps: it needs the critical voice or a kind reply. */
export const reframeEntryForm: EntryForm<ReframeForm> = {
  kind: 'reframe',
  empty: emptyForm,
  from: (saved: JournalDraft) => ({
    harshVoice: saved.harshVoice ?? '',
    situation: saved.situation ?? '',
    feelings: [...(saved.feelings ?? [])],
    intensityBefore: saved.intensityBefore ?? null,
    mindfulNaming: saved.mindfulNaming ?? '',
    commonHumanity: saved.commonHumanity ?? '',
    kindReply: saved.kindReply ?? '',
    intensityAfter: saved.intensityAfter ?? null,
    thinkingTraps: [...(saved.thinkingTraps ?? [])],
  }),
  toInput(form) {
    const input: ReturnType<EntryForm<ReframeForm>['toInput']> = { kind: 'reframe' }
    for (const field of reframeTextFields) if (form[field].trim() !== '') input[field] = form[field]
    if (form.feelings.length > 0) input.feelings = form.feelings
    if (form.thinkingTraps.length > 0) input.thinkingTraps = form.thinkingTraps
    if (form.intensityBefore !== null) input.intensityBefore = form.intensityBefore
    if (form.intensityAfter !== null) input.intensityAfter = form.intensityAfter
    return input
  },
  problems(form) {
    const problems: FormProblem[] = reframeTextFields.filter((field) => isTooLong(form[field])).map((field) => ({ field, kind: 'too-long' }))
    if (form.harshVoice.trim() === '' && form.kindReply.trim() === '') problems.push({ field: null, kind: 'nothing-written' })
    return problems
  },
  firstField: 'harshVoice',
}

/** The step of the form a field is on, so an issue can take the person to it. */
export function stepOf(field: string | null): 'harsh' | 'kind' {
  return field === 'harshVoice' || field === 'situation' || field === 'feelings' || field === 'intensityBefore' ? 'harsh' : 'kind'
}
