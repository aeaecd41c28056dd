// Whether importing a language's morphology data costs nothing until the data are used. In the
// command line's bundle it does not: each data module is a few functions, in the startup chunk,
// that read their text file on first call (scripts/morphology-text.mjs, which replaces this module
// with one saying `true`). From dist/cli/ (a build by tsc alone) the generated modules are
// compiled whole when imported, French's 3.9 MB in about 170 ms of CPU, which English copy must
// not pay.
export const DATA_IMPORT_IS_FREE: boolean = false
