/**
 * The few parts of lunr 2 that our search code touches (the package ships no types, and the
 * search plugin bundles lunr itself). Keep this in step with what the code below uses.
 */
declare module 'lunr' {
  namespace lunr {
    interface MatchData {
      metadata: Record<string, Record<string, { position?: [number, number][] }>>;
    }
    interface Result {
      ref: string;
      score: number;
      matchData: MatchData;
    }
    interface QueryTermOptions {
      presence?: number;
      wildcard?: number;
      editDistance?: number;
      fields?: string[];
      boost?: number;
    }
    interface Query {
      term(term: string, options?: QueryTermOptions): Query;
    }
    interface Index {
      query(build: (query: Query) => void): Result[];
      /** term → field → document ref → metadata; our index has one field, "t". */
      invertedIndex: Record<string, { t?: Record<string, unknown> } | undefined>;
    }
    const Index: { load(serialized: unknown): Index };
    const Query: {
      presence: { OPTIONAL: number; REQUIRED: number; PROHIBITED: number };
      wildcard: { NONE: number; LEADING: number; TRAILING: number };
    };
    /** Returns the word when it is kept, undefined when it is an English stop word. */
    function stopWordFilter(word: string): string | undefined;
    class Token {
      constructor(text: string, metadata?: Record<string, unknown>);
      toString(): string;
    }
    /** The Porter stemmer lunr applies to indexed words and to query terms. */
    function stemmer(token: Token): Token;
  }
  function lunr(config: (this: unknown) => void): lunr.Index;
  export default lunr;
}
