import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';

@ObjectType('FormerName', { description: 'A name an organisation carried before a rename, and the days it carried it' })
export class FormerNameType {
  @Field(() => String) name!: string;
  @Field(() => DateScalar, { description: 'First day carried (its founding or the rename that gave it)' }) usedFrom!: string;
  @Field(() => DateScalar, { description: 'Last day carried (the next rename took effect the day after)' }) usedUntil!: string;
}
