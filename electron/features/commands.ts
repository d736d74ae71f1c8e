/**
 * Everything a person asks of Kindbreak from outside the window: the tray menu, a launch with a flag, the
 * window's own pause and quit where no tray shows. Every way in runs the same command.
 */
import { parseCommandLine, secondLaunchArgv, type ParsedCommandLine } from '../core/cli'
import type { Command } from '../core/commands'
import type { MainText } from '../common/catalog/main-index'
import type { Settings } from '../core/settings'
import type { Notify } from '../platform/notifier'
import type { Breaks } from './breaks'
import type { Feature } from './feature'
import type { WindowFeature } from './window'

export interface CommandsDeps {
  window: WindowFeature
  breaks: Breaks
  settings(): Settings
  quit(): void
  notify: Notify
  text(): MainText
}

export interface Commands extends Feature {
  run(command: Command): void
  /** Runs a command line's flags; `openByDefault`: with none, open the window (a plain relaunch means "show me"). */
  runCommandLine(parsed: ParsedCommandLine, openByDefault: boolean): void
  /** A second launch: its own arguments (additionalData) when it sent them, else the forwarded command line. */
  secondLaunch(forwardedArgv: readonly string[], additionalData: unknown): void
}

export function createCommands(deps: CommandsDeps): Commands {
  const run = (command: Command) => {
    switch (command.kind) {
      case 'open':
        if (command.screen !== 'break') return deps.window.showScreen(command.screen, { focus: true })
        return deps.window.showScreen(deps.breaks.personStartedBreak(), { focus: true })
      case 'quit':
        return deps.quit()
      default:
        return deps.breaks.run(command)
    }
  }
  const runCommandLine: Commands['runCommandLine'] = (parsed, openByDefault) => {
    if (parsed.unknown.length > 0) deps.notify(deps.text().notifications.unknownFlags(parsed.unknown))
    if (parsed.commands.length === 0 && openByDefault && parsed.unknown.length === 0) deps.window.showScreen('home', { focus: true })
    parsed.commands.forEach(run)
  }
  return {
    run,
    runCommandLine,
    secondLaunch: (forwardedArgv, additionalData) => runCommandLine(parseCommandLine(secondLaunchArgv(forwardedArgv, additionalData)), true),
    handlers: { runCommand: run },
  }
}
