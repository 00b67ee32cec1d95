import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './workspace.css';
import { useEffect, useImperativeHandle, useMemo, type ComponentProps, type Ref } from 'react';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { postGraphQL, type ExecutedResult } from './post';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];
type Storage = NonNullable<ComponentProps<typeof GraphiQL>['storage']>;

/** What the workspace reads from and writes to the editor. */
export interface EditorHandle {
  query(): string;
  variables(): string;
  /** Replaces the operation and variables of the current tab. */
  load(query: string, variables: string): void;
}

export type { ExecutedResult } from './post';

/** GraphiQL's tabs and settings in localStorage, one namespace per user (colleagues may share a computer). */
function namespacedStorage(user: string): Storage {
  const prefix = `fourgood.graphiql.${user}:`;
  const keys = () => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix));
  return {
    getItem: (key) => window.localStorage.getItem(prefix + key),
    setItem: (key, value) => window.localStorage.setItem(prefix + key, value),
    removeItem: (key) => window.localStorage.removeItem(prefix + key),
    clear: () => keys().forEach((k) => window.localStorage.removeItem(k)),
    get length() {
      return keys().length;
    },
  };
}

/** Inside GraphiQL's provider: exposes the editors to the workspace, and says when both exist (Monaco creates them after the first render). */
function Bridge({ handle, onReady }: { handle: Ref<EditorHandle>; onReady?(): void }) {
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const { updateActiveTabValues } = useGraphiQLActions();
  const ready = !!queryEditor && !!variableEditor;
  useImperativeHandle(
    handle,
    () => ({
      query: () => queryEditor?.getValue() ?? '',
      variables: () => variableEditor?.getValue() ?? '',
      load(query, variables) {
        queryEditor?.setValue(query);
        variableEditor?.setValue(variables);
        updateActiveTabValues({ query, variables });
      },
    }),
    [queryEditor, variableEditor, updateActiveTabValues],
  );
  useEffect(() => {
    if (ready) onReady?.();
  }, [ready, onReady]);
  return null;
}

/**
 * GraphiQL on the app's own endpoint and session: the schema's documentation (doc explorer),
 * history, tabs, completion. Every execution's result goes to `onResult` for the table below.
 * `initialQuery` (from the address, `?query=`) opens in a tab of its own, or in the tab that
 * already holds it. `onReady` is called once the editors can be read and written.
 */
export default function QueryEditor({
  user,
  defaultQuery,
  initialQuery,
  initialVariables,
  handle,
  onResult,
  onReady,
}: {
  user: string;
  defaultQuery: string;
  initialQuery?: string;
  initialVariables?: string;
  handle: Ref<EditorHandle>;
  onResult(result: ExecutedResult): void;
  onReady?(): void;
}) {
  const storage = useMemo(() => namespacedStorage(user), [user]);
  const fetcher = useMemo<Fetcher>(
    () => async (input) => {
      // GraphiQL reads the operation name on a debounce: right after an edit it may name an
      // operation that is no longer in the document. Without a match, let the server pick the only one.
      const name = input.operationName;
      const known = !name || new RegExp(`\\b(query|mutation|subscription)\\s+${name}\\b`).test(input.query);
      const params = known ? input : { ...input, operationName: undefined };
      const json = await postGraphQL(params);
      if (params.operationName !== 'IntrospectionQuery') {
        onResult({
          query: params.query,
          variables: (params.variables as Record<string, unknown> | undefined) ?? {},
          operationName: params.operationName ?? null,
          data: json.data ?? null,
          errors: json.errors ?? [],
          at: Date.now(),
        });
      }
      return json as Awaited<ReturnType<Fetcher>>;
    },
    [onResult],
  );
  return (
    <div className="fg-graphiql" data-testid="graphiql">
      <GraphiQL
        fetcher={fetcher}
        storage={storage}
        defaultQuery={defaultQuery}
        initialQuery={initialQuery}
        initialVariables={initialVariables}
        forcedTheme="light"
        isHeadersEditorEnabled={false}
        shouldPersistHeaders={false}
        defaultEditorToolsVisibility
      >
        <Bridge handle={handle} onReady={onReady} />
        <GraphiQL.Logo>
          <span />
        </GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
