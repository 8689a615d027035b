/**
 * Controls for `npm run bench -- cli`: small loops run as one process alone, then as two copies at
 * once, to show which resources two cores of this machine share. Each loop reports its own CPU
 * time, so the slowdown read from it (CPU seconds per loop, two at once over one alone) does not
 * count the time other processes take the core away; it counts only what makes an instruction
 * stream slower while another runs beside it (shared caches, memory bandwidth, the VM host).
 * Expected on independent cores: ~1.00× for pure compute, one dependent chain (latency) and eight
 * independent ones (execution units, which two hyperthreads of one core would share); the
 * allocation and memory loops show how far this machine's shared caches and memory bandwidth are
 * from that, and the cleaning workload (CPU per article, two processes at once over one alone) can
 * be read against them. One more row runs the dependent chain with V8's default JIT, whose
 * optimising compiler works on a helper thread: with both cores busy, the loop waited for its
 * optimised code and ran 5× slower per CPU second (0.36 s alone, 1.79 s two at once, on a loaded
 * machine), which is how a loop that cannot slow down did.
 * The compute loop's wall time gives one more figure: the cores this benchmark got while it ran
 * (2 × wall alone / wall two at once: 2.0 on an idle machine). The scheduler shares the CPU
 * between sessions (autogroups), not threads, so while other sessions are busy a second thread or
 * process of ours gets little more CPU than the first, and wall-clock scaling means nothing.
 */
import { spawn } from 'node:child_process';
import { quantile } from '../eval/quantile.js';

export interface Control {
  name: string;
  /** V8 flags of the control's process. */
  flags: readonly string[];
  /** What the loop leans on. */
  what: string;
  /** Statements run once before the timed body (not timed). */
  setup: string;
  /** The timed body of a function (its result is printed, so that nothing is optimised away). */
  body: string;
}

/**
 * V8 compiles hot code (and swaps a running loop into it: OSR) on a helper thread by default. With
 * both cores busy that thread gets no core for seconds and a loop runs unoptimised all along (the
 * dependent chain below: 0.36 s of CPU alone, 1.79 s two at once, 0.34 s for both with this flag).
 * The controls that measure the cores compile on their own thread so that they measure the cores.
 */
const SYNC_JIT = ['--no-concurrent-recompilation'] as const;
const CHAIN = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (Math.imul(x, 31) + i) | 0; return x;';

/** Sized for ~0.3–0.5 s of CPU each on this machine when it is idle. The first is the one the cores-got figure reads. */
export const CONTROLS: readonly Control[] = [
  {
    name: 'compute',
    what: 'a dependent chain of integer multiply-adds, in registers (optimised on its own thread)',
    flags: SYNC_JIT,
    setup: '',
    body: CHAIN,
  },
  {
    name: 'compute, V8\'s default JIT',
    what: 'the same loop, optimised on a V8 helper thread: while both cores are busy that thread waits, and the loop runs unoptimised',
    flags: [],
    setup: '',
    body: CHAIN,
  },
  {
    name: 'compute, 8 chains',
    flags: SYNC_JIT,
    what: 'eight independent chains of integer adds and xors (execution units: slows if the two cores are one core\'s hyperthreads)',
    setup: '',
    body:
      'let a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8; for (let i = 0; i < 2e8; i++) { a = (a + i) | 0; b = (b ^ i) | 0; c = (c + (i << 1)) | 0; ' +
      'd = (d ^ (i >> 1)) | 0; e = (e + 3) | 0; f = (f ^ 7) | 0; g = (g + i) | 0; h = (h - i) | 0; } return a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;',
  },
  {
    name: 'allocation',
    flags: SYNC_JIT,
    what: 'short-lived objects kept in a 4,096-slot ring (young-generation collections)',
    setup: 'globalThis.ring = new Array(4096).fill(null);',
    body: 'const ring = globalThis.ring; let n = 0; for (let i = 0; i < 1e7; i++) { const o = { i, a: [i, i + 1] }; ring[i & 4095] = o; n += ring[(i * 7) & 4095]?.a.length ?? 0; } return n;',
  },
  {
    name: 'memory',
    flags: SYNC_JIT,
    what: 'random reads over a 64 MB array (caches and memory bandwidth)',
    setup: 'globalThis.big = new Int32Array(1 << 24).fill(1);',
    body: 'const a = globalThis.big; let x = 1, s = 0; for (let i = 0; i < 2e7; i++) { x = (Math.imul(x, 1103515245) + 12345) & 0xffffff; s += a[x]; } return s;',
  },
];

const script = (c: Control) =>
  `${c.setup} const f = () => { ${c.body} }; const t0 = performance.now(); const c0 = process.cpuUsage(); const r = f(); const c = process.cpuUsage(c0); ` +
  `console.log(JSON.stringify({ cpuS: (c.user + c.system) / 1e6, wallS: (performance.now() - t0) / 1e3, r }));`;

interface Timing {
  cpuS: number;
  wallS: number;
}

/** Runs `copies` copies of a control at once; resolves with each copy's CPU and wall seconds. */
function runCopies(c: Control, copies: number): Promise<Timing[]> {
  return Promise.all(
    Array.from({ length: copies }, () =>
      new Promise<Timing>((resolve, reject) => {
        const child = spawn(process.execPath, [...c.flags, '-e', script(c)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Timing) : reject(new Error(`control ${c.name} exited ${code}`))));
      }),
    ),
  );
}

export interface ControlFigure {
  control: Control;
  /** Median CPU and wall seconds of one copy alone, and of a copy while another runs. */
  alone: Timing;
  paired: Timing;
}

/** ABBA cycles per control; each figure is a median, as the VM's speed jumps now and then. */
export const CONTROL_CYCLES = 3;

/**
 * Alone, two at once, two at once, alone, CONTROL_CYCLES times (an ABBA order, so that a drift of
 * the machine's speed over the measurement weighs on both sides alike).
 */
export async function measureControls(): Promise<ControlFigure[]> {
  const figures: ControlFigure[] = [];
  const median = (xs: number[]) => quantile(xs, 0.5);
  const summary = (xs: Timing[]): Timing => ({ cpuS: median(xs.map((x) => x.cpuS)), wallS: median(xs.map((x) => x.wallS)) });
  for (const control of CONTROLS) {
    const alone: Timing[] = [];
    const paired: Timing[] = [];
    for (let k = 0; k < CONTROL_CYCLES; k++) {
      alone.push(...(await runCopies(control, 1)));
      paired.push(...(await runCopies(control, 2)), ...(await runCopies(control, 2)));
      alone.push(...(await runCopies(control, 1)));
    }
    figures.push({ control, alone: summary(alone), paired: summary(paired) });
  }
  return figures;
}
