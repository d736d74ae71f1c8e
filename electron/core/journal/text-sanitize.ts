/**
 * Text hygiene for journal fields. Control characters (C0, DEL, C1) are stripped because they are
 * invisible, can break terminals and CSV readers, and never come from a person typing on purpose.
 * Tab and newline stay: people indent and break lines. Carriage returns go, so a Windows paste
 * ("\r\n") becomes a plain "\n". Everything else, including the format characters that emoji
 * sequences (ZWJ) and right-to-left text (RLM/LRM) depend on, is kept exactly.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const CONTROL_CHARACTERS_EXCEPT_TAB_AND_NEWLINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS_EXCEPT_TAB_AND_NEWLINE, '')
}

/**
 * Length in Unicode code points, which is closer to what a person calls "characters" than UTF-16
 * units: an emoji counts once instead of twice.
 */
export function codePointLength(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const isHighSurrogateOfPair =
      unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))
    if (isHighSurrogateOfPair) i++
    count++
  }
  return count
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}
