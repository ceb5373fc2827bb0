// How the language server's own process is started; the VS Code client and the protocol tests
// (and so the benchmark) launch it the same way. This module imports nothing.

/**
 * Node options for the server process. The workspace index analyses every article on the main
 * thread; with V8's default young generation (16 MB semi-spaces) its garbage alone lifted the
 * server to ~146–148 MB at its peak while indexing 1,000 articles, with 8 MB ones ~126–134 MB
 * (target ≤ 150 MB). The analysis worker sets its own young generation (ANALYSIS_WORKER_OPTIONS).
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=8'];

/**
 * Environment variable naming the directory for the server's code cache (code-cache.ts). The VS
 * Code client points it into the extension's per-user storage; other editors leave it unset.
 */
export const CODE_CACHE_DIRECTORY_VARIABLE = 'ARTICLE_LENS_CODE_CACHE';
