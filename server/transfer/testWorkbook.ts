/**
 * Real .xlsx files for the import tests, made with exceljs as Excel would save them: a data sheet
 * whose first row is the header, filled in by the test.
 */
import ExcelJS from 'exceljs';

export type TestCellValue = ExcelJS.CellValue;

/** A workbook with one sheet of `rows` under `headers`; `edit` may merge, format or add formulas. */
export async function workbookBytes(
  headers: string[],
  rows: TestCellValue[][],
  edit: (sheet: ExcelJS.Worksheet) => void = () => undefined,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('数据');
  sheet.addRow(headers);
  sheet.addRows(rows);
  edit(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Every sheet of an .xlsx file by name, as exceljs reads it back. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as a Node Buffer; its zip reader takes any byte array.
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}
