/**
 * One object of a `pactl list …` listing: "Source Output #12", "Source #1". PulseAudio's pactl (and the
 * same pactl talking to pipewire-pulse) prints each as a header line, then its fields indented by one tab
 * (`Corked: no`), then under `Properties:` its property list indented by two tabs
 * (`application.name = "Firefox"`). Lines of other shapes (a volume's wrapped `balance`) are skipped.
 */
export interface PactlObject {
  kind: string
  index: number
  fields: ReadonlyMap<string, string>
  properties: ReadonlyMap<string, string>
}

const HEADER = /^([A-Z][A-Za-z ]*) #(\d+)\s*$/
const FIELD = /^\t([^\t:]+): ?(.*)$/
const PROPERTY = /^\t\t([\w.-]+) = "(.*)"\s*$/

/** Parses a whole listing; text before the first header, and an unknown layout, give no objects. */
export function readPactlListing(text: string): PactlObject[] {
  const objects: PactlObject[] = []
  let current: { kind: string; index: number; fields: Map<string, string>; properties: Map<string, string> } | null = null
  for (const line of text.split(/\r?\n/)) {
    const header = HEADER.exec(line)
    if (header) {
      current = { kind: header[1] ?? '', index: Number(header[2]), fields: new Map(), properties: new Map() }
      objects.push(current)
      continue
    }
    if (!current) continue
    const property = PROPERTY.exec(line)
    if (property) {
      // pactl escapes a quote or a backslash inside a value with a backslash.
      current.properties.set(property[1] ?? '', (property[2] ?? '').replace(/\\(.)/g, '$1'))
      continue
    }
    const field = FIELD.exec(line)
    if (field) current.fields.set(field[1] ?? '', (field[2] ?? '').trim())
  }
  return objects
}
