// Imported first by each entry point (the server and the CLI). V8 runs a regular expression's
// first matches in its interpreter and compiles it to machine code only after that. The
// analyser's expressions scan whole paragraphs, so in a new process the first analysis spent
// about half its time interpreting them (first diagnostics ~150 → ~80 ms for a 1,000-word
// article, measured). Compiled at once, each is fast from its first use; the flag is
// process-wide, so the analysis worker thread gets it too.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
