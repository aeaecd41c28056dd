// Reads FranceTerme, the French government's terminology base (Délégation générale à la langue
// française et aux langues de France, Ministère de la Culture; Licence Ouverte / Open Licence of
// Etalab), into plain records: { id, french: [recommended term, synonyms…], english: […],
// domains: […], date: 'YYYY-MM-DD' }. Two inputs:
//   - the official export, FranceTerme.xml (<CRITER><Article>…), about 8,300 articles and 9 MB:
//     read as a stream with sax, so memory stays flat;
//   - the JSON that chobrien99-svg/franceterme-data's analyze_terms.py derives from that export
//     (articles of 2020 onwards only, first English equivalent and first domain only): the part
//     of the data that could be had when the list was first built (see docs/rules.md).
import { createReadStream, readFileSync } from 'node:fs'
import sax from 'sax'

const isoDate = (ddmmyyyy) => {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(String(ddmmyyyy ?? '').trim())
  return m ? `${m[3]}-${m[2]}-${m[1]}` : ''
}
const clean = (s) => String(s ?? '').replace(/\s+/g, ' ').trim()

/** Records of the official XML export, in file order. Withdrawn (annule="1") and unpublished articles are left out. */
export function readFranceTermeXml(path) {
  return new Promise((resolve, reject) => {
    const parser = sax.createStream(true, { trim: false })
    const records = []
    const open = [] // element names from the root
    let article = null
    let text = ''
    let englishEquivalent = false
    parser.on('opentag', (node) => {
      open.push(node.name)
      text = ''
      const a = node.attributes
      if (node.name === 'Article') {
        article = a.annule === '1' || a.publie === '0' ? null : { id: clean(a.numero), french: [], english: [], domains: [], date: '' }
      } else if (!article) {
        // outside a kept article: nothing to collect
      } else if (node.name === 'Terme' && open.at(-2) === 'Article' && a.Terme && (a.statut === 'privilegie' || a.statut === 'synonyme')) {
        // The recommended term first: FranceTerme writes it first, synonyms after.
        if (a.statut === 'privilegie') article.french.unshift(clean(a.Terme))
        else article.french.push(clean(a.Terme))
      } else if (node.name === 'Equivalent') {
        englishEquivalent = a.langue === 'en'
      }
    })
    const addText = (t) => (text += t)
    parser.on('text', addText)
    parser.on('cdata', addText)
    parser.on('closetag', (name) => {
      open.pop()
      if (article) {
        if (name === 'Dom') article.domains.push(clean(text))
        else if (name === 'DatePub') article.date = isoDate(text)
        else if (name === 'Equi_prop' && englishEquivalent) article.english.push(clean(text))
        else if (name === 'Equivalent') englishEquivalent = false
        else if (name === 'Article') {
          if (article.french.length) records.push(article)
          article = null
        }
      }
      text = ''
    })
    parser.on('error', (error) => reject(new Error(`${path}: not a FranceTerme XML export (${error.message.split('\n')[0]})`)))
    parser.on('end', () => resolve(records))
    createReadStream(path).on('error', reject).pipe(parser)
  })
}

/** Records of analyze_terms.py's JSON (fields term, english, domain, date_str). */
export function readFranceTermeJson(path) {
  const rows = JSON.parse(readFileSync(path, 'utf8'))
  if (!Array.isArray(rows) || rows.some((r) => typeof r?.term !== 'string')) throw new Error(`${path}: not a list of FranceTerme terms (objects with "term", "english", "domain")`)
  return rows.map((r) => ({
    id: '',
    french: [clean(r.term)],
    english: r.english ? [clean(r.english)] : [],
    domains: r.domain ? [clean(r.domain)] : [],
    date: isoDate(r.date_str),
  }))
}

/** Either input, by its file name. */
export const readFranceTerme = (path) => (path.endsWith('.json') ? Promise.resolve(readFranceTermeJson(path)) : readFranceTermeXml(path))
