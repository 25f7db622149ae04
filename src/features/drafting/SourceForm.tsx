/** The report to read: pasted text (with an optional plan year) or a .docx file. */
import { FileText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSource } from './api/draft-plan';

const docxTypes = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function SourceForm({ pending, onRead }: { pending: boolean; onRead: (source: DraftSource) => void }) {
  const { t } = useTranslation('drafting');
  const [text, setText] = useState('');
  const [year, setYear] = useState('');

  return (
    <form
      className="draft-source"
      onSubmit={(event) => {
        event.preventDefault();
        const parsedYear = Number(year);
        onRead(year.trim() !== '' && Number.isInteger(parsedYear) ? { text, year: parsedYear } : { text });
      }}
    >
      <label className="draft-source__text">
        {t('source.text')}
        <textarea
          rows={10}
          value={text}
          placeholder={t('source.placeholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <div className="draft-source__controls">
        <label className="draft-source__year">
          {t('source.year')}
          <input inputMode="numeric" value={year} onChange={(event) => setYear(event.target.value)} />
        </label>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('source.reading') : t('source.read')}
        </button>
        <label className="draft-source__file">
          <span>
            <FileText aria-hidden="true" focusable="false" className="button__icon" />
            {t('source.file')}
          </span>
          <input
            type="file"
            accept={docxTypes}
            disabled={pending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onRead({ file });
              event.target.value = '';
            }}
          />
        </label>
      </div>
    </form>
  );
}
