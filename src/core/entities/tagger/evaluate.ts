// Exact span + label scoring of name spans against NER gold, the rule of
// scripts/score-ner.mjs, for in-process checks (training script, eval script, tests).

export interface LabeledSpan {
  start: number;
  end: number;
  label: string;
}

export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
}

export class SpanScorer {
  readonly byLabel = new Map<string, SpanCounts>();

  constructor(readonly labels: ReadonlySet<string>) {}

  private cell(label: string): SpanCounts {
    let c = this.byLabel.get(label);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.byLabel.set(label, c);
    }
    return c;
  }

  /** Adds one text's gold and predicted spans; labels not scored are left out. */
  add(gold: LabeledSpan[], predicted: LabeledSpan[]): void {
    const key = (e: LabeledSpan) => `${e.start}:${e.end}:${e.label}`;
    const goldKeys = new Set(gold.filter((e) => this.labels.has(e.label)).map(key));
    const predKeys = new Set(predicted.filter((e) => this.labels.has(e.label)).map(key));
    for (const e of gold) if (this.labels.has(e.label)) this.cell(e.label)[predKeys.has(key(e)) ? 'tp' : 'fn']++;
    for (const e of predicted) if (this.labels.has(e.label) && !goldKeys.has(key(e))) this.cell(e.label).fp++;
  }

  micro(): SpanCounts {
    const total = { tp: 0, fp: 0, fn: 0 };
    for (const c of this.byLabel.values()) {
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
    return total;
  }

  static f1(c: SpanCounts): { p: number; r: number; f: number } {
    const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
    return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
  }

  report(): string {
    const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
    const lines = [`${'label'.padEnd(6)} ${'gold'.padStart(6)} ${'pred'.padStart(6)} ${'tp'.padStart(6)}  ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)}`];
    const row = (name: string, c: SpanCounts) => {
      const { p, r, f } = SpanScorer.f1(c);
      return `${name.padEnd(6)} ${String(c.tp + c.fn).padStart(6)} ${String(c.tp + c.fp).padStart(6)} ${String(c.tp).padStart(6)}  ${pct(p)} ${pct(r)} ${pct(f)}`;
    };
    for (const label of [...this.byLabel.keys()].sort()) lines.push(row(label, this.byLabel.get(label)!));
    lines.push(row('micro', this.micro()));
    return lines.join('\n');
  }
}
