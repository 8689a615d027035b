/**
 * The progress bar on standard error: done/total (total where known), rate and ETA. Shown only
 * when standard error is a terminal and `--quiet` is off; otherwise every call is a no-op.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** One more input done. */
  tick(): void;
  /** The total, once known. */
  setTotal(total: number): void;
  /** Prints a line (an error) above the bar. */
  log(line: string): void;
  stop(): void;
}

const BAR_WIDTH = 24;

function seconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled) {
    return { tick() {}, setTotal() {}, log: (line) => void stream.write(line + '\n'), stop() {} };
  }
  const started = Date.now();
  let done = 0;
  let total: number | null = null;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      // The gauge is drawn here, not by cli-progress: with no known total there is none to draw.
      format: 'copydesk {gauge}{counts} | {rate}/s | ETA {etaText}',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = () => {
    const elapsed = Math.max((Date.now() - started) / 1000, 1e-3);
    const rate = done / elapsed;
    const filled = total ? Math.min(BAR_WIDTH, Math.round((done / Math.max(total, 1)) * BAR_WIDTH)) : 0;
    return {
      gauge: total === null ? '' : `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} `,
      counts: `${done}/${total ?? '?'}`,
      rate: rate >= 10 ? rate.toFixed(0) : rate.toFixed(1),
      etaText: total === null || rate === 0 ? '?' : seconds((total - done) / rate),
    };
  };
  bar.start(1, 0, payload());
  return {
    tick() {
      done++;
      bar.setTotal(Math.max(total ?? done + 1, done, 1));
      bar.update(done, payload());
    },
    setTotal(n) {
      total = n;
      bar.setTotal(Math.max(n, 1));
      bar.update(done, payload());
    },
    log(line) {
      stream.write(`\r\x1b[K${line}\n`);
      bar.render();
    },
    stop() {
      bar.stop();
    },
  };
}
