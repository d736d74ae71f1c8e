import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { channels, requestArgs, type RequestName, type Responses } from '../contract'
import { refusalMessage, type Refusal } from '../common/refusals'
import { isTrustedSender } from './security'

type ParsedArgs<N extends RequestName> = z.output<(typeof requestArgs)[N]>

/** One handler per request in the contract; the compiler refuses a missing one. */
export type RequestHandlers = {
  [N in RequestName]: (...args: ParsedArgs<N>) => Responses[N] | Promise<Responses[N]>
}

/**
 * A request main will not carry out, as a code and parameters (electron/common/refusals.ts): the window
 * words it, and it never carries a stack trace or a sentence.
 */
export class RequestRefused extends Error {
  override name = 'RequestRefused'
  constructor(readonly refusal: Refusal) {
    super(refusalMessage(refusal))
  }
}

/** The system's short code for a failed file operation (ENOSPC, EACCES…), for a refusal's cause. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'error'
}

/**
 * Registers every contract handler behind two gates: the sender must be our own bundled page, and the
 * arguments must match the contract's schema. Returns the function that removes them all again.
 */
export function registerRequestHandlers(ipcMain: IpcMain, handlers: RequestHandlers): () => void {
  const names = Object.keys(channels) as RequestName[]
  for (const name of names) {
    const channel = channels[name]
    const args: z.ZodType = requestArgs[name]
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...received: unknown[]) => {
      if (!isTrustedSender(event.senderFrame)) throw new RequestRefused({ code: 'untrusted-sender' })
      const parsed = args.safeParse(received)
      if (!parsed.success) throw new RequestRefused({ code: 'invalid-request', fields: fieldsAtFault(parsed.error) })
      const handler = handlers[name] as (...a: unknown[]) => unknown
      return handler(...(parsed.data as unknown[]))
    })
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(channels[name])
  }
}

/** Where the arguments went wrong, as paths a developer can follow ("hotkey", "1"), never the values. */
function fieldsAtFault(error: z.ZodError): string[] {
  // Argument 0 is the first payload; its own fields say more than a tuple index.
  const paths = error.issues.flatMap((issue) => {
    const within = issue.path.slice(1).join('.')
    // A key the contract does not know is named itself: "volume", not the object it sat in.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => (within ? `${within}.${key}` : key))
    return [within || 'arguments']
  })
  return [...new Set(paths)].slice(0, 5)
}
