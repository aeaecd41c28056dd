// French checks on a fix (fix-checks.ts): the kind of replacement the sentence has room for, an
// adjective's agreement with its noun (and after "être" with its subject), the auxiliary of the new verb, the light verb's complement made the object, the object of
// a replaced verb kept, then the seams (negation, prepositions).
import type { FixCheck } from './fix-checks.js'
import { adjectiveAfterNoun, adjectiveAfterReplacedNoun, predicateAfterReplacedNoun } from './french-agreement.js'
import { auxiliaryOfTheNewVerb } from './french-auxiliary.js'
import { kindFitsSentence, negationAfterVerb, prepositionAtSeam } from './french-seams.js'
import { keepObject, lightVerbComplement } from './french-verb-phrases.js'

export const frenchChecks: readonly FixCheck[] = [kindFitsSentence, adjectiveAfterNoun, adjectiveAfterReplacedNoun, predicateAfterReplacedNoun, auxiliaryOfTheNewVerb, lightVerbComplement, keepObject, negationAfterVerb, prepositionAtSeam]
