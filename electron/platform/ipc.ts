import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { channels, requestArgs, type RequestName, type Responses } from '../contract'
import { isTrustedSender } from './security'

type ParsedArgs<N extends RequestName> = z.output<(typeof requestArgs)[N]>

/** One handler per request in the contract; the compiler refuses a missing one. */
export type RequestHandlers = {
  [N in RequestName]: (...args: ParsedArgs<N>) => Responses[N] | Promise<Responses[N]>
}

/** A refusal the window can show as it is: it says what was wrong, never a stack trace. */
export class RequestRefused extends Error {
  override name = 'RequestRefused'
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
      if (!isTrustedSender(event.senderFrame)) throw new RequestRefused(`${channel}: refused, the request did not come from Kindbreak's own window`)
      const parsed = args.safeParse(received)
      if (!parsed.success) throw new RequestRefused(`${channel}: ${describeIssues(parsed.error)}`)
      const handler = handlers[name] as (...a: unknown[]) => unknown
      return handler(...(parsed.data as unknown[]))
    })
  }
  return () => {
    for (const name of names) ipcMain.removeHandler(channels[name])
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      // Argument 0 is the first payload; a person reads "field: problem", not tuple indices.
      const where = issue.path.slice(1).join('.')
      return where ? `${where}: ${issue.message}` : issue.message
    })
    .join('; ')
}
