import { Segmented } from 'antd';
import { useI18n, type Lang } from '../i18n';

export function LanguageSwitch({ block = false }: { block?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang>
      data-testid="language"
      aria-label={t.header.language}
      value={lang}
      block={block}
      onChange={setLang}
      options={[
        { value: 'vi', label: <span lang="vi">Tiếng Việt</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}
