import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

// One config for the example site (`pnpm start`, `pnpm build`) and for the tests (`vitest`).
export default defineConfig({
  root: `${root}/examples`,
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
