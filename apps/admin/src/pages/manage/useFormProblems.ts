import { useCallback, useState } from 'react';
import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';
import { useManageI18n } from '../../i18n/manage';
import { serverProblems } from './problems';

/**
 * Places a server refusal on an antd form: each field at fault gets the reason in words under it
 * and the first one gets the focus (as the form's own rules do, `scrollToFirstError`); a refusal
 * naming no field of this form is told above it (`general`).
 */
export function useFormProblems(form: FormInstance, fieldNames: readonly string[]) {
  const { t, f } = useManageI18n();
  const [general, setGeneral] = useState<string | null>(null);
  const place = useCallback(
    (error: CombinedError | undefined): void => {
      const { fields, general: told } = serverProblems(t, f, error);
      const known = new Set(fieldNames);
      const onForm = fields.filter((p) => known.has(p.field));
      const elsewhere = fields.filter((p) => !known.has(p.field));
      form.setFields(onForm.map((p) => ({ name: p.field, errors: [p.text] })));
      setGeneral(told ?? elsewhere[0]?.text ?? null);
      if (onForm[0]) form.scrollToField(onForm[0].field, { focus: true, block: 'center' });
    },
    [form, t, f, fieldNames.join(',')],
  );
  return { general, setGeneral, place };
}
