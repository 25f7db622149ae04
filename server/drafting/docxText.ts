/**
 * The text of a Word (.docx) file, read with mammoth, which is imported only when a .docx comes
 * in. Anything that is not a .docx, or would unpack to more than 50 MB, is refused as `notDocx`.
 * Browser-safe: the mock runs it too.
 */
import { ApiProblem } from '../http/errors';
import { zipUncompressedSize } from '../transfer/zipSize';

const maxUnpackedBytes = 50 * 1024 * 1024;

const notDocx = () => new ApiProblem('invalidBody', { field: 'file', reason: 'notDocx' });

export async function docxText(bytes: Uint8Array): Promise<string> {
  const unpacked = zipUncompressedSize(bytes);
  if (unpacked === null || unpacked > maxUnpackedBytes) throw notDocx();
  const mammoth = await import('mammoth');
  const extractRawText = mammoth.extractRawText ?? mammoth.default.extractRawText;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    // mammoth reads `buffer` in Node and `arrayBuffer` in the browser; its types accept one of them.
    const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof extractRawText>[0];
    const result = await extractRawText(input);
    return result.value;
  } catch (cause) {
    throw new ApiProblem('invalidBody', { field: 'file', reason: 'notDocx', cause });
  }
}
