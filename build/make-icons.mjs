// `npm run icons`: the app and archive icons in build/resources, drawn from the two SVG sources in
// build/ (icon.svg, icon-document.svg). The outputs are committed, so packaging needs no extra step;
// run this again after editing an SVG. resvg renders each PNG size from the vector source; png2icons
// packs the 1024 px renders into .ico (Windows) and .icns (macOS). Both install from npm alone.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const buildDir = path.dirname(fileURLToPath(import.meta.url));

/** Linux icon-set sizes (electron-builder reads `icons/<N>x<N>.png`). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

function packed(kind, png) {
  const result = kind === 'ico' ? png2icons.createICO(png, png2icons.BICUBIC2, 0, true, true) : png2icons.createICNS(png, png2icons.BICUBIC2, 0);
  if (!result) throw new Error(`png2icons could not make the .${kind} file`);
  return result;
}

/**
 * A fingerprint of the SVG sources, written next to the icons, so a test can tell when an SVG was
 * edited without running `npm run icons` (the PNG bytes themselves may differ by a shade between
 * resvg's builds for different platforms; the sources do not).
 */
export async function sourcesFingerprint(sourceDir = buildDir) {
  const hash = createHash('sha256');
  for (const name of ['icon.svg', 'icon-document.svg']) {
    // Line endings normalised: a Windows checkout may turn LF into CRLF.
    const text = (await readFile(path.join(sourceDir, name), 'utf8')).replace(/\r\n/g, '\n');
    hash.update(name).update('\0').update(text);
  }
  return `${hash.digest('hex')}\n`;
}

/** Every generated file: its path under build/resources and its bytes. */
export async function iconFiles(sourceDir = buildDir) {
  const appSvg = await readFile(path.join(sourceDir, 'icon.svg'));
  const documentSvg = await readFile(path.join(sourceDir, 'icon-document.svg'));
  const app1024 = renderPng(appSvg, 1024);
  const document1024 = renderPng(documentSvg, 1024);
  return [
    ['icon.png', app1024],
    ['icon.ico', packed('ico', app1024)],
    ['icon.icns', packed('icns', app1024)],
    ...LINUX_SIZES.map((size) => [`icons/${size}x${size}.png`, size === 1024 ? app1024 : renderPng(appSvg, size)]),
    // electron-builder's default names for the `.cocreate` file association: <ext>.icns / <ext>.ico.
    ['cocreate.png', renderPng(documentSvg, 512)],
    ['cocreate.ico', packed('ico', document1024)],
    ['cocreate.icns', packed('icns', document1024)],
    ['icon-sources.sha256', Buffer.from(await sourcesFingerprint(sourceDir))],
  ];
}

export async function writeIcons(outDir = path.join(buildDir, 'resources')) {
  const files = await iconFiles();
  for (const [name, bytes] of files) {
    await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
    await writeFile(path.join(outDir, name), bytes);
  }
  return files.map(([name]) => name);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const written = await writeIcons();
  console.log(`Wrote ${written.length} icon files to build/resources: ${written.join(', ')}`);
}
