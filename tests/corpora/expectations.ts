/**
 * What `npm run test:corpora` demands of each real MkDocs course, in one place.
 *
 * `enforce` says which checks fail the run: a failed build, MkDocs syntax left as text beyond what
 * is allowed below (each allowance says why), and fewer anchors resolved than under MkDocs.
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
  {
    name: 'ricardotecpro-ads_mod_13_devops_e_cloud',
    minAnchorsResolved: 0,
    maxLeftovers: {
      // Sixteen quizzes include assets/quiz.html, which is not in the corpus export: the line
      // stays visible with a warning (MkDocs would drop it silently).
      snippets: 16,
      // The reveal.js slide sources end list items with `{ .fragment }`. Python-Markdown's
      // attr_list reads a list item's attributes only from a line of their own, so MkDocs shows
      // these as text too.
      'attr-list': 475,
    },
  },
];

/** Which failures stop the run. */
export const enforce = {
  build: true,
  leftovers: true,
  anchors: true,
};
