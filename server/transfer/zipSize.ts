/**
 * How much a zip file (an .xlsx is one) says it unpacks to, read from its central directory
 * without unpacking anything: so that a small upload that would unpack to gigabytes is refused
 * before it is read. Browser-safe.
 */

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const endOfDirectoryLength = 22;
const directoryEntryLength = 46;

/** The sum of the declared uncompressed sizes, or null when the bytes are not a zip file. */
export function zipUncompressedSize(bytes: Uint8Array): number | null {
  if (bytes.length < endOfDirectoryLength || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - endOfDirectoryLength - 0xffff);
  for (let end = bytes.length - endOfDirectoryLength; end >= lowest; end -= 1) {
    if (view.getUint32(end, true) !== endOfDirectorySignature) continue;
    const entries = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    let total = 0;
    for (let entry = 0; entry < entries; entry += 1) {
      if (
        offset + directoryEntryLength > bytes.length ||
        view.getUint32(offset, true) !== directoryEntrySignature
      )
        return null;
      total += view.getUint32(offset + 24, true);
      offset +=
        directoryEntryLength +
        view.getUint16(offset + 28, true) +
        view.getUint16(offset + 30, true) +
        view.getUint16(offset + 32, true);
    }
    return total;
  }
  return null;
}
