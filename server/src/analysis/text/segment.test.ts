import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './segment';
import { ParagraphCache } from '../paragraph-cache';
import { analyze } from '../index';

const sentencesOf = (text: string) => segment(text).paragraphs.flatMap((p) => p.sentences.map((s) => text.slice(s.start, s.end)));
const paragraphsOf = (text: string) => segment(text).paragraphs.map((p) => text.slice(p.start, p.end));

test('paragraphs are lines, with or without blank lines between; hard-wrapped lines join', () => {
  assert.deepEqual(paragraphsOf('Headline\n\nFirst para.\nSecond para.\r\n\r\n  Third para\ncontinues here.'), ['Headline', 'First para.', 'Second para.', 'Third para\ncontinues here.']);
  assert.deepEqual(paragraphsOf('Port Strike Looms\n date 2026-02-10 ROTTERDAM—Dock workers walked out.'), ['Port Strike Looms', 'date 2026-02-10 ROTTERDAM—Dock workers walked out.']);
  assert.deepEqual(paragraphsOf('title: Port strike\ndate: 2026-02-10'), ['title: Port strike', 'date: 2026-02-10']);
  assert.deepEqual(paragraphsOf(''), []);
  assert.deepEqual(paragraphsOf('\n\n  \n'), []);
});

test('a list item is a paragraph that starts after its marker', () => {
  assert.deepEqual(paragraphsOf('Key points\n- MPs vote at 7pm\n• Chancellor says there is "no plan B"\n-5 degrees overnight\n-'), ['Key points', 'MPs vote at 7pm', 'Chancellor says there is "no plan B"', '-5 degrees overnight', '-']);
  const text = 'Key points\n- Chancellor Rachel Reeves says there is "no plan B"';
  const [claim] = analyze(text).claims;
  assert.equal(claim.speakerText, 'Chancellor Rachel Reeves');
});

test('abbreviations, initials and dotted acronyms do not end sentences', () => {
  assert.deepEqual(sentencesOf('Sen. Maria Lopez (D., N.M.) met U.S. officials on Jan. 5. John F. Kennedy was cited. Talks ended.'), [
    'Sen. Maria Lopez (D., N.M.) met U.S. officials on Jan. 5.',
    'John F. Kennedy was cited.',
    'Talks ended.',
  ]);
  // Unless the next word is one that opens sentences: "The", "It".
  assert.deepEqual(sentencesOf('The vote is at 9 a.m. The mayor will attend. It began in Jan. It was cold. Prices rose in the U.S. Analysts were surprised.'), ['The vote is at 9 a.m.', 'The mayor will attend.', 'It began in Jan.', 'It was cold.', 'Prices rose in the U.S. Analysts were surprised.']);
});

test('a missing space after a full stop still ends the sentence', () => {
  assert.deepEqual(sentencesOf('The deal was signed on Monday.The ministry said it was pleased.'), ['The deal was signed on Monday.', 'The ministry said it was pleased.']);
  // A straight quote glued to the full stop opens the next sentence, or closes the last one.
  assert.deepEqual(sentencesOf('Prices rose in May."We expected it," she said.'), ['Prices rose in May.', '"We expected it," she said.']);
  assert.deepEqual(sentencesOf('She said "no."The talks ended.'), ['She said "no."', 'The talks ended.']);
  assert.deepEqual(sentencesOf('“We asked nicely,” she said. “Now we ask with a deadline."Lachance said the records were due.'), ['“We asked nicely,” she said.', '“Now we ask with a deadline."', 'Lachance said the records were due.']);
  assert.deepEqual(sentencesOf('It was passed by MPs.The group objected. Mr.Smith agreed.'), ['It was passed by MPs.', 'The group objected.', 'Mr.Smith agreed.']);
  // A sentence may open with the one-letter word "A" or "I" ("Plan A." inside one is no end: a capital before the stop).
  assert.deepEqual(sentencesOf('He was kept in the dark about the talks.A second councillor said staff had a plan.'), ['He was kept in the dark about the talks.', 'A second councillor said staff had a plan.']);
  // After a digit too; a decimal stays whole.
  assert.deepEqual(sentencesOf('The bill passed 52-48.Senators cheered. It grew 3.5 percent.'), ['The bill passed 52-48.', 'Senators cheered.', 'It grew 3.5 percent.']);
  // "Ma." before a given name abbreviates one (not after a name: "Jack Ma.").
  assert.deepEqual(sentencesOf('Sen. Ma. Teresa Lim spoke. The firm was founded by Jack Ma. Maria Cruz runs it.'), ['Sen. Ma. Teresa Lim spoke.', 'The firm was founded by Jack Ma.', 'Maria Cruz runs it.']);
});

test('sentences end after closing quotes, not inside them before an attribution', () => {
  assert.deepEqual(sentencesOf('“We will not yield,” she said. “Never.” He left.'), ['“We will not yield,” she said.', '“Never.”', 'He left.']);
});

test('lower-case continuations and e-mail addresses do not split', () => {
  assert.deepEqual(sentencesOf('Write to Jane Doe at jane.doe@example.com and Amir Haddad at amir@example.com'), ['Write to Jane Doe at jane.doe@example.com and Amir Haddad at amir@example.com']);
});

test('a one-letter name before a full stop ends the sentence; initials do not', () => {
  assert.deepEqual(sentencesOf('The ministry posted the notice on X. Kjeldsen said it was a mistake.'), ['The ministry posted the notice on X.', 'Kjeldsen said it was a mistake.']);
  assert.deepEqual(sentencesOf('The group moved to the platform X. The company declined to comment.'), ['The group moved to the platform X.', 'The company declined to comment.']);
  assert.deepEqual(sentencesOf('A speech by Malcolm X. It was widely shared.'), ['A speech by Malcolm X.', 'It was widely shared.']);
  assert.deepEqual(sentencesOf('The novel by J. K. Rowling sold well. Books by J. Smith and others were cited.'), ['The novel by J. K. Rowling sold well.', 'Books by J. Smith and others were cited.']);
  assert.deepEqual(sentencesOf('Talks with John F. Kennedy said nothing. Ortiz and J. Smith said it was over. Spokesman J. Smith said no.'), ['Talks with John F. Kennedy said nothing.', 'Ortiz and J. Smith said it was over.', 'Spokesman J. Smith said no.']);
  assert.deepEqual(sentencesOf('The J. Paul Getty Museum said it would lend the work.'), ['The J. Paul Getty Museum said it would lend the work.']);
  assert.deepEqual(sentencesOf('Musk renamed it X. Kjeldsen said the brand was gone.'), ['Musk renamed it X.', 'Kjeldsen said the brand was gone.']);
  assert.deepEqual(sentencesOf('The talks began after J. Smith left. The analyst J. Smith said no. A song by rapper T. Pain played.'), ['The talks began after J. Smith left.', 'The analyst J. Smith said no.', 'A song by rapper T. Pain played.']);
});

test('through a cache, edits segment as a fresh split does; paragraphs before an edit are the ones the latest split gave', () => {
  const versions = [
    'Headline Here\n\nSen. Ann Roe spoke on Jan. 5. Talks went on.\n\nHe left at noon.\u2003\n\n“We are close,” she said. It ended.\n',
    // Inside a paragraph, then one added, one removed, one split in two and a hard wrap joined.
    'Headline Here\n\nSen. Ann Roes spoke on Jan. 5. Talks went on.\n\nHe left at noon.\u2003\n\n“We are close,” she said. It ended.\n',
    'Headline Here\n\nSen. Ann Roes spoke on Jan. 5. Talks went on.\n\nA new one. Short.\n\nHe left at noon.\u2003\n\n“We are close,” she said. It ended.\n',
    'Headline Here\n\nSen. Ann Roes spoke on Jan. 5. Talks went on.\n\nHe left at noon.\u2003\n\n“We are close,” she said. It ended.\n',
    'Headline Here\n\nSen. Ann Roes spoke on Jan. 5.\nTalks went on.\n\nHe left at noon.\u2003\n\n“We are close,” she said. it ended.\n',
    'Headline Here\n\nSen. Ann Roes spoke on Jan. 5.\nTalks went on.\n\nHe left at noon.\u2003\n\n“We are close,” she said.\nit ended.\n',
    // Everything moves: a line before the first.
    'Top\n\nHeadline Here\n\nSen. Ann Roes spoke on Jan. 5.\nTalks went on.\n\nHe left at noon.\u2003\n\n“We are close,” she said.\nit ended.\n',
    '',
    'Headline Here',
  ];
  const cache = new ParagraphCache();
  let latest: { text: string; split: ReturnType<typeof segment> } | undefined;
  for (const text of versions) {
    const split = segment(text, cache);
    assert.deepEqual(split, segment(text), text);
    if (latest?.text.startsWith('Headline Here\n') && text.startsWith('Headline Here\n')) assert.equal(split.paragraphs[0], latest.split.paragraphs[0]);
    latest = { text, split };
  }
});
