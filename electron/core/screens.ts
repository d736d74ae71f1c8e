/** The screens the break window can show. The renderer owns how they look; main only names them. */
export const screens = ['home', 'heads-up', 'break', 'breathe', 'touch', 'reframe', 'journal', 'settings', 'welcome', 'about', 'doubts'] as const
export type Screen = (typeof screens)[number]
