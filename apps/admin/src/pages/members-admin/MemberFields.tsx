import { Form, Input, Radio, Select } from 'antd';
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { ageOn, GENDERS, MEMBER_POSITIONS, MIN_JOINING_AGE, type Gender, type MemberPosition } from '@fourgood/rules';
import { useManageI18n } from '../../i18n/manage';
import { DateInput, dateRules, letterRule, toIso } from '../manage/fields';

export interface PersonalValues {
  cardNumber: string;
  fullName: string;
  gender: Gender;
  birthDate: Dayjs;
  joinedOn: Dayjs;
  officialOn?: Dayjs | null;
  position: MemberPosition;
}

export const PERSONAL_FIELDS = ['cardNumber', 'fullName', 'gender', 'birthDate', 'joinedOn', 'officialOn', 'position'] as const;

/** The record's fields as the API takes them. */
export function personalInput(v: PersonalValues) {
  return {
    cardNumber: v.cardNumber.trim(),
    fullName: v.fullName.trim(),
    gender: v.gender,
    birthDate: toIso(v.birthDate)!,
    joinedOn: toIso(v.joinedOn)!,
    officialOn: toIso(v.officialOn),
    position: v.position,
  };
}

/**
 * A member's record: card, name, gender, dates, position. The shared rules run as the clerk
 * types (joining at 18 or older, official after joining), the same as the server's.
 */
export function MemberFields({ form }: { form: FormInstance }) {
  const { t, f } = useManageI18n();
  const tm = t.manage.members;
  return (
    <>
      <Form.Item name="cardNumber" label={tm.cardNumber} rules={[{ required: true, whitespace: true, message: t.manage.common.required }, { max: 32, message: t.reasons.TOO_LONG(f.number(32)) }]}>
        <Input data-testid="member-card" autoComplete="off" />
      </Form.Item>
      <Form.Item name="fullName" label={tm.fullName} rules={[{ required: true, whitespace: true, message: t.manage.common.required }, { max: 200, message: t.reasons.TOO_LONG(f.number(200)) }, letterRule(t)]}>
        <Input data-testid="member-full-name" autoComplete="off" />
      </Form.Item>
      <Form.Item name="gender" label={tm.gender} rules={[{ required: true, message: t.manage.common.required }]}>
        <Radio.Group data-testid="member-gender" options={GENDERS.map((g) => ({ value: g, label: t.enums.gender[g] }))} />
      </Form.Item>
      <Form.Item name="birthDate" label={tm.birthDate} rules={dateRules(t)}>
        <DateInput testId="member-birth-date" />
      </Form.Item>
      <Form.Item
        name="joinedOn"
        label={tm.joinedOn}
        dependencies={['birthDate']}
        rules={[
          ...dateRules(t),
          {
            validator: (_, value: Dayjs | null) => {
              const birth = form.getFieldValue('birthDate') as Dayjs | null;
              if (!value || !birth) return Promise.resolve();
              return ageOn(toIso(birth)!, toIso(value)!) < MIN_JOINING_AGE ? Promise.reject(new Error(tm.tooYoung(f.number(MIN_JOINING_AGE)))) : Promise.resolve();
            },
          },
        ]}
      >
        <DateInput testId="member-joined-on" />
      </Form.Item>
      <Form.Item
        name="officialOn"
        label={tm.officialOn}
        dependencies={['joinedOn']}
        rules={[
          ...dateRules(t, { required: false }),
          {
            validator: (_, value: Dayjs | null) => {
              const joined = form.getFieldValue('joinedOn') as Dayjs | null;
              return value && joined && toIso(value)! < toIso(joined)! ? Promise.reject(new Error(tm.officialBeforeJoining)) : Promise.resolve();
            },
          },
        ]}
      >
        <DateInput testId="member-official-on" />
      </Form.Item>
      <Form.Item name="position" label={tm.position} rules={[{ required: true, message: t.manage.common.required }]}>
        <Select data-testid="member-position" options={MEMBER_POSITIONS.map((p) => ({ value: p, label: t.enums.position[p] }))} style={{ maxWidth: 260 }} />
      </Form.Item>
    </>
  );
}
