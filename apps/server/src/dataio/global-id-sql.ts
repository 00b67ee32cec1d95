import type { NodeTypeName } from '../graphql/relay.js';

/**
 * SQLite has no base64: a SQL expression that computes `toGlobalId(type, id)` (base64url of
 * "Type:id", unpadded) for an integer `idSql` between `minId` and `maxId`, from the id's digits
 * alone. The import writes one created-member audit row per member (500,000 in one statement);
 * a JavaScript function registered on the connection cost more per row (the call into V8 and a
 * Buffer per id) than the JSON of the whole row, where this is integer arithmetic and a `substr`
 * per 3 bytes (of a blob constant).
 *
 * How: "Type:" and the id's D digits are cut into base64's 3-byte groups. A group made of the
 * prefix alone is a constant; a group holding k of the id's digits (k = 1…3, after 0–2 bytes of
 * the prefix) is one of 10^k strings of the same length, looked up in one string constant by the
 * value of those k digits, `(id / 10^(digits after them)) % 10^k`. The number of digits decides
 * where the groups fall, so there is one such expression per digit count between minId's and
 * maxId's (a `case` on the id's size when there are several; an import's new ids span one or two).
 */
export function globalIdSql(type: NodeTypeName, idSql: string, minId: number, maxId: number): string {
  if (!Number.isSafeInteger(minId) || !Number.isSafeInteger(maxId) || minId < 1 || maxId < minId) throw new Error(`global ids: bad id range ${minId}…${maxId}`);
  const prefix = `${type}:`;
  const low = String(minId).length;
  const high = String(maxId).length;
  const id = `(${idSql})`;
  if (low === high) return forDigits(prefix, id, low);
  const cases: string[] = [];
  for (let d = low; d < high; d++) cases.push(`when ${id} < ${10 ** d} then ${forDigits(prefix, id, d)}`);
  return `(case ${cases.join(' ')} else ${forDigits(prefix, id, high)} end)`;
}

const b64 = (text: string) => Buffer.from(text, 'latin1').toString('base64url');

/** The expression for ids of exactly `digits` digits. */
function forDigits(prefix: string, id: string, digits: number): string {
  const total = prefix.length + digits;
  const parts: string[] = [];
  let constant = '';
  for (let start = 0; start < total; start += 3) {
    const end = Math.min(start + 3, total);
    const fixed = prefix.slice(start, Math.min(end, prefix.length));
    // The id's digits in this group: positions [first, last) of the id's digits.
    const first = Math.max(start - prefix.length, 0);
    const last = end - prefix.length;
    if (last <= 0) {
      constant += b64(fixed);
      continue;
    }
    const k = last - first;
    const width = b64(fixed + '0'.repeat(k)).length;
    let table = '';
    for (let v = 0; v < 10 ** k; v++) table += b64(fixed + String(v).padStart(k, '0'));
    if (constant) parts.push(`'${constant}'`);
    constant = '';
    const value = `(${id} / ${10 ** (digits - last)}) % ${10 ** k}`;
    // A blob: substr of a blob counts bytes and jumps to the offset, where substr of a text walks
    // its UTF-8 characters from the start (thousands of steps per row); `||` gives text back.
    parts.push(`substr(x'${Buffer.from(table, 'latin1').toString('hex')}', ${value} * ${width} + 1, ${width})`);
  }
  if (constant) parts.push(`'${constant}'`);
  // A group alone would stay a blob: `'' ||` makes every expression text.
  return `('' || ${parts.join(' || ')})`;
}
