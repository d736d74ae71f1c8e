// The release configuration (electron-builder.yml, package.json) and the rules the offline packaging
// check applies to app.asar (scripts/package-rules.mjs).
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import Ajv from 'ajv'
import type { Configuration } from 'electron-builder'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { auditPackage, importedPackages, packageDirOf, referencedAssets, type PackageManifest } from '../../scripts/package-rules.mjs'

const repoRoot = path.resolve(__dirname, '../..')
const { load: parseYaml } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown }
const config = parseYaml(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Configuration
const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  description?: string
  author?: string
  homepage?: string
  license?: string
  desktopName?: string
  dependencies: Record<string, string>
}
// The installed electron-builder's own schema. Compiling all of it takes seconds, so each section we set
// is checked against its own definition; the packaging check's electron-builder run validates the rest.
const scheme = JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('app-builder-lib/scheme.json'), 'utf8')) as {
  properties: Record<string, unknown>
  definitions: Record<string, unknown>
}
const ajv = new Ajv({ strict: false }).addSchema({ $id: 'electron-builder', definitions: scheme.definitions })
const sectionDefinitions = { electronFuses: 'FuseOptionsV1', linux: 'LinuxConfiguration', mac: 'MacConfiguration', win: 'WindowsConfiguration', nsis: 'NsisOptions' } as const
function schemaErrors(section: keyof typeof sectionDefinitions, value: unknown): string[] {
  const validate = ajv.compile({ $ref: `electron-builder#/definitions/${sectionDefinitions[section]}` })
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${section}${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`)
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

describe('electron-builder.yml', () => {
  it("uses only keys the installed electron-builder knows, in every section we set", () => {
    expect(Object.keys(config).filter((key) => !(key in scheme.properties))).toEqual([])
    for (const section of Object.keys(sectionDefinitions) as (keyof typeof sectionDefinitions)[]) {
      expect(schemaErrors(section, config[section])).toEqual([])
    }
  })

  it('would notice a misspelt key (the schema check can fail)', () => {
    expect(schemaErrors('electronFuses', { ...config.electronFuses, runAsnode: false })).not.toEqual([])
    expect(schemaErrors('linux', { ...config.linux, syncDesktopname: true })).not.toEqual([])
  })

  it('flips every hardening fuse at package time', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      resetAdHocDarwinSignature: true,
    })
    expect(config.asar).toBe(true)
  })

  it('names the app once: product, executable, and the desktop identity Wayland looks it up by', () => {
    expect(config.productName).toBe('Kindbreak')
    expect(config.executableName).toBe('kindbreak')
    expect(config.appId).toMatch(/^[a-z]+(\.[a-zA-Z][a-zA-Z0-9]*)+$/)
    // Electron takes its Wayland app_id from package.json's desktopName; the installed .desktop file
    // must carry the same name (syncDesktopName) or the global-shortcut portal cannot find the app.
    expect(packageJson.desktopName).toBe(`${config.appId}.desktop`)
    expect(config.linux?.syncDesktopName).toBe(true)
  })

  it('builds AppImage and deb, an NSIS installer, and a universal dmg for a tray-only Mac app', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['universal'] }])
    expect(config.mac?.extendInfo).toMatchObject({ LSUIElement: true })
    expect(config.npmRebuild).toBe(false)
    expect(fs.existsSync(path.join(repoRoot, String(config.icon)))).toBe(true)
  })

  it('lets the deb install the AppArmor profile Ubuntu 24.04+ needs for the sandbox, and leaves it nothing to replace', () => {
    // Ubuntu 24.04 restricts unprivileged user namespaces, so Chromium's sandbox needs an AppArmor profile
    // allowing `userns` for our binary (electron/electron#42510). electron-builder's own deb scripts install
    // one (app-builder-lib/templates/linux); a custom afterInstall or profile of ours would drop it.
    const deb = (config as { deb?: { afterInstall?: string } }).deb
    expect(deb?.afterInstall).toBeUndefined()
    expect((config.linux as { appArmorProfile?: string } | undefined)?.appArmorProfile).toBeUndefined()
    const templates = path.dirname(createRequire(import.meta.url).resolve('app-builder-lib/templates/linux/after-install.tpl'))
    const profile = fs.readFileSync(path.join(templates, 'apparmor-profile.tpl'), 'utf8')
    expect(profile).toMatch(/profile "\$\{executable\}" "\/opt\/\$\{sanitizedProductName\}\/\$\{executable\}"/)
    expect(profile).toMatch(/^\s*userns,$/m)
    const afterInstall = fs.readFileSync(path.join(templates, 'after-install.tpl'), 'utf8')
    expect(afterInstall).toMatch(/APPARMOR_PROFILE_TARGET='\/etc\/apparmor\.d\/\$\{executable\}'/)
    expect(afterInstall).toMatch(/apparmor_parser --replace/)
    // The profile names /opt/Kindbreak/kindbreak: the deb's install path, which the README's AppImage advice reuses.
    expect(config.productName).toBe('Kindbreak')
    expect(config.executableName).toBe('kindbreak')
  })

  it('ships only the bundles, package.json and the icons of our own files', () => {
    const patterns = (config.files as string[]).filter((pattern) => !pattern.startsWith('!'))
    expect(patterns.sort()).toEqual(['out/**', 'package.json', 'resources/icons/*.png'])
    expect(config.files).toContain('!out/**/*.map')
  })
})

describe('package.json', () => {
  it('says what the app is, who makes it and how to reach them, and under which licence', () => {
    expect(packageJson.description?.length).toBeGreaterThan(20)
    expect(packageJson.author).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/)
    expect(packageJson.homepage).toMatch(/^https:\/\//)
    expect(packageJson.license).toBeTruthy()
  })

  it('lists as runtime dependencies only packages the main process imports (Vite bundles the rest)', () => {
    const mainSources = sourceFiles(path.join(repoRoot, 'electron')).map((file) => fs.readFileSync(file, 'utf8'))
    const importedByMain = (name: string) => mainSources.some((source) => new RegExp(`^import (?!type )[^'"]*?from '${name}(/[^']*)?'`, 'm').test(source))
    for (const name of Object.keys(packageJson.dependencies)) expect(importedByMain(name), `${name} is not imported by electron/`).toBe(true)
  })
})

describe('importedPackages', () => {
  it('finds static, side-effect, re-exported, dynamic and required packages, and nothing local or built in', () => {
    const source = [
      'import { z } from "zod"',
      'import Store from "electron-store"',
      'import "side-effect"',
      'export * from "@scope/reexported/deep/path"',
      'import { app } from "electron"',
      'import fs from "node:fs"',
      'import path from "path"',
      'import { local } from "./local.js"',
      'const later = () => import("dynamic")',
      'const cjs = require("cjs-package/sub")',
      'const computed = (name) => import(name)',
    ].join('\n')
    expect(importedPackages(source)).toEqual(['@scope/reexported', 'cjs-package', 'dynamic', 'electron-store', 'side-effect', 'zod'])
  })
})

describe('referencedAssets', () => {
  it("lists the scripts and stylesheets a built index.html loads", () => {
    const html = '<script type="module" crossorigin src="./assets/index-a1.js"></script>\n<link rel="stylesheet" crossorigin href="./assets/index-b2.css">'
    expect(referencedAssets(html)).toEqual(['assets/index-a1.js', 'assets/index-b2.css'])
  })
})

describe('auditPackage', () => {
  // A small app: two runtime packages, one of them with a dependency nested under it and one hoisted.
  const manifests: Record<string, PackageManifest> = {
    'node_modules/zod/package.json': {},
    'node_modules/electron-store/package.json': { dependencies: { conf: '1', 'type-fest': '1' }, optionalDependencies: { 'not-installed': '1' } },
    'node_modules/electron-store/node_modules/conf/package.json': { dependencies: { ajv: '8' } },
    'node_modules/type-fest/package.json': {},
    'node_modules/ajv/package.json': {},
  }
  const appFiles = ['package.json', 'out/main/main.js', 'out/main/app.js', 'out/preload/preload.cjs', 'out/renderer/index.html', 'resources/icons/tray-normal-light-22.png']
  const moduleFiles = [...Object.keys(manifests), 'node_modules/zod/index.js', 'node_modules/electron-store/index.js', 'node_modules/ajv/LICENSE', 'node_modules/electron-store/node_modules/conf/dist/index.js']
  const goodListing = [...appFiles, ...moduleFiles]
  const audit = (files: readonly string[]) =>
    auditPackage({
      files,
      expectedAppFiles: new Set(appFiles),
      entryPackages: ['electron-store', 'zod'],
      readPackageJson: (file) => manifests[file] ?? {},
    })
  const clean = { missing: [], missingDependencies: [], extra: [], forbidden: [] }

  it('passes a package that holds exactly what runs, resolving nested and hoisted dependencies like Node', () => {
    expect(audit(goodListing)).toEqual(clean)
  })

  it('reports any app file that is left out, and only that one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...appFiles), (left) => {
        expect(audit(goodListing.filter((file) => file !== left))).toEqual({ ...clean, missing: [left] })
      }),
    )
  })

  it('reports a runtime dependency that did not make it into the package, with who needs it', () => {
    const withoutAjv = goodListing.filter((file) => packageDirOf(file) !== 'node_modules/ajv')
    expect(audit(withoutAjv).missingDependencies).toEqual(['ajv (needed by conf)'])
  })

  it('reports any unexpected file of ours and any package nothing needs', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/)
    fc.assert(
      fc.property(name, name, (folder, file) => {
        const stray = `${folder}/${file}.js`
        fc.pre(!appFiles.includes(stray) && folder !== 'node_modules')
        expect(audit([...goodListing, stray])).toEqual({ ...clean, extra: [stray] })
        expect(audit([...goodListing, `node_modules/react-${file}/index.js`]).extra).toEqual([`node_modules/react-${file}`])
      }),
    )
  })

  it('refuses what must never ship, even inside a needed package', () => {
    const neverShip: [string, RegExp][] = [
      ['node_modules/zod/index.js.map', /source map/],
      ['node_modules/zod/src/index.ts', /TypeScript/],
      ['node_modules/zod/index.d.cts', /TypeScript/],
      ['node_modules/ajv/.env.local', /environment/],
      ['node_modules/ajv/.eslintrc.yml', /hidden/],
      ['node_modules/ajv/spec/index.js', /tests/],
      ['node_modules/ajv/bench/run.js', /tests/],
      ['node_modules/zod/README.md', /documentation/],
      ['node_modules/ajv/tsconfig.json', /development configuration/],
    ]
    for (const [file, reason] of neverShip) {
      const { forbidden } = audit([...goodListing, file])
      expect(forbidden).toHaveLength(1)
      expect(forbidden[0]).toMatch(reason)
    }
    expect(audit([...goodListing, 'node_modules/json-schema-typed/LICENSE.md']).forbidden).toEqual([])
  })
})
