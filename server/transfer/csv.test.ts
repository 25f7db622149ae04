import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from './csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** 指标编号,数值 / 国内,6.1 in GB18030, as Chinese Excel saves "CSV (逗号分隔)". */
const gb18030Csv = new Uint8Array([
  0xd6, 0xb8, 0xb1, 0xea, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xca, 0xfd, 0xd6, 0xb5, 0x0d, 0x0a, 0xb9, 0xfa, 0xc4,
  0xda, 0x2c, 0x36, 0x2e, 0x31, 0x0d, 0x0a,
]);

describe('CSV for Excel', () => {
  it('writes UTF-8 with a byte order mark, quoted text, bare numbers and CRLF lines', () => {
    const csv = writeCsv({
      name: '指标数据',
      columns: [
        { header: '指标名称', width: 10 },
        { header: '数值', width: 10 },
      ],
      rows: [
        ['规模以上"工业"增加值', 9.1],
        ['社会消费品零售总额', null],
      ],
    });

    expect(csv).toBe('\uFEFF"指标名称","数值"\r\n"规模以上""工业""增加值",9.1\r\n"社会消费品零售总额",\r\n');
  });

  it('guards every text a spreadsheet could run as a formula, signed ones too, and reads it back unguarded', () => {
    const texts = [
      '=HYPERLINK("x")',
      '+1+HYPERLINK("http://evil.example","点此")',
      '-2+3+cmd|\' /C calc\'!A0',
      '+0.5个百分点',
      '−2.0个百分点',
      '@SUM(A1)',
      '\t=1+1',
      '\r=1+1',
    ];
    const csv = writeCsv({ name: 's', columns: [{ header: '备注', width: 10 }], rows: texts.map((text) => [text]) });

    for (const line of csv.replace('\uFEFF', '').split('\r\n').slice(1, -1))
      expect(line.startsWith(`"'`)).toBe(true);
    expect(csv).toContain(`"'+1+HYPERLINK(""http://evil.example"",""点此"")"`);
    expect(csv).toContain(`"'-2+3+cmd|' /C calc'!A0"`);
    expect(readCsv(utf8(csv)).rows.map((row) => row.cells[0]?.value)).toEqual(texts);
  });

  it('leaves numbers bare, negative ones too', () => {
    const csv = writeCsv({ name: 's', columns: [{ header: '增速', width: 10 }], rows: [[-2.5], [6.1]] });

    expect(csv).toBe('\uFEFF"增速"\r\n-2.5\r\n6.1\r\n');
  });

  it('reads the header and rows with their spreadsheet row numbers, skipping blank lines', () => {
    const table = readCsv(
      utf8('\uFEFF指标编号,数值\r\ngdp-growth,6.1\r\n\r\n,\r\nretail-sales-growth,"1,234.5"\r\n'),
    );

    expect(table.headers).toEqual(['指标编号', '数值']);
    expect(table.rows.map((row) => [row.number, row.cells.map((cell) => cell?.value)])).toEqual([
      [2, ['gdp-growth', '6.1']],
      [5, ['retail-sales-growth', '1,234.5']],
    ]);
  });

  it('reads a file saved by Chinese Excel in GB18030', () => {
    const table = readCsv(gb18030Csv);

    expect(table.headers).toEqual(['指标编号', '数值']);
    expect(table.rows[0]?.cells.map((cell) => cell?.value)).toEqual(['国内', '6.1']);
  });
});
