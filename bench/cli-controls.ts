/**
 * Controls for `npm run bench -- cli`: small loops run as one process alone, then as two copies at
 * once, to show which resources two cores of this machine share. Each loop reports its own CPU
 * time, so the slowdown read from it (CPU seconds per loop, two at once over one alone) does not
 * count the time other processes take the core away; it counts only what makes an instruction
 * stream slower while another runs beside it (shared caches, memory bandwidth, the VM host).
 * Expected on independent cores: ~1.00× for pure compute; the allocation and memory loops show how
 * far this machine's shared caches and memory bandwidth are from that, and the cleaning workload
 * (CPU per article, two processes at once over one alone) can be read against them.
 * The compute loop's wall time gives one more figure: the cores this benchmark got while it ran
 * (2 × wall alone / wall two at once: 2.0 on an idle machine). The scheduler shares the CPU
 * between sessions (autogroups), not threads, so while other sessions are busy a second thread or
 * process of ours gets little more CPU than the first, and wall-clock scaling means nothing.
 * And when the VM's host is busy, even the compute loop's CPU seconds grow (its vCPUs run slower
 * without the guest seeing steal time): compare its CPU seconds alone between runs of the bench.
 */
import { spawn } from 'node:child_process';

export interface Control {
  name: string;
  /** What the loop leans on. */
  what: string;
  /** Statements run once before the timed body (not timed). */
  setup: string;
  /** The timed body of a function (its result is printed, so that nothing is optimised away). */
  body: string;
}

/** Sized for ~0.3–0.5 s of CPU each on this machine when it is idle. */
export const CONTROLS: readonly Control[] = [
  {
    name: 'compute',
    what: 'a dependent chain of integer multiply-adds, in registers',
    setup: '',
    body: 'let x = 0; for (let i = 0; i < 2e8; i++) x = (Math.imul(x, 31) + i) | 0; return x;',
  },
  {
    name: 'allocation',
    what: 'short-lived objects kept in a 4,096-slot ring (young-generation collections)',
    setup: 'globalThis.ring = new Array(4096).fill(null);',
    body: 'const ring = globalThis.ring; let n = 0; for (let i = 0; i < 1e7; i++) { const o = { i, a: [i, i + 1] }; ring[i & 4095] = o; n += ring[(i * 7) & 4095]?.a.length ?? 0; } return n;',
  },
  {
    name: 'memory',
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
        const child = spawn(process.execPath, ['-e', script(c)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Timing) : reject(new Error(`control ${c.name} exited ${code}`))));
      }),
    ),
  );
}

export interface ControlFigure {
  control: Control;
  /** Mean CPU and wall seconds of one copy alone, and of a copy while another runs. */
  alone: Timing;
  paired: Timing;
}

/**
 * Alone, two at once, two at once, alone (an ABBA order, so that a drift of the machine's speed
 * over the measurement weighs on both sides alike).
 */
export async function measureControls(): Promise<ControlFigure[]> {
  const figures: ControlFigure[] = [];
  const mean = (xs: Timing[]): Timing => ({
    cpuS: xs.reduce((a, x) => a + x.cpuS, 0) / xs.length,
    wallS: xs.reduce((a, x) => a + x.wallS, 0) / xs.length,
  });
  for (const control of CONTROLS) {
    const alone = [...(await runCopies(control, 1))];
    const paired = [...(await runCopies(control, 2)), ...(await runCopies(control, 2))];
    alone.push(...(await runCopies(control, 1)));
    figures.push({ control, alone: mean(alone), paired: mean(paired) });
  }
  return figures;
}
