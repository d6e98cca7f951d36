/**
 * Finds a Chromium for the browser tests, the bench and the screenshot script, in this order:
 * `CHROMIUM_PATH`; a system Chromium (`/usr/bin/chromium`, or `chromium` on `PATH`); else the
 * Chromium that `@sparticuz/chromium` ships inside its npm tarball, unpacked once into
 * `node_modules/.cache/`. So `npm install && npm test` needs nothing but Node and npm.
 *
 * The npm build is a headless shell linked against NSS; where the machine lacks those libraries
 * the package's own copies are put on `LD_LIBRARY_PATH`. Fonts come from the system's font
 * folders plus the package's Open Sans, through a fontconfig file of our own, so text renders
 * on a machine with no fonts installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, renameSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Chromium flags for a machine with no network and no sandbox privileges. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
];

export interface FoundChromium {
	executablePath: string;
	/** Environment for the browser process: the caller's plus fonts and libraries it needs. */
	env: Record<string, string>;
	/** Where it came from, for the test log. */
	source: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SYSTEM_FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts'];

function processEnv(): Record<string, string> {
	return Object.fromEntries(
		Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
	);
}

function onPath(name: string): string | undefined {
	for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
		const candidate = join(dir, name);
		if (dir && existsSync(candidate)) return candidate;
	}
	return undefined;
}

/** True when the binary starts and prints its version with this environment. */
function starts(executablePath: string, env: Record<string, string>): boolean {
	const run = spawnSync(executablePath, ['--version'], { env, encoding: 'utf8', timeout: 30_000 });
	return run.status === 0 && /\d+\.\d+/.test(run.stdout);
}

/** Unpacks the npm package's brotli archives into `dir` (atomically: a half-done unpack is redone). */
async function unpack(bin: string, dir: string): Promise<void> {
	const { inflate } = await import('@sparticuz/chromium');
	const staging = `${dir}.partial-${process.pid}`;
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	// The package unpacks into os.tmpdir(); point it at the staging folder for the duration.
	const previous = process.env['TMPDIR'];
	process.env['TMPDIR'] = staging;
	try {
		for (const archive of ['chromium.br', 'fonts.tar.br', 'al2023.tar.br']) {
			await inflate(join(bin, archive));
		}
	} finally {
		if (previous === undefined) delete process.env['TMPDIR'];
		else process.env['TMPDIR'] = previous;
	}
	const fontDirs = [...SYSTEM_FONT_DIRS, join(dir, 'fonts')];
	writeFileSync(
		join(staging, 'fonts.conf'),
		[
			'<?xml version="1.0"?>',
			'<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
			'<fontconfig>',
			...fontDirs.map((d) => `\t<dir>${d}</dir>`),
			`\t<cachedir>${join(dir, 'font-cache')}</cachedir>`,
			'</fontconfig>',
			'',
		].join('\n'),
	);
	try {
		renameSync(staging, dir);
	} catch (error) {
		// Another process finished first; its copy is as good as ours.
		rmSync(staging, { recursive: true, force: true });
		if (!existsSync(join(dir, 'chromium'))) throw error;
	}
}

async function fromNpm(): Promise<FoundChromium> {
	// The package exports only its entry point (build/index.js); its folder is two levels up.
	const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
	const pkgDir = join(dirname(entry), '..');
	const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
		version: string;
	};
	const dir = join(ROOT, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
	if (!existsSync(join(dir, 'chromium'))) await unpack(join(pkgDir, 'bin'), dir);
	const executablePath = join(dir, 'chromium');
	const env: Record<string, string> = { ...processEnv(), FONTCONFIG_FILE: join(dir, 'fonts.conf') };
	if (starts(executablePath, env)) {
		return { executablePath, env, source: `@sparticuz/chromium ${version}` };
	}
	const withLibs = {
		...env,
		LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), env['LD_LIBRARY_PATH']]
			.filter(Boolean)
			.join(delimiter),
	};
	if (!starts(executablePath, withLibs)) {
		throw new Error(
			`The Chromium from @sparticuz/chromium ${version} (${executablePath}) does not start on this ` +
				'machine. Set CHROMIUM_PATH to a Chromium or Chrome binary.',
		);
	}
	return { executablePath, env: withLibs, source: `@sparticuz/chromium ${version} (own NSS)` };
}

let found: Promise<FoundChromium> | undefined;

/** The Chromium to launch; resolved once per process. */
export function findChromium(): Promise<FoundChromium> {
	found ??= (async () => {
		const override = process.env['CHROMIUM_PATH'];
		if (override) return { executablePath: override, env: processEnv(), source: 'CHROMIUM_PATH' };
		const system = ['/usr/bin/chromium'].find((p) => existsSync(p)) ?? onPath('chromium');
		if (system) return { executablePath: system, env: processEnv(), source: system };
		return fromNpm();
	})();
	return found;
}

/** Options for playwright-core's `chromium.launch()` / `launchServer()`. */
export async function launchOptions() {
	const { executablePath, env } = await findChromium();
	return { executablePath, env, args: CHROMIUM_ARGS };
}
