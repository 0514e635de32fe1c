import sources from './data/sources.json' with { type: 'json' };

/**
 * News organizations and what they put out (`data/sources.json`): outlets and their aliases, generic
 * media heads, document nouns, media nouns. The verbs and phrases that credit a source are rows of the
 * attribution table ({@link CREDIT_VERBS}, {@link CREDIT_PHRASES} in `attribution.ts`).
 * @internal
 */

/** A news organization. @internal */
export interface OutletInfo {
  readonly name: string;
  readonly kind: 'agency' | 'outlet';
}

/** Outlet aliases as written (case kept) → the outlet. @internal */
export const OUTLET_ALIASES: ReadonlyMap<string, OutletInfo> = new Map(
  sources.outlets.flatMap((o) => o.aliases.map((a) => [a, { name: o.name, kind: o.kind as 'agency' | 'outlet' }] as const)),
);

/** Generic media and official heads ("state media", "news agencies"). @internal */
export const GENERIC_SOURCES: readonly string[] = sources.generic.heads;

/** Nouns for what a source put out ("translation", "report"): the name before one is credited, not quoted. @internal */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(sources.documents.nouns);

/** Nouns that introduce a media organization's name ("news agency VNA"), longest first. @internal */
export const MEDIA_NOUNS: readonly string[] = [...sources.organizationContexts.mediaNouns].sort((a, b) => b.length - a.length);
