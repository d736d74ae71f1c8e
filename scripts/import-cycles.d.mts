export function importedSpecifiers(source: string): string[]
export function findImportCycles(files: Map<string, string>): string[][]
