import { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export interface CsvRecord {
  /** Field values as byte strings (latin1: one char per byte), decoded later per field. */
  fields: string[];
  /** Physical line the record starts on; the header is line 1. */
  line: number;
}

export type CsvSource = AsyncIterable<Buffer | Uint8Array | string> | Readable;

/**
 * Streams CSV records with their starting line, never holding the file in memory. Reads bytes as
 * latin1 so that no byte is lost before the domain decides each field's encoding. `onBytes` is
 * told how many bytes of the source have been read so far.
 */
export async function* csvRecords(source: CsvSource, onBytes: (bytes: number) => void = () => {}): AsyncGenerator<CsvRecord> {
  let bytes = 0;
  const counted = Readable.from((async function* () {
    for await (const chunk of source as AsyncIterable<Buffer | Uint8Array | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      bytes += buffer.byteLength;
      onBytes(bytes);
      yield buffer;
    }
  })(), { objectMode: false });
  const parser = counted.pipe(
    parse({ info: true, encoding: 'latin1', bom: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n'] }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    // csv-parse reports the line a record ends on; quoted fields may span lines.
    const embeddedNewlines = record.reduce((n, field) => n + countNewlines(field), 0);
    yield { fields: record, line: info.lines - embeddedNewlines };
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
