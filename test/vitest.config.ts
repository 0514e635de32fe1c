import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects: `unit` is self-contained (npm test); `corpus` reads the real articles in ../shared/corpus
// at run time (npm run test:corpus) and is never copied into the project.
export default defineConfig({
  test: {
    root,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/corpus/**', 'node_modules/**'],
          testTimeout: 30_000,
          // Counts the property tests' generated cases (npm run cases).
          setupFiles: ['test/helpers/count-cases.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'corpus', include: ['test/corpus/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
