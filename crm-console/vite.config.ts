import { defineConfig } from 'vitest/config';

// The console is served by the reference service at /app/ (same origin as /api/v1). Maven packs the build into
// the crm-console jar under META-INF/resources/app, which the servlet container serves from the WAR's lib folder.
export default defineConfig({
  base: '/app/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'target/classes/META-INF/resources/app',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
