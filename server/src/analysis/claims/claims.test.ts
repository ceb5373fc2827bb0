import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, ParagraphCache } from '../index';
import type { Claim } from '../model';
import { quoteKind } from './quote-claims';

/** [quoted or reported text, speaker name or speakerText, kind] for each claim. */
function claimsOf(text: string): [string, string | null, string][] {
  const model = analyze(text);
  return model.claims.map((c) => [
    c.text.replace(/\s+/g, ' ').slice(0, 40),
    model.actors.find((a) => a.id === c.speaker)?.name ?? (c.anonymous ? `anonymous: ${c.speakerText}` : null),
    c.kind,
  ]);
}

/** The speaker of each claim, named as claimsOf names it. */
const speakers = (text: string) => claimsOf(text).map(([, speaker]) => speaker);

/** The text of each reported claim, in full. */
const reportedTexts = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => c.text);

/** [reported text, speaker] for each reported claim. */
const reportedWithSpeakers = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'reported').map(([said, speaker]) => [said, speaker]);

const INTRO = 'Jane Roe, a former State Department adviser, and Tomas Varga, a senator, met. ';

test('speaker after the quote: said X, X said, asked X, X wrote on social media', () => {
  assert.deepEqual(claimsOf(`${INTRO}“We will not yield,” said Roe. “Nor will we,” Varga said. “Why now?” asked Roe. “Never,” Varga wrote on social media.`), [
    ['“We will not yield,”', 'Jane Roe', 'quote'],
    ['“Nor will we,”', 'Tomas Varga', 'quote'],
    ['“Why now?”', 'Jane Roe', 'quote'],
    ['“Never,”', 'Tomas Varga', 'quote'],
  ]);
});

test('a speaker named in apposition after the quote: “Q,” the firm’s chief executive, Name, said, and the other orders', () => {
  const lede = 'Halvern Rail said the line would close. ';
  assert.deepEqual(claimsOf(`${lede}“We are sorry. We will fix it,” Halvern’s chief executive, Ines Marlow, said on Monday.`)[1], ['“We are sorry. We will fix it,”', 'Ines Marlow', 'quote']);
  assert.deepEqual(claimsOf(`${lede}“We will fix it,” Ines Marlow, the chief executive, said.`)[1], ['“We will fix it,”', 'Ines Marlow', 'quote']);
  assert.deepEqual(claimsOf(`${lede}“We will fix it,” said Halvern’s chief executive, Ines Marlow.`)[1], ['“We will fix it,”', 'Ines Marlow', 'quote']);
});

test('a comma set after the closing mark still leaves the quote open for its attribution', () => {
  assert.deepEqual(claimsOf(`${INTRO}“We asked for nothing else”, Roe said.`)[0], ['“We asked for nothing else”', 'Jane Roe', 'quote']);
});

test('reported speech whose own clause has a "that" starts at its subject, not at the "that"', () => {
  assert.deepEqual(claimsOf(`${INTRO}Roe said inspectors had found that the seals were broken.`)[0], ['inspectors had found that the seals were', 'Jane Roe', 'reported']);
});

test('speaker before the quote: X said: “Q” and X told reporters, “Q”; a quote spanning sentences', () => {
  assert.deepEqual(claimsOf(`${INTRO}Roe said: “This is over. We are done.” Varga told reporters, “Not yet.”`), [
    ['“This is over. We are done.”', 'Jane Roe', 'quote'],
    ['“Not yet.”', 'Tomas Varga', 'quote'],
  ]);
});

test('pronouns resolve to the nearest compatible person, never to a place', () => {
  const claims = claimsOf('Maria Lopez spoke in Berlin. “We are ready,” she said. Olaf Scholz nodded. “So are we,” he said.');
  assert.deepEqual(claims.map(([, speaker]) => speaker), ['Maria Lopez', 'Olaf Scholz']);
});

test('a stand-alone quote paragraph and a second quote in a paragraph keep the speaker', () => {
  const text = `${INTRO}Roe said the plan was sound.\n\n“It will work.”\n\n“We tested it,” Varga said. “Twice.”`;
  assert.deepEqual(claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([q, s]) => [q, s]), [
    ['“It will work.”', 'Jane Roe'],
    ['“We tested it,”', 'Tomas Varga'],
    ['“Twice.”', 'Tomas Varga'],
  ]);
});

test('a multi-paragraph quote is one speaker’s, and one claim over its parts', () => {
  const text = `${INTRO}“We came here in good faith,\n\n“and we leave in good faith,” Roe said.`;
  assert.deepEqual(analyze(text).claims.map((c) => [c.text, c.partial]), [['“We came here in good faith,\n\n“and we leave in good faith,”', false]]);
  assert.deepEqual(claimsOf(text).map(([, s]) => s), ['Jane Roe']);
  // British copy reopens a paragraph with a single mark: ‘…’ runs on as “…” does, and no part is left unattributed.
  const british = `${INTRO}‘He is a deeply unwell man,’ Roe said. ‘He would not survive detention in the conditions he would face.\n\n‘The court should not pretend otherwise.’\n\nThe hearing ended.`;
  const model = analyze(british);
  assert.deepEqual(model.claims.map((c) => [c.text.slice(0, 20), model.actors.find((a) => a.id === c.speaker)?.name]), [['‘He is a deeply unwe', 'Jane Roe'], ['‘He would not surviv', 'Jane Roe']]);
  assert.ok(model.claims[1].text.endsWith('otherwise.’'));
  assert.deepEqual(model.findings.filter((f) => f.code === 'unattributed-quote'), []);
});

test('a multi-paragraph quote opening a paragraph takes its own attribution, not the speaker before it', () => {
  const text = `${INTRO}Ferries stopped at noon, officials said.\n\n“We moved everyone. Nobody has done that before.\n\n“Feeding them is the hard part,” said Roe.`;
  assert.deepEqual(claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([, s]) => s), ['Jane Roe']);
  const threeParts = `${INTRO}Ferries stopped at noon, officials said.\n\n“We moved everyone.\n\n“Nobody has done that.\n\n“Feeding them is hard,” said Roe.`;
  const quotes = analyze(threeParts).claims.filter((c) => c.kind === 'quote');
  assert.deepEqual(claimsOf(threeParts).filter(([, , kind]) => kind === 'quote').map(([, s]) => s), ['Jane Roe']);
  assert.ok(quotes[0].text.startsWith('“We moved') && quotes[0].text.endsWith('hard,”'));
  // Attributed by a pronoun, its first part does not lend the pronoun the speaker before it.
  const pronoun = 'Anjali Raghunathan said the draft was unbalanced.\n\nSalote Penitani held up a photograph as the room fell quiet.\n\n“For us, it is not a number.\n\n“Do not call it a success,” she said.';
  assert.deepEqual(claimsOf(pronoun).filter(([, , kind]) => kind === 'quote').map(([, s]) => s), ['Salote Penitani']);
});

test('an unnamed source asking anonymity after the verb, and "he said" after it, are anonymous', () => {
  const text = `${INTRO}Varga gave the National Highway Authority until Friday to reopen the road. The deadline is unrealistic, a senior engineer at the authority said, speaking on condition of anonymity because he was not allowed to talk to reporters. "We cannot pour asphalt into a river," he said.`;
  assert.deepEqual(speakers(text).slice(-2), ['anonymous: a senior engineer at the authority', 'anonymous: a senior engineer at the authority']);
});

test('anonymous sources, partial, scare and title quotes', () => {
  const claims = claimsOf(`${INTRO}“It is finished,” said a senior European diplomat. Varga called the plan “reckless.” The so-called “peace dividend” vanished. Roe wrote the book “The Long Table.”`);
  assert.deepEqual(claims, [
    ['“It is finished,”', 'anonymous: a senior European diplomat', 'quote'],
    ['“reckless.”', 'Tomas Varga', 'quote'],
  ]);
  assert.ok(analyze(`${INTRO}Varga called the plan “reckless.”`).claims[0].partial);
});

test('reported speech: subject verb content, according to, and trailing attribution', () => {
  assert.deepEqual(claimsOf(`${INTRO}Roe said the talks would resume in July. According to people familiar with the talks, the deal is close. The vote will slip, aides said. Varga denied that account of events.`), [
    ['the talks would resume in July', 'Jane Roe', 'reported'],
    ['the deal is close', 'anonymous: people familiar with the talks', 'reported'],
    ['The vote will slip', 'anonymous: aides', 'reported'],
    ['that account of events', 'Tomas Varga', 'reported'],
  ]);
});

test('apostrophes are never quotation marks', () => {
  const model = analyze('Scholz’s aides said the ’90s plan isn’t dead and the workers’ union agreed.');
  assert.deepEqual(model.quotations, []);
});

test('reported speech: the subject past a relative clause, a second verb of the same subject, an "and" inside a name, and a definite institution', () => {
  assert.deepEqual(claimsOf('Elena Marchetti, who negotiated the deal and has been commissioner since 2023, argued that the bloc had made concessions.'), [
    ['that the bloc had made concessions', 'Elena Marchetti', 'reported'],
  ]);
  // An apposition's relative clause, with a name set off inside it.
  assert.deepEqual(claimsOf('One of the owners, Bill Ahlgren, a retired teacher whose sailboat, the Hazel Dee, burned to the waterline, said he had kept the boat there for 19 summers.'), [
    ['he had kept the boat there for 19 summer', 'Bill Ahlgren', 'reported'],
  ]);
  assert.deepEqual(claimsOf('Marco Bellandi met Tomas Varga in Valencia on Wednesday and has told the club that his client wants the move.'), [
    ['that his client wants the move', 'Marco Bellandi', 'reported'],
  ]);
  const shared = analyze('Jane Roe denied the claim but said the company would review its accounts.').claims.find((c) => c.text.startsWith('the company'));
  assert.equal(shared?.speakerText, 'Jane Roe');
  assert.deepEqual(claimsOf('The Securities and Exchange Commission said on Wednesday that it would seek to bar him.').map(([, s]) => s), ['Securities and Exchange Commission']);
  assert.deepEqual(claimsOf('The Flemish Dockers Union called a strike on Monday. The union says its strike fund can pay members for 50 days.').map(([, s]) => s), ['Flemish Dockers Union']);
});

test('reported speech: a parenthetical attribution, a participle, and two speakers in one sentence', () => {
  assert.deepEqual(claimsOf('Lawyers have been drafting the orders since the weekend, aides said, and the minister was ready to sign them.'), [
    ['Lawyers have been drafting the orders si', 'anonymous: aides', 'reported'],
  ]);
  assert.deepEqual(claimsOf('The negotiators ended a second day of talks without an agreement, diplomats said, leaving the ministers to decide next week.'), [
    ['The negotiators ended a second day of ta', 'anonymous: diplomats', 'reported'],
  ]);
  assert.deepEqual(claimsOf('The ultimatum, announced at a news conference in Brussels, is set to expire on March 1.'), []);
  assert.deepEqual(claimsOf('Berlin said German carmakers were running short of parts, and a European Commission spokesman said Brussels was watching closely.'), [
    ['German carmakers were running short of p', 'Berlin', 'reported'],
    ['Brussels was watching closely', 'European Commission', 'reported'],
  ]);
  assert.equal(analyze('Berlin said German carmakers were running short of parts, and a spokesman said Brussels was watching closely.').claims[0].text, 'German carmakers were running short of parts');
});

test('quote speakers: a partial quote inside reported speech, a colon lead, the quote’s own sentence, a quote paragraph after reported speech', () => {
  const quoteSpeakers = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([q, s]) => [q, s]);
  assert.deepEqual(quoteSpeakers('The White House says it supports “responsible innovation,” but a senior administration official said aides wanted a delay.'), [['“responsible innovation,”', 'White House']]);
  assert.deepEqual(quoteSpeakers('The Kremlin said it would study the text, and Kremlin spokesman Dmitry Peskov called the deadline “theatre.”'), [['“theatre.”', 'Dmitry Peskov']]);
  assert.deepEqual(quoteSpeakers('Hendrik Wouters said he backs Sofie Claes, a statement Koen Verhaegen brushed off: “This is theatre. They talk to us through the newspapers.”'), [['“This is theatre. They talk to us throug', 'Koen Verhaegen']]);
  assert.deepEqual(quoteSpeakers('Ingrid Solberg, who once described her style as “boringly relentless,” told reporters she would split her time between Hamburg and London. She confirmed the plan.'), [['“boringly relentless,”', 'Ingrid Solberg']]);
  assert.deepEqual(quoteSpeakers('In Valencia, Real Ventosa said in a statement that the player “is not for sale,” and the club’s sporting director, Íñigo Larrea, insisted that Ventosa would not be rushed.\n\n“We sold players in a panic in the ’90s. It won’t happen again.”'), [
    ['“is not for sale,”', 'Real Ventosa'],
    ['“We sold players in a panic in the ’90s.', 'Íñigo Larrea'],
  ]);
});

test('speakers: the head noun before a place is unnamed, before a firm it speaks for the firm; a quote with its own verb inside reported speech', () => {
  assert.deepEqual(claimsOf('Western diplomats in Bishkek said the first round had been broadly competitive.').map(([, s]) => s), ['anonymous: Western diplomats in Bishkek']);
  assert.deepEqual(claimsOf('Economists at Schelde Capital estimated the walkout has cost the economy about €600 million.').map(([, s]) => s), ['Schelde Capital']);
  const quote = claimsOf('Under cross-examination, Alan Whitcombe acknowledged that he had not reviewed the subsidiary, which Nadia Petrosyan called “the missing half of the story.”').find(([, , kind]) => kind === 'quote');
  assert.equal(quote?.[1], 'Nadia Petrosyan');
});

test('an attribution right after a quote wins over the reported speech around it; a clause opening with "but" is no attribution', () => {
  const quoteSpeakers = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([, s]) => s);
  assert.deepEqual(quoteSpeakers('The European Commission said on Friday that talks “went well," officials said.'), ['anonymous: officials']);
  assert.deepEqual(quoteSpeakers(`${INTRO}Roe called the plan “a disaster,” but Varga said it was sound.`), ['Jane Roe']);
});

test('a fronted quote takes the subject right before its verb; "said Mr. X.The" with no space; "asked not to be named" is no claim', () => {
  const model = analyze('The regulator ordered miners to cut water use within 30 days, a move Codelco called “unworkable" and others welcomed.');
  assert.equal(model.actors.find((a) => a.id === model.claims.find((c) => c.kind === 'quote')?.speaker)?.name, 'Codelco');
  assert.deepEqual(claimsOf('Andrés Pizarro runs the company. “It’s a political decision,” said Mr. Pizarro.The regulator disagreed.').map(([, s]) => s), ['Andrés Pizarro']);
  // A middle initial's full stop is inside the speaker's name.
  assert.deepEqual(claimsOf('“The ships are waiting,” said Ravi K. Menon, the group’s president.').map(([, s]) => s), ['Ravi K. Menon']);
  assert.deepEqual(claimsOf('A senior ministry official, who asked not to be named, said the government had been warned.'), [
    ['the government had been warned', 'anonymous: A senior ministry official', 'reported'],
  ]);
});

/** Analyses `text` through `cache` (after earlier versions of the document) and asserts the claims are a fresh analysis's. */
function assertClaimsAsFresh(cache: ParagraphCache, text: string): Claim[] {
  const claims = analyze(text, { cache }).claims;
  assert.deepEqual(claims, analyze(text).claims, text);
  return claims;
}

test('speakers kept for unchanged paragraphs follow an edit elsewhere as a fresh analysis does', () => {
  const text = 'Jane Roe met the mayor on Monday.\n\nThe talks, she said, had gone well. “We are close,” she added.\n';
  const cache = new ParagraphCache();
  analyze(text, { cache });
  // Only moves the mentions: the kept speakers are reused, at their new offsets.
  const moved = text.replace('met', 'briefly met');
  assertClaimsAsFresh(cache, moved);
  assert.ok(analyze(moved).claims.every((c) => c.speaker === 'jane-roe'));
  // A new person before the pronouns: "she" now stands for someone else.
  const another = moved.replace('on Monday.', 'on Monday. Ann Lee, a senator, joined them.');
  const claims = assertClaimsAsFresh(cache, another);
  assert.ok(claims.every((c) => c.speaker === 'ann-lee'));
});

test('a name edited in one paragraph re-resolves only the speakers that read it, as a fresh analysis would', () => {
  const text = 'Jane Roe met Tom Varga.\n\n“We are close,” she said.\n\nMark Ode, a senator, left early.\n\n“Not yet,” he said.\n';
  const cache = new ParagraphCache();
  analyze(text, { cache });
  for (const edited of [text.replace('Mark Ode', 'Mark Odes'), text.replace('Mark Ode', 'Marta Ode'), text.replace('Jane Roe', 'Jan Roe')]) {
    assertClaimsAsFresh(cache, edited);
  }
});

test('a name typed or cut keeps the speakers that read only the mentions before or after it, as a fresh analysis would', () => {
  const text = 'Jane Roe met Tom Varga.\n\n“We are close,” she said.\n\nA federal judge on Tuesday threw out the ban, ruling that it was unlawful.\n';
  const cache = new ParagraphCache();
  analyze(text, { cache });
  // The judge named after the ruling is read from the mentions after it, up to the last.
  const judged = `${text}\nJudge Ann Lee wrote the ruling.\n`;
  assertClaimsAsFresh(cache, judged);
  assert.equal(analyze(judged).actors.find((a) => a.id === analyze(judged).claims.at(-1)?.speaker)?.name, 'Ann Lee');
  for (const edited of [text, `Ann Lee spoke.\n\n${text}`, text.replace('met Tom Varga', 'met him'), text.replace('she said', 'she told Mark Ode')]) {
    assertClaimsAsFresh(cache, edited);
  }
  // "she" with nobody named before reads that there is nobody, up to the first mention.
  const unnamed = 'Talks stalled.\n\nShe said the deal was close.\n\nJane Roe left.\n';
  analyze(unnamed, { cache });
  const named = `Ann Lee spoke.\n\n${unnamed}`;
  assertClaimsAsFresh(cache, named);
});

/** Analyses `before` into a cache, then `after` through it: its claims must be a fresh analysis's, whose speakers the edit changed. */
function assertEditFollowed(before: string, after: string): void {
  const cache = new ParagraphCache();
  analyze(before, { cache });
  assert.notDeepEqual(speakers(after), speakers(before), 'the edit changes a speaker');
  assertClaimsAsFresh(cache, after);
}

test('a speaker kept for its paragraph is read again when text it read in another paragraph changes, the mentions staying as they were', () => {
  const edits: [string, string, string][] = [
    // The full stop between two names: "he" is the subject of the sentence naming the nearest man.
    ['Tom Varga spoke first. Mark Ode nodded.', 'Tom Varga spoke first, and Mark Ode nodded.', 'He said the deal was close.'],
    // The words before an organization's name give it the noun: "its league, Liga Portugal".
    ['Portugal’s professional league, Liga Portugal, met on Monday.', 'Portugal’s professional body, Liga Portugal, met on Monday.', 'The league said the season would start in May.'],
    // The words after a possessive name: whoever owns a ministry is its minister.
    ['Anna Leitner’s ministry backed the plan.', 'Anna Leitner’s office backed the plan.', 'The minister said the plan was ready.'],
    // The comma after the name an apposition describes.
    ['The nurse on duty was Ana Roe,', 'The nurse on duty was Ana Roe.', 'a retired nurse, said the ward was full.'],
  ];
  for (const [lede, edited, report] of edits) {
    assertEditFollowed(`${lede}\n\n${report}\n`, `${edited}\n\n${report}\n`);
    assertEditFollowed(`${edited}\n\n${report}\n`, `${lede}\n\n${report}\n`);
  }
  // How far back the seat of government was named: a longer paragraph in between puts it out of reach.
  const talks = 'The talks went on through the night and into the morning without any sign of progress. ';
  const office = (between: string) => `The State Chancellery met on Monday.\n\n${between}\n\nThe prime minister’s office said the towns had no choice.\n`;
  assertEditFollowed(office(talks.repeat(4)), office(talks.repeat(5)));
  assertEditFollowed(office(talks.repeat(5)), office(talks.repeat(4)));
});

test('a kept "the judge said" is read again when a mention its search for the judge passed over, before it or after it, comes to hold the role', () => {
  // Found by a search among the holders, the judge is read from every mention a scan would pass over.
  const before = (name: string) => `${name} arrived on Monday.\n\nAnn Lee and Mara Ode left early.\n\nThe judge said the case was closed.\n`;
  assertEditFollowed(before('Tom Varga'), before('Judge Tom Varga'));
  const after = (name: string) => `The judge said the case was closed.\n\nAnn Lee and Mara Ode left early.\n\n${name} arrived on Monday.\n`;
  assertEditFollowed(after('Tom Varga'), after('Judge Tom Varga'));
});

test('a kept "He said" is read again when a name spelled as a pronoun ("He Lan") appears or goes elsewhere, the mentions as many as before', () => {
  const text = (name: string) => `Commerce Ministry spokeswoman ${name} spoke on Monday.\n\nThe Harbour Police Service acted.\n\nTom Varga arrived.\n\nAsked about it, He said the plan was fine.\n`;
  assertEditFollowed(text('Ann Lee'), text('He Lan'));
  assertEditFollowed(text('He Lan'), text('Ann Lee'));
  // "she" after a "He" of the paragraph, which stands for her only if she is so named.
  const declined = (name: string) => `Commerce Ministry spokeswoman ${name} spoke on Monday.\n\nThe Harbour Police Service acted.\n\nMara Ode arrived.\n\nOfficials asked whether He approved. “The plan is fine,” she said.\n`;
  assertEditFollowed(declined('Ann Lee'), declined('He Lan'));
  assertEditFollowed(declined('He Lan'), declined('Ann Lee'));
});

test('a kept "the judge said" whose search for the judge passed over an edit asks it again where its paragraph now stands: kept while the answer holds, read again when it changes', () => {
  const text = (between: string) => `Judge Ann Lee arrived on Monday.\n\n${between}\n\nThe judge said the case was closed.\n\nIan Ode spoke.\n`;
  const cache = new ParagraphCache();
  const first = analyze(text('Tom Varga left.'), { cache }).claims;
  // A name the search passed over edited in place: the judge is still Ann Lee, and the speaker is kept, not read again.
  const edited = assertClaimsAsFresh(cache, text('Tom Vargo left.'));
  assert.equal(edited[0].speakerSpan, first[0].speakerSpan);
  // A judge named where the search passes, with text that moves the paragraph well past where it stood.
  assertEditFollowed(text('Tom Varga left.'), text('The talks went on for a long time without any progress at all, and then Judge Mara Ode left.'));
  // What the search read when asked again is what a later edit is compared with: a name added
  // where it passes (the judge found the same), then the judge it found renamed.
  const later = 'The judge said the case was closed.\n\nTom Varga left.\n\nMara Ode stayed.\n\nJudge Ann Lee arrived.\n';
  const added = later.replace('Tom Varga left.', 'Tom Varga left.\n\nIan Ode spoke.');
  analyze(later, { cache });
  assertClaimsAsFresh(cache, added);
  assert.deepEqual(speakers(added), ['Ann Lee']);
  assertClaimsAsFresh(cache, added.replace('Judge Ann Lee', 'Judge Ann Lees'));
});

test('a kept speaker whose resolution read no mention, there being none, is read again when a name is added after it', () => {
  const text = 'Talks stalled.\n\nA federal judge on Tuesday threw out the ban, ruling that it was unlawful.\n';
  assertEditFollowed(text, `${text}\nJudge Ann Lee wrote the ruling.\n`);
});

test('"The company said" ending the document is read again when an edit before it makes its words a mention', () => {
  const text = 'Tom Varga arrived.\n\nThe company said the deal was close.\n';
  assertEditFollowed(text, text.replace('Tom Varga arrived.', 'Halvern Rail met. Tom Varga arrived.'));
});

test('a kept "He said" whose "He" is a name so spelled is asked about again after an edit elsewhere: kept while the answer holds, read again when it changes', () => {
  const text = (other: string) => `Commerce Ministry spokeswoman He Lan spoke on Monday.\n\n${other} acted.\n\nAsked about it, He said the plan was fine.\n`;
  const cache = new ParagraphCache();
  const first = analyze(text('Tom Varga'), { cache }).claims;
  assert.deepEqual(speakers(text('Tom Varga')), ['He Lan']);
  // Another name edited before it: she is still the one named so before it, and the speaker is kept, not read again.
  const edited = assertClaimsAsFresh(cache, text('Tim Varga'));
  assert.equal(edited.at(-1)!.speakerSpan, first.at(-1)!.speakerSpan);
  // A "He" opening its paragraph is her only while she is the person named last before it: an
  // institution turned into a person between them changes the answer, the mentions as many as before.
  const opening = (other: string) => `Commerce Ministry spokeswoman He Lan spoke on Monday.\n\n${other} acted.\n\nHe said the plan was fine.\n`;
  assertEditFollowed(opening('The Harbour Police Service'), opening('Tom Varga'));
  assertEditFollowed(opening('Tom Varga'), opening('The Harbour Police Service'));
});

test('paragraphs written alike each read their own speakers, fresh and after an edit', () => {
  const text = 'Jane Roe arrived.\n\nShe said the deal was close.\n\nMara Tolle arrived.\n\nShe said the deal was close.\n\n“We are close,” she said.\n\nIan Ode spoke.\n\n“We are close,” he said.\n';
  assert.deepEqual(speakers(text), ['Jane Roe', 'Mara Tolle', 'Mara Tolle', 'Ian Ode']);
  const cache = new ParagraphCache();
  analyze(text, { cache });
  // The first copy cut: the copy left stands after Mara Tolle, where the first entry's paragraph did not.
  for (const edited of [text.replace('She said the deal was close.\n\n', ''), text.replace('Jane Roe arrived.', 'Jane Roe arrived late.'), text]) {
    assertClaimsAsFresh(cache, edited);
  }
});

test('a quote inside a quote is the words of whoever the outer speaker names as saying them, else no claim of its own', () => {
  const intro = 'The mediator, Matthias Vogt, met Foreign Minister Oksana Hrytsenko on Monday.\n\n';
  assert.deepEqual(claimsOf(`${intro}“When Minister Hrytsenko told me ‘not one more village,’ I believed her,” Vogt said.`), [
    ['“When Minister Hrytsenko told me ‘not on', 'Matthias Vogt', 'quote'],
    ['‘not one more village,’', 'Oksana Hrytsenko', 'quote'],
  ]);
  // A scare quote inside a quote is no one's claim.
  assert.deepEqual(claimsOf(`${intro}“This ‘peace plan’ is a delay,” Vogt said.`), [['“This ‘peace plan’ is a delay,”', 'Matthias Vogt', 'quote']]);
});

test('aides to someone, or people close to them, are unnamed sources, not that someone', () => {
  const intro = 'Health Minister Ana Ruiz met the unions on Monday.\n\n';
  assert.deepEqual(claimsOf(`${intro}Aides to Ruiz said she had cleared her diary.`).map(([, speaker]) => speaker), ['anonymous: Aides to Ruiz']);
  assert.deepEqual(claimsOf(`${intro}People close to the minister said she would not resign.`).map(([, speaker]) => speaker), ['anonymous: People close to the minister']);
  // Only the preposition right after the unnamed head counts: these analysts speak for their bank.
  assert.deepEqual(claimsOf(`${intro}Analysts at Ledger Bank speaking to reporters said the strike would end.`).map(([, speaker]) => speaker), ['Ledger Bank']);
});

test('the person at the head of the subject speaks, not an organization named in an apposition or an "of" phrase', () => {
  assert.deepEqual(speakers('Oskar Lindqvist, a former central bank economist who now heads the research firm Northbrook Analytics, said rates would stay high.'), ['Oskar Lindqvist']);
  assert.deepEqual(speakers('Chief Daniel Whitehorse of the Bear River First Nation said the band had not been warned.'), ['Daniel Whitehorse']);
  assert.deepEqual(speakers('Amy Chen, president of the Westside Tenants Association, said rents had doubled.'), ['Amy Chen']);
  // The head is a role: the person named in apposition speaks, not the one the role serves.
  assert.deepEqual(speakers('Paul Hart is on trial. A lawyer for Paul Hart, Nina Brooks, said the charges would be dropped.'), ['Nina Brooks']);
});

test('a pronoun after a claim stands for that claim’s speaker, not for someone named inside it or beside the speaker', () => {
  const speakers = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([, speaker]) => speaker);
  assert.deepEqual(speakers('Peter Novak, who lost to David Brandt in the final in June, said he felt no joy. “I wanted to beat him on the track,” he said. “Not like this.”'), ['Peter Novak', 'Peter Novak']);
  assert.deepEqual(speakers('Chief Rosa Delgado of the Eagle Creek First Nation said her people had not been told. “We heard it on the radio,” she said.'), ['Rosa Delgado']);
  // Another person in between takes the pronoun.
  assert.deepEqual(speakers('Peter Novak said the race was fair. David Brandt disagreed. “It was not,” he said.'), ['David Brandt']);
  assert.deepEqual(speakers('The club may bid, according to Peter Novak. Coach David Brandt was guarded: “We watch many players,” he said.'), ['David Brandt']);
  // A quote closing on a full stop has ended its sentence: the next sentence's name is a new topic.
  assert.deepEqual(speakers('Ines Marlow said it was late. “We knew it.”\n\nTomas Varga, asked about it, shrugged. “Ask me later,” he said.'), ['Ines Marlow', 'Tomas Varga']);
  // Of two people in the sentence before, the subject: not one named in an aside.
  assert.deepEqual(speakers('Tomas Varga, asked whether he trusted Peter Novak, paused. “Ask me in May,” he said.'), ['Tomas Varga']);
  // Someone named in the attribution's own sentence ("who beat …") is not a new topic.
  assert.deepEqual(speakers('“I trained hard,” said Peter Novak, who beat David Brandt in June. “I deserved it,” he said.'), ['Peter Novak', 'Peter Novak']);
});

test('a fronted quote’s subject may carry a parenthesis with a comma: "a date Rep. Ana Cole (D., Texas) called “absurd.”"', () => {
  const quote = claimsOf('Aides said the board had set a deadline of June 1, a date Rep. Ana Cole (D., Texas) called “absurd.” Others agreed.').find(([, , kind]) => kind === 'quote');
  assert.equal(quote?.[1], 'Ana Cole');
});

test('reported speech: the whole complement, not a "that" inside it; a relative "that", a question, a request or an order is no claim', () => {
  const reported = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'reported').map(([said]) => said);
  assert.deepEqual(reported('Jane Roe said she would support a plan that cut the levy by half.'), ['she would support a plan that cut the le']);
  assert.deepEqual(reported('Jane Roe said the vote showed that the party had lost its way.'), ['the vote showed that the party had lost ']);
  assert.deepEqual(reported('Jane Roe told lawmakers that the levy would rise.'), ['that the levy would rise']);
  assert.deepEqual(reported('Jane Roe said the day before that the levy would rise.'), ['that the levy would rise']);
  assert.deepEqual(reported('Aides said he spent the day calling donors about a fund that would pay his legal bills.'), ['he spent the day calling donors about a ']);
  assert.deepEqual(reported('The ministry did not say when the talks would resume. Jane Roe asked whether the board had met.'), []);
  assert.deepEqual(reported('The league said it would fine the club but asked that the players’ names be withheld.'), ['it would fine the club but asked that th']);
  assert.deepEqual(reported('The mayor told families in the valley to leave by Sunday night, but later relented.'), []);
  // "asks a U.N. expert body to report": an abbreviation among the listeners.
  assert.deepEqual(reported('The draft asks a U.N. expert body to report on progress by the end of 2027.'), []);
  assert.deepEqual(reported('The mayor told parliament the money belonged to children’s clubs.'), ['the money belonged to children’s clubs']);
  assert.deepEqual(reported('“Go now,” the mayor told a crowded school gym on Monday evening.'), []);
  // An order that says something after all: "told lawmakers the plan to … would …".
  assert.deepEqual(reported('Jane Roe told lawmakers the plan to cut the levy would fail.'), ['the plan to cut the levy would fail']);
});

test('reported speech: a subject past a relative clause holding a quote, a weekday after a trailing attribution, ", as" after a parenthetical one', () => {
  assert.deepEqual(claimsOf('Jane Roe, who once called the tax “a relic,” said the council would vote in May.').filter(([, , kind]) => kind === 'reported'), [
    ['the council would vote in May', 'Jane Roe', 'reported'],
  ]);
  assert.deepEqual(claimsOf('The flood has reached the old bridge, the Water Agency said Tuesday.').map(([said, speaker]) => [said, speaker]), [['The flood has reached the old bridge', 'Water Agency']]);
  assert.deepEqual(claimsOf('The ministers on Friday gave the rebels a week to reply, diplomats said, as the fighting went on.').map(([said, speaker]) => [said, speaker]), [['The ministers on Friday gave the rebels ', 'anonymous: diplomats']]);
});

test('a role for a person speaks for its holder: "Spain’s health minister", a participle sharing the subject of its clause', () => {
  const speakers = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'reported').map(([said, speaker]) => [said, speaker]);
  const intro = 'Health Minister Ana Ruiz met the unions in Madrid on Monday.\n\n';
  assert.deepEqual(speakers(`${intro}Spain’s health minister said the strike would end by June.`), [['the strike would end by June', 'Ana Ruiz']]);
  // A people's adjective places the role as an owner does.
  assert.deepEqual(speakers(`${intro}The Spanish minister told them that the strike would end by June.`), [['that the strike would end by June', 'Ana Ruiz']]);
  assert.deepEqual(speakers(`${intro}The health minister on Tuesday gave the doctors in the Madrid region until Friday, warning that the government would act.`), [['that the government would act', 'Ana Ruiz']]);
  // A lede names the role before the person.
  assert.deepEqual(speakers('Spain’s health minister on Tuesday gave the doctors in the Madrid region until Friday, warning that the government would act.\n\nHealth Minister Ana Ruiz spoke in Madrid.')[0], ['that the government would act', 'Ana Ruiz']);
  assert.deepEqual(speakers(`${intro}Ruiz said Jane Roe had misread the law, adding that the rules were clear.`), [
    ['Jane Roe had misread the law', 'Ana Ruiz'],
    ['that the rules were clear', 'Ana Ruiz'],
  ]);
});

test('a reporting verb inside the relative clause of a subject reports nothing', () => {
  assert.deepEqual(claimsOf('Jane Roe, who has always denied taking the money, said through her lawyer that she was innocent.').map(([said, speaker]) => [said, speaker]), [['that she was innocent', 'Jane Roe']]);
});

test('reported speech: an abbreviation ends no clause, a denial after the claim is no attribution of it, a document obtained by a newspaper is not the newspaper’s word', () => {
  const claims = (text: string) => claimsOf(text).map(([said, speaker]) => [said, speaker]);
  assert.deepEqual(claims('Nina Brooks, a former U.S. trade official who now works at the Hudson Institute, noted that tariffs rarely last.'), [['that tariffs rarely last', 'Nina Brooks']]);
  assert.deepEqual(claims('Paul Hart runs the port. Nina Brooks claimed that the port had hired strikebreakers, a charge Hart denied.'), [['that the port had hired strikebreakers, ', 'Nina Brooks']]);
  assert.deepEqual(claims('Paul Hart set a deadline of Sept. 30 for a second report, which the World Bank said it would meet.'), [['it would meet', 'World Bank']]);
  const memo = analyze('According to a budget memo obtained by the Dayton Courier, the county faces a large deficit.').claims[0];
  assert.deepEqual([memo.speaker, memo.anonymous], [null, false]);
});

test('a partial quote after a second verb of the same subject, or after "accused … of", is the subject’s', () => {
  const quoteSpeakers = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([q, s]) => [q, s]);
  assert.deepEqual(quoteSpeakers('Agency spokeswoman Nina Brooks denied that the cuts were political and said labs had been warned “months ago.”'), [['“months ago.”', 'Nina Brooks']]);
  assert.deepEqual(quoteSpeakers('Opposition leader Tom Reed accused the mayor of “ruling by decree,” while the union said nothing.'), [['“ruling by decree,”', 'Tom Reed']]);
});

test('"the ministry" speaks for the ministry that has been speaking, not for one named in passing since', () => {
  assert.deepEqual(speakers('The Finance Ministry said the budget was balanced.\n\nMediators from the Labour Ministry joined the talks on Friday.\n\nThe deficit will shrink next year, the ministry said.'), ['Finance Ministry', 'Finance Ministry']);
  assert.deepEqual(speakers('The Finance Ministry said the budget was balanced.\n\nThe Defence Ministry said that troops would stay.\n\nThe deployment will last a year, the ministry said.'), ['Finance Ministry', 'Defence Ministry', 'Defence Ministry']);
});

test('"A bench headed by Justice X, with expert member Dr Y," speaks for the tribunal, not a member it names; "a panel of the Court" for that court', () => {
  const lede = 'The Coastal Green Tribunal on Friday fined the Marlow Port Trust for dredging without consent.\n\n';
  assert.deepEqual(speakers(`${lede}A bench headed by Justice Ravi Menon, with expert member Dr Anita Iyer, said the trust had "ignored every warning".`), ['Coastal Green Tribunal', 'Coastal Green Tribunal']);
  // The aside's "and" joins the members it names; it opens no clause of its own.
  assert.deepEqual(speakers(`${lede}A bench headed by Justice Ravi Menon, with judicial member Justice Omar Khan and expert member Dr Anita Iyer, said the trust had erred.`), ['Coastal Green Tribunal']);
  assert.deepEqual(speakers('A panel of the Eastern Court of Appeal, led by Judge Ines Marlow, said the statute was vague.'), ['Eastern Court of Appeal']);
  // An indefinite panel names no court it sits for: it is not the court named before.
  assert.notDeepEqual(speakers(`${lede}A trade panel chaired by Marta Kessling said the quotas were unlawful.`), ['Coastal Green Tribunal']);
});

test('"the bench observed" after a quote naming another court is the court it sits in; "the majority wrote" is the court\'s', () => {
  const lede = 'The Rajasthan High Court on Tuesday directed the State to file an affidavit.\n\n';
  assert.deepEqual(speakers(`${lede}“Despite repeated directions of the Supreme Court and of this court, children still fall into borewells,” the bench observed.`), ['Rajasthan High Court']);
  assert.deepEqual(speakers(`${lede}"Despite repeated directions of the Supreme Court and of this court, children still fall into borewells," the bench observed.`), ['Rajasthan High Court']);
  assert.deepEqual(reportedWithSpeakers(`${lede}If the State does not act by February, the rules become void and counties must stop collecting, the majority wrote.`), [['If the State does not act by February, t', 'Rajasthan High Court']]);
  // The majority of a group is no court.
  assert.deepEqual(reportedWithSpeakers(`${lede}The majority of farmers said the rules were fair.`), [['the rules were fair', null]]);
});

test('"…, according to a joint statement" with no issuer named is the statement of the body the claim opens with; "The statement said" after it too', () => {
  const text = 'China’s Port Safety Administration and the Ministry of Transport on Tuesday ordered ferry operators to fit new radios, according to a joint statement.\n\nThe statement said inspectors had found faults on nine ships.';
  assert.deepEqual(speakers(text), ['Port Safety Administration', 'Port Safety Administration']);
  // A claim opening with no body keeps its unnamed statement.
  assert.deepEqual(speakers('Fares will rise by 4 percent in May, according to a statement.'), [null]);
});

test('"…, it added" after its report goes on with the speaker before it, not a place the report names; "The firm will appeal, it said" is the firm\'s', () => {
  const lede = 'The Harbour Authority said on Monday that ferry operators must fit new radios by May.\n\n';
  assert.deepEqual(speakers(`${lede}Operators that miss the date face fines of up to 2 million U.S. dollars under rules agreed with Canada, it added.`), ['Harbour Authority', 'Harbour Authority']);
  const firm = 'The Harbour Authority said on Monday that Kestrel Ferries had broken the rules.\n\nKestrel Ferries will appeal, it said.';
  assert.deepEqual(speakers(firm), ['Harbour Authority', 'Kestrel Ferries']);
});

test('"according to the timeline the sheriff laid out Thursday" is the sheriff\'s: a thing named with its author, who speaks through it', () => {
  const lede = 'Sheriff Hollis Grant said the inmate had escaped overnight.\n\n';
  assert.deepEqual(reportedWithSpeakers(`${lede}According to the timeline the sheriff laid out Thursday, the inmate was last seen at 11 p.m.`)[1], ['the inmate was last seen at 11 p.m', 'Hollis Grant']);
  assert.deepEqual(reportedWithSpeakers(`${lede}According to the figures the Harbour Authority released, 40 ships were delayed.`)[1], ['40 ships were delayed', 'Harbour Authority']);
  // A paper published by someone is no author's relative clause: "a copy of the treaty published by the parliament" cites a document.
  const treaty = 'The Northern Treaty Organization said the border was calm.\n\nAccording to a copy of the treaty published by the parliament, 40 posts were disputed.';
  assert.notEqual(reportedWithSpeakers(treaty)[1][1], 'Northern Treaty Organization');
});

test('"The business lobby said" after the body that spoke last is that body; not when another paragraph lies between', () => {
  const text = 'According to the Peruvian Chamber of Commerce (CCL), the blockades cost 200 million soles a day. The business lobby said the government "must act within 24 hours".';
  assert.deepEqual(speakers(text), ['Peruvian Chamber of Commerce', 'Peruvian Chamber of Commerce', 'Peruvian Chamber of Commerce']);
  const far = 'According to the Peruvian Chamber of Commerce, the blockades cost 200 million soles a day.\n\nTrucks queued at the border.\n\nThe business lobby said the losses were mounting.';
  assert.deepEqual(speakers(far), ['Peruvian Chamber of Commerce', null]);
});

test('"‘…,’ the authority said in a statement, adding that …": the participle\'s subject starts after a British closing mark too', () => {
  const text = 'The Lima Port Authority welcomed the ruling. ‘Safety comes first,’ the authority said in a statement, adding that it would inspect all ferries.';
  const added = analyze(text).claims.find((c) => c.kind === 'reported' && c.text.startsWith('that it would'));
  assert.equal(added?.speakerText, 'the authority');
});

test('a quoted subhead on a line of its own is the words of whoever says them further on, not of the speaker before it', () => {
  const text = '"We are not trying to rush anybody," Mayor Rosa Quispe said.\n\n\'Not a blank cheque\'\n\nThe council passed a motion last week. "We are not a blank cheque," said Councillor Mario Huaman, who chairs the budget committee.';
  assert.deepEqual(claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([, speaker]) => speaker), ['Rosa Quispe', 'Mario Huaman', 'Mario Huaman']);
});

test('"…, the order noted" speaks for the court that issued the order, as "the statement said" does', () => {
  const text = 'The amount goes to the river fund, the Coastal Green Tribunal said in its order.\n\nAn inspection team found that the firm had dumped waste at nine sites, the order noted.';
  assert.deepEqual(reportedWithSpeakers(text)[1], ['An inspection team found that the firm h', 'Coastal Green Tribunal']);
  const judgment = 'The Eastern Court of Appeal said in a judgment on Monday that the ban was lawful.\n\nThe club had been warned twice, the judgment said.';
  assert.equal(reportedWithSpeakers(judgment).at(-1)?.[1], 'Eastern Court of Appeal');
});

test('"the three-judge panel" speaks for the court it sits on', () => {
  assert.deepEqual(speakers('The Federal Court of Appeal on Monday struck down the law.\n\nThe three-judge panel said the statute was vague.'), ['Federal Court of Appeal']);
  assert.deepEqual(speakers('The Federal Court of Appeal on Monday struck down the law.\n\nThe five-member panel said the statute was vague.'), ['Federal Court of Appeal']);
});

test('"what it called “…”" quotes the reporting institution, not a place named in the report', () => {
  const quote = claimsOf('The Kremlin said Moscow would study the plan but would not accept what it called “foreign dictates.”').find(([, , kind]) => kind === 'quote');
  assert.deepEqual(quote, ['“foreign dictates.”', 'Kremlin', 'quote']);
});

test('“…,” she said after a spokeswoman’s claim is the spokeswoman’s', () => {
  const text = 'Karl Nehmer met the unions.\n\nA spokeswoman for the Finance Ministry said the budget was on track. “We are confident,” she said.';
  assert.deepEqual(speakers(text), ['Finance Ministry', 'Finance Ministry']);
  assert.deepEqual(speakers('Karl Nehmer met the unions. A spokeswoman said the budget was on track. “We are confident,” she said.'), ['anonymous: A spokeswoman', 'anonymous: A spokeswoman']);
});

test('reported speech: ", but warned that" ends the first report; a long "in a filing with …" lead-in', () => {
  assert.deepEqual(claimsOf('Jane Roe said on Tuesday that the economy remained strong, but warned that prices could rise.').map(([said]) => said), ['that the economy remained strong', 'that prices could rise']);
  assert.deepEqual(claimsOf('The Acme Corporation said in a filing with the Securities and Exchange Commission that revenue fell.').map(([said]) => said), ['that revenue fell']);
  assert.deepEqual(claimsOf('The Acme Corporation said in a speech that was twice interrupted by hecklers.').map(([said]) => said), []);
  // A past form before a noun and an auxiliary is an adjective of what was said: "said in a statement that developed countries should …".
  assert.deepEqual(claimsOf('The delegation said in a statement that developed countries should pay first.').map(([said]) => said), ['that developed countries should pay firs']);
  // An irregular past form heads a relative clause too: "told delegates at a session that began at 3 a.m.".
  assert.deepEqual(claimsOf('“We are close,” Ana Roe told delegates at a session that began at 3 a.m. “Come back at 9.”').filter(([, , kind]) => kind === 'reported'), []);
});

test('", adding that …" after a quote shares the subject of the attribution, not a name inside the quote', () => {
  assert.deepEqual(claimsOf('Jane Roe met the board. “Tom Hale must resign,” Roe said, adding that the plan would be debated in May.').map(([said, speaker]) => [said, speaker]), [
    ['“Tom Hale must resign,”', 'Jane Roe'],
    ['that the plan would be debated in May', 'Jane Roe'],
  ]);
});

test('"signaling that" reports; a partial quote inside a report with no verb of its own is the reporter’s', () => {
  assert.deepEqual(claimsOf('The Bank of Canada held rates on Wednesday, signaling that it wanted to see “firmer evidence" of cooling before cutting.').map(([said, speaker]) => [said, speaker]), [
    ['that it wanted to see “firmer evidence" ', 'Bank of Canada'],
    ['“firmer evidence"', 'Bank of Canada'],
  ]);
  assert.deepEqual(claimsOf('The bank signaled a shift in its thinking on Wednesday.'), []);
});

test('"the Spaniard said", "the 34-year-old said": the person the article is about', () => {
  assert.deepEqual(speakers('Chelsea manager Luis Ortega said his team had been unlucky against Tom Hale’s side. “We created chances,” the Spaniard said.'), ['Luis Ortega', 'Luis Ortega']);
  assert.deepEqual(speakers('Maria Costa met Tom Hale in Paris. “I am ready,” the 34-year-old said.'), ['Tom Hale']);
});

test('"a move that scientists say could …": the subject follows the "that"', () => {
  assert.deepEqual(claimsOf('The Acme Agency froze the program, a move that scientists say could shut down dozens of labs.').map(([said, speaker]) => [said, speaker]), [['could shut down dozens of labs', 'anonymous: scientists']]);
});

test('an apposition "a X and a Y" stays in the subject; "testified for" reports nothing; a clause opened by "after" has its own subject', () => {
  const speakers = (text: string) => analyze(text).claims.map((c) => [c.kind, c.speaker]);
  assert.deepEqual(speakers('Galina Petrova, a political scientist at Sofia University and a former adviser to two prime ministers, said the vote was “brutal.”'), [['reported', 'galina-petrova'], ['quote', 'galina-petrova']]);
  assert.deepEqual(speakers('Dana Whit, a hydrologist who testified for the Valley Association and a former adviser to the Interior Department, said the model was wrong.'), [['reported', 'dana-whit']]);
  const [late] = analyze('The Mining Agency later moved the deadline to Friday after Corvane Lithium said replacement parts were delayed.').claims;
  assert.equal(late.speaker, 'corvane-lithium');
});

test('"a senior <body> official" is an unnamed source; "a spokeswoman for <body>" speaks for the body', () => {
  const intro = 'The Civic Renewal party won the vote. The Finance Ministry met on Monday.\n\n';
  const [official] = analyze(`${intro}A senior Civic Renewal official said the talks would start soon.`).claims;
  assert.deepEqual([official.speaker, official.anonymous], [null, true]);
  const [spokeswoman] = analyze(`${intro}A spokeswoman for the Finance Ministry said the budget was final.`).claims;
  assert.equal(spokeswoman.speaker, 'finance-ministry');
});

test('“…,” X told <listener> attributes the quote; the listener is no reported claim', () => {
  const claims = analyze('“The label was wrong. Someone has to answer for that,” Okafor told the consumer radio programme “Shelf Life” on Talkwave. “Nobody build anything here,” Hollis told analysts on a call three hours after the ruling.').claims;
  assert.deepEqual(claims.filter((c) => c.kind === 'reported').map((c) => c.text), []);
  const told = analyze('“We will appeal,” Okafor told reporters, adding that the ruling was wrong.').claims.filter((c) => c.kind === 'reported');
  assert.equal(told.length, 1);
});

test('a parenthetical attribution with its time ("…, the commission said on Tuesday, leaving …"), and a that-clause of "signalled" inside what was said', () => {
  const reported = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.text, c.speaker]);
  assert.deepEqual(reported('The Civic Party won the election with 27 percent of the vote, the Election Commission said on Tuesday, leaving its leader facing weeks of talks.')[0], [
    'The Civic Party won the election with 27 percent of the vote',
    'election-commission',
  ]);
  // A time measured from another event after the attribution is no part of what was said.
  assert.deepEqual(reported('Halvern Dairy Cooperative will cut 1,150 jobs after its merger, the company said Tuesday, hours after regulators ordered the group to sell two plants.').map(([said]) => said), [
    'Halvern Dairy Cooperative will cut 1,150 jobs after its merger',
  ]);
  const texts = reported('People familiar with the talks said the Green Party had already signalled that it would abstain.').map(([said]) => said);
  assert.ok(texts.includes('the Green Party had already signalled that it would abstain'), JSON.stringify(texts));
});

test('a court rules that …: ", ruling that" and "ruled that" report; "in its ruling that" is read by "said"', () => {
  const reported = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.text, c.speaker]);
  assert.deepEqual(reported('Judge Ana Ortiz on Tuesday threw out the permit, ruling that regulators had failed to study the aquifer.'), [['that regulators had failed to study the aquifer', 'ana-ortiz']]);
  assert.deepEqual(reported('Judge Ana Ortiz ruled that the permit was void.'), [['that the permit was void', 'ana-ortiz']]);
  assert.equal(reported('The court said in its ruling that the athlete had cheated.').length, 1);
});

test('a participle such as "posted" before "and said" reports nothing; the "said" clause does', () => {
  const reported = analyze('Chief executive Tom Reid apologised in a video posted on Tuesday and said the company had acted fast.').claims.filter((c) => c.kind === 'reported');
  assert.deepEqual(reported.map((c) => [c.text, c.speaker]), [['the company had acted fast', 'tom-reid']]);
});

test('speech verbs that report nothing: "declared" an emergency, "warned of" a risk, "confirmed them", a noun after a determiner ("the warning")', () => {
  assert.deepEqual(reportedTexts('Mayor Ann Ruelas declared a local emergency on Thursday.'), []);
  assert.deepEqual(reportedTexts('Mayor Ann Ruelas declared that the emergency was over.'), ['that the emergency was over']);
  assert.deepEqual(reportedTexts('Elena Whitford, who warned of the risk in her 2021 book, said fertilizer had seeped into the aquifer.'), ['fertilizer had seeped into the aquifer']);
  assert.deepEqual(reportedTexts('An email described the readings as a lab error, and a retest two days later confirmed them, according to records seen by reporters.').filter((said) => said.startsWith('them')), []);
  assert.deepEqual(reportedTexts('Secretary Rafael Montoya gave the utility until Monday to explain why the warning had taken nine days to reach the public.'), []);
});

test('auxiliaries before the verb stay out of the subject; "after the notice and said" shares the subject of the main clause', () => {
  const reported = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.text, c.speaker, c.speakerText]);
  assert.deepEqual(reported('The Sacramento Educators Union met. The contract expires on Feb. 28, and the union has said its members would not work without one.'), [
    ['its members would not work without one', 'sacramento-educators-union', 'the union'],
  ]);
  assert.deepEqual(reported('Mayor Anthony Ruelas declared a local emergency hours after the notice and said the city would ask the state for money.').map(([said, speaker]) => [said, speaker]), [
    ['the city would ask the state for money', 'anthony-ruelas'],
  ]);
  // The last item of a list before ", and said" is no clause: the subject is the sentence's.
  const lead = 'The Committee for Industrial Safety said the mine had no sensors. ';
  assert.deepEqual(reported(`${lead}On Wednesday the committee gave the company 10 days to report on the collapse and on the sensors, and said it would suspend all work.`)[1], [
    'it would suspend all work', 'committee-for-industrial-safety', 'the committee',
  ]);
  assert.deepEqual(reported(`${lead}The committee gave the firm a week to explain the leak and the fire, and said it would revoke the licence.`)[1].slice(0, 2), [
    'it would revoke the licence', 'committee-for-industrial-safety',
  ]);
  // A date among the last item's words: "to extend the deadline for care homes and hospices to 11 December, but said".
  assert.deepEqual(reported(`${lead}The committee agreed to extend the deadline for care homes and hospices to 11 December, but said the date for mines would stand.`)[1].slice(0, 2), [
    'the date for mines would stand', 'committee-for-industrial-safety',
  ]);
  // A longer last item, a noun with its phrase ("a housing allowance for underground staff"), is none either.
  assert.deepEqual(reported('The National Union of Mineworkers is demanding a 22% increase and a housing allowance for underground staff, and has said the strike will continue.').map(([said, speaker]) => [said, speaker]), [
    ['the strike will continue', 'national-union-of-mineworkers'],
  ]);
});

test('"the district warned" speaks for the organization named with that noun; "the statement said" for whoever issued the statement', () => {
  const reported = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.text, c.speaker]);
  assert.deepEqual(reported('The Sacramento Unified School District’s board approved the deal. The district warned in a letter to parents on Wednesday that schools would close.'), [
    ['that schools would close', 'sacramento-unified-school-district'],
  ]);
  assert.deepEqual(reported('The Central Reserve Bank of Peru said in a statement that inflation had slowed. The bank’s board voted 5-2 for the cut, the statement said.'), [
    ['that inflation had slowed', 'central-reserve-bank-of-peru'],
    ['The bank’s board voted 5-2 for the cut', 'central-reserve-bank-of-peru'],
  ]);
  // A role noun still names the person who holds the role.
  assert.deepEqual(reported('Mayor Gloria Tran met the Mayor’s Fund for Schools. The mayor said the money would go elsewhere.'), [['the money would go elsewhere', 'gloria-tran']]);
});

test('"what it called its “…” offer": the quote is the fronted object, its speaker the pronoun before the verb', () => {
  const model = analyze('The Sacramento Unified School District met the union. In January, the district made what it called its “last, best and final” offer.');
  const [quote] = model.claims.filter((c) => c.kind === 'quote');
  assert.deepEqual([quote.speakerText, quote.anonymous], ['it', false]);
});

test('a lede’s unnamed role speaks as the person named with that role just after; not an unnamed source, nor a place in the clause', () => {
  const reported = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.speaker, c.speakerText, c.anonymous]);
  const lede = ' date 2025-03-12 RENO—A federal judge on Tuesday threw out a permit for a mine in northern Nevada, ruling that regulators had failed to study the water.\n\nU.S. District Judge Harriet Okonkwo-Lind wrote that the agency had erred.';
  assert.deepEqual(reported(lede)[0], ['harriet-okonkwo-lind', 'A federal judge', false]);
  assert.deepEqual(reported('A federal judge in Nevada said on Tuesday that the permit was unlawful.'), [[null, 'A federal judge in Nevada', false]]);
  assert.deepEqual(reported('A senior official said on Tuesday that talks had failed in Nevada.'), [[null, 'A senior official', true]]);
});

test('"dismissed that as “…”" attributes a quote; a fronted object before a subject ("an idea the mayor’s aides dismissed as “…”"); the public speaks for itself', () => {
  const quotes = (text: string) => analyze(text).claims.filter((c) => c.kind === 'quote').map((c) => [c.speaker, c.speakerText, c.anonymous]);
  assert.deepEqual(quotes('Homeland Guard leader Todor Mladenov dismissed that as “fairy tales from Sofia’s cafés.”'), [['todor-mladenov', 'Homeland Guard leader Todor Mladenov', false]]);
  assert.deepEqual(quotes('Whitfield proposed a loan, an idea the mayor’s aides dismissed as “a one-time sugar high.”'), [[null, 'the mayor’s aides', true]]);
  const reported = analyze('Riders at the Eastgate transfer station said they were bracing for the worst.').claims.map((c) => [c.speaker, c.anonymous]);
  assert.deepEqual(reported, [[null, true]]);
});

test('"his official spokesman" speaks for whom the pronoun stands for; "its spokeswoman" for the body; a British quote after "told the BBC:" in single marks is no report', () => {
  const speakers = (text: string) => analyze(text).claims.map((c) => [c.kind, c.speaker, c.anonymous]);
  assert.deepEqual(speakers('Prime Minister Keir Starmer was in Rome. Asked whether he would intervene, his official spokesman said: "The PM works hand in glove."'), [['quote', 'keir-starmer', false]]);
  assert.deepEqual(speakers('The Acme Corporation cut jobs. Its spokeswoman said the cuts were final.'), [['reported', 'acme-corporation', false]]);
  assert.deepEqual(speakers('Sir Mel Stride told the BBC’s Today programme: \'This is a Chancellor who has run out of road.\''), [['quote', 'mel-stride', false]]);
});

test('trades written as one word are the public too: "Dockworkers at Latin America’s busiest port", "Miners at Kazakhstan’s largest mine" name no place as speaker', () => {
  const speakers = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.speaker, c.anonymous]);
  assert.deepEqual(speakers('Dockworkers at Latin America’s busiest container port said on Wednesday they would walk out.'), [[null, true]]);
  assert.deepEqual(speakers('Miners at Kazakhstan’s largest coal mine said they had not been paid. Firefighters in Ohio said the blaze was contained.'), [[null, true], [null, true]]);
});

test('a spokesperson for a described body speaks for it; "the spokesman" refers back to the earlier one; a person’s agency is the agency', () => {
  const speakers = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.speaker, c.anonymous]);
  const agency = 'Yevgeny Sokolov, the head of the Federal Agency for Fishery, spoke on Monday. Sokolov’s agency said on Thursday that trawlers would keep fishing. A spokeswoman for the agency said Russia would answer.';
  assert.deepEqual(speakers(agency).slice(-2), [['federal-agency-for-fishery', false], ['federal-agency-for-fishery', false]]);
  const commission = 'A European Commission spokesman said the Commission expected a plan by June 30. Missing that deadline would delay the loan, the spokesman said.';
  assert.deepEqual(speakers(commission), [['european-commission', false], ['european-commission', false]]);
  assert.deepEqual(speakers('A senior official said talks had failed. The talks may resume, the official said.'), [[null, true], [null, true]]);
});

test('doctors or staff at a place, and a source speaking on condition of anonymity, are unnamed sources', () => {
  const claims = analyze('Doctors at the Upper Hill site, speaking on condition of anonymity, said they were rationing blood tests and said the backlog was growing.').claims;
  assert.deepEqual(claims.map((c) => [c.speaker, c.anonymous, c.speakerText]), [
    [null, true, 'Doctors at the Upper Hill site, speaking on condition of anonymity'],
    [null, true, 'Doctors at the Upper Hill site, speaking on condition of anonymity'],
  ]);
});

test('an attribution followed by ", in the sharpest escalation …" is a parenthesis; claiming responsibility or writing prescriptions reports nothing', () => {
  const reported = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.text, c.speakerText]);
  assert.deepEqual(reported('Norway has given Russia until Friday to accept a cut, Fisheries Minister Kari Nordhagen said on Tuesday, in the sharpest escalation of the dispute.'), [
    ['Norway has given Russia until Friday to accept a cut', 'Fisheries Minister Kari Nordhagen'],
  ]);
  assert.deepEqual(reported('A group called Ember claimed responsibility for the attack on Sunday, posting images of files.'), []);
  assert.deepEqual(reported('Nurses were writing prescriptions by hand, the hospital said.').map(([, speaker]) => speaker), ['the hospital']);
});

test('"ruled in August that …": a short time between a that-only verb and its "that"', () => {
  const reported = analyze('A federal judge in Delaware ruled in August that Maplegen could not launch its version until 2027.').claims.map((c) => c.text);
  assert.deepEqual(reported, ['that Maplegen could not launch its version until 2027']);
});

test('an institution’s noun after what was said stands for the organization opening it, not one named later in it', () => {
  const speakers = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.text, c.speaker]);
  assert.deepEqual(speakers('MILWAUKEE — Brennick Dairy Cooperative will cut 1,150 jobs after completing its merger with Norsk Meieri Holdings, the company said Tuesday.').map(([, speaker]) => speaker), ['brennick-dairy-cooperative']);
  assert.deepEqual(speakers('The Harwick Education Association, which represents 640 teachers, endorsed the closure plan last week, according to a union statement.').map(([, speaker]) => speaker), ['harwick-education-association']);
  // A public body is no "company".
  assert.notDeepEqual(speakers('The European Commission fined Norsk Meieri Holdings 40 million euros for the delay, the company said.').map(([, speaker]) => speaker), ['european-commission']);
});

test('the embassy, a fund spokesperson, the mayor’s office, and "according to" after a semicolon', () => {
  const speakers = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.text, c.speaker]);
  assert.deepEqual(speakers('The International Monetary Fund met officials. A fund spokesperson said the IMF did not comment.'), [['the IMF did not comment', 'international-monetary-fund']]);
  assert.deepEqual(speakers('Mayor Ramón Ochoa met the owners. The mayor’s office said he would be in Austin.'), [['he would be in Austin', 'ramon-ochoa']]);
  // "an ally of the mayor" holds no mayor's office.
  assert.deepEqual(speakers('Mayor Ramón Ochoa met the owners. Councilwoman Ana Ruiz, an ally of the mayor, said the board had erred. The mayor’s office said Ochoa would be in Austin.').at(-1), ['Ochoa would be in Austin', 'ramon-ochoa']);
  assert.deepEqual(speakers('The Chinese Embassy in Lusaka said it expected Zambia to pay.').map(([, speaker]) => speaker), ['chinese-embassy']);
  assert.deepEqual(speakers('The authority set a deadline of Friday; according to people familiar with the talks, the lawyers have asked for more time.').map(([text]) => text), ['the lawyers have asked for more time']);
});

test('"said this ship was smaller": "this" opens what was said unless a time word follows ("said this week that")', () => {
  const reported = (text: string) => analyze(text).claims.map((c) => c.text);
  assert.deepEqual(reported('El-Sawy said this ship was smaller and more lightly loaded.'), ['this ship was smaller and more lightly loaded']);
  assert.deepEqual(reported('El-Sawy said this week that the ship was smaller.'), ['that the ship was smaller']);
});

test('an order is judged by its own words; a thing announced or confirmed is no statement', () => {
  const reported = (text: string) => analyze(text).claims.map((c) => c.text);
  assert.deepEqual(reported('The board asked staff to declare whether they would strike by Thursday.'), []);
  assert.deepEqual(reported('The miners asked for a second hearing and were turned down.'), []);
  assert.deepEqual(reported('The governor announced the measures at a news conference on Friday.'), []);
  assert.deepEqual(reported('The governor announced the plant would close.'), ['the plant would close']);
  assert.deepEqual(reported('She warned that any attempt to fire the chair would rattle markets.'), ['that any attempt to fire the chair would rattle markets']);
});

test('", and that …" after a long first clause is a second complement of the same verb, even when a reporting verb follows', () => {
  const reported = (text: string) => analyze(text).claims.map((c) => [c.text, c.speaker]);
  assert.deepEqual(reported('Inspector Hana Brix said the mill would be shut if the dam leaked again before spring, and that its owners had been asked to repair the spillway.'), [
    ['the mill would be shut if the dam leaked again before spring, and that its owners had been asked to repair the spillway', 'hana-brix'],
  ]);
});

test('a quote opening a sentence with no attribution of its own speaks for whoever spoke last in its paragraph', () => {
  const quote = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'quote');
  assert.deepEqual(quote('Mara Lind said she would wait for the count. Pressed on a rematch, she shrugged. “Maybe next spring.”'), [['“Maybe next spring.”', 'Mara Lind', 'quote']]);
});

test('a verb inside what another verb reports ends at that verb’s next "that"; "reported the loss" reports a thing', () => {
  const claims = (text: string) => analyze(text).claims.map((c) => [c.text, c.speaker, c.kind]);
  assert.deepEqual(claims('The harbour master, Ilse Varn, told the Tidewater Post that the ferry firm had reported the collision within the hour required by law but that she wanted “every log, not a summary.”'), [
    ['that the ferry firm had reported the collision within the hour required by law but that she wanted “every log, not a summary', 'ilse-varn', 'reported'],
    ['“every log, not a summary.”', 'ilse-varn', 'quote'],
  ]);
});

test('"the company said" after a firm described as one in its apposition is that firm, not a product named since', () => {
  const quote = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'quote');
  assert.deepEqual(quote('Brevik Marine Works, a Bergen company that builds ferries, said its Fjordline-3 hull would not be ready by May. Trials would resume “after the summer,” the company said.'), [['“after the summer,”', 'Brevik Marine Works', 'quote']]);
});

test('a sentence of its own words ending in a partial quote before "X said" is reported speech as well as a quote', () => {
  assert.deepEqual(claimsOf('Brevik Marine Works said the hull would be late. Sea trials would start “before the autumn storms,” the company said.'), [
    ['the hull would be late', 'Brevik Marine Works', 'reported'],
    ['Sea trials would start “before the autum', 'Brevik Marine Works', 'reported'],
    ['“before the autumn storms,”', 'Brevik Marine Works', 'quote'],
  ]);
});

test('an attribution interrupting what was said ("Oruro, she said, was …") starts the claim at its subject', () => {
  const reported = (text: string) => analyze(text).claims.map((c) => [c.text, c.speaker]);
  assert.deepEqual(reported('Governor Alma Quispe spoke on Friday. The valley, she said, was running out of water and would need tankers.'), [
    ['The valley, she said, was running out of water and would need tankers', 'alma-quispe'],
  ]);
  // A finding set off inside the clause it reports; "the rules," is a noun.
  assert.deepEqual(reported('Chief Justice Alma Quispe read the ruling. The salaries, the court found, were a right of the citizen.').map(([said]) => said), ['The salaries, the court found, were a right of the citizen']);
  assert.deepEqual(reported('Under the rules, each candidate may assign one watcher per table.'), []);
  // One after what it reports, perhaps with its day, attributes it ("…, a judge ruled on Tuesday, despite …").
  const lede = 'A businessman accused of fraud should be extradited to the United States, a judge ruled on Tuesday, despite warnings from his lawyers.\n\nDistrict Judge Naomi Lunt sent his case to the Home Secretary.';
  assert.deepEqual(reported(lede), [['A businessman accused of fraud should be extradited to the United States', 'naomi-lunt']]);
  assert.deepEqual(reported('Chief Justice Alma Quispe read the ruling. The salaries were a right of the citizen, the court concluded.').map(([said]) => said), ['The salaries were a right of the citizen']);
  // "That means, he said, that …": the complement after the attribution is the verb's before it.
  assert.deepEqual(reported('Governor Alma Quispe spoke on Friday. That means, she said, that the valley would need tankers.'), [
    ['That means, she said, that the valley would need tankers', 'alma-quispe'],
  ]);
  // A verb without an auxiliary after the attribution; a subject after it is what was said.
  assert.deepEqual(reported('Governor Alma Quispe spoke on Friday. Farmers, she said, sell their goats in dry years.'), [['Farmers, she said, sell their goats in dry years', 'alma-quispe']]);
  // A phrase fronted before the attribution is part of what was said.
  assert.deepEqual(reported('Governor Alma Quispe spoke on Friday. In dry years, she said, the farmers sell their goats.'), [['In dry years, she said, the farmers sell their goats', 'alma-quispe']]);
  assert.deepEqual(reported('Governor Alma Quispe spoke on Friday. Without new wells, the governor, Alma Quispe, said, that valley could empty within a decade.'), [
    ['Without new wells, the governor, Alma Quispe, said, that valley could empty within a decade', 'alma-quispe'],
  ]);
});

test('an institution described with modifiers before it is named ("the Chilean mining firm running it said") is the one named in the lines after', () => {
  const reported = (text: string) => analyze(text).claims.map((c) => [c.text, c.speaker]);
  assert.deepEqual(reported('The pit was closed on Monday after the Chilean mining firm running it said a retaining wall had cracked.\n\nAtacama Ridge Minerals, a Santiago company, has run the pit since 2019.'), [
    ['a retaining wall had cracked', 'atacama-ridge-minerals'],
  ]);
  // A place's description of one of its bodies looks past a firm named before; its government is the place itself.
  const speakers = (text: string) => analyze(text).claims.map((c) => c.speaker);
  assert.deepEqual(speakers('Norway’s fisheries regulator warned Halvik Seafood that it could lose its quota. Halvik did not comment. The Norwegian Directorate of Fisheries set a deadline of May.'), ['norwegian-directorate-of-fisheries']);
  assert.deepEqual(speakers('Norway’s regional government said it would pay for the ferries. Halvik Seafood did not comment.'), ['norway']);
});

test('an "as" aside between a subject and its verb is no clause of its own', () => {
  const reported = (text: string) => analyze(text).claims.map((c) => [c.text, c.speaker]);
  assert.deepEqual(reported('Dr. Ana Ruiz-Peña, as the ministry spells her name, said the clinic would reopen in May.'), [['the clinic would reopen in May', 'ana-ruiz-pena']]);
});

test('"to tell" reports as "to say" does; "too early to tell" and "to tell them to go" report nothing', () => {
  const claims = (text: string) => analyze(text).claims.map((c) => [c.text, c.speaker, c.kind]);
  assert.deepEqual(claims('Coach Rita Olsen used the team meeting to tell players the season was over.'), [['the season was over', 'rita-olsen', 'reported']]);
  assert.deepEqual(claims('Coach Rita Olsen said it was too early to tell. She went on air to tell fans to stay home.').map(([text]) => text), ['it was too early to tell']);
});

test('a title closing on a comma inside the subject ("The host of “Night Desk,” Ola Berg, told …") is no quote the verb attributes', () => {
  const reported = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.text, c.speaker]);
  assert.deepEqual(reported('The host of “Night Desk,” Ola Berg, used the last broadcast to tell listeners the programme would return in May.'), [['the programme would return in May', 'ola-berg']]);
});

test('a request to listeners in apposition is no claim; a title holding a list still names the speaker after the quote', () => {
  const text = 'Ghana had asked the museum’s owner, the Heritage Foundation, to sign an agreement by June 9.\n\n“We have waited 120 years. Now it is another fortnight,” Ghana’s Minister of Tourism, Arts and Culture, Nana Kofi Boateng, said in Accra.';
  const claims = claimsOf(text);
  assert.equal(claims.filter(([, , kind]) => kind === 'reported').length, 0);
  assert.deepEqual(claims.find(([, , kind]) => kind === 'quote')?.[1], 'Nana Kofi Boateng');
});

test('a second verb of a clause naming no one takes its subject: "The governor’s office said … but warned that"; a named person’s office is the person', () => {
  const lede = 'Governor Peter Otieno ordered the change. The county yard at Ruai is full.\n\n';
  const claims = claimsOf(`${lede}The governor’s office said it would review that request within 48 hours but warned that vehicles without a reader would be taken to Ruai.`);
  assert.deepEqual(claims.map(([, speaker]) => speaker), ['Peter Otieno', 'Peter Otieno']);
  assert.deepEqual(claimsOf('Senate Majority Leader Howard Kessler’s office has said the program should be folded into a review.')[0][1], 'Howard Kessler');
  // An unnamed source's second verb is his too, not the body the clause names after him.
  const official = 'An official in the Public Health Engineering Department, who did not wish to be named, said the department had sealed 6,000 borewells but admitted that many of them were on private land.';
  assert.deepEqual(claimsOf(official).map(([, speaker]) => speaker?.startsWith('anonymous:') ?? speaker), [true, true]);
});

test('reported speech: "about" before an amount opens what was said; "and that" follows a first complement; "other claims" is a noun', () => {
  assert.deepEqual(claimsOf(`${INTRO}Roe said about 40 tankers a month presented documents nobody could verify.`)[0], ['about 40 tankers a month presented docum', 'Jane Roe', 'reported']);
  const two = claimsOf(`${INTRO}Varga said most large tankers already carried insurance and that the rule would hit the rest.`);
  assert.deepEqual(two, [['most large tankers already carried insur', 'Tomas Varga', 'reported']]);
  assert.deepEqual(claimsOf(`${INTRO}Roe said the fund feared a precedent for other claims, including 500 objects requested by Nigeria.`).length, 1);
});

test('a work named after "author of" is a title, and a subject ending on it still reports', () => {
  const text = 'Charles Njoroge, a transport economist at the University of Nairobi and author of “Wheels of the City,” said similar drives in Kampala had stalled.';
  assert.deepEqual(claimsOf(text), [['similar drives in Kampala had stalled', 'Charles Njoroge', 'reported']]);
  const book = 'Jonah Pettigrew, a senior fellow at the Ledger Institute and author of the book “The Subsidy Trap,” argued that most recipients would keep their service.';
  assert.deepEqual(claimsOf(book), [['that most recipients would keep their se', 'Jonah Pettigrew', 'reported']]);
});

test('a partial quote after "promised" is the subject’s; after ", citing" the sentence subject’s', () => {
  const promised = claimsOf('Başaran’s boss, Transport Minister Aylin Koç, had promised in October to act “before the winter storms.”');
  assert.deepEqual(promised, [['“before the winter storms.”', 'Aylin Koç', 'quote']]);
  const citing = claimsOf('The Halvern Foundation met on Monday but postponed a vote until June 24, citing “unresolved questions” about the objects.');
  assert.deepEqual(citing, [['“unresolved questions”', 'Halvern Foundation', 'quote']]);
});

test('“…,” she said after a sentence naming a woman and someone of unknown gender is the woman’s', () => {
  const text = 'Dr. Evelyn Sato-Briggs, the health commissioner, and Okonkwo met briefly that afternoon. “We can agree on rats, at least,” she said afterward.';
  assert.deepEqual(claimsOf(text).at(-1), ['“We can agree on rats, at least,”', 'Evelyn Sato-Briggs', 'quote']);
  // With only the one of unknown gender in that sentence, the pronoun stays his.
  assert.deepEqual(claimsOf('Dr. Evelyn Sato-Briggs left early. Union leader Okonkwo met the crew that afternoon. “We can agree on rats,” she said.').at(-1)?.[1], 'Okonkwo');
});

test('a speaker whose apposition holds a relative clause with its own "and" and institution: "X, a lawyer who … and now teaches at the University of Y, said"', () => {
  const text = 'Kevin Marchetti, a labor lawyer who represented the city in a 2019 dispute and now teaches at the University of Toledo, said the mayor had few options.';
  assert.deepEqual(claimsOf(text), [['the mayor had few options', 'Kevin Marchetti', 'reported']]);
  // An "and" opening a clause of its own after a closed apposition still does.
  assert.deepEqual(claimsOf('Kevin Marchetti, a labor lawyer, left early and the University of Toledo said it had no comment.').map((c) => c[1]), ['University of Toledo']);
});

test('no reported speech in a passive participle or a posting without "that": "first reported by WTOL, calls for", "remarks posted online"', () => {
  assert.deepEqual(claimsOf('The contingency plan, a document first reported by WTOL, calls for residents to take waste to three sites.'), []);
  assert.deepEqual(claimsOf('In an English version of his remarks posted online, the bank spelled his name differently.'), []);
  assert.deepEqual(claimsOf('The mayor posted on Friday that the depots would reopen.').map(([text, , kind]) => [text, kind]), [['that the depots would reopen', 'reported']]);
});

test('a name that only qualifies a noun does not speak: "Analysts at the Tbilisi-based brokerage Galt & Taggart estimate"', () => {
  assert.deepEqual(speakers('Analysts at the Tbilisi-based brokerage Galt & Taggart estimate that reserves fell.'), ['Galt & Taggart']);
});

test('"the club’s president" is whoever holds the role with that word ("Club president Rui Tavares Leal"), named before or after', () => {
  const after = 'Members backed a vote that the club’s president called “the most important night in our history.”\n\nClub president Rui Tavares Leal spoke for an hour.';
  assert.deepEqual(claimsOf(after)[0], ['“the most important night in our history', 'Rui Tavares Leal', 'quote']);
  // A president of something else is not the club's.
  assert.equal(claimsOf('Members backed a vote that the club’s president called “historic.”\n\nParty president Ana Reis spoke.')[0]?.[1] ?? null, null);
});

test('no report in a story told, nor in what someone must or would tell; a bare spokesperson speaks for the body the claim names', () => {
  assert.deepEqual(claimsOf('Survivors told a different story.'), []);
  assert.deepEqual(claimsOf('It must also tell affected customers about the decision within 14 days, the commission said.').map(([text]) => text), ['It must also tell affected customers abo']);
  assert.deepEqual(speakers('Cabin crew at Hanbit Airlines walked out on Monday. The airline expects to restore its full schedule by March, a spokesman said.'), ['Hanbit Airlines']);
});

test('a quote after a relative clause with its own "and": "Aminata Sangaré, who heads … and sits on the board of …, accused exporters of “…”"', () => {
  const text = 'Aminata Sangaré, who heads the National Federation of Cocoa Cooperatives and sits on the board of the Coffee and Cocoa Council, accused exporters of “playing with the lives” of farmers.';
  assert.deepEqual(speakers(text), ['Aminata Sangaré']);
});

test('a participle after objects joined by "and" is the clause subject’s; analysts at a firm in a city speak for the firm', () => {
  const text = 'Labour Minister Yoon Jae-sung gave the airline and the union until Friday to return to the table, warning that he would order arbitration.';
  assert.deepEqual(speakers(text), ['Yoon Jae-sung']);
  assert.deepEqual(speakers('Analysts at the Brussels consultancy Kessler Lund estimate that the market could double.'), ['Kessler Lund']);
});

test('a bare plural subject after "after" opens its clause: "…, after cooperatives across the west complained that …" is not the sentence’s first names', () => {
  const text = 'The minister gave exporters until Friday to pay 2,200 CFA francs a kilogram, after cooperatives across the west of the country complained that buyers were still offering the old rate.';
  assert.deepEqual(claimsOf(text).map(([claim, speaker]) => [claim, speaker]), [['that buyers were still offering the old ', null]]);
});

test('the subject of "a move that people familiar with the matter said" is those people, five words after "that"', () => {
  const text = 'Accra said on Monday that Ghana would announce its own price, a move that people familiar with the matter said was meant to stop the flow.';
  assert.deepEqual(claimsOf(text).at(-1), ['was meant to stop the flow', 'anonymous: people familiar with the matter', 'reported']);
});

test('"the boat owners’ association complained" is no company named next; "the Indian rocket company" still is', () => {
  const association = 'The boat owners’ association complained that many of its members had no internet.\n\nThe owner of the ferry, Transportes Fluviales Nanay, did not answer.';
  assert.deepEqual(claimsOf(association)[0]?.[1] ?? null, null);
  const company = 'The Indian rocket company carrying it said the launch would slip to March.\n\nOrbitra Launch Systems builds small rockets.';
  assert.deepEqual(claimsOf(company)[0]?.[1], 'Orbitra Launch Systems');
});

test('what someone did without saying it is no report: "replaced the valves without telling customers why"', () => {
  assert.deepEqual(claimsOf('Mechanics at the Orvala depot replaced the valves without telling customers why the trains were late.'), []);
  assert.deepEqual(claimsOf('Mechanics at the Orvala depot left without saying the trains were late.'), []);
});

test('a noun read as a reporting verb reports nothing: "said claims there had …", "publish the cost estimates within 48 hours"', () => {
  assert.deepEqual(claimsOf('Ines Marlow said claims there had fallen by a third.').map(([text, speaker]) => [text, speaker]), [['claims there had fallen by a third', 'Ines Marlow']]);
  assert.deepEqual(claimsOf('The opposition demanded that the minister publish the full cost estimates within 48 hours.'), []);
});

test('"asked the council for a briefing" is a request, not a report', () => {
  assert.deepEqual(claimsOf('Ines Marlow has asked the city council for a briefing.'), []);
  assert.deepEqual(claimsOf('Ines Marlow asked Varga’s office for a copy of the audit.'), []);
});

test('a programme’s title among the listeners leads to the "that": "told Radio Nord’s “Morning Desk” that …"', () => {
  assert.deepEqual(claimsOf('Ines Marlow told Radio Nord’s “Morning Desk” that the city had set aside €2 million.').map(([text, speaker]) => [text, speaker]), [['that the city had set aside €2 million', 'Ines Marlow']]);
});

test('a verb sharing a subject that names no one is the speaker of the report it follows: "… when they left and argued that", "…,” adding that"', () => {
  const and = 'Ines Marlow insisted the valves had passed every test when they left the plant and argued that the heat was to blame.';
  assert.deepEqual(claimsOf(and).map(([text, speaker]) => [text, speaker]), [
    ['the valves had passed every test when th', 'Ines Marlow'],
    ['that the heat was to blame', 'Ines Marlow'],
  ]);
  const adding = 'Ines Marlow said the rise was “about right,” adding that wages had grown by 3% a year.';
  assert.deepEqual(claimsOf(adding).filter(([, , kind]) => kind === 'reported').map(([text, speaker]) => [text, speaker]), [
    ['the rise was “about right', 'Ines Marlow'],
    ['that wages had grown by 3% a year', 'Ines Marlow'],
  ]);
});

test('an attribution after what was said: with a long place of saying ("in a filing with …"), or an apposition closing before the verb', () => {
  const filing = 'The recall covers two models built since 2019, Halvern Rail said in a filing with the Ministry of Land, Infrastructure and Transport.';
  assert.deepEqual(claimsOf(filing).map(([text, speaker]) => [text, speaker]), [['The recall covers two models built since', 'Halvern Rail']]);
  const apposition = 'Halvern Rail makes trains. The new valves carry a warranty for ten years, a company spokeswoman, Ines Marlow, said.';
  assert.deepEqual(claimsOf(apposition).map(([text, speaker]) => [text, speaker]), [['The new valves carry a warranty for ten ', 'Ines Marlow']]);
});

test('"projected that", "forecast that", "point out that" report; actuaries are unnamed sources', () => {
  assert.deepEqual(claimsOf('The Orvala Trust has a deficit, and the trust’s actuaries forecast that it could be closed within 15 years.').map(([text, speaker]) => [text, speaker]), [['that it could be closed within 15 years', 'anonymous: the trust’s actuaries']]);
  assert.deepEqual(claimsOf('Ines Marlow projected that the fund could run short by 2031.').map(([text, speaker]) => [text, speaker]), [['that the fund could run short by 2031', 'Ines Marlow']]);
  assert.deepEqual(claimsOf('Ines Marlow runs the union. Marlow’s critics in the council point out that the union backed a similar deal.').map(([text, speaker]) => [text, speaker]), [['that the union backed a similar deal', 'anonymous: Marlow’s critics in the council']]);
  assert.deepEqual(claimsOf('The cuts could shut down projects that have been running since 2019.'), []);
  assert.deepEqual(claimsOf('Ines Marlow projected a small deficit and pointed out the flaws in the plan.'), []);
});

test('an apposition goes on through "and the author of", "and chair of" and an "and" inside a title', () => {
  const speakers = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'reported').map(([, speaker]) => speaker);
  assert.deepEqual(speakers('Ines Marlow, a planner at Orvala University and the author of “Cities on Stilts,” said both sides had a point.'), ['Ines Marlow']);
  assert.deepEqual(speakers('Ines Marlow, a historian at Orvala University and author of “The Pump and the People,” said no government had won.'), ['Ines Marlow']);
  assert.deepEqual(speakers('Ines Marlow, rector of Orvala University and chair of the council, said she was sorry for the delay.'), ['Ines Marlow']);
  // A quote opened curly and closed straight is closed before the "and".
  assert.deepEqual(speakers('Tomas Varga spoke first. Ines Marlow warned that the engine “cannot take a third failure" and said Varga must redesign the blade.'), ['Ines Marlow', 'Ines Marlow']);
});

test('a subject opening with "But" or a participle’s phrase: "But he acknowledged", "Speaking on the show “Night Desk” on Radio Nord, one caller said"', () => {
  assert.deepEqual(speakers('Tomas Varga spoke on Monday. But he acknowledged that the grant had not been paid.'), ['Tomas Varga']);
  const caller = 'Speaking on the phone-in show “Night Desk” on Radio Nord Orvala, one caller from Lund said he had walked to work.';
  assert.deepEqual(claimsOf(caller).filter(([, , kind]) => kind === 'reported').map(([, speaker]) => speaker), ['anonymous: one caller from Lund']);
});

test('an unnamed official or manager who asked not to be named is an unnamed source, even with a body named beside the head', () => {
  const text = 'A senior official at Orvala Rail, who asked not to be named, said the line would close.';
  assert.deepEqual(speakers(text), ['anonymous: A senior official at Orvala Rail']);
  // Whatever the head noun: a manager who asks it is unnamed too, and so are his partial quotes.
  const manager = 'A senior Orvala Rail manager, who asked not to be named, said the board had “hoped for the best” all summer.';
  assert.deepEqual(speakers(manager), ['anonymous: A senior Orvala Rail manager', 'anonymous: A senior Orvala Rail manager']);
});

test('an institution’s panel or board speaks for it: "The Orvala Wage Commission’s expert panel said", "the trust’s board insists"', () => {
  assert.deepEqual(speakers('The Orvala Wage Commission’s expert panel said the rise would take effect in July.'), ['Orvala Wage Commission']);
  const trust = 'Staff pay into the Orvala Pension Trust. The trust’s board insists the cuts are needed to close the deficit.';
  assert.deepEqual(speakers(trust), ['Orvala Pension Trust']);
});

test('a described institution is the one named before with its noun, before any named after: "the central bank said"', () => {
  const text = 'Economists said the rise would not change the Reserve Bank of Orvala’s thinking. The central bank said it expected inflation to fall.\n\nAnalysts at Harbourline Securities agreed.';
  assert.deepEqual(speakers(text), ['anonymous: Economists', 'Reserve Bank of Orvala']);
});

test('"the ORU leader" is whoever holds a head role at that institution; "the ORU president" the one with that role', () => {
  const lede = 'The Orvala Rail Union (ORU) called a strike. ORU President Ines Marlow addressed the crowd. ';
  assert.deepEqual(claimsOf(`${lede}The ORU leader dismissed the offer as “a joke” and said the strike would go on.`).map(([, speaker]) => speaker), ['Ines Marlow', 'Ines Marlow']);
  assert.deepEqual(claimsOf(`${lede}The ORU president said the strike would go on.`).map(([, speaker]) => speaker), ['Ines Marlow']);
  // A role the holder does not have at that institution names nobody there.
  assert.deepEqual(claimsOf(`${lede}The ORU treasurer said the strike would go on.`).map(([, speaker]) => speaker), ['Orvala Rail Union']);
});

test('"It" opening a report after another report stands for that report’s speaker, not for a body named inside it', () => {
  const text = 'The Orvala Slot Office said the airline had broken European Union rules. It gave the airline until Friday to reply, and said the slots would be reallocated.';
  assert.deepEqual(speakers(text), ['Orvala Slot Office', 'Orvala Slot Office']);
});

test('“…,” said state Sen. X (D., Las Cruces), …: the title’s full stop and the party’s parenthesis end no name too early', () => {
  const text = '“This is the bill families asked for,” said state Sen. Ines Marlow (D., Las Cruces), the bill’s lead sponsor. “We will not apologize.”';
  assert.deepEqual(speakers(text), ['Ines Marlow', 'Ines Marlow']);
});

test('a quote glued to a full stop opens a sentence: it follows the quote before it, and ends the report before it', () => {
  const pair = '“I have nine staff and a landlord who put my rent up,” said Ines Marlow, who runs a cafe in Lund.“Something has to give.”';
  assert.deepEqual(speakers(pair), ['Ines Marlow', 'Ines Marlow']);
  const report = 'Tomas Varga left.\n\nInes Marlow said no government had won a strike since 1988.“Everyone thinks they will be the first,” she said.';
  assert.deepEqual(claimsOf(report).map(([text, speaker]) => [text, speaker]), [
    ['no government had won a strike since 198', 'Ines Marlow'],
    ['“Everyone thinks they will be the first,', 'Ines Marlow'],
  ]);
});

test('"the minister" after "Marlow’s ministry said" is Marlow, not a minister named before her', () => {
  const text = 'Transport Minister Tomas Varga met his counterpart, Ines Marlow, last week.\n\nMarlow’s ministry said it had no power to overrule the office. “These are not political decisions,” the minister told a daily.';
  assert.deepEqual(speakers(text), ['Ines Marlow', 'Ines Marlow']);
});

test('a title named by the noun after it ("Radio Nord’s “Today” programme") is no quote', () => {
  assert.deepEqual(claimsOf('Appearing on Radio Nord’s “Today” programme, Ines Marlow acknowledged that the talks had failed.'), [['that the talks had failed', 'Ines Marlow', 'reported']]);
});

test('"it" stands for the institution its sentence opens with, not one named after it: "the board gave the union a week to accept what it called …"', () => {
  const text = 'The Orvala Rail Board gave the Orvala Rail Union a week to accept what it called its “final” offer.';
  assert.deepEqual(speakers(text), ['Orvala Rail Board']);
});

test('", and argued that" after a report shares the reporter as subject, not a clause inside what was reported', () => {
  const text = 'Ines Marlow told Radio Nord that the Orvala Rail Board had given the union a week before it went to court, and argued that the fund was empty.';
  assert.deepEqual(speakers(text), ['Ines Marlow', 'Ines Marlow']);
});

test('"claims", "estimates", "notes", "reports" are nouns unless what was said follows ("disputed claims could take", "smoke claims be paid"); "denied or cut" reports nothing', () => {
  assert.deepEqual(reportedWithSpeakers('The Orvala Insurance Board said some disputed claims could take a year to settle.'), [['some disputed claims could take a year t', 'Orvala Insurance Board']]);
  assert.deepEqual(reportedWithSpeakers('Ines Marlow recommended that smoke claims be paid in full, and that 1,100 claims in the valley be reopened.'), []);
  assert.deepEqual(reportedWithSpeakers('The Orvala Insurance Board estimates about 4,000 homes were damaged.'), [['about 4,000 homes were damaged', 'Orvala Insurance Board']]);
  assert.deepEqual(reportedWithSpeakers('Ines Marlow backed a plan that the Orvala Rail Board claims could save millions.'), [['could save millions', 'Orvala Rail Board']]);
  // "denied or cut": two verbs of one object.
  assert.deepEqual(reportedWithSpeakers('The Orvala Insurance Board has denied or cut about 340 claims from the fire.'), []);
});

test('a partial quote’s subject: an apposition "a judge and a spokeswoman for …" goes on; "has" is no part of it', () => {
  const quoteSpeakers = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([, speaker]) => speaker);
  assert.deepEqual(quoteSpeakers('Ines Marlow, a judge in Lund and a spokeswoman for the judges’ group Iudex Orvala, called the vote “long overdue.”'), ['Ines Marlow']);
  assert.deepEqual(quoteSpeakers('The Orvala Rail Union met on Monday. The union has called the offer an “insult.”'), ['Orvala Rail Union']);
});

test('"…, she said — “…”": what comes before is reported, the quote after the dash is only a quote', () => {
  const text = 'Ines Marlow runs the grid. Power cuts could end within a month, she said — “if nobody else walks out.”';
  assert.deepEqual(claimsOf(text), [
    ['Power cuts could end within a month', 'Ines Marlow', 'reported'],
    ['“if nobody else walks out.”', 'Ines Marlow', 'quote'],
  ]);
});

test('after "according to X," the claim may open with a preposition: "at least two carriers have asked …"', () => {
  const text = 'According to people familiar with the talks, at least two carriers have asked the Orvala Canal Authority for a discount.';
  assert.deepEqual(claimsOf(text), [['at least two carriers have asked the Orv', 'anonymous: people familiar with the talks', 'reported']]);
});

test('"announced a week later, after the office found …" announces nothing: the verb is in a clause after it', () => {
  const text = 'The Orvala Rail Board said the fare rise was agreed in May and announced a week later, after the audit office found it could not be avoided.';
  assert.deepEqual(claimsOf(text).map(([said]) => said), ['the fare rise was agreed in May and anno']);
});

test('people named only by a shared role are unnamed sources: "a debate in which opposition deputies accused …", "lawyers for the association noted"', () => {
  const quote = 'The bill passed after a debate in which opposition deputies accused Ines Marlow of “rewriting the rules.”';
  assert.deepEqual(speakers(quote), ['anonymous: opposition deputies']);
  const lawyers = 'The Orvala Police Association met on Monday. The bonus expires in May, and lawyers for the association noted that its lapse would cut pay.';
  assert.deepEqual(speakers(lawyers), ['anonymous: lawyers for the association']);
});

test('a shared clause opening with a name is that name’s ("the company thanked Varga and said"); a company has spoken through its chief', () => {
  const text = 'Halvern Systems, a Lund company, said the launch was off. Orvala Rail’s chief executive, Ines Marlow, said the part was sound. In a statement, the company thanked Tomas Varga and said it would send a new part.';
  assert.deepEqual(speakers(text), ['Halvern Systems', 'Ines Marlow', 'Orvala Rail']);
});

test('a body is the one last given its noun: "the league" after "its league, Liga Orvala", "the board" after "The board of …", "a company spokeswoman" after "the company"', () => {
  assert.deepEqual(speakers('The country’s professional league, Liga Orvala, must approve the sale. The league said it had received the papers on Tuesday.'), ['Liga Orvala']);
  assert.deepEqual(speakers('The board of Clube Desportivo Orvala accepted the bid. The board rejected that request on Monday, saying an audit would take months.'), ['Clube Desportivo Orvala']);
  assert.deepEqual(speakers('Northvale Insurance denied 300 claims. The company faces a bill. A company spokeswoman said the chief had nothing to add.'), ['Northvale Insurance']);
});

test('"according to a Commission letter seen by the daily …": a document held by someone speaks for nobody', () => {
  const text = 'The Orvala Commission wrote to the government. According to a Commission letter seen by the daily Lund Post, the government has until May to reply.';
  assert.deepEqual(claimsOf(text), [['the government has until May to reply', null, 'reported']]);
});

test('"according to a WHO situation report published on Monday": a body named in a paper it published is its issuer', () => {
  const text = 'The World Health Organization (WHO) will meet on Dec. 2. Investigators believe he was infected in the mine, according to a WHO situation report published on Monday.';
  assert.deepEqual(claimsOf(text).filter(([, , kind]) => kind === 'reported').map(([, speaker]) => speaker), ['World Health Organization']);
});

test('an institution speaks through what it owns as a subject ("Its advertisements, which ran …, promised “…”"), not through a document cited', () => {
  const ads = 'Northvale Payments Ltd serves small shops. Its advertisements, which ran on radio until May, promised “bank-grade security for the corner shop.”';
  assert.deepEqual(speakers(ads), ['Northvale Payments Ltd']);
  const accounts = 'Northvale Payments Ltd grew fast. Its debts have grown to €35 million, according to its latest accounts.';
  assert.deepEqual(speakers(accounts), [null]);
});

test('"denied that account" reports the account pointed back to; "denied that request" reports nothing', () => {
  assert.deepEqual(reportedWithSpeakers('Aides said the mill would close. Ines Marlow denied that account.'), [['the mill would close', 'anonymous: Aides'], ['that account', 'Ines Marlow']]);
  assert.deepEqual(reportedWithSpeakers('Ines Marlow denied that request.'), []);
});

test('"rejecting her claim that …": a noun of speech reports its owner’s words; "the claim that …" has no owner to say them', () => {
  assert.deepEqual(reportedWithSpeakers('The court upheld the ban on Ines Marlow, rejecting her claim that the drug came from tainted meat.'), [['the drug came from tainted meat', 'Ines Marlow']]);
  assert.deepEqual(reportedWithSpeakers('The court rejected Tomas Varga’s argument that the rules were unclear.'), [['the rules were unclear', 'Tomas Varga']]);
  assert.deepEqual(reportedWithSpeakers('The court rejected the claim that the drug came from tainted meat.'), []);
});

test('a signal inside what another verb reports is part of that report: "aides said the party had signalled that …"', () => {
  assert.deepEqual(claimsOf('Aides said the Orvala Party had signalled that it would abstain in the vote.').map(([said]) => said), ['the Orvala Party had signalled that it w']);
});

test('"the club" is an institution, never the person holding a role there ("club chairwoman")', () => {
  const text = 'Club chairwoman Ines Marlow met the council. The club told fans that renewals would be due within 30 days.';
  assert.notEqual(claimsOf(text)[0][1], 'Ines Marlow');
});

test('market people in a place are unnamed sources: "brokers in Lund said"', () => {
  assert.deepEqual(speakers('Brokers in Lund said several families had been told their premiums would rise.'), ['anonymous: Brokers in Lund']);
});

test('"LUND (Reuters) - …, the company said": the agency credited in the dateline is the publisher; the company is the one named after', () => {
  const text = 'Hackers Hit Hospital Group\n\nLUND, March 4 (Reuters) - Hackers who crippled the computers of the largest hospital group in the region have demanded $4 million, the company said on Tuesday.\n\nOrvala Health, which runs 14 hospitals, said the attack began on Sunday.\n';
  assert.deepEqual(speakers(text), ['Orvala Health', 'Orvala Health']);
});

test('"put its chances at “…”" quotes the subject’s estimate', () => {
  const text = 'The government needs 71 votes. Analysts at the Vilnius consultancy Orvala Risk Partners put its chances at “slightly worse than a coin toss.”';
  assert.deepEqual(speakers(text), ['Orvala Risk Partners']);
});

test('"critics call his plan “…”" attributes a partial quote; "issued a call for “…”" is the noun', () => {
  assert.deepEqual(claimsOf('Mayor Ines Marlow unveiled the levy. Critics in the valley call her plan “a tax on rain.”'), [['“a tax on rain.”', 'anonymous: Critics in the valley', 'quote']]);
  assert.deepEqual(claimsOf('The Orvala Union issued a call for “restraint” on Monday.'), []);
  assert.deepEqual(speakers('Residents opposed what organizers call a “people’s levy.”'), ['anonymous: organizers']);
});

test('"one Lund broker", "a grower in Lund": a place that only qualifies an unnamed speaker is none', () => {
  assert.deepEqual(speakers('“Nobody will sign at that price,” one Lund broker said.'), ['anonymous: one Lund broker']);
  assert.deepEqual(speakers('A grower in Lund said the harvest had come in late.'), ['anonymous: A grower in Lund']);
  // A paper is no unnamed person: "a study commissioned by the group".
  assert.deepEqual(analyze('The Orvala Growers Association hired actuaries. A study commissioned by the group said premiums would double.').claims.map((c) => c.anonymous), [false]);
});

test('"according to filings with the water board": a document whose author is not named speaks for nobody', () => {
  const reported = (text: string) => analyze(text).claims.map((c) => [c.speaker, c.speakerText, c.anonymous]);
  assert.deepEqual(reported('The Orvala Water Board licenses wells. The mine bought the rights in 2019, according to filings with the Orvala Water Board.'), [[null, 'filings with the Orvala Water Board', false]]);
  assert.deepEqual(reported('The Orvala Water Board licenses wells. The mine bought the rights in 2019, according to a notice posted on the board’s website.'), [[null, 'a notice posted on the board’s website', false]]);
});

test('"…, court records show": records speak through "show", for nobody unless their author is named', () => {
  const reported = (text: string) => analyze(text).claims.map((c) => [c.text, c.speaker, c.speakerText, c.anonymous]);
  assert.deepEqual(reported('The firm paid the fines late, court records show.'), [['The firm paid the fines late', null, 'court records', false]]);
  assert.deepEqual(reported('Halvex had been warned twice, records reviewed by the Ledger show.'), [['Halvex had been warned twice', null, 'records reviewed by the Ledger', false]]);
  assert.deepEqual(reported('Court filings show the firm moved $40 million offshore.'), [['the firm moved $40 million offshore', null, 'Court filings', false]]);
  assert.deepEqual(analyze('Halvex Ltd makes pumps. The company’s filings showed revenue had fallen by a third.').claims.map((c) => c.speaker), ['halvex-ltd']);
  assert.deepEqual(reported('Kenya Power failed to restore supply, a notice on the regulator’s website showed.'), [['Kenya Power failed to restore supply', null, 'a notice on the regulator’s website', false]]);
  // A video or a poll shows a thing, no one's words.
  assert.deepEqual(reported('A video shows protesters running from the square. A poll shows support had fallen.'), []);
});

test('"in the words of X" names the source as "according to X" does, before the clause or set inside it', () => {
  assert.deepEqual(claimsOf('In the words of one diplomat, the talks had collapsed before they began.'), [['the talks had collapsed before they bega', 'anonymous: one diplomat', 'reported']]);
  assert.deepEqual(reportedWithSpeakers('In the words of Finance Minister Wale Adebayo, the budget is a bridge to nowhere.'), [['the budget is a bridge to nowhere', 'Wale Adebayo']]);
  // A source set off after a copula: what follows it is what was said, a quote too.
  assert.deepEqual(claimsOf('The talks were, in the words of one diplomat, “dead on arrival.”').map(([, speaker, kind]) => [speaker, kind]), [
    ['anonymous: one diplomat', 'reported'],
    ['anonymous: one diplomat', 'quote'],
  ]);
  assert.deepEqual(reportedTexts('The deal is, according to Finance Minister Wale Adebayo, a bridge to nowhere.'), ['The deal is, according to Finance Minister Wale Adebayo, a bridge to nowhere']);
});

test('a slogan on a sign or banner is speech, in title case too, by whoever holds it up', () => {
  assert.deepEqual(claimsOf('Outside parliament, a retired schoolteacher held a sign reading “Ulaanbaatar Is Not For Sale.”'), [['“Ulaanbaatar Is Not For Sale.”', 'anonymous: a retired schoolteacher', 'quote']]);
  assert.deepEqual(claimsOf('Dozens of students carried hand-painted banners that read “Homes, Not Hotels.”'), [['“Homes, Not Hotels.”', 'anonymous: Dozens of students', 'quote']]);
  // A title is still a title.
  assert.deepEqual(claimsOf('She has written a book, “The Long Table.”'), []);
  // A crowd's chant is no one's named, not the speaker's its sentence opens with.
  assert.deepEqual(claimsOf(`${INTRO}“They stole it with a pen,” Roe told supporters on Wednesday, to chants of “¡Acta por acta!”`).map(([said, speaker]) => [said, speaker]), [
    ['“They stole it with a pen,”', 'Jane Roe'],
    ['“¡Acta por acta!”', 'anonymous: chants'],
  ]);
});

test('"Britain’s competition regulator said": the public body named next, not the company its words name first', () => {
  assert.deepEqual(reportedWithSpeakers('Britain’s competition regulator said Pellam Foods had breached its undertakings. The Competition and Markets Authority opened the case in March.'), [['Pellam Foods had breached its undertakin', 'Competition and Markets Authority']]);
});

test('a verb inside what another reports has its subject within those words, not the reporter', () => {
  const text = 'The Springvale Sentinel has covered the plan. Emails obtained by the Sentinel show the finance office warned in July that borrowing costs could rise.';
  assert.deepEqual(analyze(text).claims.map((c) => [c.text.slice(0, 20), c.speaker, c.speakerText]), [
    ['the finance office w', null, 'Emails obtained by the Sentinel'],
    ['that borrowing costs', null, 'the finance office'],
  ]);
});

test('a quote right after "In the words of X," or "According to X," is X’s', () => {
  assert.deepEqual(claimsOf('The council met. In the words of council president Marcus Dell, “nobody wants to say no to new schools.”'), [['“nobody wants to say no to new schools.”', 'Marcus Dell', 'quote']]);
  // The source's own verbs are not the attribution: one who asked not to be named is anonymous.
  assert.deepEqual(claimsOf('Not all drivers back it. In the words of one bus driver in Callao who asked not to be named, “the owners block the road.”'), [['“the owners block the road.”', 'anonymous: one bus driver in Callao who asked not to be named', 'quote']]);
  assert.deepEqual(claimsOf('According to one aide, “the mayor is furious about the leak.”'), [['“the mayor is furious about the leak.”', 'anonymous: one aide', 'quote']]);
});

test('a chant is speech, by the ones chanting; "chanted slogans" reports nothing', () => {
  assert.deepEqual(claimsOf('Residents packed the chamber. Protesters chanted “Vote it down!” as the mayor spoke. Fans chanted slogans for an hour.'), [['“Vote it down!”', 'anonymous: Protesters', 'quote']]);
});

test('"…, her office said": a person’s office speaks for the person, as "the minister’s office" does', () => {
  assert.deepEqual(reportedWithSpeakers('Health Minister Ana Ruiz met the unions. The talks would resume in March, her office said.'), [['The talks would resume in March', 'Ana Ruiz']]);
});

test('"asked lawyers whether they must …" is a question, not a report', () => {
  assert.deepEqual(claimsOf('Two growers have asked their lawyers whether they must return the money.'), []);
});

test('a drama, a sitcom or an opera named in quotation marks is a title, not speech', () => {
  assert.deepEqual(claimsOf('Ines Marlow compared the saga to the long-running drama “Harbour Lights.”'), []);
});

test('"…, she said, the lowest in a decade": a noun phrase after the attribution closes what was said, it reports nothing', () => {
  assert.deepEqual(reportedWithSpeakers('Ines Marlow follows the harvest. Exports could fall below two million tonnes, she said, the lowest since 1990.'), [['Exports could fall below two million ton', 'Ines Marlow']]);
});

test('"…, he said, and bids must stay open a day": a rule or a forecast after a parenthetical attribution is still what was said', () => {
  const reported = (text: string) => analyze(text).claims.map((c) => c.text);
  assert.deepEqual(reported('Growers were told to ship by Friday, officials said, and late bids would be refused.'), ['Growers were told to ship by Friday, officials said, and late bids would be refused']);
  assert.deepEqual(reported('Growers shipped by Friday, officials said, and the port was quiet again.'), ['Growers shipped by Friday']);
});

test('"the audit office found that …" reports its finding; "found a buyer" reports nothing', () => {
  assert.deepEqual(reportedWithSpeakers('The row began when the Orvala Audit Office found that the ministry had paid twice for the same radars.'), [['that the ministry had paid twice for the', 'Orvala Audit Office']]);
  assert.deepEqual(reportedWithSpeakers('The Orvala Audit Office found a buyer for the radars.'), []);
});

test('"a row with growers who say …": a relative "who" speaks for the words it stands for; a report inside a subject’s relative clause is none', () => {
  assert.deepEqual(analyze('The Orvala Ministry raised the levy, widening a row with growers who say the increase is ruinous.').claims.map((c) => [c.text, c.speaker, c.speakerText]), [['the increase is ruinous', null, 'growers']]);
  assert.deepEqual(claimsOf('Judge Ines Marlow, who wrote the ruling, said the licences had lapsed.'), [['the licences had lapsed', 'Ines Marlow', 'reported']]);
  assert.deepEqual(claimsOf('Ines Marlow, a chemist at the institute who wrote the widely read report last year, argued that the rules were unclear.').map(([said]) => said), ['that the rules were unclear']);
});

test('"X said that …, and Y have repeated it, according to Z": the second clause is Z’s, not part of X’s report', () => {
  assert.deepEqual(reportedWithSpeakers('The Bank of England said in its review in May that it expected rate moves to be small, and bank staff have repeated that view privately, according to a person told of the talks.'), [
    ['that it expected rate moves to be small', 'Bank of England'],
    ['bank staff have repeated that view priva', 'anonymous: a person told of the talks'],
  ]);
});

test('"Portugal turned down a request before the season ends, saying …": a participle shares the main clause’s subject, not the subordinate clause’s', () => {
  assert.deepEqual(reportedWithSpeakers('Portugal on Monday turned down a Spanish request that it open its sluices before the current season of the river pact ends, saying its western towns could not spare water.'), [
    ['its western towns could not spare water', 'Portugal'],
  ]);
});

test('"Cole, who wrote the 2019 law requiring audits, welcomed …": a law written is no report, and the relative clause ends before the main verb; "said the report was “…”" is one', () => {
  assert.deepEqual(reportedWithSpeakers('Rep. Ana Cole, who wrote the 2019 law requiring audits of school funds, welcomed the ruling on Tuesday, writing that the court had done its job. Rita Vance, an analyst at Bellwood Ratings, said the report was “a warning shot, nothing more.”'), [
    ['that the court had done its job', 'Ana Cole'],
    ['the report was “a warning shot, nothing ', 'Rita Vance'],
  ]);
});

test('"said the group had warned the council that it would sue": the warning is part of the report that tells of it', () => {
  assert.deepEqual(reportedWithSpeakers('Nadia Pell, the trust’s counsel, said the group had warned the council in a letter in March that it would go to court if the park was sold.'), [
    ['the group had warned the council in a le', 'Nadia Pell'],
  ]);
});

test('"…, underwriters and brokers said, as …": two plural nouns joined by "and" are one unnamed subject, and the clause before is what they said', () => {
  assert.deepEqual(reportedWithSpeakers('Marine insurers in Oslo have stopped writing new cover for tankers bound for the gulf, underwriters and brokers said, as a state-backed scheme that has held rates down for a year is due to end.'), [
    ['Marine insurers in Oslo have stopped wri', 'anonymous: underwriters and brokers'],
  ]);
});

test('"…, Berg said, but they show that “…”": a clause quoting the speaker after his attribution goes on with his words', () => {
  assert.deepEqual(claimsOf('Those figures are estimates, not promises, Jonas Berg said, but they show that “the direction is right and the pace is wrong.”'), [
    ['Those figures are estimates, not promise', 'Jonas Berg', 'reported'],
    ['“the direction is right and the pace is ', 'Jonas Berg', 'quote'],
  ]);
});

test('"a clause he said had been used before": a subject pronoun after a noun speaks; "North of the border, growers in … say" are unnamed', () => {
  assert.deepEqual(claimsOf('Juan Pérez said the pact already let Chile defer a shortfall in times of “severe drought,” a clause he said had been used before.\n\nNorth of the border, growers in the Salinas Valley say they have run out of patience.'), [
    ['the pact already let Chile defer a short', 'Juan Pérez', 'reported'],
    ['“severe drought,”', 'Juan Pérez', 'quote'],
    ['had been used before', 'Juan Pérez', 'reported'],
    ['they have run out of patience', 'anonymous: growers in the Salinas Valley', 'reported'],
  ]);
});

test('"Dale Morrow, a cattle and wheat farmer in Lubbock County, said": the "and" of a role placed by its preposition stays in the apposition', () => {
  assert.deepEqual(reportedWithSpeakers('Dale Morrow, a cattle and wheat farmer in Lubbock County, Texas, said his water district had cut allotments twice since spring.'), [
    ['his water district had cut allotments tw', 'Dale Morrow'],
  ]);
});

test('"Fiona Lark, a deputy to Mark Osei at the bank, said": the name before the apposition speaks, not one inside it', () => {
  assert.deepEqual(speakers('Fiona Lark, a deputy to Mark Osei at the bank, said lenders had no appetite for the deal.'), ['Fiona Lark']);
});

test('"In its statement, which named him Pawel Nowak, the ministry said": the adverbial’s relative clause is no part of the subject', () => {
  assert.deepEqual(speakers('In its statement, which referred to the Polish minister as Pawel Nowak, the Russian Foreign Ministry said any Western guarantee would make its backers “parties to the risk.”'), ['Russian Foreign Ministry', 'Russian Foreign Ministry']);
});

test('"A circular it issued …, still cited in …, refers to “…”": a paper quoted speaks for whoever the pronoun says issued it', () => {
  assert.deepEqual(speakers('The Joint Cargo Committee, which advises insurers at Lloyd’s on risky waters, has listed the whole coast since 2022. A circular it issued that year, still cited in some older policies, refers to “the port of Odessa” and to “the Kiev authorities,” spellings most firms have since dropped.'), ['Joint Cargo Committee', 'Joint Cargo Committee']);
});

test('"The foreign ministry said … The ministry, known by its Spanish initials MRE": a description is the body the text names as it', () => {
  assert.deepEqual(speakers('The foreign ministry said in a statement that Peru had met its obligations. The ministry, known by its Spanish initials MRE, did not say how much it would pay. Later the Ministerio de Relaciones Exteriores said talks would go on.'), ['Ministerio de Relaciones Exteriores', 'Ministerio de Relaciones Exteriores']);
});

test('"The agency says" after "the Danish Customs Authority": an agency is the public body named last', () => {
  assert.deepEqual(speakers('Firms must report sales to the Danish Customs Authority every quarter. The agency says some firms used such deals to hide prices.'), ['Danish Customs Authority']);
});

test('"said firms that broke the rule would pay": a "that" right before a past verb heads the subject’s relative clause, not what was said', () => {
  assert.deepEqual(reportedWithSpeakers('Mayor Ilse Brandt said landlords that ignored the notice could lose their permits.'), [
    ['landlords that ignored the notice could ', 'Ilse Brandt'],
  ]);
});

test('"said in a notice posted on its website that": the lead-in’s participle is no verb, and "the notice" speaks for its issuer', () => {
  assert.deepEqual(claimsOf('The Harbour Authority said in a notice posted on its website that berths would close at noon. Ferries may still dock at night, the notice said.').map(([said, speaker]) => [said, speaker]), [
    ['that berths would close at noon', 'Harbour Authority'],
    ['Ferries may still dock at night', 'Harbour Authority'],
  ]);
});

test('"…, the commentary said" speaks for the agency that published it; "A report by the board said … The report called it “…”" for the board', () => {
  assert.deepEqual(speakers('The state news agency Tass said in a commentary that the sanctions had failed. “Pressure only hardens us,” the commentary said.'), ['Tass', 'Tass']);
  assert.deepEqual(speakers('A report by the Vale Water Board said two pumps had failed. The report described the plant’s so-called “night mode” as a “standing hazard.”'), ['Vale Water Board', 'Vale Water Board']);
  // "according to the report" cites the paper, which speaks for nobody.
  assert.deepEqual(speakers('A report by the Vale Water Board said two pumps had failed. The board fined the operator twice, according to the report.'), ['Vale Water Board', null]);
});

test('"diplomats said the mission had privately warned both sides that …": the warning is part of the report, an adverb before it too', () => {
  assert.deepEqual(reportedWithSpeakers('Diplomats said the envoy had privately warned both parties that the truce could collapse.'), [
    ['the envoy had privately warned both part', 'anonymous: Diplomats'],
  ]);
});

test('"Asked whether …, Roe said": the fronted question is neither the speaker nor a report, even with a verb inside it', () => {
  const lede = 'Coach Tomas Herrera, 48, has run the team since 2019. ';
  assert.deepEqual(claimsOf(`${lede}Asked whether the club could train at a school pitch, the 48-year-old said: “Anywhere with grass will do.”`), [
    ['“Anywhere with grass will do.”', 'Tomas Herrera', 'quote'],
  ]);
  assert.deepEqual(claimsOf(`${lede}Asked whether the fines matched rules announced last spring, Herrera declined to comment.`), []);
  assert.equal(analyze(`${lede}Asked whether he would quit, Herrera said he had never thought of it.`).claims[0].speakerText, 'Herrera');
});

test('"The ruling surprised us, the club said on Monday night, adding that …": what came before the attribution is a report, and the participle shares its speaker', () => {
  assert.deepEqual(reportedWithSpeakers('The Falmouth Harbour Board met on Monday. The closure came without warning, the board said in a statement on Monday night, adding that it was “deeply concerned” by the timing.'), [
    ['The closure came without warning', 'Falmouth Harbour Board'],
    ['that it was “deeply concerned” by the ti', 'Falmouth Harbour Board'],
  ]);
});

test('"The peso fell to 21 this week, he said, from 19 in May": the figure’s starting point after the attribution goes on with what was said', () => {
  assert.deepEqual(reportedWithSpeakers('Rafael Ibarra, an economist in Monterrey, tracks the currency. The peso fell to 21 against the dollar this week, he said, from about 19 in May.'), [
    ['The peso fell to 21 against the dollar t', 'Rafael Ibarra'],
  ]);
});

test('"The court also made clear on Monday that …" reports what the court made clear; "made clear progress" reports nothing', () => {
  assert.deepEqual(reportedWithSpeakers('The Oslo District Court also made clear on Monday that the city could still appeal the fine.'), [['that the city could still appeal the fin', 'Oslo District Court']]);
  assert.deepEqual(reportedWithSpeakers('The Oslo District Court made clear progress on the backlog this year.'), []);
});

test('court copy: counsel "submitted that …", a court "held that …", authorities "allege that …"; "held that post", "submitted a report" report nothing', () => {
  assert.deepEqual(reportedWithSpeakers('Additional Advocate General Rajendra Sharma submitted that a survey had been ordered in all districts.'), [['that a survey had been ordered in all di', 'Rajendra Sharma']]);
  assert.deepEqual(reportedWithSpeakers('In a 4-3 decision, the Nebraska Supreme Court held that the statute violated the state constitution.'), [['that the statute violated the state cons', 'Nebraska Supreme Court']]);
  assert.deepEqual(reportedWithSpeakers('The US authorities allege that his company used thousands of fake identities.'), [['that his company used thousands of fake ', 'United States']]);
  assert.deepEqual(reportedWithSpeakers('Jane Roe held that post for three years. The board held that meeting in private. Lawyers submitted a report to the court. The company held talks on Monday.'), []);
});

test('a lower-case quote after a title cue ("cuts to the programme “under no conditions”") is speech, not a title', () => {
  assert.deepEqual(claimsOf('Aides said the minister would not accept cuts to the programme “under no conditions.”').map(([said, speaker, kind]) => [said, speaker, kind]), [
    ['the minister would not accept cuts to th', 'anonymous: Aides', 'reported'],
    ['“under no conditions.”', 'anonymous: Aides', 'quote'],
  ]);
});

test('"a habit Peruvians mock as “…”": the quote is the people’s word, an unnamed source', () => {
  assert.deepEqual(claimsOf('Mayor Luis Cano hands out calendars with his face on them, a habit Peruvians mock as “figuretti.”'), [['“figuretti.”', 'anonymous: Peruvians', 'quote']]);
});

test('"told the radio show that the crew hoped to be home …" is a report; "told the crew to be home" an order', () => {
  assert.deepEqual(reportedWithSpeakers('Nils Aune, the skipper, told the radio show “Sea Lanes” that the crew hoped to be home by June.'), [['that the crew hoped to be home by June', 'Nils Aune']]);
  assert.deepEqual(reportedWithSpeakers('Nils Aune, the skipper, told the crew to be home by June.'), []);
});

test('"The bureau said a storm east of Luzon could strengthen, and warned that …": the second verb shares the first one’s speaker, not a place in its report', () => {
  assert.deepEqual(speakers('The Nordic Weather Office said a storm west of Bergen could strengthen within two days, and warned that shelters in the Hordaland region were still half empty.'), ['Nordic Weather Office', 'Nordic Weather Office']);
  // An office the text does not name speaks for nobody named, not for the place in its words.
  const unnamed = analyze('The state weather office said a storm west of Bergen could strengthen within two days, and warned that shelters in the Hordaland region were still half empty.').claims;
  assert.deepEqual(unnamed.map((c) => [c.speaker, c.speakerText]), [[null, 'The state weather office'], [null, 'The state weather office']]);
});

test('"Officials at the Transport Ministry said" are unnamed sources; "Analysts at Kessler Lund estimate" speak for their firm', () => {
  assert.deepEqual(speakers('Officials at the Transport Ministry said they hoped to reopen the bridge by May.'), ['anonymous: Officials at the Transport Ministry']);
  assert.deepEqual(speakers('Analysts at Kessler Lund Securities estimate the closure costs the port €2 million a day.'), ['Kessler Lund Securities']);
});

test('"spokeswoman He Mei … He said": a surname spelled like a pronoun is her name, mid-sentence too, and a later "she" stands for her', () => {
  const text = 'Foreign Ministry spokeswoman He Mei told reporters that the talks had ended. He said both sides would meet again in May.\n\n' +
    'Chen Rui, a trader in Ningbo, said prices had doubled.\n\nAsked whether the talks had failed, He declined to comment. She said: “The door is open.”';
  assert.deepEqual(speakers(text), ['He Mei', 'He Mei', 'Chen Rui', 'He Mei']);
  // An ordinary "He" is still a pronoun.
  assert.deepEqual(speakers('Foreign Minister Wang Tao met He Mei, a spokeswoman, on Monday. Wang Tao later spoke to reporters. He said the talks had ended.'), ['Wang Tao']);
});

test('"told the 12 districts they must report by March" is an order; "told the 12 districts the fund was empty" a report', () => {
  assert.deepEqual(reportedWithSpeakers('The Education Board told the 12 districts they must report their spending by March.'), []);
  assert.deepEqual(reportedWithSpeakers('The Education Board told the 12 districts the fund was nearly empty.'), [['the fund was nearly empty', 'Education Board']]);
});

test('"a union, which claims 9,000 members, gave …" holds a count, it reports nothing; "claims 9,000 jobs were lost" reports', () => {
  assert.deepEqual(reportedWithSpeakers('The Dockers’ Union, which claims 9,000 members, gave the port ten days to reply.'), []);
  assert.deepEqual(reportedWithSpeakers('The Dockers’ Union claims 9,000 jobs were lost last year.'), [['9,000 jobs were lost last year', 'Dockers’ Union']]);
});

test('"asked Ménard to release the files" is a request even with an accented listener; no report starts mid-word', () => {
  assert.deepEqual(reportedWithSpeakers('The farmers’ league has also asked Ménard to release the audit before it goes to the board.'), []);
});

test('"the fee added 3 euros to every ticket" is an amount added; "less than Roe claimed, putting the cost at …" reports no participle clause', () => {
  assert.deepEqual(reportedWithSpeakers('The surcharge, which would have added 3 euros to every ticket, was dropped in June.'), []);
  assert.deepEqual(reportedWithSpeakers(`${INTRO}Varga said the plan would cost less than Roe claimed, putting the shortfall at about 9 million crowns a year.`), [['the plan would cost less than Roe claime', 'Tomas Varga']]);
});

test('"…, and the office then listed the towns that had not replied." attributes nothing to the towns', () => {
  assert.deepEqual(reportedWithSpeakers('After two valleys asked for more time, the cut-off was moved to Monday, and the office then listed the towns that had not replied.'), []);
});

test('"said Ana Roe, a retired nurse who said she …" and "Ana Roe, a spokeswoman for the union, called it “…”" are Ana Roe’s', () => {
  const text = '“We ran,” said Marta Kessling, a 31-year-old bus driver who said she had lost a shoe in the crowd.';
  assert.deepEqual(reportedWithSpeakers(text), [['she had lost a shoe in the crowd', 'Marta Kessling']]);
  const quote = 'Tenants were split. Olga Brandvik, a spokeswoman for the Velmar Tenants Union, called it "a start" and asked for more.';
  assert.deepEqual(claimsOf(quote).find(([, , kind]) => kind === 'quote')?.[1], 'Olga Brandvik');
});

test('"It said …" after "the Velmar Watch’s director" in its paragraph is the group named in the possessive, not a body in the paragraph before', () => {
  const text = 'The Harbour Police Service said it had acted lawfully.\n\nVelmar Watch’s director, Olga Brandvik, called the figures "a fiction." It said it had recorded nine cases of detention without charge.';
  assert.deepEqual(reportedWithSpeakers(text).at(-1), ['it had recorded nine cases of detention ', 'Velmar Watch']);
});

test('a named court’s "…, ruling that" is its judge’s, named later; an unnamed panel’s ruling is its chair’s; a court that "ruled that" speaks for itself', () => {
  const lede = 'Velmar’s Supreme Court on Monday froze the toll, ruling that the council had ignored the required consultations.\n\nJustice Olga Brandvik, who heard the case, gave the council 10 days to answer.';
  assert.deepEqual(reportedWithSpeakers(lede)[0], ['that the council had ignored the require', 'Olga Brandvik']);
  const panel = 'A trade panel set up under the Northern Pact ruled on Monday that Velmar had broken its pledges.\n\nIn its report, panel chair Marta Kessling wrote that the quotas favoured local mills.';
  assert.deepEqual(reportedWithSpeakers(panel)[0], ['that Velmar had broken its pledges', 'Marta Kessling']);
  const ruled = 'Velmar’s Supreme Court on Monday ruled that the council had ignored the required consultations.\n\nJustice Olga Brandvik read out the judgment.';
  assert.deepEqual(reportedWithSpeakers(ruled)[0], ['that the council had ignored the require', 'Supreme Court']);
});

test('"a regional council spokesperson" speaks for the regional council named before, not the city council; "A spokesman" after an airport for the airport; a lifted warning is no report', () => {
  const councils = 'The Otago Regional Council has written to the Dunedin City Council about the dredging permit.\n\nA regional council spokesperson said the letter was a reminder.\n\nA city council spokesman said the monitoring would restart in March.';
  assert.deepEqual(reportedWithSpeakers(councils), [['the letter was a reminder', 'Otago Regional Council'], ['the monitoring would restart in March', 'Dunedin City Council']]);
  assert.deepEqual(reportedWithSpeakers('Dublin Airport has told passengers to check with their airline. A spokeswoman said 60 departures had been cancelled.'), [['60 departures had been cancelled', 'Dublin Airport']]);
  assert.deepEqual(reportedTexts('Related:\nDunedin harbour water quality warning lifted after two weeks'), []);
});

test('"The union estimates" after a named federation is that body, no unnamed source ("unions said" is)', () => {
  const text = 'Federal unions are pressing the other way. The American Federation of Government Employees said in a statement that its members could not wait. The union estimates that 780,000 workers would be furloughed.';
  assert.deepEqual(reportedWithSpeakers(text).at(-1), ['that 780,000 workers would be furloughed', 'American Federation of Government Employees']);
  assert.deepEqual(claimsOf('Unions said the plan would fail.')[0][1], 'anonymous: Unions');
});

test('"says agencies that do not file …": a "that" before "do", "does" or "did" heads a relative clause, so what was said starts at the noun', () => {
  assert.deepEqual(reportedTexts('The memo says agencies that do not file revised plans will be held to the old ones.'), ['agencies that do not file revised plans will be held to the old ones']);
});

test('"The memo, signed by Deputy Director X, says …" is the signer’s; an unsigned memo is no one’s (a signed order is the body’s: see below)', () => {
  const signed = 'The Office of Management and Budget has told agencies to update their plans. The memo, signed by OMB Deputy Director Ravi Sundaresan, says the plans are due Thursday.';
  assert.deepEqual(reportedWithSpeakers(signed).at(-1), ['the plans are due Thursday', 'Ravi Sundaresan']);
  const unsigned = 'The Office of Management and Budget has told agencies to update their plans. The memo, seen by Capitol Brief, says the plans are due Thursday.';
  assert.deepEqual(reportedWithSpeakers(unsigned).at(-1), ['the plans are due Thursday', null]);
});

test('a live-blog subhead "Health minister: “…”" is the minister’s, named in the post below it', () => {
  const blog = 'Live: Fog grounds flights\n\n14:05 GMT\nHealth minister: "We are ready for this"\n\nHealth Minister Ana Ruiz has told parliament that hospitals are on alert.';
  assert.deepEqual(speakers(blog)[0], 'Ana Ruiz');
});

test('"Asked by X whether …, she said": the asker is no antecedent; a blank line ends the sentence a subhead or a sign-off leaves open', () => {
  const asked = 'Minister Tamsin Holloway-Reed has told parliament that safety comes first.\n\nAsked by Jordan Pike whether farmers would be paid, she said the government would look at it.';
  assert.deepEqual(reportedWithSpeakers(asked).at(-1), ['the government would look at it', 'Tamsin Holloway-Reed']);
  const blog = 'That is all for today. — Jordan Pike and Ann Lee\n\n16:02 GMT\nMinister: "No corners will be cut"\n\nMinister Tamsin Holloway-Reed has told parliament that safety comes first.\n\nShe said the airports would reopen at noon.';
  assert.deepEqual(reportedWithSpeakers(blog).at(-1), ['the airports would reopen at noon', 'Tamsin Holloway-Reed']);
});

test('a trial’s reports: "testified Thursday that", a headline’s "tells jury", and what was said before "X told the judge"', () => {
  assert.deepEqual(reportedWithSpeakers('Dana Roe testified Thursday that she shredded the ballots.'), [['that she shredded the ballots', 'Dana Roe']]);
  assert.deepEqual(reportedTexts('Former clerk tells jury she shredded ballots to hide the count\n\nBy Ann Lee'), ['she shredded ballots to hide the count']);
  assert.deepEqual(reportedTexts('Roe told reporters it needed to act.'), ['it needed to act']);
  assert.deepEqual(reportedWithSpeakers('The prosecution expects to rest its case on March 17, Assistant U.S. Attorney Glen Ostrowski told the judge.'), [['The prosecution expects to rest its case', 'Glen Ostrowski']]);
  // Words after the listeners are still an order, not a report.
  assert.deepEqual(reportedTexts('The judge told the jurors to ignore the remark.'), []);
});

test('"Justice X …. The judge found": a judge titled Justice (Chief, Lady) is "the judge"; a justice minister is not', () => {
  const judgment = 'In a judgment delivered on Thursday, Lady Justice Ruth Oduya gave the county 30 days.\n\nThe judge found that the county had not heard the traders.';
  assert.deepEqual(reportedWithSpeakers(judgment).at(-1), ['that the county had not heard the trader', 'Ruth Oduya']);
  const chief = 'Chief Justice Omar Njoroge swore in the new bench on Monday.\n\nThe judge said the court would sit in Voi.';
  assert.deepEqual(reportedWithSpeakers(chief).at(-1), ['the court would sit in Voi', 'Omar Njoroge']);
  const minister = 'Justice Minister Omar Njoroge visited the court on Monday.\n\nThe judge said the court would sit in Voi.';
  assert.deepEqual(reportedWithSpeakers(minister).at(-1), ['the court would sit in Voi', null]);
});

test('"a reform led to changes that Velmar later described as a “…”": the subject right before the verb speaks, not the sentence', () => {
  assert.deepEqual(claimsOf('A 2019 audit led to changes that Velmar later described as a “cosmetic patch.” Nobody objected.')[0]?.[1], 'Velmar');
});

test('"the prime minister’s office said" with no prime minister named is the seat of government named just before, not a minister', () => {
  const text = 'Velmar’s Housing Minister Olga Brandvik announced the cap on Monday.\n\nThe State Chancellery said the towns had no choice. In a statement, the prime minister’s office said the old law bound every town and warned that the north was "playing games."';
  assert.deepEqual(reportedWithSpeakers(text).map(([, speaker]) => speaker), ['State Chancellery', 'State Chancellery', 'State Chancellery']);
});

test('"Ana Roe, head of the Tenants League, which says it has 9,000 members, argued …": the relative clause reports the body’s words', () => {
  const text = 'Olga Brandvik, president of the Velmar Tenants League, which says it speaks for 9,000 households, argued that the cap came too late.';
  assert.deepEqual(reportedWithSpeakers(text), [['it speaks for 9,000 households', 'Velmar Tenants League'], ['that the cap came too late', 'Olga Brandvik']]);
});

test('a quote’s kind: the cues before it, past spaces and a comma, whatever their case, a "called" glued to its noun', () => {
  const kind = (text: string) => quoteKind(text, analyze(text).quotations[0]);
  assert.equal(kind('Roe wrote the BOOK ,  “It works.”'), 'title');
  assert.equal(kind('Roe wrote the bookcalled “It works.”'), 'title');
  assert.equal(kind('Roe wrote an op-ed, called “It works.”'), 'title');
  assert.equal(kind('Roe is the co-author of “It works.”'), 'title');
  assert.equal(kind('Roe wrote the bookcalled, “It works.”'), 'speech');
  assert.equal(kind('It is the So-Called “it works.”'), 'scare');
  assert.equal(kind('It is what critics TERM “it works.”'), 'scare');
  assert.equal(kind('It is the ſo-called “it works.”'), 'speech');
  assert.equal(kind('Roe said, “It works.”'), 'speech');
});

test('title case with its short joining words in lower case is a title; a lower-case phrase with names is no title', () => {
  const kind = (text: string) => quoteKind(text, analyze(text).quotations[0]);
  assert.equal(kind('The festival has a strand of horror films called “Midnight at the Quays.”'), 'title');
  assert.equal(kind('Roe warned of “the Kremlin and the West.”'), 'speech');
  assert.equal(kind('Roe said it was “Over for the government in the end.”'), 'speech');
});

test('speakers read in one analysis are kept for the next, after an edit elsewhere, and are a fresh analysis’s', () => {
  const text = 'Jane Roe met the mayor on Monday.\n\nThe talks, she said, had gone well. “We are close,” she added.\n\nThe mayor left.\n';
  const cache = new ParagraphCache();
  const first = analyze(text, { cache }).claims;
  const edited = assertClaimsAsFresh(cache, text.replace('The mayor left.', 'The mayor left early.'));
  // Kept, not read again: the very span of the analysis before.
  assert.equal(first[0].kind, 'reported');
  assert.equal(edited[0].speakerSpan, first[0].speakerSpan);
  assert.equal(assertClaimsAsFresh(cache, text)[0].speakerSpan, first[0].speakerSpan);
});

test('"China’s foreign ministry accused Manila of … and said …": a second verb sharing a clause that opens with an institution is the institution’s, not its object’s', () => {
  assert.deepEqual(reportedWithSpeakers('China’s foreign ministry accused Manila of "provocation" and said the boat had entered Chinese waters without permission.'), [
    ['the boat had entered Chinese waters with', 'China'],
  ]);
  assert.deepEqual(reportedWithSpeakers('Halden Pharma recalled a syrup. The health ministry fined Halden Pharma on Monday and said the plant had ignored two warnings.'), [
    ['the plant had ignored two warnings', null],
  ]);
  assert.deepEqual(reportedWithSpeakers('The Philippine coast guard accused Beijing of harassment and said the boat was damaged.'), [['the boat was damaged', null]]);
  // So is an unnamed group's.
  assert.deepEqual(reportedWithSpeakers('Chinese officials accused Manila of lying and said the boat had entered Chinese waters.'), [['the boat had entered Chinese waters', 'anonymous: Chinese officials']]);
  assert.deepEqual(reportedWithSpeakers('Farmers blocked roads outside Lyon and said the subsidy came too late.'), [['the subsidy came too late', 'anonymous: Farmers']]);
  // A role after the institution's noun is the subject's head: the union leader, not the union.
  assert.deepEqual(speakers('Ana Roe leads the Velmar Tenants League. The league chairwoman Ana Roe met Tomas Varga and said the cap came too late.'), ['Ana Roe']);
});

test('"told analysts on a conference call the charge would …", "warned the state legislature it needed …": what was said starts at its own subject, past the listeners and where they heard it', () => {
  assert.deepEqual(reportedWithSpeakers('Chief Financial Officer Rachel Oyelaran told analysts on a conference call the charge would be booked in the fourth quarter.'), [
    ['the charge would be booked in the fourth', 'Rachel Oyelaran'],
  ]);
  assert.deepEqual(reportedWithSpeakers('The Regional Transportation Authority warned the state legislature it needed $770 million by the end of the year.'), [
    ['it needed $770 million by the end of the', 'Regional Transportation Authority'],
  ]);
  // Listeners right before a subject keep the rest whole, a phrase of its own after that subject too.
  assert.deepEqual(reportedWithSpeakers('Jane Roe told reporters the company at the center of the probe had hidden losses.'), [
    ['the company at the center of the probe h', 'Jane Roe'],
  ]);
  // Words a finite verb follows at once are the clause's subject, no listeners: "warned the ultimatum could …".
  assert.deepEqual(reportedWithSpeakers('Analysts warned the ultimatum could also be aimed at rival factions in the east.'), [
    ['the ultimatum could also be aimed at riv', 'anonymous: Analysts'],
  ]);
});

test('"recalled 14,000 vehicles over a defect", "warned customers of delays": a thing recalled and a warning of something report nothing', () => {
  assert.deepEqual(reportedWithSpeakers('Shares of Voltara Inc. fell 11% after the electric-truck maker recalled 14,000 vehicles over a battery defect, its second recall in six months.'), []);
  assert.deepEqual(reportedWithSpeakers('Jane Roe recalled the trucks in May.'), []);
  assert.deepEqual(reportedWithSpeakers('Shipping lines including Maersk warned customers of delays.'), []);
  assert.deepEqual(reportedWithSpeakers('Maersk warned its customers about longer waits at the port.'), []);
  // A memory with a clause of its own is one; so is a warning with one.
  assert.deepEqual(reportedWithSpeakers('Jane Roe recalled the mine had flooded twice.'), [['the mine had flooded twice', 'Jane Roe']]);
  assert.deepEqual(reportedWithSpeakers('Shipping lines including Maersk warned customers that delays would last weeks.'), [['that delays would last weeks', 'Maersk']]);
  assert.deepEqual(reportedWithSpeakers('Jane Roe gave them until May, warning that about 2,000 homes could lose power.'), [['that about 2,000 homes could lose power', 'Jane Roe']]);
});

test('"Downing Street says Britain will coordinate; the Foreign Office warned that …": what was said ends at a semicolon before another speaker’s clause', () => {
  assert.deepEqual(reportedWithSpeakers('Downing Street says Britain will coordinate with Washington; the Foreign Office warned that new penalties could take effect within 48 hours.'), [
    ['Britain will coordinate with Washington', 'Downing Street'],
    ['that new penalties could take effect wit', 'Foreign Office'],
  ]);
  // A semicolon inside what was said, with no speaker after it, ends nothing.
  assert.deepEqual(reportedWithSpeakers('Jane Roe said the fund would cover rent; utilities would come later.'), [['the fund would cover rent; utilities wou', 'Jane Roe']]);
});

test('"… moved the deadline, after several applicants complained the window was too short": the subordinate clause’s unnamed group speaks, not the main clause’s subject', () => {
  const lede = 'DENVER—The Denver school board on Tuesday gave charter operators until Oct. 1 to submit revised bids, then later moved the deadline to Monday, Oct. 6, after several applicants complained the window was too short.';
  assert.deepEqual(reportedWithSpeakers(lede), [['the window was too short', 'anonymous: several applicants']]);
  assert.deepEqual(reportedWithSpeakers('Jane Roe moved the vote after two bidders complained the rules were unclear.'), [['the rules were unclear', 'anonymous: two bidders']]);
  // A time after the conjunction is no subject.
  assert.deepEqual(reportedWithSpeakers('Jane Roe said after several weeks passed that the rules were unclear.'), [['that the rules were unclear', 'Jane Roe']]);
});

test('"the Philippine coast guard", "the coast guard": a body described by its lower-case noun is the organization so named, before or after, as "the ministry" is', () => {
  const text = 'MANILA—The Philippine coast guard said on Tuesday that Chinese vessels had fired water cannon. Jay Tarriela, a spokesman for the Philippine Coast Guard, said two crew members were hurt. The coast guard later said the boat was towed.';
  assert.deepEqual(reportedWithSpeakers(text), [
    ['that Chinese vessels had fired water can', 'Philippine Coast Guard'],
    ['two crew members were hurt', 'Jay Tarriela'],
    ['the boat was towed', 'Philippine Coast Guard'],
  ]);
  // Unnamed, it stays a description: no other organization speaks for it.
  const unnamed = analyze('MANILA—The Philippine coast guard said on Tuesday that Chinese vessels had fired water cannon. The U.S. State Department said it stood with its ally.').claims[0];
  assert.deepEqual([unnamed.speaker, unnamed.speakerText, unnamed.anonymous], [null, 'The Philippine coast guard', false]);
});

test('a quote inside a report whose speaker is not resolved is that report’s, never a nearby actor that did not speak', () => {
  const model = analyze('The port authority said ships were already being diverted to Rotterdam, and warned that a prolonged stoppage would cost the Belgian economy "tens of millions of euros a day."');
  const quote = model.claims.find((c) => c.kind === 'quote');
  assert.ok(quote);
  assert.deepEqual([quote.speaker, quote.speakerText, quote.anonymous], [null, 'The port authority', false]);
});

test('verbs whose listeners come first report with a that-clause or a clause after the listeners: "assured investors that", "reminded drivers the bridge would shut"', () => {
  assert.deepEqual(reportedTexts('Ana Ortiz assured investors that the dividend was safe.'), ['that the dividend was safe']);
  assert.deepEqual(reportedTexts('The minister reassured farmers the subsidy would continue.'), ['the subsidy would continue']);
  assert.deepEqual(reportedTexts('The agency reminded drivers that the bridge would shut on Friday.'), ['that the bridge would shut on Friday']);
  assert.deepEqual(reportedTexts('The firm notified shareholders that it had received a bid.'), ['that it had received a bid']);
  assert.deepEqual(reportedTexts('Officials informed residents the water was safe to drink.'), ['the water was safe to drink']);
  assert.deepEqual(reportedTexts('Doctors advised parents that the vaccine was safe.'), ['that the vaccine was safe']);
  // A thing given, advice on something, a topic stressed or explained: no report.
  assert.deepEqual(reportedTexts('The victory assured the club a place in the final.'), []);
  assert.deepEqual(reportedTexts('Lazard advised the board on the sale of its port business.'), []);
  assert.deepEqual(reportedTexts('The minister stressed the need for calm after the protests.'), []);
  assert.deepEqual(reportedTexts('Ana Roe explained the rules to new members of the club.'), []);
  // "who now advises the party, said": the relative clause's verb, passed over for the main one.
  assert.deepEqual(reportedTexts('Elena Castaño, a former director who now advises the opposition People’s Party, said the dispute had been brewing for years.'), ['the dispute had been brewing for years']);
});

test('a speaking verb inside a compound adjective reports nothing: "well-informed sources said"', () => {
  const reported = analyze('Well-informed sources said the talks had stalled.').claims.filter((c) => c.kind === 'reported');
  assert.deepEqual(reported.map((c) => [c.text, c.speakerText]), [['the talks had stalled', 'Well-informed sources']]);
});

test('listeners before a clause whose subject is a bare plural: "warned customers delays would last"', () => {
  assert.deepEqual(reportedTexts('The company warned customers delays would last into March.'), ['delays would last into March']);
  assert.deepEqual(reportedTexts('Ana Roe told shareholders fuel costs had doubled.'), ['fuel costs had doubled']);
  // No listeners: the plural is the subject.
  assert.deepEqual(reportedTexts('The union warned customers would face delays.'), ['customers would face delays']);
});

test('a report ends before ", according to …", the source of its sentence, which still reports the whole clause', () => {
  const reported = analyze('The energy ministry warned on Tuesday that blackouts could hit the north this winter, according to people familiar with the talks.').claims;
  assert.deepEqual(reported.map((c) => [c.text, c.speakerText, c.anonymous]), [
    ['The energy ministry warned on Tuesday that blackouts could hit the north this winter', 'people familiar with the talks', true],
    ['that blackouts could hit the north this winter', 'The energy ministry', false],
  ]);
});

test('a phrase quoted in what a reporting verb before it reports is the reporter’s: "An official said the owner, Northsea Gas, had asked for a “clear signal”"', () => {
  const text = 'A senior administration official said the terminal’s owner, Northsea Gas Holdings, had asked for a “clear signal” on subsidies. “It’s a negotiation,” said the official.';
  assert.deepEqual(analyze(text).claims.filter((c) => c.kind === 'quote').map((c) => [c.text, c.speaker, c.speakerText, c.anonymous]), [
    ['“clear signal”', null, 'A senior administration official', true],
    ['“It’s a negotiation,”', null, 'the official', true],
  ]);
});

test('a clause read from the sentence’s start begins after a wire dateline: “…” after ", calling" is the subject’s, not the dateline city’s', () => {
  const text = 'TAIPEI (Reuters) — Taiwan’s defence ministry said on Tuesday that 32 Chinese aircraft had crossed the median line, calling the drills “reckless and provocative.” Officials in Taipei said more drills were expected.';
  const quote = analyze(text).claims.find((c) => c.kind === 'quote')!;
  assert.equal(quote.speakerText, 'Taiwan’s defence ministry');
  assert.notEqual(quote.speaker, 'taipei');
});

test('a fronted object before a pronoun subject: "a tactic it described as “…”" is the pronoun’s', () => {
  const claims = analyze('Taiwan’s Ministry of Defence said China had sent balloons, a tactic it described as “grey-zone harassment.”').claims;
  assert.deepEqual(claims.filter((c) => c.kind === 'quote').map((c) => [c.speakerText, c.anonymous]), [['it', false]]);
});

test('"it" after a report by a body no actor stands for goes on with that body’s words, not with a country named sentences before', () => {
  const claims = analyze('Seoul did not comment. The ministry wrote in a statement that it had scrambled jets. It later added that two warships remained near the island.').claims;
  assert.deepEqual(claims.map((c) => [c.text, c.speaker, c.speakerText]), [
    ['that it had scrambled jets', null, 'The ministry'],
    ['that two warships remained near the island', null, 'The ministry'],
  ]);
});

test('"according to the memo, seen by The Irish Courier," : who holds the document is part of the source, not of what was said', () => {
  const claims = analyze('According to the memo, seen by The Irish Courier, the department was told in January that the contract would run over budget.').claims;
  assert.deepEqual(claims.map((c) => [c.text, c.speaker, c.speakerText, c.anonymous]), [
    ['the department was told in January that the contract would run over budget', null, 'the memo', false],
  ]);
});

test('"the memo" cited later is no memo of someone who reported what a memo showed, quoting officials', () => {
  const claims = analyze('Declan Foy said the memo showed officials “knew and did nothing.” According to the memo, the department was told in January that the contract would run over budget.').claims;
  assert.deepEqual(claims.filter((c) => c.speakerText === 'the memo').map((c) => [c.speaker, c.anonymous]), [[null, false]]);
});

test('"One official … said …. Another said …": "another" alone is an unnamed source too', () => {
  const claims = analyze('One official, who asked not to be named, said the minister had been misled. Another said that was nonsense from start to finish.').claims;
  assert.deepEqual(claims.map((c) => [c.speakerText, c.anonymous]), [['One official', true], ['Another', true]]);
});

test('"“Q,” said the party’s spokesman, Declan Foy.": the sentence’s full stop is no part of the speaker’s words', () => {
  const quote = analyze('“This is a scandal,” said Labour’s transport spokesman, Declan Foy. The minister resigned.').claims[0];
  assert.equal(quote.speakerText, 'Labour’s transport spokesman, Declan Foy');
});

test('"vowed that", "pledged that", "promised that" report; "vowed to", "promised a review" do not', () => {
  assert.deepEqual(reportedTexts('The ministry vowed that cargo operations would resume within days.'), ['that cargo operations would resume within days']);
  assert.deepEqual(reportedTexts('Bola Adeyemi pledged to set up a committee, and promised that no worker would be punished.'), ['that no worker would be punished']);
  assert.deepEqual(reportedTexts('The mayor promised a full review of the contract.'), []);
});

test('"even as" opens a clause with a speaker of its own, after a quote closing on a comma too', () => {
  const claims = analyze('The Nigerian Ports Authority vowed that operations would resume “within 72 hours,” even as the dockworkers’ union insisted its members would stay off the job.').claims;
  assert.deepEqual(claims.map((c) => [c.kind, c.text, c.speakerText]), [
    ['reported', 'that operations would resume “within 72 hours', 'The Nigerian Ports Authority'],
    ['quote', '“within 72 hours,”', 'The Nigerian Ports Authority'],
    ['reported', 'its members would stay off the job', 'the dockworkers’ union'],
  ]);
});

test('a short quote inside a report whose speaker no actor stands for is that report’s, not a scare quote', () => {
  const claims = analyze('The ports ministry vowed that operations would resume “within 72 hours.”').claims;
  assert.deepEqual(claims.filter((c) => c.kind === 'quote').map((c) => [c.text, c.speakerText]), [['“within 72 hours.”', 'The ports ministry']]);
});

test('"conceded it had received the letters but said …": a second report of the same subject ends the first one\'s words; "confirmed the request and said …" leaves no statement', () => {
  assert.deepEqual(reportedTexts('Jane Roe conceded it had received the letters but said the arrears were the operators’ responsibility.'), [
    'it had received the letters',
    'the arrears were the operators’ responsibility',
  ]);
  assert.deepEqual(reportedTexts('Alpenjet confirmed the request and said it could start flights within three weeks.'), ['it could start flights within three weeks']);
  // "agreed in May and announced a week later": a second participle, no second report.
  assert.deepEqual(reportedTexts('The Orvala Rail Board said the fare rise was agreed in May and announced a week later.'), ['the fare rise was agreed in May and announced a week later']);
});

test('a passive verb names no speaker for its quote: "has been dubbed the “salary war” by local media"', () => {
  const claims = analyze('Adeyemi described the strike as sabotage. The dispute has been dubbed the “salary war” by local media.').claims;
  assert.deepEqual(claims.filter((c) => c.kind === 'quote'), []);
});

test('a name opening a clause is no subject when a role follows it after its modifiers: "White House press secretary Dana Whitfield … and accused"', () => {
  const claims = analyze('White House press secretary Dana Whitfield said the president was “deeply disappointed” and accused the Fed of “fighting the last war.”').claims;
  assert.deepEqual(claims.filter((c) => c.kind === 'quote').map((c) => c.speaker), ['dana-whitfield', 'dana-whitfield']);
});

test('a fronted question after a quote closing on a full stop is neither its attribution nor a new topic: "“…” Asked whether Putin would attend, he said: “…”"', () => {
  const claims = analyze('Kremlin spokesman Dmitry Peskov told reporters Moscow’s position “has not changed.” Asked whether President Vladimir Putin would join the talks, he said: “There are no such plans.”').claims;
  assert.deepEqual(claims.filter((c) => c.kind === 'quote').map((c) => [c.text, c.speaker]), [
    ['“has not changed.”', 'dmitry-peskov'],
    ['“There are no such plans.”', 'dmitry-peskov'],
  ]);
});

test('an appeal quotes its speaker’s words: "Beijing urged “all parties” to show restraint"', () => {
  const claims = analyze('China’s foreign ministry met envoys. Beijing urged “all parties” to show restraint.').claims;
  assert.deepEqual(claims.filter((c) => c.kind === 'quote').map((c) => [c.text, c.speakerText]), [['“all parties”', 'Beijing']]);
});

test('unnamed media are unnamed sources, not the place they report from: "State media in Taiwan said", "Local media reported"', () => {
  const claims = analyze('Taiwan protested. State media in Taiwan said a rival chipmaker was considering a plant in Arizona. Local media reported that 400 workers had been laid off.').claims;
  assert.deepEqual(claims.map((c) => [c.speaker, c.anonymous]), [[null, true], [null, true]]);
});

test('an attribution with its verb first closes the sentence: "The strike will end Friday, said Ana Cruz, a spokeswoman for the port authority."', () => {
  assert.deepEqual(reportedWithSpeakers('The strike will end Friday, said Ana Cruz, a spokeswoman for the port authority.'), [['The strike will end Friday', 'Ana Cruz']]);
  assert.deepEqual(reportedWithSpeakers('Prices will rise next year, said a spokesman for the ministry.'), [['Prices will rise next year', 'anonymous: a spokesman for the ministry']]);
  // A subject's apposition before "said", or a participle, is no inverted attribution.
  assert.deepEqual(reportedWithSpeakers('Markus Hollerer, the office’s managing director, said the rule left him alone.'), [['the rule left him alone', 'Markus Hollerer']]);
  assert.deepEqual(
    reportedWithSpeakers('A Gavi official, speaking on condition of anonymity because the board had not met, said the cost of a booster programme could exceed $60 million.'),
    [['the cost of a booster programme could ex', 'anonymous: A Gavi official, speaking on condition of anonymity because the board had not met']],
  );
  assert.deepEqual(reportedWithSpeakers('The Alvorada board rejected that request on Monday, saying an audit would take at least four months.').map(([said]) => said), ['an audit would take at least four months']);
});

test('a bare weekday after the verb is when it was said, not what: "The union said Friday it would return to talks"', () => {
  assert.deepEqual(reportedTexts('The Port Workers Union said Friday it would return to talks.'), ['it would return to talks']);
  assert.deepEqual(reportedTexts('The Port Workers Union said Friday’s vote had been rigged.'), ['Friday’s vote had been rigged']);
});

test('the plural present reports ("Experts warn that …", "Critics argue …", "…, MPs warn"); after "to" it is what someone is to say', () => {
  assert.deepEqual(reportedWithSpeakers('Experts warn that prices will rise. Critics argue the plan is flawed.'), [
    ['that prices will rise', 'anonymous: Experts'],
    ['the plan is flawed', 'anonymous: Critics'],
  ]);
  assert.deepEqual(reportedWithSpeakers('The regulator gave Al Nakhla Airways until Friday to confirm that it would hand the slots back.'), []);
  assert.deepEqual(claimsOf('Flood defences are “not fit for purpose and badly run,” MPs warn.').filter(([, , kind]) => kind === 'quote').map(([said, speaker]) => [said, speaker]), [['“not fit for purpose and badly run,”', 'anonymous: MPs']]);
});

test('“Q,” said X, a role, “Q2”: the attribution between two parts of one quotation names the second part’s speaker too', () => {
  const claims = analyze('“We did our best,” said Sarah Dunmore, the agency’s chief executive, “but it was not enough. Climate change is moving faster than our budgets."').claims;
  assert.deepEqual(claims.map((c) => c.speaker), ['sarah-dunmore', 'sarah-dunmore']);
});

test('a person’s paper speaks for its owner: "Dame Helen Foyle … Her report, titled “Rising Waters,” found that …"', () => {
  const claims = analyze('Dame Helen Foyle chairs the committee. Her report, titled “Rising Waters,” found that 40% of assets were in poor condition.').claims;
  assert.deepEqual(claims.map((c) => [c.text, c.speaker]), [['that 40% of assets were in poor condition', 'helen-foyle']]);
});

test('an attribution after a quote closing on its comma, then a clause of its own: "… are “not fit for purpose,” a committee of MPs warned on Monday, as …"', () => {
  const claims = analyze('Britain’s flood defences are “not fit for purpose,” a cross-party committee of MPs warned on Monday, as the Environment Agency said repairs would cost at least £2bn.').claims.filter((c) => c.kind === 'reported');
  assert.deepEqual(claims.map((c) => [c.text, c.speakerText]), [
    ['Britain’s flood defences are “not fit for purpose', 'a cross-party committee of MPs'],
    ['repairs would cost at least £2bn', 'the Environment Agency'],
  ]);
});

test('a body owned by a role ("the ombudsman’s office") is no institution named in the lines after', () => {
  const claims = analyze('Protests in 2019 left three people dead, according to the ombudsman’s office.\n\nAnalysts at Scotiabank wrote in a note that an exit would cost the company about $1.2 billion.').claims;
  assert.deepEqual(claims.map((c) => [c.speakerText, c.speaker]), [['the ombudsman’s office', null], ['Analysts at Scotiabank', 'scotiabank']]);
});

test('more reporting verbs in their shapes: the present of web copy, quote-only verbs, that-only verbs', () => {
  assert.deepEqual(reportedTexts('Ana Roe explains that the rules changed in May. Tomas Varga admits the plan has flaws.'), ['that the rules changed in May', 'the plan has flaws']);
  assert.deepEqual(reportedTexts('The audit concluded that the ministry had overpaid by $4m.'), ['that the ministry had overpaid by $4m']);
  assert.deepEqual(reportedTexts('The audit concludes that the ministry had overpaid by $4m.'), ['that the ministry had overpaid by $4m']);
  // "released figures showing that …" reports what the figures show, for whoever released them; "Footage showing that …" opening the sentence does not.
  assert.deepEqual(reportedWithSpeakers('The Trade Ministry released figures showing that exports fell 4% in May.'), [['that exports fell 4% in May', 'Trade Ministry']]);
  assert.deepEqual(reportedTexts('Footage showing that police fired first was shared widely.'), []);
  assert.deepEqual(reportedTexts('Protesters shouted slogans outside the embassy for an hour. The minister stresses the need for calm in the region.'), []);
  assert.deepEqual(claimsOf('Ana Roe spoke. “We will be back,” she quipped.'), [['“We will be back,”', 'Ana Roe', 'quote']]);
});

test('listeners opening with an indefinite article: "told a news conference in Nairobi the attackers had demanded …"; "warned a recession could …" is a subject', () => {
  assert.deepEqual(reportedTexts('Amina Odhiambo told a news conference in Nairobi the attackers had demanded $4 million.'), ['the attackers had demanded $4 million']);
  assert.deepEqual(reportedTexts('Amina Odhiambo warned a recession could hit the region next year.'), ['a recession could hit the region next year']);
});

test('some of a group named before are unnamed sources: "…, two of them said"', () => {
  const claims = analyze('Diplomats expect a decision within a few weeks, two of them said.').claims;
  assert.deepEqual(claims.map((c) => [c.speakerText, c.anonymous]), [['two of them', true]]);
});

test('"insisted the door remained open, adding: “…”": the colon introduces the participle’s quote, not the first verb’s', () => {
  assert.deepEqual(reportedWithSpeakers('Ursula Bergmann insisted on Friday the door remained open, adding: “We never walk away.”'), [['the door remained open', 'Ursula Bergmann']]);
});

test('"according to …" set off inside a clause whose verb follows it reports the whole clause; after a whole clause it reports that clause only', () => {
  assert.deepEqual(reportedWithSpeakers('The Commission, according to two diplomats, has drafted a fallback plan.'), [['The Commission, according to two diploma', 'anonymous: two diplomats']]);
  assert.deepEqual(reportedWithSpeakers('Hungary has, according to officials in Budapest, refused to sign the text.').map(([said]) => said), ['Hungary has, according to officials in B']);
  const claims = analyze('Salmon exports were worth 105 billion crowns this year, according to the Norwegian Seafood Council, down 3% from a year earlier.').claims;
  assert.deepEqual(claims.map((c) => c.text), ['Salmon exports were worth 105 billion crowns this year']);
  // After "and," the source is of the words after it: "It won him the prize and, according to people who worked with him, a budget …".
  assert.deepEqual(reportedWithSpeakers('Gregor Vanterpool won the Hallorann Prize in 2020 and, according to people who worked with him, a budget few could match.'), [['a budget few could match', 'anonymous: people who worked with him']]);
});

test('where it was said, with an adjective: "said in an emailed statement it would respond by Friday"', () => {
  assert.deepEqual(reportedTexts('The Hellenic Shipping Ministry said in an emailed statement it would respond by Friday.'), ['it would respond by Friday']);
  assert.deepEqual(reportedTexts('The Hellenic Shipping Ministry said in a televised address the strike was illegal.'), ['the strike was illegal']);
});

test('a subordinate clause opens before a partial quote’s subject: "pulled the film after farmworker groups called it “exploitative”"; none opens inside a fronted question', () => {
  const quotes = (text: string) => analyze(text).claims.filter((c) => c.kind === 'quote').map((c) => c.speakerText);
  assert.deepEqual(quotes('StreamCo has pulled the documentary from its platform after farmworker groups called it “exploitative.”'), ['farmworker groups']);
  assert.deepEqual(quotes('Asked whether the president would act before her term ends in May, Dana Whitfield called the idea “premature.”'), ['Dana Whitfield']);
  // An aside set off by commas is the subject's: "before the announcement" opens no clause of the verb.
  const aside = analyze('Lumora chief executive Devin Achebe, speaking in Stockholm hours before the announcement, said the company had “bent over backwards.”').claims;
  assert.deepEqual(aside.filter((c) => c.kind === 'quote').map((c) => c.speaker), ['devin-achebe']);
  // After a clause of its own ("Roe extended it to March 15,"), "after" opens a subordinate clause with its own subject.
  const extended = 'Judge Rosa Achebe last week extended it to March 15, 2027, after the claims administrator, Larkspur Claims Group, told the court that 400,000 emails had been sent late.';
  assert.deepEqual(reportedWithSpeakers(extended), [['that 400,000 emails had been sent late', 'Larkspur Claims Group']]);
  // A relative clause's verb before the comma is still the subject's aside.
  const relative = 'Two people who worked at the marina, speaking on condition of anonymity because they feared reprisals, said the gate had been left open.';
  assert.deepEqual(reportedWithSpeakers(relative).map(([, speaker]) => speaker), ['anonymous: Two people who worked at the marina, speaking on condition of anonymity because they feared reprisals']);
});

test('words after a verb that are no speech: a noun phrase with its own predicate after it, a headline noun, an amount said, an adjective after a preposition, what someone is kept from saying', () => {
  assert.deepEqual(reportedTexts('Kestrel Foods reported a 14% rise in quarterly profit on Wednesday, beating estimates, but trimmed its forecast as retailers held back.'), []);
  assert.deepEqual(reportedTexts('Kestrel Foods reported the plant had been shut.'), ['the plant had been shut']);
  assert.deepEqual(reportedTexts('Kestrel Foods Q3 Profit Beats Estimates, Trims Revenue Guidance\n\nThe firm grew.'), []);
  assert.deepEqual(reportedTexts('Tomas Varga said little as he left the stadium.'), []);
  assert.deepEqual(reportedTexts('Tomas Varga said nothing would change.'), ['nothing would change']);
  assert.deepEqual(reportedTexts('Protection against confirmed typhoid was about 81% in the first two years.'), []);
  assert.deepEqual(reportedTexts('The rules bar app makers from telling customers inside their apps that a subscription is cheaper on the web.'), []);
  assert.deepEqual(reportedTexts('Tomas Varga, a diplomat who wrote about his years as a mediator in the memoir “The Patient Table,” has spent the month in Muscat.'), []);
});

test('an order with a relative clause after it is still an order: "told private clinics to stop charging for the vaccine, which is free"', () => {
  assert.deepEqual(reportedTexts('The ministry has also told private clinics to stop charging for the vaccine, which is free under the campaign.'), []);
  assert.deepEqual(reportedTexts('The ministry told lawmakers the plan to cut the levy would fail.'), ['the plan to cut the levy would fail']);
});

test('where the listeners heard it is no report: "“…,” he told reporters at the fairgrounds, where …" reports the words before the quote; "a red flag warning through 8 p.m."', () => {
  assert.deepEqual(reportedTexts('Sheriff Ray Montoya ordered residents out. The order will stay in place “until further notice,” he told reporters at the county fairgrounds, where the Red Cross has opened a shelter.'), ['The order will stay in place “until further notice']);
  assert.deepEqual(reportedTexts('The National Weather Service has extended a red flag warning through 8 p.m. Friday.'), []);
  // "outside", "inside", "near" place the listeners too; a "that" after them opens what was said.
  assert.deepEqual(reportedTexts('The union delivered the notice to City Hall at 2 p.m., local president Monique Hardy told reporters outside the union hall.'), ['The union delivered the notice to City Hall at 2 p.m']);
  assert.deepEqual(reportedTexts('Monique Hardy told reporters outside the union hall that the strike would start Saturday.'), ['that the strike would start Saturday']);
  // A listener verb inside what was said, not after a quote or a clause set off by a comma, attributes nothing.
  assert.deepEqual(reportedTexts('Another witness, Deepak Rao, acknowledged that he had warned Ellery in 2021 but did not alert regulators.'), ['that he had warned Ellery in 2021 but did not alert regulators']);
});

test('a participle after "with" has the words between for its subject: "…, with the trial judge calling the scheme “…”"', () => {
  const quotes = (text: string) => analyze(text).claims.filter((c) => c.kind === 'quote').map((c) => c.speakerText);
  assert.deepEqual(quotes('The former chief executive of a housing charity was jailed for six years on Thursday, with the trial judge calling the scheme “a betrayal.”'), ['the trial judge']);
  assert.deepEqual(quotes('The talks collapsed with officials calling the offer “an insult.”'), ['officials']);
  // So has a reporting participle: the minister warns, not the body the sentence opens on.
  const lede = 'Farmers in the valley have been told by the Water Agency that their allocations will be cut by a third, with Water Minister Ana Roe warning that licence holders must trade their water by June.';
  assert.deepEqual(reportedWithSpeakers(lede).at(-1), ['that licence holders must trade their wa', 'Ana Roe']);
  assert.deepEqual(reportedWithSpeakers('Dozens of objections were lodged with the Westmeath County Council, with residents warning that the expansion would bring more lorries.'), [['that the expansion would bring more lorr', 'anonymous: residents']]);
  // Not a "with" that only names whom a thing was done with: the association argues.
  assert.deepEqual(reportedWithSpeakers('Last year the drivers’ association Chauffeurs Unis filed a complaint with the Labour Tribunal arguing that the model was a fiction.'), [['that the model was a fiction', 'Chauffeurs Unis']]);
});

test('a participle after ", with" reports for the words between, not the sentence\'s subject: "…, with analysts at Stenholm Metals Research saying in a note that …"', () => {
  const text = 'Copper prices were little changed in London trading, with analysts at Stenholm Metals Research saying in a note that output from the shafts was too small to move the market.';
  assert.deepEqual(reportedWithSpeakers(text), [['that output from the shafts was too smal', 'Stenholm Metals Research']]);
});

test('"the chancellor" is no "shadow chancellor" named later, and a fronted phrase before it names no speaker; a role never given to anyone is the last speaker’s, a person with no other role', () => {
  const text = 'Claire Pendleton has told rebel MPs she will not drop the cap.\n\nGiving evidence to the Treasury select committee on Thursday, the chancellor said the cap was fair.\n\nThe shadow chancellor, Giles Pemberton, said the plan was chaos.';
  assert.deepEqual(reportedWithSpeakers(text), [['she will not drop the cap', 'Claire Pendleton'], ['the cap was fair', 'Claire Pendleton'], ['the plan was chaos', 'Giles Pemberton']]);
  // A speaker with a role of her own is not "the judge".
  assert.deepEqual(reportedWithSpeakers('Mayor Ana Roe said the cap was fair.\n\nThe judge said the plan was chaos.'), [['the cap was fair', 'Ana Roe'], ['the plan was chaos', null]]);
});

test('a pronoun in a sentence a spokesperson of its gender opens stands for that spokesperson: "A Kestrel spokeswoman declined to comment on what she called “…”"', () => {
  const quoteSpeaker = (text: string) => claimsOf(text).filter(([, , kind]) => kind === 'quote').map(([, speaker]) => speaker);
  const lede = 'Kestrel Foods Ltd. cut its forecast. Analyst Priya Nair said it was expected.\n\nTwo people familiar with the matter said Kestrel was in talks to buy a rival. ';
  assert.deepEqual(quoteSpeaker(`${lede}A Kestrel spokeswoman declined to comment on what she called “market speculation.”`), ['Kestrel Foods Ltd.']);
  // A spokesman is no "she".
  assert.deepEqual(quoteSpeaker(`${lede}A Kestrel spokesman declined to comment on what she called “market speculation.”`), ['Priya Nair']);
});

test('a document published or signed speaks by itself: "a study published Tuesday in The Lancet found that …", "The order, signed by deputy minister Hélène Gagnon, … warns that …"', () => {
  const claims = (text: string) => analyze(text).claims.filter((c) => c.kind === 'reported').map((c) => [c.speaker, c.anonymous]);
  assert.deepEqual(claims('The ministry acted two days after a study published Tuesday in The Lancet found that protection fell sharply after four years.'), [[null, false]]);
  assert.deepEqual(claims('The order, signed by deputy minister Hélène Gagnon, sets a deadline and warns that the permit could be suspended.'), [[null, false]]);
});

test('a second role with its relative clause goes on with the apposition: "Roe, 52, an economist and former senator who once ran Bogotá’s water utility, has promised to “renegotiate”"', () => {
  assert.deepEqual(speakers('Ana Roe leads the polls. Roe, 52, an economist and former senator who once ran Bogotá’s water utility, has promised to “renegotiate” the rule.'), ['Ana Roe']);
});

test('a relative "who" stands for the words before its comma: "Rep. Buddy Carter (R., Ga.), who called it “premature”", "including Rosa Maldonado, 71, who said she …"', () => {
  assert.deepEqual(speakers('Several lawmakers objected, among them Rep. Buddy Carter (R., Ga.), who called it “premature.”'), ['Buddy Carter']);
  assert.deepEqual(reportedWithSpeakers('Dozens of residents spoke, including Rosa Maldonado, 71, who said she had lived there for decades.'), [['she had lived there for decades', 'Rosa Maldonado']]);
});

test('the words of a speaker stop short of what is not theirs: a place’s relative clause fronted before it, a second relative clause of the same subject', () => {
  const texts = (text: string) => analyze(text).claims.map((c) => [c.speakerText, c.anonymous]);
  assert.deepEqual(texts('In Antakya, where whole neighbourhoods were levelled, residents said the tender was rigged.'), [['residents', true]]);
  assert.deepEqual(texts('Two workers who were on shift that night, and who asked not to be named, said the alarm never sounded.'), [['Two workers who were on shift that night, and who asked not to be named', true]]);
});

test('"the utility" is the business named before whose name says it is one: "Sierra Foothill Electric … The utility said"', () => {
  assert.deepEqual(reportedWithSpeakers('Officials said the fire began near a line owned by Sierra Foothill Electric, and two residents told the Alder Ledger they heard a bang. The utility said in a statement that it was cooperating with investigators.')[2], ['that it was cooperating with investigato', 'Sierra Foothill Electric']);
});

test('"the club" is the club named before, whose name opens or ends with a club word: "Galway Rovers … The club said"', () => {
  assert.deepEqual(reportedWithSpeakers('Galway Rovers were promoted in 2019. The club, which plays in the First Division, said contractors began work on Monday.'), [['contractors began work on Monday', 'Galway Rovers']]);
  assert.deepEqual(reportedWithSpeakers('Alamo City FC lost again. The Alamo City FC Supporters Trust met on Friday. The club said renewals would open soon.'), [['renewals would open soon', 'Alamo City FC']]);
});

test('a shared subject before a list of names: "The Federal Trade Commission, in an order …, gave X until … in Kimberly, Wis., and Mankato, Minn., and said"', () => {
  const text = 'The Federal Trade Commission, in a consent order published Monday, gave Brennick until Feb. 15 to find a buyer for plants in Kimberly, Wis., and Mankato, Minn., and said it would appoint a trustee.';
  assert.deepEqual(reportedWithSpeakers(text), [['it would appoint a trustee', 'Federal Trade Commission']]);
  assert.deepEqual(reportedWithSpeakers(text.replace('Kimberly', 'Duluth')), [['it would appoint a trustee', 'Federal Trade Commission']]);
});

test('an elliptical reported clause, a pronoun and an auxiliary: "Erbil says it has."', () => {
  assert.deepEqual(reportedWithSpeakers('Baghdad says the KRG has not handed over the oil; Erbil says it has.'), [['the KRG has not handed over the oil', 'Baghdad'], ['it has', 'Erbil']]);
  assert.deepEqual(reportedTexts('The union said the firm had not paid. The firm said it had not.'), ['the firm had not paid', 'it had not']);
});

test('a partial quote a document\'s participle gives is its issuer\'s: "… and handed him a note demanding that “all armed personnel” leave"', () => {
  assert.deepEqual(claimsOf('The Tajik Foreign Ministry summoned Kyrgyz Ambassador Almazbek Toktosunov on Wednesday and handed him a note demanding that “all armed personnel” leave the station.'), [
    ['“all armed personnel”', 'Tajik Foreign Ministry', 'quote'],
  ]);
});

test('an attribution set off by commas before "or", "so", "because": "X has until May 30, Adeyanju said, or the strike would spread"', () => {
  const lede = 'Adewale Adeyanju leads the union. ';
  assert.deepEqual(reportedWithSpeakers(`${lede}The union has given the authority until May 30 to sign, Adeyanju said, or the strike would spread.`), [['The union has given the authority until ', 'Adewale Adeyanju']]);
  assert.deepEqual(reportedWithSpeakers(`${lede}Prices have risen, Adeyanju said, because the port is shut.`), [['Prices have risen', 'Adewale Adeyanju']]);
});

test('an attribution interrupting a clause whose verb is quoted: "The authority, he said, “has been warned.”"', () => {
  assert.deepEqual(reportedWithSpeakers('Adewale Adeyanju leads the union. The authority, he said, “has been warned.”'), [['The authority, he said, “has been warned', 'Adewale Adeyanju']]);
});

test('a pronoun after an unnamed source a kin noun describes: "The boy’s mother, who asked not to be named, told …. She said: “…”"', () => {
  const text = 'Aditi Jehangir said the rules were a start.\n\nThe boy’s mother, who asked not to be named, told the Daily Record that nobody had come. She said: “Nobody listened. Nobody came.”';
  assert.deepEqual(claimsOf(text).at(-1), ['“Nobody listened. Nobody came.”', 'anonymous: The boy’s mother', 'quote']);
});

test('a partial quote in a report by an unnamed source, after its pronoun: "The boy’s mother, who asked not to be named, told … she had complained “at least ten times.”"', () => {
  const text = 'Aditi Jehangir said the rules were a start.\n\nThe boy’s mother, who asked not to be named, told the Daily Record she had complained “at least ten times.”';
  assert.deepEqual(claimsOf(text).filter(([, , kind]) => kind === 'quote'), [['“at least ten times.”', 'anonymous: The boy’s mother', 'quote']]);
});

test('"The 72-hour estimate was based on …" is a noun, "a fire that claimed six lives" a toll, "asks the court to order …" a request', () => {
  assert.deepEqual(reportedWithSpeakers('The 72-hour estimate was based on the oxygen left in the chamber, Ana Roe said.'), [['The 72-hour estimate was based on the ox', 'Ana Roe']]);
  assert.deepEqual(reportedWithSpeakers('The grounding could cost the airline $4 million a day, analysts estimate.'), [['The grounding could cost the airline $4 ', 'anonymous: analysts']]);
  assert.deepEqual(reportedWithSpeakers('The order comes after a fire that claimed six lives, including two infants.'), []);
  assert.deepEqual(reportedWithSpeakers('The storm claimed the lives of 12 fishermen off the coast.'), []);
  assert.deepEqual(reportedWithSpeakers('The suit asks the court to order the bank to release the funds while the case is heard.'), []);
});

test('an apposition after "X said," may hold a time clause; a clause with a modal before ", said X" is what was said', () => {
  assert.deepEqual(reportedWithSpeakers('Both sides released 146 prisoners on Thursday, the Emirati foreign ministry said, the first swap since talks stalled in July.'), [['Both sides released 146 prisoners on Thu', 'Emirati Foreign Ministry']]);
  assert.deepEqual(reportedWithSpeakers('If the hearing goes ahead, a ruling could come before Easter, said Chidinma Ogbu, a lawyer who is not involved in the case.'), [['If the hearing goes ahead, a ruling coul', 'Chidinma Ogbu']]);
});

test('"A rescuer who spoke on condition of anonymity because he was not authorized … said": the "because" clause is the relative clause\'s, the source anonymous', () => {
  assert.deepEqual(reportedWithSpeakers('Mine director Bolat Temirkhanov said the shaft was safe. A rescuer who spoke on condition of anonymity because he was not authorized to talk to the media said the team had advanced 14 meters.')[1], ['the team had advanced 14 meters', 'anonymous: A rescuer who spoke on condition of anonymity because he was not authorized to talk to the media']);
});

test('a bare spokesperson speaks for the body named just before in the paragraph ("The central bank … declined to comment. A spokesman said …")', () => {
  assert.deepEqual(speakers('Harmattan Air sued on Monday. The Central Bank of Nigeria declined to comment on the lawsuit. A spokesman said in January that about $120 million remained unpaid.'), ['Central Bank of Nigeria']);
  // Not one named in another paragraph.
  assert.deepEqual(speakers('The Central Bank of Nigeria declined to comment.\n\nA spokesman said in January that about $120 million remained unpaid.'), ['anonymous: A spokesman']);
});

test('"Harmattan’s lawyers argue", "the airline’s lawyers said": counsel speak for their client', () => {
  const lede = 'Harmattan Air Ltd. sued the government on Monday. ';
  assert.deepEqual(speakers(`${lede}Harmattan’s lawyers argue that the cancellations were caused by the trapped funds.`), ['Harmattan Air Ltd.']);
  assert.deepEqual(speakers(`${lede}The airline’s lawyers said the case was strong.`), ['Harmattan Air Ltd.']);
});

test('"…, which they say is …" inside a report of "Harmattan’s lawyers": "they" goes on with that plural speaker', () => {
  const text = 'Harmattan Air Ltd. sued the government on Monday. Harmattan’s lawyers argue that the cancellations were caused by the airline’s inability to pay for fuel, which they say is the direct result of the trapped funds.';
  assert.deepEqual(reportedWithSpeakers(text)[1], ['is the direct result of the trapped fund', 'Harmattan Air Ltd.']);
});

test('"Writing on Instagram, she said": the platform is where she wrote, never the pronoun\'s person', () => {
  assert.deepEqual(speakers('Rhiannon Pryce-Davies is quitting the show.\n\nWriting on Instagram last night, she said she was “heartbroken and excited all at once.”'), ['Rhiannon Pryce-Davies', 'Rhiannon Pryce-Davies']);
});

test('"Through his lawyer, Name of Firm, he said …": the pronoun is the client, not the lawyer named in apposition', () => {
  const text = 'Gregor Vanterpool denies wrongdoing. Through his lawyer, Daniel Kessbaum of Kessbaum & Reyes, he said that the errors were made by junior staff. Kessbaum said his client would appeal.';
  assert.deepEqual(speakers(text), ['Gregor Vanterpool', 'Daniel Kessbaum']);
});

test('“… a ‘detail person,’” she said: a nested quote closing the quote leaves it open for the attribution after it', () => {
  const text = 'Priya Cole filed a complaint.\n\n“I was told to stop being a ‘detail person,’” Cole said in an interview.';
  assert.deepEqual(claimsOf(text).filter(([, , kind]) => kind === 'quote')[0], ['“I was told to stop being a ‘detail pers', 'Priya Cole', 'quote']);
});

test('"The 47-year-old Welsh presenter … told bosses that …": an age and a role describe the person the article is about', () => {
  assert.deepEqual(speakers('Rhiannon Pryce-Davies is quitting the show after 11 years.\n\nThe 47-year-old Welsh presenter, who has fronted the programme since 2015, told bosses last week that she would not be renewing her contract.'), ['Rhiannon Pryce-Davies']);
});

test('"…, the Daily Glow can reveal — just days after …": a paper\'s scoop is its claim; "can reveal her plans" reports nothing', () => {
  assert.deepEqual(reportedWithSpeakers('Rhiannon Pryce-Davies is quitting the show after 11 years, the Daily Glow can reveal — just days after Ofcom opened an investigation.'), [['Rhiannon Pryce-Davies is quitting the sh', 'Daily Glow']]);
  assert.deepEqual(reportedWithSpeakers('Ana Roe can reveal her plans on Friday.'), []);
});

test('a nickname in quotation marks between a person\'s names is no speech, and the quote before "Kwabena “KB” Owusu-Ansah said" is his', () => {
  const text = 'Justice Halima Danladi-Bello adjourned the case.\n\n“We have been patient for 22 months," Harmattan Air Chief Executive Kwabena “KB” Owusu-Ansah said by phone.';
  assert.deepEqual(claimsOf(text), [['“We have been patient for 22 months,"', 'Kwabena Owusu-Ansah', 'quote']]);
});

test('"The watchdog said", "the regulator said": the public body named before, or the body the role introduced', () => {
  assert.deepEqual(speakers('The Competition and Markets Authority looked at the deal on Monday. The watchdog said it had concerns.'), ['Competition and Markets Authority']);
  assert.deepEqual(speakers('Britain’s media regulator Ofcom opened an inquiry into Britvision. The regulator said it would decide by June.'), ['Ofcom']);
});

test('a time opening the sentence without a comma is no part of the speaker: "On Wednesday the ministry said", "Last week the watchdog said"', () => {
  assert.deepEqual(speakers('The Health Ministry opened an inquiry on Monday. On Wednesday the ministry said it would suspend all work.'), ['Health Ministry']);
  assert.deepEqual(speakers('The Competition and Markets Authority looked at the deal. Last week the watchdog said it had concerns.'), ['Competition and Markets Authority']);
});

test('"…, the central bank said after a two-day policy meeting.": an event after the verb tells when, and the claim before the comma stands', () => {
  assert.deepEqual(reportedTexts('The BI-Rate was lowered to 5.25%, the central bank said after a two-day policy meeting.'), ['The BI-Rate was lowered to 5.25%']);
  assert.deepEqual(reportedTexts('Food prices rose sharply in May, the agency said during a briefing.'), ['Food prices rose sharply in May']);
});

test('a councillor’s abbreviated title ends no sentence: “…,” said Coun. Darryl Moonias; Cllr. Jo Bright said …', () => {
  const speakers = (text: string) => analyze(text).claims.map((c) => [c.speaker, c.speakerText]);
  assert.deepEqual(speakers('"We are not a rubber stamp," said Coun. Darryl Moonias.'), [['darryl-moonias', 'Coun. Darryl Moonias']]);
  assert.deepEqual(speakers('Cllr. Jo Bright said the vote was fair.'), [['jo-bright', 'Cllr. Jo Bright']]);
});

test('a name a relative clause gives before the verb is the speaker: "Another woman, who gave only her first name, Saule, said"', () => {
  const lead = ' date 2025-03-10 ALMATY—Families waited.\n\n';
  assert.deepEqual(reportedWithSpeakers(`${lead}Another woman, who gave only her first name, Saule, said the company had promised updates.`), [['the company had promised updates', 'Saule']]);
  assert.deepEqual(reportedWithSpeakers(`${lead}A taxi driver, who identified himself only as Ruslan, said he had waited six hours.`), [['he had waited six hours', 'Ruslan']]);
  // Asking not to be named gives no name.
  assert.deepEqual(reportedWithSpeakers(`${lead}A neighbour, who asked not to be named, said the gate had been locked.`), [['the gate had been locked', 'anonymous: A neighbour']]);
  // After the quote, the name may end the sentence.
  const quote = analyze(`${lead}“We want news,” said another woman, who gave only her first name, Saule.`).claims.find((c) => c.kind === 'quote');
  assert.deepEqual([quote?.speaker, quote?.speakerText], ['saule', 'Saule']);
});

test('a comma inside brackets opens no "…, X said." attribution: "A spokesperson for Doug Halloran (PC, Kenora—Rainy River) said … had responded."', () => {
  const text = ' date 2025-03-10 OTTAWA—The vote was close.\n\nA spokesperson for Mines Minister Doug Halloran (PC, Kenora—Rainy River) said no decision would be made before the First Nation had responded.';
  assert.deepEqual(reportedWithSpeakers(text), [['no decision would be made before the Fir', 'Doug Halloran']]);
});

test('"…, and that the letter was never acknowledged.": a that-clause or a passive verb after the comma is no attribution', () => {
  const text = ' date 2026-10-12 MINNA—Workers struck.\n\nUnion chairman Ibrahim Ndayako said the union had written to the government on August 3, giving it until the end of September to act, and that the letter was never acknowledged.';
  assert.deepEqual(reportedWithSpeakers(text), [['the union had written to the government ', 'Ibrahim Ndayako']]);
  assert.deepEqual(reportedWithSpeakers(' date 2026-10-12 MINNA—Workers struck.\n\nThe talks will resume next week, officials said.'), [['The talks will resume next week', 'anonymous: officials']]);
});

test('a fronted phrase goes on with its place and a time ("Speaking at the Government House, Minna, shortly after …, the governor"); a role keeps its apposition', () => {
  const lead = ' date 2026-10-12 MINNA—Niger State Governor Umar Garba Dangana on Monday gave striking workers 72 hours to resume duty.\n\n';
  const speakerOf = (sentence: string) => reportedWithSpeakers(lead + sentence).map(([, speaker]) => speaker);
  assert.deepEqual(speakerOf('Speaking to newsmen at the Government House, Minna, shortly after a security meeting, the governor said any worker not at his post would be sacked.'), ['Umar Garba Dangana']);
  assert.deepEqual(speakerOf('Addressing traders at the main market, Bida, on Tuesday, the governor said the levy would be scrapped.'), ['Umar Garba Dangana']);
  assert.deepEqual(speakerOf('The governor, popularly called “Mai Gaskiya” by supporters, said the roads would be fixed.'), ['Umar Garba Dangana']);
  assert.deepEqual(speakerOf('The governor, a former banker, said the tax would go.'), ['Umar Garba Dangana']);
});

test('"the ministry" after another ministry is named in its paragraph is that one, not the ministry that spoke last', () => {
  const text = ' date 2025-02-10 KYIV—Ships waited.\n\nIn its statement, the Russian Foreign Ministry said any guarantee would make its backers liable.\n\nRussia’s Defence Ministry went further. The ministry warned that it could not guarantee the safety of vessels.';
  assert.deepEqual(reportedWithSpeakers(text).map(([, speaker]) => speaker), ['Russian Foreign Ministry', 'Defence Ministry']);
  // Named only in an earlier paragraph, the other ministry does not take the words of the one that spoke.
  const earlier = ' date 2025-02-10 MADRID—Doctors struck.\n\nThe Health Ministry said clinics were open.\n\nMediators from the Labour Ministry asked for time.\n\nThe orders could be renewed, the ministry said.';
  assert.deepEqual(reportedWithSpeakers(earlier).map(([, speaker]) => speaker), ['Health Ministry', 'Health Ministry']);
});

test('a quote in what a bench directed is the court\'s: "The bench also directed the company to remove all muck “not later than June 15”"', () => {
  const text = ' date 2026-01-14 SHIMLA—The tribunal acted.\n\nThe National Green Tribunal on Wednesday fined the company.\n\nThe bench also directed the company to remove all muck from the riverbed "not later than June 15" and file a report.';
  const quote = analyze(text).claims.find((c) => c.kind === 'quote');
  assert.equal(quote?.speaker, 'national-green-tribunal');
});

test('an unnamed committee\'s finding is no one\'s, not that of the body it belongs to; a named committee speaks', () => {
  const text = ' date 2026-01-14 MARLOW—Fees rose.\n\nA committee of the Marlow Town Council found that the fees were illegal.\n\nThe Senate Ethics Committee found that the senator had broken no rule.';
  assert.deepEqual(reportedWithSpeakers(text).map(([, speaker]) => speaker), [null, 'Senate Ethics Committee']);
});

test('"as per X," cites a source as "according to X" does; an initial\'s full stop does not end the source', () => {
  const lead = ' date 2025-10-14 VIJAYAWADA—Hospitals were warned.\n\n';
  assert.deepEqual(reportedWithSpeakers(`${lead}As per officials, the audit will begin on Monday.`), [['the audit will begin on Monday', 'anonymous: officials']]);
  const claim = analyze(`${lead}According to the U.N. report, the toll was 12.`).claims.find((c) => c.kind === 'reported');
  assert.deepEqual([claim?.text, claim?.speakerText], ['the toll was 12', 'the U.N. report']);
});

test('a participle after another set off by a comma ("…, ordering buyers to reapply and warning that") shares the main clause\'s subject', () => {
  const text = ' date 2025-10-14 BEIJING—Markets fell.\n\nChina on Tuesday widened its export controls on rare-earth magnets and the machinery used to make them, ordering foreign buyers to reapply for licences and warning that shipments would be held at customs.';
  assert.deepEqual(reportedWithSpeakers(text), [['that shipments would be held at customs', 'China']]);
});


test('"The maker of X said" is the firm named last before it (not a product named in X, nor a ticker in brackets)', () => {
  const lede = ' date 2026-03-04 SAN JOSE—Harbrook Semiconductor Corp. (NASDAQ: HRBK) cut its forecast on Tuesday.\n\n';
  assert.deepEqual(reportedWithSpeakers(`${lede}The maker of memory controllers used in data-center servers said it now expects sales of $1.2 billion.`).map(([, speaker]) => speaker), ['Harbrook Semiconductor Corp.']);
  assert.deepEqual(reportedWithSpeakers(`${lede}The developer of the Vesta chip line said demand should recover by the fourth quarter.`).map(([, speaker]) => speaker), ['Harbrook Semiconductor Corp.']);
});

test('a paper speaks for its owner: "according to the judge’s order" is the judge; "Their motion said" after "Lawyers for X" is X', () => {
  const lede = ' date 2026-09-17 NEW YORK—U.S. Bankruptcy Judge Mara Lindqvist-Obi on Wednesday froze the accounts.\n\n';
  assert.deepEqual(reportedWithSpeakers(`${lede}Customers have until Nov. 30 to file claims, according to the judge’s order.`).map(([, speaker]) => speaker), ['Mara Lindqvist-Obi']);
  const motion = `${lede}Lawyers for the Retired Teachers Fund had asked the court to appoint an examiner. Their motion said the lender had hidden its losses for months.`;
  assert.deepEqual(reportedWithSpeakers(motion).map(([, speaker]) => speaker), ['Retired Teachers Fund']);
  // "His 2017 paper, “…,” reported that": a person's paper, however dated, is his.
  assert.deepEqual(reportedWithSpeakers('Gregor Vanterpool is a neuroscientist. His 2017 paper, “A hippocampal switch,” reported that mice forgot the maze.').map(([, speaker]) => speaker), ['Gregor Vanterpool']);
});

test('a person in apposition speaks, not a firm named like a person after "of" ("X’s lawyer, Tobias Renwick of Calloway Hartigan, told")', () => {
  const text = ' date 2026-09-17 NEW YORK—The hearing ran late.\n\nThe fund’s lawyer, Tobias Renwick of Calloway Hartigan, told the court that the disclosures were misleading.';
  assert.deepEqual(reportedWithSpeakers(text).map(([, speaker]) => speaker), ['Tobias Renwick']);
});

test('a gesture closing the sentence before a quote gives it its speaker ("the Portuguese shrugged. ‘Ask the chairman.’"); a link line’s label is no speaker', () => {
  const text = ' date 2026-01-10 LISBON—Kingsmere coach Rui Carvalho watched from the stand.\n\nAsked whether he had been promised money, the Portuguese shrugged. ‘Ask the chairman. I am the coach.’\n\nRead more: Carvalho: ‘The cycle always turns’';
  assert.deepEqual(claimsOf(text), [
    ['‘Ask the chairman. I am the coach.’', 'Rui Carvalho', 'quote'],
    ['‘The cycle always turns’', 'Rui Carvalho', 'quote'],
  ]);
});

test('"In a statement released on Saturday, the club said … The statement added that": the paper named in a fronted phrase is the speaker\'s', () => {
  const text = ' date 2026-01-31 LEEDS—Hollins Rovers lost again.\n\nIn a statement released on Saturday evening, the club said it was in talks with two players. The statement added that the chairman had met the coach.\n\nIn a letter to members, Tarnside Council said the levy would rise. The letter said the rise was unavoidable.';
  assert.deepEqual(reportedWithSpeakers(text).map(([, speaker]) => speaker), ['Hollins Rovers', 'Hollins Rovers', 'Tarnside Council', 'Tarnside Council']);
  // The latest such paper is meant, though its issuer is unknown: not the one someone named before it issued.
  const later = ' date 2026-02-08 CAIRO—Talks went on.\n\nIn a later statement posted on Telegram, Ziad Haddad said the group wanted guarantees.\n\nAccording to a statement from the prime minister’s office, a delegation will fly to Doha on Tuesday. The statement said Israel would not negotiate under fire.';
  assert.deepEqual(reportedWithSpeakers(later).map(([, speaker]) => speaker), ['Ziad Haddad', null, null]);
});

test('"gave both sides until April 3 to tell her whether a plea deal is coming": a question put to a listener reports nothing', () => {
  const text = ' date 2026-03-12 RENO—A Washoe County judge gave both sides until April 3 to tell her whether a plea deal is coming. The defence told the judge it would ask for more time.';
  assert.deepEqual(reportedTexts(text), ['it would ask for more time']);
  // "tell if" with no listeners asks as "whether" does; with listeners, an "if" opens a condition of what was said.
  assert.deepEqual(reportedTexts('Related: How to tell if a class-action settlement email is a scam'), []);
  assert.deepEqual(reportedTexts('Jane Roe told reporters if the talks failed, the drivers would strike.'), ['if the talks failed, the drivers would strike']);
});

test('a rating and thanks are the words of who gives them: "cut his rating to “neutral” from “buy”", "thanked the defender “for his commitment”"', () => {
  const text = ' date 2026-10-29 SAN JOSE—Shares fell.\n\nHyun-woo Bae, an analyst at Carrow Lindqvist, cut his rating to “neutral” from “buy”.\n\nFarrowdale Athletic let the defender go. The club thanked him “for his commitment”.';
  assert.deepEqual(claimsOf(text), [
    ['“neutral”', 'Hyun-woo Bae', 'quote'],
    ['“buy”', 'Hyun-woo Bae', 'quote'],
    ['“for his commitment”', 'Farrowdale Athletic', 'quote'],
  ]);
});

test('"a spokesperson for the label" speaks for the body last given that noun ("their former label, Ostrander Records")', () => {
  const claims = analyze('The band have sued their former label, Ostrander Records, in Nashville.\n\n“Every cent owed has been paid,” a spokesperson for the label said.').claims;
  assert.deepEqual(claims.map((c) => [c.speaker, c.anonymous]), [['ostrander-records', false]]);
});

test('a party and ward in brackets after a councillor’s name are no speaker: "Cllr Margaret Oduya (Lib Dem, Brockwell & Fenn), who …, told"', () => {
  const text = 'Councillors deferred the scheme.\n\nCllr Margaret Oduya (Lib Dem, Brockwell & Fenn), who proposed the deferral, told the meeting that the assessment was “two winters out of date" and did not add up.\n\n"I have stood in that lane," she said.';
  assert.deepEqual(analyze(text).claims.map((c) => c.speaker), ['margaret-oduya', 'margaret-oduya', 'margaret-oduya']);
});

test('"behind bars after deputies say he cut …": the bare plural after the subordinator is the subject, an unnamed source', () => {
  const claims = analyze('TILLERY COUNTY, N.C. (WTKX) - A Mount Gilead man is behind bars after deputies say he cut catalytic converters off 14 church vans.').claims;
  assert.deepEqual(claims.map((c) => [c.speakerText, c.speaker, c.anonymous]), [['deputies', null, true]]);
});

test('a bare "per" before sources cites them as "according to" does ("…, per sources.", "Per sources, …"); "per cent" cites nobody', () => {
  const claims = analyze('The comedy will not be back for a third run, per sources.\n\nPer sources, the renewal came with eight episodes. Costs rose 5 per cent.').claims;
  assert.deepEqual(claims.map((c) => [c.text, c.speakerText, c.anonymous]), [
    ['The comedy will not be back for a third run', 'sources', true],
    ['the renewal came with eight episodes', 'sources', true],
  ]);
});

test('a genre noun before a quoted name, or "cast"/"finale" after it, makes it a title, not speech: "its coastal noir “Saltmarsh,”", "the “Saltmarsh” cast"', () => {
  const quotes = (text: string) => analyze(text).claims.filter((c) => c.kind === 'quote').map((c) => c.text);
  assert.deepEqual(quotes('Lumenfall ordered a final season of its coastal noir “Saltmarsh,” while the comedy "The Quiet Tenants" ends, per sources.'), []);
  assert.deepEqual(quotes('The streamer had until Nov. 30 to exercise its option on the “Saltmarsh" cast, two people said.'), []);
});

test('a speaker phrase cut at the full stop inside a name ("Ma.") is the whole name\'s: "Press Officer Ma. Teresa Dalisay-Cruz told reporters"', () => {
  const claims = analyze('The palace stayed silent. Press Officer Ma. Teresa Dalisay-Cruz told reporters the President had confidence in the inquiry.').claims;
  assert.deepEqual(claims.map((c) => [c.speakerText, c.speaker]), [['Ma. Teresa Dalisay-Cruz', 'ma-teresa-dalisay-cruz']]);
});

test('a subject shared through "but" is its clause’s subject, not the clause: "A spokesperson for the streamer declined to comment … but said"', () => {
  const text = 'Streaming service Lumenfall renewed the drama. The streamer had until Nov. 30 to decide.\n\nA spokesperson for the streamer declined to comment on the budget but said the final season would be made at the same scale.';
  assert.deepEqual(analyze(text).claims.map((c) => [c.speakerText, c.speaker]), [['A spokesperson for the streamer', 'lumenfall']]);
});

test('"the carmaker said", "the retailer said": a business named by its trade stands for the business named last', () => {
  const text = 'Orvalo Motors will close its plant in Tarnfield. The carmaker said demand had fallen.';
  assert.deepEqual(analyze(text).claims.map((c) => [c.speaker, c.anonymous]), [['orvalo-motors', false]]);
});

test('"In a press release issued Monday, the CAS — …, as it is known in French — confirmed … “…,” the release said": the release is the body’s, its speaker in an aside', () => {
  const text = 'The Court of Arbitration for Sport (CAS) heard the case.\n\nIn a press release issued Monday, the CAS — the Tribunal Arbitral du Sport, or TAS, as it is known in French — confirmed it had registered the appeal. The athlete has "until 23 March 2026 to file her brief," the release said.';
  assert.deepEqual(analyze(text).claims.map((c) => [c.kind, c.speaker]), [['reported', 'court-of-arbitration-for-sport'], ['reported', 'court-of-arbitration-for-sport'], ['quote', 'court-of-arbitration-for-sport']]);
});

test('a post of one holder described before the holder’s name speaks as that person: "the Special Adviser to the President on Media, Name, said"', () => {
  assert.deepEqual(reportedWithSpeakers('In a statement, the Special Adviser to the President on Media and Publicity, Olumide Akintola-Peters, said the plan was sound.'), [['the plan was sound', 'Olumide Akintola-Peters']]);
  // The people serving someone named in apposition are not that person.
  assert.deepEqual(speakers('Aides to the Senate president, Ibrahim Dankwambo, said he had spoken to both sides.'), ['anonymous: Aides to the Senate president, Ibrahim Dankwambo']);
});

test('a definite description in apposition, closed by "who", is the person named before it: "Name, the Senator representing Kano Central, who told"', () => {
  assert.deepEqual(reportedWithSpeakers('The motion was sponsored by Senator Abubakar Sani Dambatta, the Senator representing Kano Central, who told the chamber that most of the grids did not exist.'), [['that most of the grids did not exist', 'Abubakar Sani Dambatta']]);
});
