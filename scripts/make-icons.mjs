// Draws the toolbar icon (a page with text lines on a blue rounded square) as PNGs in public/icons.
// Run: node scripts/make-icons.mjs. No image tools needed: 4×4 supersampling, zlib for the PNG stream.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [11, 87, 208];
const WHITE = [255, 255, 255];
const LINE = [11, 87, 208];

function roundedRect(x, y, r, box) {
  const [x0, y0, x1, y1] = box;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour at a point of the unit square, or null for transparent. */
function paint(x, y) {
  if (!roundedRect(x, y, 0.2, [0, 0, 1, 1])) return null;
  if (roundedRect(x, y, 0.05, [0.24, 0.16, 0.76, 0.84])) {
    for (const [ly, lx1] of [[0.3, 0.66], [0.42, 0.66], [0.54, 0.66], [0.66, 0.56]]) {
      if (y >= ly && y <= ly + 0.065 && x >= 0.34 && x <= lx1) return LINE;
    }
    return WHITE;
  }
  return BLUE;
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const S = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const colour = paint((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a++;
          }
        }
      }
      const o = 1 + px * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round((a / (S * S)) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icons/${size}.png`, import.meta.url), png(size));
