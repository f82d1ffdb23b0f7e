/**
 * What `npm run test:corpora` demands of each real MkDocs course, in one place.
 *
 * `enforce` says which checks fail the run today: a failed build, and fewer anchors resolved than
 * under MkDocs. Leftover syntax is reported but not yet enforced: the snippets, grid cards, icons,
 * annotations, InlineHilite and critic plugins are being written elsewhere; switch it on (or run
 * with CORPORA_STRICT=1) once they are merged.
 */
export interface CorpusExpectation {
  /** Folder name under shared/corpora/. */
  name: string;
  /** In-page anchor links that must resolve: what MkDocs itself resolves. */
  minAnchorsResolved: number;
  /** Leftovers of MkDocs syntax tolerated in the main column, by kind (absent: none). */
  maxLeftovers?: Record<string, number>;
}

export const CORPORA: CorpusExpectation[] = [
  // MkDocs resolves 85 of the 89 anchor links this course writes (not the 4 `#__codelineno-…`).
  { name: 'fastapi-do-zero', minAnchorsResolved: 85 },
  // These two write no in-page anchor links.
  { name: 'pspd-unb-semuni2025', minAnchorsResolved: 0 },
  { name: 'ricardotecpro-ads_mod_13_devops_e_cloud', minAnchorsResolved: 0 },
];

/** Which failures stop the run (CORPORA_STRICT=1 turns every check on). */
export const enforce = {
  build: true,
  leftovers: process.env.CORPORA_STRICT === '1',
  anchors: true,
};
