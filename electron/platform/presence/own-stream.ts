/**
 * Kindbreak's own audio streams are not somebody's call. It denies every permission request and should
 * never record; this keeps a stray stream of its own (Chromium's, under the app's name) from holding its
 * breaks back. pactl and PipeWire both carry the client's `application.name` and
 * `application.process.binary` properties (PulseAudio's proplist names, which PipeWire keeps).
 */
export function isOwnStream(properties: ReadonlyMap<string, unknown>, ownAppName: string): boolean {
  const own = ownAppName.trim().toLowerCase()
  if (own === '') return false
  return ['application.name', 'application.process.binary'].some((key) => String(properties.get(key) ?? '').toLowerCase() === own)
}
