import { describe, expect, it } from 'vitest';
import { readWorkbook, workbookBytes } from './testWorkbook';
import { maxUnpackedBytes, readXlsx, UnreadableWorkbookError, writeXlsx } from './xlsx';
import { notesSheet } from './sheet';
import { zipUncompressedSize } from './zipSize';

describe('reading an Excel workbook', () => {
  it('reads the header and the filled rows with the row numbers Excel shows, leaving out blank rows', async () => {
    const bytes = await workbookBytes(
      ['指标编号', '数值'],
      [['gdp-growth', 6.1], [], ['retail-sales-growth', '5.6']],
    );

    const table = await readXlsx(bytes);

    expect(table.headers).toEqual(['指标编号', '数值']);
    expect(table.rows.map((row) => [row.number, row.cells.map((cell) => cell?.value)])).toEqual([
      [2, ['gdp-growth', 6.1]],
      [4, ['retail-sales-growth', '5.6']],
    ]);
  });

  it('reports merged cells below the header, by their range', async () => {
    const bytes = await workbookBytes(
      ['指标编号', '数值'],
      [
        ['gdp-growth', 6.1],
        ['', 6.2],
      ],
      (sheet) => {
        sheet.mergeCells('A2:A3');
      },
    );

    const table = await readXlsx(bytes);

    expect(table.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
  });

  it('takes a formula’s saved result, marks a formula saved without one, and keeps Excel errors apart', async () => {
    const bytes = await workbookBytes(['数值'], [[1], [2], [3], [4]], (sheet) => {
      sheet.getCell('A2').value = { formula: 'B2*2', result: 12.4 };
      sheet.getCell('A3').value = { formula: 'B3*2' };
      sheet.getCell('A4').value = { error: '#DIV/0!' };
    });

    const [withResult, withoutResult, error] = (await readXlsx(bytes)).rows.map((row) => row.cells[0]);

    expect(withResult).toEqual({ value: 12.4, formula: true });
    expect(withoutResult).toEqual({ value: null, formula: true });
    expect(error).toEqual({ value: null, error: '#DIV/0!' });
  });

  it('marks cells shown as percentages and reads date cells as dates', async () => {
    const bytes = await workbookBytes(
      ['数值', '完成日期'],
      [[0.065, new Date(Date.UTC(2024, 4, 20))]],
      (sheet) => {
        sheet.getCell('A2').numFmt = '0.0%';
      },
    );

    const [row] = (await readXlsx(bytes)).rows;

    expect(row?.cells[0]).toEqual({ value: 0.065, percent: true });
    expect(row?.cells[1]?.value).toEqual(new Date(Date.UTC(2024, 4, 20)));
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(readXlsx(new TextEncoder().encode('指标编号,数值\n'))).rejects.toBeInstanceOf(
      UnreadableWorkbookError,
    );
    const zipOfNothing = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    await expect(readXlsx(zipOfNothing)).rejects.toBeInstanceOf(UnreadableWorkbookError);
  });

  it('refuses a workbook that would unpack to more than the limit before reading it', async () => {
    const bytes = zipDeclaring(maxUnpackedBytes + 1);

    expect(zipUncompressedSize(bytes)).toBe(maxUnpackedBytes + 1);
    await expect(readXlsx(bytes)).rejects.toMatchObject({ reason: 'tooLarge' });
  });
});

/** A zip whose central directory declares one entry of `size` bytes (its data is not there). */
function zipDeclaring(size: number): Uint8Array {
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
  const entry = new DataView(new ArrayBuffer(46 + name.length));
  entry.setUint32(0, 0x02014b50, true);
  entry.setUint32(24, size, true);
  entry.setUint16(28, name.length, true);
  new Uint8Array(entry.buffer).set(name, 46);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, entry.byteLength, true);
  end.setUint32(16, 4, true);
  const bytes = new Uint8Array(4 + entry.byteLength + end.byteLength);
  bytes.set([0x50, 0x4b, 0x03, 0x04]);
  bytes.set(new Uint8Array(entry.buffer), 4);
  bytes.set(new Uint8Array(end.buffer), 4 + entry.byteLength);
  return bytes;
}

describe('writing an Excel workbook', () => {
  it('writes each sheet with a frozen, bold header, text columns, drop-downs and the notes sheet', async () => {
    const bytes = await writeXlsx({
      sheets: [
        {
          name: '指标数据',
          columns: [
            { header: '期间', width: 10, format: 'text' },
            { header: '研判', width: 12, choices: ['正常推进', '需关注', '滞后'] },
          ],
          rows: [['2024-03', '需关注']],
        },
        notesSheet([['期间', '格式 2024-03']]),
      ],
    });

    const workbook = await readWorkbook(bytes);
    const data = workbook.getWorksheet('指标数据');
    expect(data?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data?.getRow(1).font?.bold).toBe(true);
    expect(data?.getCell('A2').value).toBe('2024-03');
    expect(data?.getCell('A2').numFmt).toBe('@');
    expect(data?.getCell('B3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"正常推进,需关注,滞后"'],
    });
    expect(workbook.getWorksheet('说明')?.getCell('B2').value).toBe('格式 2024-03');
    expect((await readXlsx(bytes)).rows.map((row) => row.cells.map((cell) => cell?.value))).toEqual([
      ['2024-03', '需关注'],
    ]);
  });
});
