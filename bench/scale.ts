/**
 * Scale benchmark: the full build with the real news, then in a fresh temporary copy of the
 * project per size with that many seeded synthetic news items (never committed). Per size: wall
 * time, peak memory, dist/ size, pages, the largest page and file, and the search index; then the
 * marginal cost per item between sizes and every output file that grows with the news.
 *
 *     node bench/scale.ts [--sizes 0,1000,10000,50000] [--timeout 20]
 *
 * `--sizes` are synthetic item counts (0 is the real data); `--timeout` is minutes per build.
 * Prints a table and writes reports/bench-scale.json. A build that fails or runs out of time is
 * recorded as failed, with the reason, and the next size still runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { growth, type Growth } from '../test/support/synthetic/news.ts';
import { copyProject, removeCopy } from '../test/support/project-copy.ts';
import { writeSyntheticNews } from '../test/support/synthetic-store.ts';

const SEED = 14409;
const DEFAULT_SIZES = [0, 1000, 10_000, 50_000];
const DEFAULT_TIMEOUT_MS = 20 * 60_000;
const GNU_TIME = '/usr/bin/time';
const MIB = 1024 * 1024;

/** One size's figures; `error` is set (and the figures null) when its build failed. */
export interface ScaleRow {
	/** Synthetic items written (0: the real news, unchanged). */
	synthetic: number;
	/** Items in the copy's news store. */
	items: number;
	ok: boolean;
	error: string | null;
	/** Wall time of the build process, and the time the build itself reported. */
	seconds: number | null;
	buildSeconds: number | null;
	/** Peak RSS of the largest process of the build (kernel figure, via GNU time). */
	peakRssMiB: number | null;
	/** Peak of the summed RSS of the build's process tree, sampled every 200 ms. */
	peakTreeRssMiB: number | null;
	distBytes: number | null;
	files: number | null;
	htmlPages: number | null;
	largestPage: { path: string; bytes: number; gzip: number } | null;
	largestFile: { path: string; bytes: number } | null;
	searchIndex: { bytes: number; gzip: number } | null;
}

/** An output file whose size grows with the number of news items. */
export interface GrowingFile {
	path: string;
	/** Bytes at each size that built, keyed by synthetic item count. */
	bytes: Record<string, number>;
}

/** Output files whose count grows with the news (pagination): their path pattern and count. */
export interface GrowingRoute {
	pattern: string;
	files: Record<string, number>;
	bytes: Record<string, number>;
}

/** Everything the benchmark measured. */
export interface ScaleReport {
	generated: string;
	node: string;
	seed: number;
	rows: ScaleRow[];
	/** Marginal build time per item between consecutive sizes that built. */
	growth: Growth[];
	growingFiles: GrowingFile[];
	growingRoutes: GrowingRoute[];
}

/** Options for `benchScale`. */
export interface ScaleOptions {
	/** Synthetic item counts; 0 builds the real data. */
	sizes?: readonly number[];
	/** Per-build time limit in milliseconds. */
	timeoutMs?: number;
	/** Called with each row as it is measured. */
	onRow?: (row: ScaleRow) => void;
}

/** Summed VmRSS (KiB) of `pid` and all its descendants, from /proc; 0 when unavailable. */
function treeRssKiB(pid: number): number {
	const children = new Map<number, number[]>();
	let entries: string[];
	try {
		entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return 0;
	}
	for (const name of entries) {
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// Fields after the command name, which may itself contain spaces and parentheses.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid) ?? [];
			list.push(Number(name));
			children.set(ppid, list);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const queue = [pid];
	while (queue.length > 0) {
		const current = queue.pop()!;
		try {
			const status = readFileSync(`/proc/${current}/status`, 'utf8');
			total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
		} catch {
			// Ended meanwhile.
		}
		queue.push(...(children.get(current) ?? []));
	}
	return total;
}

/** Kills the process group led by `pid` (a build started detached); a group already gone is fine. */
function killGroup(pid: number): void {
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {
		// Every process of the group has already exited.
	}
}

interface BuildResult {
	code: number | null;
	output: string;
	seconds: number;
	timedOut: boolean;
	peakRssKiB: number | null;
	peakTreeRssKiB: number;
}

/**
 * Runs `node scripts/build.ts` in `dir` with the news refresh off and a fixed build date, under
 * GNU time when present (its %M is the peak RSS of the largest process, Astro's build running in
 * the Node process), sampling the whole tree's RSS meanwhile; kills the tree after `timeoutMs`.
 */
function measuredBuild(dir: string, timeoutMs: number, running: Set<number>): Promise<BuildResult> {
	const timeFile = join(dir, '.bench-time');
	const useTime = existsSync(GNU_TIME);
	const node = [process.execPath, 'scripts/build.ts'];
	const [command, ...args] = useTime ? [GNU_TIME, '-f', '%M', '-o', timeFile, ...node] : node;
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command!, args, {
			cwd: dir,
			detached: true,
			env: {
				...process.env,
				BUILD_DATE: '2026-11-23',
				NO_COLOR: '1',
				NEWS_REFRESH: 'off',
				SITE_PREVIEW: '1',
			},
		});
		const pid = child.pid!;
		running.add(pid);
		let output = '';
		let peakTree = 0;
		let timedOut = false;
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		const sample = () => (peakTree = Math.max(peakTree, treeRssKiB(pid)));
		const sampler = setInterval(sample, 200);
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(pid);
		}, timeoutMs);
		child.on('close', (code) => {
			clearInterval(sampler);
			clearTimeout(timer);
			running.delete(pid);
			const seconds = (performance.now() - started) / 1000;
			let peakRssKiB: number | null = null;
			if (useTime && existsSync(timeFile)) {
				const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
				peakRssKiB = /^\d+$/.test(last) ? Number(last) : null;
			}
			resolve({ code, output, seconds, timedOut, peakRssKiB, peakTreeRssKiB: peakTree });
		});
	});
}

interface DistFile {
	path: string;
	bytes: number;
}

/** Every file under `dist`, with its path relative to it (forward slashes) and size. */
function distFiles(dist: string): DistFile[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.map((path) => ({ path: path.split(sep).join('/'), full: join(dist, path) }))
		.flatMap(({ path, full }) => {
			const stat = statSync(full);
			return stat.isFile() ? [{ path, bytes: stat.size }] : [];
		});
}

const largest = (files: readonly DistFile[]) =>
	files.reduce<DistFile | null>((a, b) => (a === null || b.bytes > a.bytes ? b : a), null);

/** The dist/ figures of one row. */
function distFigures(dist: string, files: readonly DistFile[]) {
	const html = files.filter((f) => f.path.endsWith('.html'));
	const page = largest(html);
	const file = largest(files);
	const index = join(dist, 'search-index.json');
	const indexBytes = existsSync(index) ? readFileSync(index) : null;
	return {
		distBytes: files.reduce((n, f) => n + f.bytes, 0),
		files: files.length,
		htmlPages: html.length,
		largestPage:
			page === null
				? null
				: { ...page, gzip: gzipSync(readFileSync(join(dist, page.path))).length },
		largestFile: file,
		searchIndex:
			indexBytes === null ? null : { bytes: indexBytes.length, gzip: gzipSync(indexBytes).length },
	};
}

const failedRow = (synthetic: number, items: number, error: string): ScaleRow => ({
	synthetic,
	items,
	ok: false,
	error,
	seconds: null,
	buildSeconds: null,
	peakRssMiB: null,
	peakTreeRssMiB: null,
	distBytes: null,
	files: null,
	htmlPages: null,
	largestPage: null,
	largestFile: null,
	searchIndex: null,
});

const mib = (kib: number | null) => (kib === null ? null : Number((kib / 1024).toFixed(1)));

/** Path pattern of a paginated or per-item route: numeric segments become `N`. */
const routePattern = (path: string) =>
	path
		.split('/')
		.map((s) => (/^\d+$/.test(s) ? 'N' : s))
		.join('/');

/**
 * Files that grow with the news: present at the two largest sizes that built and at least 20 %
 * and 2 KiB larger at the larger one; and route patterns whose number of files grows.
 */
function growingOutput(sizes: ReadonlyMap<number, readonly DistFile[]>) {
	const built = [...sizes.keys()].sort((a, b) => a - b);
	const [small, big] = built.slice(-2);
	if (small === undefined || big === undefined) return { growingFiles: [], growingRoutes: [] };
	const bySize = new Map(
		[...sizes].map(([size, files]) => [size, new Map(files.map((f) => [f.path, f.bytes]))]),
	);
	const smallFiles = bySize.get(small)!;
	const growingFiles: GrowingFile[] = [];
	for (const [path, bytes] of bySize.get(big)!) {
		const before = smallFiles.get(path);
		if (before === undefined || bytes < before * 1.2 || bytes - before < 2048) continue;
		const row: Record<string, number> = {};
		for (const size of built) {
			const b = bySize.get(size)!.get(path);
			if (b !== undefined) row[String(size)] = b;
		}
		growingFiles.push({ path, bytes: row });
	}
	growingFiles.sort((a, b) => b.bytes[String(big)]! - a.bytes[String(big)]!);

	const routes = new Map<string, GrowingRoute>();
	for (const size of built) {
		for (const file of sizes.get(size)!) {
			const pattern = routePattern(file.path);
			const route = routes.get(pattern) ?? { pattern, files: {}, bytes: {} };
			route.files[String(size)] = (route.files[String(size)] ?? 0) + 1;
			route.bytes[String(size)] = (route.bytes[String(size)] ?? 0) + file.bytes;
			routes.set(pattern, route);
		}
	}
	const growingRoutes = [...routes.values()].filter(
		(r) => (r.files[String(big)] ?? 0) > (r.files[String(small)] ?? 0),
	);
	return { growingFiles, growingRoutes };
}

/**
 * Builds the project once per size in `sizes` (default 0, 1,000, 10,000, 50,000 synthetic items;
 * 0 is the real data) in a temporary copy that is always removed, and returns the figures.
 */
export async function benchScale(root: string, options: ScaleOptions = {}): Promise<ScaleReport> {
	const sizes = options.sizes ?? DEFAULT_SIZES;
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const realItems = (
		JSON.parse(readFileSync(join(root, 'content/news/news.json'), 'utf8')) as unknown[]
	).length;
	const rows: ScaleRow[] = [];
	const outputs = new Map<number, DistFile[]>();
	const running = new Set<number>();
	const copies = new Set<string>();
	const interrupt = (signal: NodeJS.Signals) => {
		for (const pid of running) killGroup(pid);
		Promise.all([...copies].map(removeCopy)).finally(() => process.kill(process.pid, signal));
	};
	process.once('SIGINT', interrupt);
	process.once('SIGTERM', interrupt);
	try {
		for (const synthetic of sizes) {
			const items = synthetic === 0 ? realItems : synthetic;
			let row: ScaleRow;
			let dir: string | null = null;
			try {
				dir = await copyProject();
				copies.add(dir);
				if (synthetic > 0) {
					writeSyntheticNews(dir, synthetic, SEED);
				}
				const result = await measuredBuild(dir, timeoutMs, running);
				const dist = join(dir, 'dist');
				if (result.timedOut) {
					row = failedRow(synthetic, items, `timed out after ${timeoutMs / 60_000} min`);
				} else if (result.code !== 0 || !existsSync(dist)) {
					const tail = result.output.trim().split('\n').slice(-15).join('\n');
					row = failedRow(synthetic, items, `build exited ${result.code}: ${tail}`);
				} else {
					const files = distFiles(dist);
					outputs.set(synthetic, files);
					const reported = /Built dist\/ in ([\d.]+) s/.exec(result.output)?.[1];
					row = {
						synthetic,
						items,
						ok: true,
						error: null,
						seconds: Number(result.seconds.toFixed(2)),
						buildSeconds: reported === undefined ? null : Number(reported),
						peakRssMiB: mib(result.peakRssKiB),
						peakTreeRssMiB: mib(result.peakTreeRssKiB),
						...distFigures(dist, files),
					};
				}
			} catch (error) {
				row = failedRow(synthetic, items, error instanceof Error ? error.message : String(error));
			} finally {
				if (dir !== null) {
					await removeCopy(dir);
					copies.delete(dir);
				}
			}
			rows.push(row);
			options.onRow?.(row);
		}
	} finally {
		process.off('SIGINT', interrupt);
		process.off('SIGTERM', interrupt);
	}
	return {
		generated: new Date().toISOString(),
		node: process.version,
		seed: SEED,
		rows,
		growth: growth(rows.map((r) => ({ items: r.items, seconds: r.seconds }))),
		...growingOutput(outputs),
	};
}

const kib = (bytes: number | null | undefined) =>
	bytes === null || bytes === undefined ? '' : (bytes / 1024).toFixed(0);

/** One printable line of the table per row. */
function tableRow(row: ScaleRow) {
	return {
		synthetic: row.synthetic,
		items: row.items,
		result: row.ok ? 'ok' : `FAILED: ${row.error?.split('\n')[0]}`,
		's wall': row.seconds ?? '',
		'peak RSS MiB': row.peakRssMiB ?? '',
		'tree RSS MiB': row.peakTreeRssMiB ?? '',
		'dist MiB': row.distBytes === null ? '' : (row.distBytes / MIB).toFixed(1),
		pages: row.htmlPages ?? '',
		'largest page': row.largestPage?.path ?? '',
		'page KiB': kib(row.largestPage?.bytes),
		'index KiB': kib(row.searchIndex?.bytes),
		'index gz KiB': kib(row.searchIndex?.gzip),
		'largest file': row.largestFile
			? `${row.largestFile.path} (${kib(row.largestFile.bytes)})`
			: '',
	};
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: { sizes: { type: 'string' }, timeout: { type: 'string' } },
	});
	const sizes = values.sizes?.split(',').map((s) => Number(s.trim()));
	if (sizes?.some((n) => !Number.isInteger(n) || n < 0)) {
		console.error('--sizes must be a comma-separated list of whole numbers, e.g. 0,1000,10000');
		process.exit(2);
	}
	const minutes = values.timeout === undefined ? undefined : Number(values.timeout);
	if (minutes !== undefined && !(minutes > 0)) {
		console.error('--timeout must be a positive number of minutes');
		process.exit(2);
	}
	const root = fileURLToPath(new URL('..', import.meta.url));
	const report = await benchScale(root, {
		...(sizes === undefined ? {} : { sizes }),
		...(minutes === undefined ? {} : { timeoutMs: minutes * 60_000 }),
		onRow: (row) => console.log(JSON.stringify(tableRow(row))),
	});
	console.table(report.rows.map(tableRow));
	console.table(report.growth.map((g) => ({ ...g, msPerItem: Number(g.msPerItem.toFixed(3)) })));
	mkdirSync(join(root, 'reports'), { recursive: true });
	writeFileSync(join(root, 'reports/bench-scale.json'), `${JSON.stringify(report, null, '\t')}\n`);
	console.log('Wrote reports/bench-scale.json');
	if (report.rows.some((r) => !r.ok)) process.exitCode = 1;
}
