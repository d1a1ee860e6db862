// Draws the extension icon (images/icon.png): a map pin over a page, in plain
// geometry, so the icon is reproducible without an image editor.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const N = 128;
const px = new Uint8Array(N * N * 4);
const navy = [24, 40, 72, 255];
const paper = [244, 240, 228, 255];
const line = [170, 160, 140, 255];
const red = [196, 48, 43, 255];
const white = [255, 255, 255, 255];

function set(x, y, c, a = 1) {
  const i = (y * N + x) * 4;
  for (let k = 0; k < 3; k++) px[i + k] = Math.round(px[i + k] * (1 - a) + c[k] * a);
  px[i + 3] = 255;
}
// Supersampled coverage for smooth edges.
function fill(inside, c) {
  for (let y = 0; y < N; y++)
    for (let x = 0; x < N; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++;
      if (hits) set(x, y, c, hits / 16);
    }
}
const rounded = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
fill(rounded(0, 0, 128, 128, 22), navy);
fill(rounded(26, 18, 96, 110, 6), paper);
for (const y of [34, 46, 58, 70, 82, 94]) fill((x, yy) => x >= 36 && x <= (y === 94 ? 66 : 86) && yy >= y && yy <= y + 3, line);
// The pin: a round head and a point, set over the page's corner.
const head = (x, y) => (x - 86) ** 2 + (y - 52) ** 2 <= 17 ** 2;
const point = (x, y) => {
  // triangle from the head down to (86, 100)
  if (y < 52 || y > 100) return false;
  const half = 12 * (1 - (y - 52) / 48);
  return Math.abs(x - 86) <= half;
};
fill((x, y) => head(x, y) || point(x, y), red);
fill((x, y) => (x - 86) ** 2 + (y - 52) ** 2 <= 6.5 ** 2, white);

// PNG encoding: one IDAT with filter byte 0 per row.
const raw = Buffer.alloc((N * 4 + 1) * N);
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  Buffer.from(px.buffer, y * N * 4, N * 4).copy(raw, y * (N * 4 + 1) + 1);
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8;
ihdr[9] = 6;
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
