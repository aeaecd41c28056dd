// French checks on a fix (fix-checks.ts): the light verb's complement made the object, the object
// of a replaced verb kept, then the seams (negation, prepositions), then the kind of replacement.
import type { FixCheck } from './fix-checks.js'
import { lightVerbComplement, keepObject } from './french-verb-phrases.js'
import { kindFitsSentence, negationAfterVerb, prepositionAtSeam } from './french-seams.js'

export const frenchChecks: readonly FixCheck[] = [kindFitsSentence, lightVerbComplement, keepObject, negationAfterVerb, prepositionAtSeam]
