import { readSheets } from '/work/wt/impspeed/apps/server/src/dataio/sheet-reader.js';
const t0 = performance.now();
let n = 0;
for await (const e of readSheets([{ path: '/tmp/impspeed-d100k/dang-vien.csv', name: 'dang-vien.csv' }])) if (e.type === 'row') n++;
console.log(n, Math.round(performance.now() - t0));
