import { useId, type ComponentType } from 'react'
import { touchCueIds, type TouchCueId } from './touch'

/**
 * Calm line drawings for the soothing-touch cards, drawn for Kindbreak. Every drawing is the same quiet
 * figure (head, neck and shoulders) with the arms and hands of one placement in front of it. Strokes
 * only, in `currentColor`, so they follow the theme and stay legible in dark mode. Where a hand lies
 * over something, an SVG mask hides the lines behind it: the drawing never relies on a fill colour.
 */

export interface TouchIllustrationProps {
  /** The cue's alt text in the person's language. */
  alt: string
  className?: string
}

/** One thing drawn: its visible strokes and the closed outline that hides whatever lies behind it. */
interface Layer {
  strokes: readonly string[]
  silhouette: string
}

interface Point {
  x: number
  y: number
}

interface HandPose extends Point {
  /** Direction the fingers point, in degrees (0 = to the right, negative = upwards). */
  angle: number
  length?: number
  width?: number
}

const figure: Layer = {
  strokes: [
    'M60 16 a12 13 0 1 0 0.01 0',
    // neck into shoulders and down the sides, open at the bottom edge
    'M54 40 Q55 49 44 52 Q25 57 23 80 L22 120',
    'M66 40 Q65 49 76 52 Q95 57 97 80 L98 120',
  ],
  // The figure is always the back layer, so nothing needs hiding behind it.
  silhouette: '',
}

const format = (point: Point) => `${point.x.toFixed(1)} ${point.y.toFixed(1)}`

/**
 * A forearm reaching from `from` (the picture's edge or the body's side) to a softly rounded hand.
 * `bend` curves the forearm sideways, in viewBox units.
 */
function arm(from: Point, pose: HandPose, bend = 0): Layer {
  const { angle, length = 20, width = 13 } = pose
  const radians = (angle * Math.PI) / 180
  const along = { x: Math.cos(radians), y: Math.sin(radians) }
  const at = (origin: Point, forward: number, side: number): Point => ({
    x: origin.x + along.x * forward - along.y * side,
    y: origin.y + along.y * forward + along.x * side,
  })
  const halfLength = length / 2
  const halfWidth = width / 2
  const corner = Math.min(halfWidth, 6)
  const hand = [
    `M${format(at(pose, -halfLength + corner, -halfWidth))}`,
    `L${format(at(pose, halfLength - corner, -halfWidth))}`,
    `Q${format(at(pose, halfLength, -halfWidth))} ${format(at(pose, halfLength, -halfWidth + corner))}`,
    `L${format(at(pose, halfLength, halfWidth - corner))}`,
    `Q${format(at(pose, halfLength, halfWidth))} ${format(at(pose, halfLength - corner, halfWidth))}`,
    `L${format(at(pose, -halfLength + corner, halfWidth))}`,
    `Q${format(at(pose, -halfLength, halfWidth))} ${format(at(pose, -halfLength, halfWidth - corner))}`,
    `L${format(at(pose, -halfLength, -halfWidth + corner))}`,
    `Q${format(at(pose, -halfLength, -halfWidth))} ${format(at(pose, -halfLength + corner, -halfWidth))}`,
    'Z',
  ].join(' ')
  // The forearm's two edges run parallel to the hand's axis at the wrist and stop there.
  const wrist = at(pose, -halfLength, 0)
  const sleeve = halfWidth * 0.85
  const middle = { x: (from.x + wrist.x) / 2, y: (from.y + wrist.y) / 2 }
  const edgeTo = (side: number) => `Q${format(at(middle, 0, side + bend))} ${format(at(wrist, 0, side))}`
  const edgeFrom = (side: number) => `Q${format(at(middle, 0, side + bend))} ${format(at(from, 0, side))}`
  const start = (side: number) => `M${format(at(from, 0, side))}`
  return {
    strokes: [`${start(-sleeve)} ${edgeTo(-sleeve)}`, `${start(sleeve)} ${edgeTo(sleeve)}`, hand],
    silhouette: `${start(-sleeve)} ${edgeTo(-sleeve)} L${format(at(wrist, 0, sleeve))} ${edgeFrom(sleeve)} Z ${hand}`,
  }
}

/** Small arcs beside the shoulders that suggest a slow stroking movement; they hide nothing. */
const strokingMotion: Layer = { strokes: ['M103 60 q5 6 4 14', 'M17 60 q-5 6 -4 14'], silhouette: '' }

// The person faces us, so their heart is on our right. Layers are listed from back to front.
const heart = { x: 68, y: 78 }

const placements: Record<TouchCueId, readonly Layer[]> = {
  'hand-on-heart': [arm({ x: 30, y: 122 }, { ...heart, angle: -35 }, 6)],
  'both-hands-on-heart': [
    arm({ x: 92, y: 122 }, { x: 71, y: 85, angle: -112 }, -4),
    arm({ x: 30, y: 122 }, { x: 65, y: 75, angle: -35 }, 6),
  ],
  'fist-over-heart': [
    arm({ x: 94, y: 122 }, { x: 73, y: 84, angle: -105, length: 15, width: 16 }, -4),
    arm({ x: 30, y: 122 }, { x: 64, y: 78, angle: -40, length: 19 }, 6),
  ],
  'hand-on-cheek': [arm({ x: 42, y: 122 }, { x: 46, y: 35, angle: -82, length: 19, width: 12 }, 9)],
  'hands-on-belly': [
    arm({ x: 18, y: 112 }, { x: 49, y: 104, angle: -10 }, -3),
    arm({ x: 102, y: 112 }, { x: 71, y: 104, angle: -170 }, 3),
  ],
  'heart-and-belly': [
    arm({ x: 102, y: 116 }, { x: 66, y: 106, angle: -165 }, 3),
    arm({ x: 30, y: 122 }, { ...heart, angle: -35 }, 6),
  ],
  'stroking-arms': [
    strokingMotion,
    arm({ x: 98, y: 106 }, { x: 32, y: 78, angle: -140, length: 18, width: 12 }, -4),
    arm({ x: 22, y: 94 }, { x: 86, y: 68, angle: -40, length: 18, width: 12 }, 4),
  ],
  'self-hug': [
    arm({ x: 98, y: 108 }, { x: 27, y: 96, angle: -160, length: 18, width: 12 }, -5),
    arm({ x: 22, y: 90 }, { x: 93, y: 76, angle: -20, length: 18, width: 12 }, 5),
  ],
  'hand-in-hand': [
    arm({ x: 18, y: 100 }, { x: 54, y: 108, angle: 10 }, -3),
    arm({ x: 102, y: 100 }, { x: 65, y: 104, angle: 170, length: 18 }, 3),
  ],
}

/** Gap left around a front shape so the lines behind it stop just short, as in hand-drawn line art. */
const occlusionMargin = 5

/** For each layer, the outlines of everything drawn in front of it. */
function occludersOf(layers: readonly Layer[]): string[][] {
  return layers.map((_, index) =>
    layers
      .slice(index + 1)
      .map((front) => front.silhouette)
      .filter((silhouette) => silhouette !== ''),
  )
}

function drawingFor(placement: readonly Layer[]): ComponentType<TouchIllustrationProps> {
  const layers = [figure, ...placement]
  const occluders = occludersOf(layers)
  function TouchIllustration({ alt, className }: TouchIllustrationProps) {
    // Several drawings can share a page, so every mask id is unique to this instance.
    const maskPrefix = `touch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
    const maskId = (index: number) => `${maskPrefix}-${index}`
    return (
      <svg
        viewBox="0 0 120 120"
        role="img"
        aria-label={alt}
        className={className}
        fill="none"
        stroke="currentColor"
        strokeWidth={2.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <defs>
          {occluders.map((fronts, index) =>
            fronts.length === 0 ? null : (
              <mask key={index} id={maskId(index)} maskUnits="userSpaceOnUse" x="0" y="0" width="120" height="120">
                <rect width="120" height="120" fill="white" stroke="none" />
                {fronts.map((silhouette) => (
                  <path key={silhouette} d={silhouette} fill="black" stroke="black" strokeWidth={occlusionMargin} />
                ))}
              </mask>
            ),
          )}
        </defs>
        {layers.map((layer, index) => (
          <g key={index} mask={occluders[index]?.length ? `url(#${maskId(index)})` : undefined}>
            {layer.strokes.map((d) => (
              <path key={d} d={d} />
            ))}
          </g>
        ))}
      </svg>
    )
  }
  return TouchIllustration
}

/** One drawing per soothing-touch cue, keyed by the cue's id. */
export const touchIllustrations = Object.fromEntries(
  touchCueIds.map((id) => [id, drawingFor(placements[id])]),
) as Record<TouchCueId, ComponentType<TouchIllustrationProps>>
