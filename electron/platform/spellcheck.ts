import { pathToFileURL } from 'node:url'
import type { Session } from 'electron'

/**
 * Keeps the spellchecker from reaching the network. The first use of a session starts loading Hunspell
 * dictionaries for the OS language on Windows and Linux, and a missing one is downloaded from Google's CDN
 * once the file check comes back (shell/browser/api/electron_api_session.cc, docs/tutorial/spellchecker.md);
 * neither webPreferences.spellcheck nor setSpellCheckerEnabled stops that. Pointing the download address
 * at a local folder in the same turn does: the download fails on this machine and nothing leaves it. The
 * systems' own checkers (macOS; Windows for the languages it has) keep working.
 */
export function keepDictionariesLocal(session: Session, folder: string): void {
  session.setSpellCheckerDictionaryDownloadURL(`${pathToFileURL(folder).href}/`)
}
