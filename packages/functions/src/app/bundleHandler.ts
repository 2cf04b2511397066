import { build, type Metafile } from 'esbuild';

/**
 * Bundles one handler module the way the stacks deploy it (SST v2's esbuild, ESM, minified, for
 * the nodejs22.x runtime, which provides the AWS SDK v3). For the bundle test and the bench; the
 * stacks themselves bundle through SST.
 */
export async function bundleHandler(entry: string): Promise<{ bytes: number; metafile: Metafile; code: string }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    minify: true,
    metafile: true,
    mainFields: ['module', 'main'],
    external: ['@aws-sdk/*'],
    // ESM bundles that pull in CommonJS need require() (SST adds the same banner).
    banner: { js: "import { createRequire as topLevelCreateRequire } from 'module';const require = topLevelCreateRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { bytes: Buffer.byteLength(code), metafile: result.metafile, code };
}
