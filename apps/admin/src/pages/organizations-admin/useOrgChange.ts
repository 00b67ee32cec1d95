import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useClient, useMutation } from 'urql';
import type {
  CreateOrganizationInput,
  DissolveOrganizationInput,
  MergeOrganizationsInput,
  MoveOrganizationInput,
  PreviewOrganizationChangeQuery,
  UpdateOrganizationInput,
} from '../../gql/graphql';
import { useFormProblems } from '../manage/useFormProblems';
import {
  CreateOrganizationDocument,
  DissolveOrganizationDocument,
  MergeOrganizationsDocument,
  MoveOrganizationDocument,
  PreviewOrganizationChangeDocument,
  UpdateOrganizationDocument,
} from './queries';

export type ChangeKind = 'create' | 'update' | 'move' | 'merge' | 'dissolve';
export type ChangeInput =
  | { kind: 'create'; input: CreateOrganizationInput }
  | { kind: 'update'; input: UpdateOrganizationInput }
  | { kind: 'move'; input: MoveOrganizationInput }
  | { kind: 'merge'; input: MergeOrganizationsInput }
  | { kind: 'dissolve'; input: DissolveOrganizationInput };
export type Preview = PreviewOrganizationChangeQuery['previewOrganizationChange'];

/**
 * One change to the tree in two steps: the preview (the server runs the change and rolls it back:
 * the counts, the tree after, or the refusal on its field), then the mutation itself with the
 * same input. Editing the form after a preview drops it, so what is confirmed is what was seen.
 */
export function useOrgChange(form: FormInstance, fieldNames: readonly string[]) {
  const client = useClient();
  const problems = useFormProblems(form, fieldNames);
  const [previewed, setPreviewed] = useState<{ change: ChangeInput; preview: Preview } | null>(null);
  const [busy, setBusy] = useState(false);
  const [, create] = useMutation(CreateOrganizationDocument);
  const [, update] = useMutation(UpdateOrganizationDocument);
  const [, move] = useMutation(MoveOrganizationDocument);
  const [, merge] = useMutation(MergeOrganizationsDocument);
  const [, dissolve] = useMutation(DissolveOrganizationDocument);

  const preview = async (change: ChangeInput) => {
    if (busy) return;
    setBusy(true);
    problems.setGeneral(null);
    const res = await client.query(PreviewOrganizationChangeDocument, { input: { [change.kind]: change.input } }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (!res.data?.previewOrganizationChange) {
      setPreviewed(null);
      problems.place(res.error);
      return;
    }
    setPreviewed({ change, preview: res.data.previewOrganizationChange });
  };

  /** Runs the previewed change; answers the organisation to show next (the new, moved, merged-into one), or null on a refusal. */
  const confirm = async (): Promise<{ id: string; name: string } | null> => {
    if (!previewed || busy) return null;
    setBusy(true);
    const { change } = previewed;
    const run = async () => {
      switch (change.kind) {
        case 'create': {
          const r = await create({ input: change.input });
          return { result: r.data?.createOrganization, error: r.error };
        }
        case 'update': {
          const r = await update({ input: change.input });
          return { result: r.data?.updateOrganization, error: r.error };
        }
        case 'move': {
          const r = await move({ input: change.input });
          return { result: r.data?.moveOrganization, error: r.error };
        }
        case 'merge': {
          const r = await merge({ input: change.input });
          return { result: r.data?.mergeOrganizations, error: r.error };
        }
        case 'dissolve': {
          const r = await dissolve({ input: change.input });
          return { result: r.data?.dissolveOrganization, error: r.error };
        }
      }
    };
    const { result, error } = await run();
    setBusy(false);
    if (!result) {
      setPreviewed(null);
      problems.place(error);
      return null;
    }
    setPreviewed(null);
    return result;
  };

  return { preview, confirm, previewed, drop: () => setPreviewed(null), busy, general: problems.general };
}
