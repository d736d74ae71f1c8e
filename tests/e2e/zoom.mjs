// The 200 % zoom check the accessibility tests share: at the window's width halved (what 200 % zoom leaves),
// nothing may scroll sideways.

/** The window is 440 px wide; at 200 % zoom a page has 220 CSS pixels. */
const zoomedWidth = 220

/** The elements wider than the page at 200 % zoom (the first five), or [] when nothing scrolls sideways. */
export async function sidewaysOverflow(page) {
  const original = page.viewportSize()
  await page.setViewportSize({ width: zoomedWidth, height: original.height })
  try {
    return await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const over = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 0.5)
      return document.documentElement.scrollWidth <= width ? [] : over.slice(0, 5).map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    })
  } finally {
    await page.setViewportSize(original)
  }
}
