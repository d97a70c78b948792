// Progress lines for long work: count, rate and ETA, at most one line every `intervalMs` (and always the last one),
// so a CI log shows steady progress without flooding.
export interface ProgressOptions {
  label: string;
  total: number;
  unit?: string;
  intervalMs?: number;
  write?: (line: string) => void;
  now?: () => number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export class Progress {
  private done = 0;
  private readonly start: number;
  private lastPrint = -Infinity;
  private readonly write: (line: string) => void;
  private readonly now: () => number;

  constructor(private readonly o: ProgressOptions) {
    this.write = o.write ?? ((line) => process.stderr.write(line + '\n'));
    this.now = o.now ?? (() => performance.now());
    this.start = this.now();
  }

  /** Adds `n` finished items; prints when the interval has passed or the work is complete. */
  tick(n = 1): void {
    this.done += n;
    const t = this.now();
    if (this.done >= this.o.total || t - this.lastPrint >= (this.o.intervalMs ?? 2000)) {
      this.lastPrint = t;
      this.write(this.line(t));
    }
  }

  line(t = this.now()): string {
    const elapsed = (t - this.start) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const pct = this.o.total > 0 ? Math.floor((100 * this.done) / this.o.total) : 100;
    const eta = rate > 0 ? (this.o.total - this.done) / rate : Infinity;
    const unit = this.o.unit ?? 'img';
    const tail = this.done >= this.o.total ? `in ${formatDuration(elapsed)}` : `ETA ${formatDuration(eta)}`;
    return `${this.o.label}: ${this.done}/${this.o.total} (${pct}%) ${rate.toFixed(1)} ${unit}/s, ${tail}`;
  }

  get rate(): number {
    const elapsed = (this.now() - this.start) / 1000;
    return elapsed > 0 ? this.done / elapsed : 0;
  }
}
