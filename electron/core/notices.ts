/**
 * Things Kindbreak must tell the person, such as a file it had to set aside. Structured, not sentences:
 * the window and the main process each put them into the person's language.
 */
export type Notice =
  | { id: string; kind: 'settings-unreadable'; movedTo: string }
  | { id: string; kind: 'settings-fields-replaced'; fields: string[]; copyAt: string }
  | { id: string; kind: 'hotkey-unavailable'; hotkey: string }
  | { id: string; kind: 'file-set-aside'; file: string; movedTo: string }
