// A participle after a degree adverb is an adjective (issue #15, literal senses): "highly leveraged
// firms", "how leveraged a bank is", "a very streamlined hull". A verb takes no degree: copy's
// "we leveraged our data" never reads "we very leveraged". An entry that flags the verb alone
// (`pos: verb`: "leverage", whose adjective is finance's) leaves such a word alone. Not after
// "more" and "most" ("the most leveraged feature" is copy's use), nor before "by", the agent of a
// passive ("highly leveraged by our partners").
const DEGREE = new Set(['how', 'very', 'too', 'so', 'highly', 'overly', 'extremely', 'excessively', 'moderately', 'fairly', 'less', 'least'])
const PARTICIPLE = /^[a-z]{3,}(?:ed|en)$/

/** Whether `words[index]`, a word in -ed or -en, follows a degree adverb and no agent follows it. */
export function participleAfterDegree(words: readonly string[], index: number): boolean {
  const word = words[index]?.toLowerCase()
  if (!word || !PARTICIPLE.test(word) || !DEGREE.has(words[index - 1]?.toLowerCase() ?? '')) return false
  return words[index + 1]?.toLowerCase() !== 'by'
}
