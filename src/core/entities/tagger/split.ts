// The fixed train / held-out split of the NER fixtures (test/fixtures/ner/*.jsonl).
// Among the non-empty lines of a file, the line with 0-based index i is HELD-OUT TEST when
// i % 5 === 0, training otherwise. The training script, the eval script and the held-out
// test all go through this one function, so nothing is ever trained on a test line.

export function isHeldOutLine(nonEmptyLineIndex: number): boolean {
  return nonEmptyLineIndex % 5 === 0;
}

export interface NerEntity {
  start: number;
  end: number;
  label: string;
  text: string;
}

export interface NerRecord {
  text: string;
  entities: NerEntity[];
  id?: string;
  lang?: string;
}

/** Parses a NER JSONL file and splits its records by isHeldOutLine. */
export function splitNerLines(jsonl: string): { train: NerRecord[]; heldOut: NerRecord[] } {
  const train: NerRecord[] = [];
  const heldOut: NerRecord[] = [];
  let index = 0;
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as NerRecord;
    (isHeldOutLine(index) ? heldOut : train).push(record);
    index++;
  }
  return { train, heldOut };
}
