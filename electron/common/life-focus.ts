/**
 * A life focus the person may choose in Settings, optional and kept on this computer like every setting. It
 * changes words only: the examples a practice gives and the phrases it suggests (the catalog's `lifeFocus`
 * words, per focus). Both processes know the ids: main's settings schema checks them, the window words them.
 */
export const lifeFocuses = ['work', 'caring', 'parenting', 'studying', 'later-life'] as const
export type LifeFocus = (typeof lifeFocuses)[number]
