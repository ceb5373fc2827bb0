// Article text for the benchmark and the robustness tests: the samples, a standard 1,000-word
// article, and documents of any size built from varied copies of the samples' paragraphs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripBom } from '../src/files';

export interface Sample {
  name: string;
  text: string;
}

export function readSamples(dir: string): Sample[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.article'))
    .sort()
    .map((name) => ({ name, text: stripBom(readFileSync(join(dir, name), 'utf8')).replace(/\r\n?/g, '\n') }));
}

/** Body paragraphs of every sample, in an order that interleaves the samples. */
function interleavedParagraphs(samples: readonly Sample[]): string[] {
  const bodies = samples.map((s) => bodyParagraphs(s.text));
  const longest = Math.max(0, ...bodies.map((b) => b.length));
  const paragraphs: string[] = [];
  for (let i = 0; i < longest; i++) for (const body of bodies) if (i < body.length) paragraphs.push(body[i]);
  return paragraphs;
}

/** A sample's paragraphs after its headline block; web copy without blank lines has one paragraph to a line. */
function bodyParagraphs(text: string): string[] {
  const blocks = nonBlank(text.split(/\n\s*\n/));
  return (blocks.length > 1 ? blocks : nonBlank(text.split('\n'))).slice(1);
}

const nonBlank = (parts: string[]) => parts.map((part) => part.trim()).filter((part) => part !== '');

const GIVEN_NAMES = ['Maria', 'James', 'Aisha', 'Pedro', 'Yuki', 'Olena', 'Kwame', 'Ingrid', 'Rahul', 'Chen'];
const SURNAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Kowalski', 'Haddad', 'Fernandes', 'Novak', 'Osei', 'Brennan'];

/**
 * The k-th variant of a paragraph: digits shifted and one invented person quoted (directly or
 * in reported speech), so no two copies are the same paragraph (the paragraph cache cannot serve
 * a copy) yet all read as news.
 */
function variant(paragraph: string, k: number, quoted: boolean): string {
  if (k === 0) return paragraph;
  const shifted = paragraph.replace(/[0-9]/g, (d) => String((Number(d) + k) % 10));
  const person = `${GIVEN_NAMES[k % GIVEN_NAMES.length]} ${SURNAMES[Math.floor(k / GIVEN_NAMES.length) % SURNAMES.length]}`;
  return quoted ? `${shifted} “We will see,” said ${person}.` : `${person} said on Tuesday that ${shifted.charAt(0).toLowerCase()}${shifted.slice(1)}`;
}

const HEADLINE = 'Officials Weigh Next Steps As Deadline Nears';
const DATELINE = ' date 2025-08-08 BRUSSELS—';

/**
 * An article of about `bytes` UTF-16 code units (at least one paragraph) from varied sample
 * paragraphs. Every paragraph is a variant, every third one quoting its person: a document of
 * any size is the same mix, so the scaling rows compare like with like (with the samples as
 * written first, a 1 MB document was a third unvaried and 10 MB a thirtieth).
 */
export function buildArticle(samples: readonly Sample[], bytes: number): string {
  const paragraphs = interleavedParagraphs(samples);
  if (paragraphs.length === 0) throw new Error('no sample paragraphs to build an article from');
  const parts = [HEADLINE, ''];
  let length = HEADLINE.length + 2;
  for (let i = 0; length < bytes; i++) {
    const paragraph = (i === 0 ? DATELINE : '') + variant(paragraphs[i % paragraphs.length], 1 + Math.floor(i / paragraphs.length), i % 3 === 0);
    parts.push(paragraph, '');
    length += paragraph.length + 2;
  }
  return parts.join('\n');
}

/** An article of about `words` words. */
export function buildArticleOfWords(samples: readonly Sample[], words: number): string {
  const paragraphs = interleavedParagraphs(samples);
  const parts = [HEADLINE, ''];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const k = Math.floor(i / paragraphs.length);
    let paragraph = (i === 0 ? DATELINE : '') + variant(paragraphs[i % paragraphs.length], k, k % 3 === 0);
    const paragraphWords = paragraph.split(/\s+/);
    if (count + paragraphWords.length > words) paragraph = paragraphWords.slice(0, words - count).join(' ');
    count += Math.min(paragraphWords.length, words - count);
    parts.push(paragraph, '');
  }
  return parts.join('\n');
}
