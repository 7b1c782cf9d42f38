import path from 'node:path';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    buildDir: string;
  }
}

/** Serves the production build on a free loopback port for every browser test file. */
export default async function setup(project: TestProject) {
  const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(`No production build in ${buildDir}. Run \`npm run build\` first.`);
  }
  const server = await startStaticServer(buildDir);
  project.provide('baseUrl', server.url);
  project.provide('buildDir', buildDir);
  return async () => {
    await server.close();
  };
}
