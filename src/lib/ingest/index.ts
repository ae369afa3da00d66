// The ingest layer: bytes of a dropped file → a table of strings → what the mapping panel needs.
export { decodeText, type DecodedText, type TextEncoding } from './decode';
export { detectHeader, parseDelimited, sniffDelimiter, type Delimiter } from './delimited';
export { parseJsonRecords } from './json';
export { readParquet } from './parquet';
export { hasParquetMagic, readTable, ReadError, type MalformedRecord, type RawTable, type ReadErrorCode } from './read-table';
export { describeTable, type OpenedFile } from './open-file';
export { ordersToCsv } from './orders-csv';
