// What tests/e2e/guided-data.mjs bundles: the guided practices' data, the catalogs, the library and the path.
export { guidedPractices } from '../../renderer/src/content/guided'
export { catalogs } from '../../electron/common/catalog'
export { guidedCatalogs } from '../../electron/common/catalog/guided-index'
export { library } from '../../electron/common/library'
export { pathWeeks } from '../../electron/common/path'
