/** A labelled file input for a spreadsheet (XLSX or CSV): the chosen file is handed over at once. */
import { FileSpreadsheet } from 'lucide-react';
import type { ReactNode } from 'react';

const spreadsheetFileTypes =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

interface SpreadsheetFileInputProps {
  label: ReactNode;
  onChoose: (file: File | null) => void;
  className: string;
  labelClassName: string;
  iconClassName: string;
}

export function SpreadsheetFileInput({
  label,
  onChoose,
  className,
  labelClassName,
  iconClassName,
}: SpreadsheetFileInputProps) {
  return (
    <label className={className}>
      <span className={labelClassName}>
        <FileSpreadsheet aria-hidden="true" focusable="false" className={iconClassName} />
        {label}
      </span>
      <input
        type="file"
        accept={spreadsheetFileTypes}
        onChange={(event) => onChoose(event.target.files?.[0] ?? null)}
      />
    </label>
  );
}
