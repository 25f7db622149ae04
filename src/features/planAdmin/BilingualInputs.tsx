/** A text given in Chinese and English: two labelled inputs, each with the server's message beside it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../domain/model';
import { describedBy, FieldMessage } from './FieldMessage';

interface BilingualInputsProps {
  label: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  errors?: { zh: string | null; en: string | null };
  multiline?: boolean;
  required?: boolean;
}

export function BilingualInputs({
  label,
  value,
  onChange,
  errors,
  multiline = false,
  required = true,
}: BilingualInputsProps) {
  const { t } = useTranslation('planAdmin');
  const id = useId();
  const fields = [
    { lang: 'zh' as const, htmlLang: 'zh-CN', text: t('common.zh', { label }) },
    { lang: 'en' as const, htmlLang: 'en', text: t('common.en', { label }) },
  ];
  return (
    <>
      {fields.map(({ lang, htmlLang, text }) => {
        const message = errors?.[lang] ?? null;
        const inputProps = {
          id: `${id}-${lang}`,
          lang: htmlLang,
          className: 'plan-admin__input',
          value: value[lang],
          required,
          ...describedBy(`${id}-${lang}-error`, message),
        };
        return (
          <div key={lang} className="plan-admin__field">
            <label htmlFor={`${id}-${lang}`}>{text}</label>
            {multiline ? (
              <textarea
                {...inputProps}
                rows={3}
                onChange={(event) => onChange({ ...value, [lang]: event.target.value })}
              />
            ) : (
              <input
                {...inputProps}
                onChange={(event) => onChange({ ...value, [lang]: event.target.value })}
              />
            )}
            <FieldMessage id={`${id}-${lang}-error`} message={message} />
          </div>
        );
      })}
    </>
  );
}
