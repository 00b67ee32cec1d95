import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Names of the fields selected under the field being resolved, through inline fragments and
 * fragment spreads (directives are not evaluated: a field under @skip counts as selected, which
 * only computes a little more than needed).
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  return fieldNames(info.fieldNodes.map((node) => node.selectionSet), info);
}

/** Names of the fields of the selection sets `sets`, through inline fragments and fragment spreads. */
function fieldNames(sets: ReadonlyArray<SelectionSetNode | undefined>, info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return names;
}

/**
 * The `stats` selections under the field being resolved (an organisation) that may be read with
 * the organisation's own statement (issue #14: the cell page and the drill-down's own figures):
 * for each response key (`stats` or an alias), the names of its subfields — only when no
 * occurrence of it has an argument (`asOf` omitted: today) or a directive. Fields under a fragment
 * on another type than `Organization` are left out. A selection listed here that the query then
 * does not run (a fragment that does not apply) only costs a few rows read for nothing.
 */
export function todaysStatsSelections(info: GraphQLResolveInfo): Array<Set<string>> {
  const byKey = new Map<string, Set<string> | null>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== 'stats') continue;
        const key = selection.alias?.value ?? 'stats';
        const plain = !selection.arguments?.length && !selection.directives?.length;
        const fields = byKey.get(key) === undefined ? new Set<string>() : byKey.get(key);
        if (!plain || !fields) {
          byKey.set(key, null);
          continue;
        }
        for (const sub of fieldNames([selection.selectionSet], info)) fields.add(sub);
        byKey.set(key, fields);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === 'Organization') visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment?.typeCondition.name.value === 'Organization') visit(fragment.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return [...byKey.values()].filter((fields): fields is Set<string> => fields !== null);
}
