import type { Command } from './commands'
import { pauseChoices } from './scheduler/pause'
import type { Screen } from './screens'

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
  openFlag('--journal', 'journal', 'open the journal'),
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
 * report as unknown.
 */
const foreignSwitchPrefixes = [
  '--no-sandbox', '--ozone-platform', '--enable-features', '--disable-features', '--enable-wayland-ime',
  '--disable-gpu', '--inspect', '--remote-debugging', '--user-data-dir', '--allow-file-access-from-files',
  '--original-process-start-time', '--enable-logging', '--v=', '--vmodule', '--lang', '--force-device-scale-factor',
  '--gtk-version', '--class', '--name',
]

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
    else if (!foreignSwitchPrefixes.some((prefix) => arg.startsWith(prefix))) parsed.unknown.push(arg)
  }
  return parsed
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
