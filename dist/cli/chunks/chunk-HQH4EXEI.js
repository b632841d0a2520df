import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);

// src/text-encoding.ts
function decodeText(bytes) {
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254 && !(bytes[2] === 0 && bytes[3] === 0)) {
    return bytes.toString("utf16le", 2, bytes.length - bytes.length % 2);
  }
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    const swapped = Buffer.from(bytes.subarray(2, bytes.length - bytes.length % 2));
    return swapped.swap16().toString("utf16le");
  }
  return bytes.toString("utf8");
}

// src/read-regular-file.ts
import fs from "node:fs";
var OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
function readRegularFile(abs, maxBytes = Infinity) {
  const fd = fs.openSync(abs, OPEN_FLAGS);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { notAFile: true };
    if (st.size > maxBytes) return { tooLarge: st.size };
    return { bytes: fs.readFileSync(fd) };
  } finally {
    fs.closeSync(fd);
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
  readRegularFile,
  readRegularHead
};
