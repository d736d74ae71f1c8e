/** The production entry: real time, the real command line, the real platform. Everything else is in startApp. */
import { startApp } from './app'
import { wallClock } from './platform/wall-clock'

void startApp({ clock: wallClock, argv: process.argv, platform: process.platform, env: process.env })
