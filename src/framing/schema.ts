const span = {
  start: { type: 'integer', minimum: 0 },
  end: { type: 'integer', minimum: 0 },
  text: { type: 'string' },
} as const;
const direction = { enum: ['negative', 'positive', 'neutral'] } as const;
const unit = { type: 'number', minimum: 0, maximum: 1 } as const;
const signed = { type: 'number', minimum: -1, maximum: 1 } as const;

/** JSON Schema definitions of `report.framing` and `report.coverage`; kept in step with `types.ts`. @internal */
export const framingDefs = {
  framingLabel: {
    type: 'object',
    additionalProperties: false,
    required: ['term', 'start', 'end', 'text', 'category', 'loaded', 'direction', 'weight', 'quoted', 'source'],
    properties: {
      term: { type: 'string' },
      ...span,
      refersTo: { type: 'string' },
      category: { type: 'string' },
      loaded: { type: 'boolean' },
      direction,
      weight: unit,
      quoted: { type: 'boolean' },
      source: { enum: ['lexicon', 'sentiment'] },
    },
  },
  framingMarker: {
    type: 'object',
    additionalProperties: false,
    required: ['start', 'end', 'text', 'term', 'weight', 'loaded', 'quoted'],
    properties: { ...span, term: { type: 'string' }, weight: unit, loaded: { type: 'boolean' }, quoted: { type: 'boolean' } },
  },
  framingScareQuote: {
    type: 'object',
    additionalProperties: false,
    required: ['start', 'end', 'text', 'quoteId', 'words'],
    properties: { ...span, quoteId: { type: 'string' }, words: { type: 'integer', minimum: 1, maximum: 4 } },
  },
  framingCueVerb: {
    type: 'object',
    additionalProperties: false,
    required: ['start', 'end', 'text', 'lemma', 'direction', 'loaded', 'weight'],
    properties: { ...span, lemma: { type: 'string' }, direction, loaded: { type: 'boolean' }, weight: unit },
  },
  framingSentiment: {
    type: 'object',
    additionalProperties: false,
    required: ['mean', 'spans', 'chars'],
    properties: { mean: signed, spans: { type: 'integer', minimum: 0 }, chars: { type: 'integer', minimum: 0 } },
  },
  framingDocument: {
    type: 'object',
    additionalProperties: false,
    required: [
      'docId',
      'labels',
      'sourcesCredited',
      'credits',
      'cueVerbs',
      'hedges',
      'intensifiers',
      'scareQuotes',
      'sentiment',
      'editorializing',
    ],
    properties: {
      docId: { type: 'string' },
      labels: { type: 'array', items: { $ref: '#/$defs/framingLabel' } },
      sourcesCredited: { type: 'array', items: { type: 'string' } },
      credits: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['start', 'end', 'text', 'name'],
          properties: { ...span, name: { type: 'string' } },
        },
      },
      cueVerbs: {
        type: 'object',
        additionalProperties: false,
        required: ['verbs', 'byLemma', 'loadedShare'],
        properties: {
          verbs: { type: 'array', items: { $ref: '#/$defs/framingCueVerb' } },
          byLemma: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['lemma', 'count', 'direction'],
              properties: { lemma: { type: 'string' }, count: { type: 'integer', minimum: 1 }, direction },
            },
          },
          loadedShare: unit,
        },
      },
      hedges: { type: 'array', items: { $ref: '#/$defs/framingMarker' } },
      intensifiers: { type: 'array', items: { $ref: '#/$defs/framingMarker' } },
      scareQuotes: { type: 'array', items: { $ref: '#/$defs/framingScareQuote' } },
      sentiment: {
        type: 'object',
        additionalProperties: false,
        required: ['ownVoice', 'quoted'],
        properties: { ownVoice: { $ref: '#/$defs/framingSentiment' }, quoted: { $ref: '#/$defs/framingSentiment' } },
      },
      editorializing: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['start', 'end', 'text', 'sentiment', 'terms', 'score'],
          properties: { ...span, sentiment: signed, terms: { type: 'array', items: { type: 'string' } }, score: unit },
        },
      },
    },
  },
  framingActor: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'kind', 'byDocument'],
    properties: {
      name: { type: 'string' },
      kind: { enum: ['state', 'person'] },
      byDocument: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['docId', 'forms', 'mentions', 'loadedShare'],
          properties: {
            docId: { type: 'string' },
            forms: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['form', 'count', 'loaded', 'direction', 'first'],
                properties: {
                  form: { type: 'string' },
                  count: { type: 'integer', minimum: 1 },
                  loaded: { type: 'boolean' },
                  direction: { enum: ['negative', 'positive', 'neutral'] },
                  first: { type: 'object', additionalProperties: false, required: ['start', 'end', 'text'], properties: span },
                },
              },
            },
            mentions: { type: 'integer', minimum: 1 },
            loadedShare: unit,
          },
        },
      },
    },
  },
  framingExplanation: {
    type: 'object',
    additionalProperties: false,
    required: ['component', 'value', 'weight', 'summary', 'evidence'],
    properties: {
      component: { type: 'string' },
      value: unit,
      weight: unit,
      summary: { type: 'string' },
      evidence: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['docId', 'start', 'end', 'text', 'note'],
          properties: { docId: { type: 'string' }, ...span, note: { type: 'string' } },
        },
      },
    },
  },
  framingPair: {
    type: 'object',
    additionalProperties: false,
    required: ['a', 'b', 'divergence', 'components', 'weights', 'explanations'],
    properties: {
      a: { type: 'string' },
      b: { type: 'string' },
      divergence: { $ref: '#/$defs/score' },
      components: { type: 'object', additionalProperties: { $ref: '#/$defs/score' } },
      weights: { type: 'object', additionalProperties: unit },
      explanations: { type: 'array', items: { $ref: '#/$defs/framingExplanation' } },
    },
  },
  framing: {
    type: 'object',
    additionalProperties: false,
    required: ['documents', 'pairs', 'pairsLeftOut', 'actors', 'lexiconVersion'],
    properties: {
      documents: { type: 'array', items: { $ref: '#/$defs/framingDocument' } },
      pairs: { type: 'array', items: { $ref: '#/$defs/framingPair' } },
      pairsLeftOut: {
        oneOf: [
          { type: 'null' },
          {
            type: 'object',
            additionalProperties: false,
            required: ['count', 'reason'],
            properties: { count: { type: 'integer', minimum: 1 }, reason: { type: 'string' } },
          },
        ],
      },
      actors: { type: 'array', items: { $ref: '#/$defs/framingActor' } },
      lexiconVersion: { type: 'string' },
    },
  },
  coverageItem: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'carriedBy', 'excerpt'],
    properties: {
      id: { type: 'string' },
      type: { enum: ['alignment', 'quoteCluster'] },
      carriedBy: { type: 'array', items: { type: 'string' } },
      excerpt: { type: 'string' },
    },
  },
  coverageDocument: {
    type: 'object',
    additionalProperties: false,
    required: ['docId', 'omits', 'uniquelyCarries', 'uniqueQuotes', 'sharedShare'],
    properties: {
      docId: { type: 'string' },
      omits: { type: 'array', items: { type: 'string' } },
      uniquelyCarries: {
        type: 'array',
        items: { type: 'object', additionalProperties: false, required: ['start', 'end', 'text'], properties: span },
      },
      uniqueQuotes: { type: 'array', items: { type: 'string' } },
      sharedShare: unit,
    },
  },
  coverage: {
    type: 'object',
    additionalProperties: false,
    required: ['items', 'documents'],
    properties: {
      items: { type: 'array', items: { $ref: '#/$defs/coverageItem' } },
      documents: { type: 'array', items: { $ref: '#/$defs/coverageDocument' } },
    },
  },
} as const;
