// Bundles the dashboard's JavaScript (htmx and the project's modules) and CSS for the browser.
// Maven passes --outdir=target/classes/static; run alone it writes to dist/.
import { build } from 'esbuild';

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`Node.js 20 or newer is required to build the frontend; this is ${process.version}.`);
  process.exit(1);
}

const outdirArg = process.argv.find((arg) => arg.startsWith('--outdir='));
const outdir = outdirArg ? outdirArg.slice('--outdir='.length) : 'dist';

await build({
  entryPoints: { 'js/app': 'src/app.js', 'css/app': 'src/app.css' },
  outdir,
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
});
