import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  AnalyzeOptions,
  ComponentExplanation,
  FramingCategory,
  FramingOptions,
  LexiconEntry,
  Limits,
  QuoteClusterOptions,
  QuoteSubstitution,
  QuoteVariant,
  Report,
} from '../src/index.js';

describe('public types', () => {
  it('the option types users write compose into AnalyzeOptions', () => {
    // Compiled by `tsc -p test/tsconfig.json` (npm run typecheck in CI): each import above must exist.
    const entry: LexiconEntry = { term: 'regime', category: 'state-label', direction: 'negative', strength: 0.6 };
    const framing: FramingOptions = { lexicon: [entry], editorialThreshold: 0.6 };
    const limits: Limits = { maxDocuments: 10 };
    const quoteClusters: QuoteClusterOptions = { minLinkScore: 0.6 };
    const options: AnalyzeOptions = { framing, limits, quoteClusters };
    expect(options.framing?.lexicon?.[0]?.term).toBe('regime');
    expectTypeOf<LexiconEntry['category']>().toEqualTypeOf<FramingCategory>();
    expectTypeOf<NonNullable<AnalyzeOptions['limits']>>().toEqualTypeOf<Limits>();
  });

  it('the report types users read are the ones the report holds', () => {
    expectTypeOf<Report['quoteClusters'][number]['substitutions'][number]>().toEqualTypeOf<QuoteSubstitution>();
    expectTypeOf<Report['quoteClusters'][number]['variants'][number]>().toEqualTypeOf<QuoteVariant>();
    expectTypeOf<Report['framing']['pairs'][number]['explanations'][number]>().toEqualTypeOf<ComponentExplanation>();
  });
});

/**
 * Every named type reachable from what `src/index.ts` exports (the report, the options, the functions'
 * parameters and results), found with the compiler: a type users meet in a field but cannot import by name.
 */
function unexportedTypes(): string[] {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const program = ts.createProgram([`${src}index.ts`], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
    types: ['node'],
  });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(`${src}index.ts`);
  const moduleSymbol = index && checker.getSymbolAtLocation(index);
  if (moduleSymbol === undefined) throw new Error('src/index.ts not found');
  const exported = new Set(checker.getExportsOfModule(moduleSymbol).map((s) => s.name));
  const missing = new Set<string>();
  const seen = new Set<ts.Type>();
  const ours = (symbol: ts.Symbol | undefined): boolean =>
    symbol?.declarations?.some((d) => d.getSourceFile().fileName.startsWith(src)) === true;
  const visit = (type: ts.Type): void => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.aliasSymbol !== undefined && ours(type.aliasSymbol) && !exported.has(type.aliasSymbol.name))
      missing.add(type.aliasSymbol.name);
    if (type.isUnionOrIntersection()) type.types.forEach(visit);
    const symbol = type.getSymbol();
    if (symbol !== undefined && ours(symbol) && (symbol.flags & ts.SymbolFlags.Interface) !== 0 && !exported.has(symbol.name)) {
      missing.add(symbol.name);
    }
    if ((type.flags & ts.TypeFlags.Object) === 0) return;
    if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) checker.getTypeArguments(type as ts.TypeReference).forEach(visit);
    for (const prop of checker.getPropertiesOfType(type)) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      if (decl !== undefined && decl.getSourceFile().fileName.startsWith(src)) visit(checker.getTypeOfSymbolAtLocation(prop, decl));
    }
    for (const info of checker.getIndexInfosOfType(type)) visit(info.type);
    for (const sig of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      sig.getParameters().forEach((p) => {
        const decl = p.valueDeclaration;
        if (decl !== undefined) visit(checker.getTypeOfSymbolAtLocation(p, decl));
      });
      visit(sig.getReturnType());
    }
  };
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const decl = target.declarations?.[0];
    if (decl === undefined) continue;
    visit(
      target.flags & (ts.SymbolFlags.Type | ts.SymbolFlags.Interface)
        ? checker.getDeclaredTypeOfSymbol(target)
        : checker.getTypeOfSymbolAtLocation(target, decl),
    );
  }
  return [...missing].sort();
}

describe('src/index.ts', () => {
  it('exports every named type reachable from its exports (report, options, parameters, results)', () => {
    expect(unexportedTypes()).toEqual([]);
  }, 60_000);
});
