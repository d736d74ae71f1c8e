// A right click in a page: Electron shows no menu of its own and emits webContents 'context-menu' with what
// was under the pointer (docs/api/web-contents.md, event 'context-menu'); the app decides what to show.
import { checksSpellingLocally, fakeMisspellings } from './system.mjs'

/** Runs in every page: reports a right click the page did not handle itself. */
export const contextMenuScript = `(() => {
  addEventListener('contextmenu', (event) => {
    if (event.defaultPrevented || typeof window.__fakeContextMenu !== 'function') return;
    const target = event.target;
    const editable = Boolean(target && (target.isContentEditable || (target.matches && target.matches('textarea, input:not([type]), input[type=text], input[type=search]'))));
    let word = '';
    if (editable && typeof target.selectionStart === 'number') {
      const before = target.value.slice(0, target.selectionStart).match(/[\\p{L}']*$/u)[0];
      const after = target.value.slice(target.selectionStart).match(/^[\\p{L}']*/u)[0];
      word = before + after;
    }
    const selectionText = String(getSelection() || (editable && typeof target.selectionStart === 'number' ? target.value.slice(target.selectionStart, target.selectionEnd) : ''));
    void window.__fakeContextMenu({ x: event.clientX, y: event.clientY, isEditable: editable, selectionText, word });
  });
})();`

/** Electron's context-menu params for a right click the page reported. */
export function contextMenuParams(world, window, report) {
  const misspelled = report.isEditable && checksSpellingLocally(world, window.options.webPreferences) ? fakeMisspellings[report.word.toLowerCase()] : undefined
  return {
    x: report.x,
    y: report.y,
    isEditable: report.isEditable,
    selectionText: report.selectionText,
    misspelledWord: misspelled ? report.word : '',
    dictionarySuggestions: misspelled ?? [],
    editFlags: {
      canUndo: report.isEditable, canRedo: report.isEditable, canCut: report.isEditable && report.selectionText !== '',
      canCopy: report.selectionText !== '', canPaste: report.isEditable, canDelete: report.isEditable && report.selectionText !== '',
      canSelectAll: true, canEditRichly: false,
    },
    linkURL: '', srcURL: '', mediaType: 'none', hasImageContents: false, formControlType: report.isEditable ? 'text-area' : 'none',
  }
}
