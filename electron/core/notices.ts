/**
 * Things Kindbreak must tell the person, such as a file it had to set aside. Structured, not sentences:
 * the window and the main process each put them into the person's language.
 */
export type Notice =
  | { id: string; kind: 'settings-unreadable'; movedTo: string }
  | { id: string; kind: 'settings-fields-replaced'; fields: string[]; copyAt: string }
  | { id: string; kind: 'hotkey-unavailable'; hotkey: string }
  /** No panel on this desktop shows tray icons (GNOME without the AppIndicator extension). */
  | { id: string; kind: 'no-tray-icon'; hotkey: string | null }
  | { id: string; kind: 'file-set-aside'; file: string; movedTo: string }
  /**
   * The journal opened but found something to mention: the end of a save cut short (`torn-tail`), records it
   * could not read (`corrupt-records`, both kept in `movedTo`), entries locked to a key it lacks right now, or
   * written by a newer version (both kept in the journal as they are).
   */
  | { id: string; kind: 'journal-problem'; problem: 'torn-tail' | 'corrupt-records' | 'locked-records' | 'newer-records'; count: number; movedTo?: string }
