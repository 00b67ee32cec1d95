import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ApartmentOutlined, CloseOutlined, LoadingOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import type { SearchEverythingQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { memberPath, orgPath, useLinkTo } from '../../lib/url';
import { useDebouncedText } from './useDebouncedText';

const SearchDocument = graphql(`
  query SearchEverything($text: String!) {
    search(text: $text, first: 8) {
      text
      organizations {
        match
        matchedText
        context
        organization {
          id
          name
          kind
          dissolvedOn
        }
      }
      members {
        match
        matchedText
        context
        member {
          id
          fullName
          cardNumber
        }
      }
    }
  }
`);

type Result = SearchEverythingQuery['search'];
interface Option {
  key: string;
  href: string;
  group: 'organizations' | 'members';
  title: string;
  note: string | null;
  context: string;
  dissolved: boolean;
}

function optionsOf(result: Result | undefined, t: ReturnType<typeof useI18n>['t']): Option[] {
  if (!result) return [];
  return [
    ...result.organizations.map((h) => ({
      key: h.organization.id,
      href: orgPath(h.organization.id),
      group: 'organizations' as const,
      title: h.organization.name,
      note: h.match === 'FORMER_NAME' ? t.search.formerName(h.matchedText) : h.match === 'CODE' ? t.search.code(h.matchedText) : null,
      context: h.context.join(' › '),
      dissolved: h.organization.dissolvedOn != null,
    })),
    ...result.members.map((h) => ({
      key: h.member.id,
      href: memberPath(h.member.id),
      group: 'members' as const,
      title: h.member.fullName,
      note: t.search.card(h.member.cardNumber),
      context: h.context.join(' › '),
      dissolved: false,
    })),
  ];
}

/**
 * The search overlay: results as you type (after a short pause), organisations and members in
 * two groups with where they are; ↑/↓ choose, Enter opens, Esc closes. A combobox with a listbox
 * (WAI-ARIA), full width on a phone.
 */
export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const linkTo = useLinkTo();
  const [text, setText] = useState('');
  const query = useDebouncedText(text.trim(), 200);
  const [{ data, fetching, error }] = useQuery({ query: SearchDocument, variables: { text: query }, pause: query.length < 2 });
  // Results of an older text are not shown for a newer one (the answer names its text).
  const result = data?.search.text === query && query.length >= 2 ? data.search : undefined;
  const options = useMemo(() => optionsOf(result, t), [result, t]);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => setActive(0), [result]);
  useEffect(() => {
    inputRef.current?.focus();
    const previous = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = previous;
    };
  }, []);

  const open = (option: Option | undefined) => {
    if (!option) return;
    onClose();
    navigate(linkTo(option.href));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => (options.length ? (i + 1) % options.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (options.length ? (i - 1 + options.length) % options.length : 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      open(options[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const waiting = query !== text.trim() || fetching;
  const status =
    text.trim().length < 2
      ? t.search.hint
      : error
        ? t.search.failed
        : result && options.length === 0
          ? t.search.nothing(text.trim())
          : null;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const group = (name: Option['group'], label: string) => {
    const items = options.map((o, i) => ({ o, i })).filter(({ o }) => o.group === name);
    if (items.length === 0) return null;
    return (
      <li role="presentation">
        <div className="fg-search-group" id={`${listId}-${name}`}>
          {name === 'organizations' ? <ApartmentOutlined aria-hidden /> : <UserOutlined aria-hidden />} {label}
        </div>
        <ul role="group" aria-labelledby={`${listId}-${name}`} className="fg-search-options" data-testid={`search-${name}`}>
          {items.map(({ o, i }) => (
            <li
              key={o.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'fg-search-option fg-search-option-active' : 'fg-search-option'}
              data-testid="search-option"
              onMouseMove={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => open(o)}
            >
              <span className="fg-search-title">
                {o.title}
                {o.dissolved && <span className="fg-search-tag">{t.search.dissolved}</span>}
              </span>
              {o.note && <span className="fg-search-note">{o.note}</span>}
              {o.context && <span className="fg-search-context">{o.context}</span>}
            </li>
          ))}
        </ul>
      </li>
    );
  };

  return createPortal(
    <div className="fg-search-backdrop" onMouseDown={onClose} data-testid="search-dialog">
      <div className="fg-search-panel" role="dialog" aria-modal="true" aria-label={t.search.open} onMouseDown={(e) => e.stopPropagation()}>
        <div className="fg-search-field">
          {waiting && text.trim().length >= 2 ? <LoadingOutlined aria-hidden /> : <SearchOutlined aria-hidden />}
          <input
            ref={inputRef}
            type="text"
            inputMode="search"
            role="combobox"
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={options.length ? optionId(active) : undefined}
            aria-label={t.search.placeholder}
            placeholder={t.search.placeholder}
            value={text}
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="go"
            data-testid="search-input"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="fg-search-close" aria-label={t.search.close} onClick={onClose}>
            <CloseOutlined aria-hidden />
          </button>
        </div>
        {status && (
          <p className="fg-search-status" role="status" data-testid="search-status">
            {status}
          </p>
        )}
        <ul id={listId} role="listbox" aria-label={t.search.results} className="fg-search-list">
          {group('organizations', t.search.organizations)}
          {group('members', t.search.members)}
        </ul>
        <p className="fg-search-keys" aria-hidden>
          {t.search.keys}
        </p>
      </div>
    </div>,
    document.body,
  );
}
