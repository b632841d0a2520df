import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);

// src/text-encoding.ts
import { isUtf8 } from "node:buffer";
function decodeText(bytes) {
  const order = utf16Order(bytes);
  if (order === "le") return bytes.toString("utf16le", 2, bytes.length - bytes.length % 2);
  if (order === "be") {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - bytes.length % 2));
    return swapped.swap16().toString("utf16le");
  }
  return bytes.toString("utf8");
}
function utf16Order(bytes) {
  if (bytes.length < 2) return void 0;
  if (bytes[0] === 255 && bytes[1] === 254 && !(bytes[2] === 0 && bytes[3] === 0)) return "le";
  if (bytes[0] === 254 && bytes[1] === 255) return "be";
  return void 0;
}
function hasInvalidBytes(bytes) {
  return utf16Order(bytes) ? decodeText(bytes).includes("\uFFFD") : !isUtf8(bytes);
}

// src/read-regular-file.ts
import { constants as bufferConstants } from "node:buffer";
import fs from "node:fs";
var OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
var MAX_READ_BYTES = bufferConstants.MAX_STRING_LENGTH;
function readRegularFile(abs, maxBytes = Infinity) {
  const limit = Math.min(maxBytes, MAX_READ_BYTES);
  const fd = fs.openSync(abs, OPEN_FLAGS);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { notAFile: true };
    if (st.size > limit) return { tooLarge: st.size };
    return readAtMost(fd, st.size, limit);
  } finally {
    fs.closeSync(fd);
  }
}
function readAtMost(fd, size, limit) {
  let buf = Buffer.allocUnsafe(Math.min(size, limit) + 1);
  let n = 0;
  for (; ; ) {
    if (n === buf.length) {
      if (n > limit) return { tooLarge: n };
      const bigger = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(buf.length * 2, 64 * 1024)));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const got = fs.readSync(fd, buf, n, buf.length - n, null);
    if (got === 0) return { bytes: buf.subarray(0, n) };
    n += got;
  }
}
function readRegularHead(abs, max) {
  const fd = fs.openSync(abs, OPEN_FLAGS);
  try {
    if (!fs.fstatSync(fd).isFile()) return Buffer.alloc(0);
    const buf = Buffer.alloc(max);
    return buf.subarray(0, fs.readSync(fd, buf, 0, max, 0));
  } finally {
    fs.closeSync(fd);
  }
}

export {
  decodeText,
  hasInvalidBytes,
  readRegularFile,
  readRegularHead
};
