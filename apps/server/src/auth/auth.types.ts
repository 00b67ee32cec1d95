import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../hierarchy/organization.entity.js';
import { Role } from './roles.js';
import { User } from './user.entity.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN manages users; STAFF edits and enters data; ANALYST reads and queries; LEADER reads',
});

@ObjectType('RoleGrant', { description: 'A role over an organisation’s subtree, or the whole country' })
export class RoleGrantType {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: string;
  @Field(() => Organization, { nullable: true, description: 'Null: the whole country' }) organization!: Organization | null;
}

@ObjectType('Viewer', { description: 'The signed-in user' })
export class ViewerType {
  @Field(() => User) user!: User;
  @Field(() => [RoleGrantType]) grants!: RoleGrantType[];
  @Field(() => Boolean, { description: 'May see birth dates and other personal data somewhere' }) canReadPersonal!: boolean;
  @Field(() => Boolean, { description: 'May edit somewhere' }) canEdit!: boolean;
  @Field(() => Boolean, { description: 'May use the analyst workspace (query editor, exports)' }) canQuery!: boolean;
  @Field(() => Boolean, { description: 'May manage users' }) canManageUsers!: boolean;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { description: 'At least 10 characters' }) password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID) userId!: string;
  @Field(() => String) password!: string;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID) userId!: string;
  @Field(() => Boolean) active!: boolean;
}

@InputType()
export class GrantRoleInput {
  @Field(() => ID) userId!: string;
  @Field(() => Role) role!: string;
  @Field(() => ID, { nullable: true, description: 'The scope; omit for the whole country' }) organizationId?: string | null;
}

@InputType()
export class RevokeGrantInput {
  @Field(() => ID) grantId!: string;
}
