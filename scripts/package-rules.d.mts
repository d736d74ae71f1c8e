// Types for package-rules.mjs (plain JavaScript so that Node runs it without a build step).

export interface PackageManifest {
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

export interface PackageAudit {
  /** Expected app files absent from the archive. */
  missing: string[]
  /** Runtime dependencies that cannot be resolved inside the archive, with who needs them. */
  missingDependencies: string[]
  /** App files nobody expected, and packages nothing needs. */
  extra: string[]
  /** Files that must never ship, with the rule they break. */
  forbidden: string[]
}

export function packageNameOf(specifier: string): string
export function importedPackages(source: string): string[]
export const forbiddenRules: readonly { reason: string; matches(file: string): boolean }[]
export function packageDirOf(file: string): string | null
export function dependencyClosure(
  entryPackages: readonly string[],
  hasFile: (file: string) => boolean,
  readPackageJson: (file: string) => PackageManifest,
): { needed: Set<string>; unresolved: string[] }
export function auditPackage(input: {
  files: readonly string[]
  expectedAppFiles: ReadonlySet<string>
  entryPackages: readonly string[]
  readPackageJson: (file: string) => PackageManifest
}): PackageAudit
export function referencedAssets(html: string): string[]
