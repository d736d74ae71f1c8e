export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/**
 * Where a timed popup appears: the bottom-right corner of the work area of the display the person is
 * looking at (where the mouse is), clear of the edges, and never larger than that display allows.
 */
export function cornerBounds(workArea: Rectangle, size: { width: number; height: number }, margin = 24): Rectangle {
  const width = Math.min(size.width, workArea.width - 2 * margin)
  const height = Math.min(size.height, workArea.height - 2 * margin)
  return {
    x: workArea.x + workArea.width - width - margin,
    y: workArea.y + workArea.height - height - margin,
    width,
    height,
  }
}
