import { z } from 'zod'
import type { Command } from './commands'
import { pauseChoices } from './scheduler/pause'
import type { Screen } from '../common/screens'

/**
 * Command-line flags, for a first launch or a second launch that drives the running instance
 * (the Wayland-friendly way to bind a desktop shortcut). Content is data: the help text is built from it.
 */
interface FlagSpec {
  flag: string
  command: Command
  help: string
}

const openFlag = (flag: string, screen: Screen, help: string): FlagSpec => ({ flag, command: { kind: 'open', screen }, help })

export const cliFlags: readonly FlagSpec[] = [
  openFlag('--break', 'break', 'take a break now'),
  openFlag('--breathe', 'breathe', 'open the breathing guide'),
  openFlag('--touch', 'touch', 'open soothing touch'),
  openFlag('--reframe', 'reframe', 'write a reframing journal entry'),
  openFlag('--letter', 'letter', 'write a letter to yourself in the journal'),
  openFlag('--good-things', 'good-things', 'write three good things in the journal'),
  openFlag('--journal', 'journal', 'open the journal'),
  openFlag('--library', 'library', 'open the library of every practice'),
  openFlag('--path', 'path', 'open the gentle eight-week path'),
  openFlag('--settings', 'settings', 'open settings'),
  ...pauseChoices.map((choice): FlagSpec => ({
    flag: `--pause=${choice}`,
    command: { kind: 'pause', choice },
    help: choice === 'indefinitely' ? 'pause breaks until --resume' : `pause breaks ${choice === 'tomorrow' ? 'until tomorrow' : `for ${choice}`}`,
  })),
  { flag: '--resume', command: { kind: 'resume-breaks' }, help: 'resume paused breaks' },
  { flag: '--skip', command: { kind: 'skip-next' }, help: 'skip the next break' },
  { flag: '--quit', command: { kind: 'quit' }, help: 'quit the running Kindbreak' },
]

/**
 * Switches that Chromium, Electron or a desktop launcher may add to our command line. They are not ours to
 * report as unknown. A second launch's command line reaches the running app with Electron's own additions:
 * one switch per privilege of our app:// scheme (shell/browser/api/electron_api_protocol.cc), and
 * --allow-file-access-from-files (shell/app/electron_main_delegate.cc); Chromium adds more (app.md).
 */
const foreignSwitches = [
  '--no-sandbox', '--ozone-platform', '--ozone-platform-hint', '--enable-features', '--disable-features', '--enable-wayland-ime',
  '--disable-gpu', '--inspect', '--inspect-brk', '--remote-debugging-port', '--remote-debugging-pipe', '--user-data-dir', '--allow-file-access-from-files',
  '--original-process-start-time', '--enable-logging', '--v', '--vmodule', '--lang', '--force-device-scale-factor',
  '--gtk-version', '--class', '--name', '--xdg-activation-token', '--enable-avfoundation',
  '--secure-schemes', '--bypasscsp-schemes', '--cors-schemes', '--fetch-schemes', '--service-worker-schemes',
  '--extension-schemes', '--standard-schemes', '--streaming-schemes', '--code-cache-schemes',
]

/** A switch of theirs, bare or with a value: `--lang` and `--lang=es`, but not `--language`. */
const isForeignSwitch = (arg: string): boolean => foreignSwitches.some((name) => arg === name || arg.startsWith(`${name}=`))

export interface ParsedCommandLine {
  commands: Command[]
  help: boolean
  unknown: string[]
}

/** Reads flags only: positional arguments (the executable, "." in development) are not ours. */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const parsed: ParsedCommandLine = { commands: [], help: false, unknown: [] }
  for (const arg of argv) {
    if (!arg.startsWith('-')) continue
    if (arg === '--help' || arg === '-h') {
      parsed.help = true
      continue
    }
    const spec = cliFlags.find((candidate) => candidate.flag === arg)
    if (spec) parsed.commands.push(spec.command)
    else if (!isForeignSwitch(arg)) parsed.unknown.push(arg)
  }
  return parsed
}

/**
 * What a second launch hands the running app beside its command line (requestSingleInstanceLock's
 * additionalData): its own arguments exactly as given. docs/api/app.md warns that the forwarded argv may be
 * reordered and have switches appended, and recommends additionalData for the exact list.
 */
const secondLaunchDataSchema = z.object({ argv: z.array(z.string().max(2_000)).max(200) }).strict()
export type SecondLaunchData = z.infer<typeof secondLaunchDataSchema>

export const secondLaunchData = (argv: readonly string[]): SecondLaunchData => ({ argv: [...argv] })

/**
 * The arguments of a second launch: its own list when it sent one we can read; otherwise (a launch of an
 * older version, a message too large to pass) the forwarded command line, whose added switches are ignored.
 */
export function secondLaunchArgv(forwardedArgv: readonly string[], additionalData: unknown): readonly string[] {
  const sent = secondLaunchDataSchema.safeParse(additionalData)
  return sent.success ? sent.data.argv : forwardedArgv
}

export function helpText(): string {
  const width = Math.max(...cliFlags.map((spec) => spec.flag.length))
  const lines = cliFlags.map((spec) => `  ${spec.flag.padEnd(width)}  ${spec.help}`)
  return [
    'Usage: kindbreak [flag]',
    'With Kindbreak already running, a flag drives the running instance.',
    '',
    ...lines,
    `  ${'--help'.padEnd(width)}  show this list`,
  ].join('\n')
}
