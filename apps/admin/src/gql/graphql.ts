/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 "YYYY-MM-DD" (no time, no time zone) */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** Age on the report date, in whole years */
export type AgeBand =
  | 'FROM_31_TO_40'
  | 'FROM_41_TO_50'
  | 'FROM_51_TO_60'
  | 'OVER_60'
  | 'UP_TO_30';

export type AgeBandCount = {
  __typename?: 'AgeBandCount';
  ageBand: AgeBand;
  count: Scalars['Int']['output'];
};

/** The scoring of one organisation or member for one period */
export type Assessment = Node & {
  __typename?: 'Assessment';
  approvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** From the reviewer’s scores, items not reviewed keeping the self score: what approval would fix */
  finalResult: ScoreResult;
  /** Final "4 good" outcome, once approved (4-good models) */
  fourGood?: Maybe<Scalars['Boolean']['output']>;
  /** Global id */
  id: Scalars['ID']['output'];
  /** Final level, once approved */
  level?: Maybe<RatingLevel>;
  /** Optimistic lock: send it back as expectedVersion */
  lockVersion: Scalars['Int']['output'];
  member?: Maybe<Member>;
  model: CriteriaModel;
  /** The organisation scored (the cell, for a member) */
  organization?: Maybe<Organization>;
  /** "2023", "2023-H1" or "2023-Q3" */
  period: Scalars['String']['output'];
  /** Why the reviewer returned it */
  returnReason?: Maybe<Scalars['String']['output']>;
  scores: Array<AssessmentScore>;
  /** From the self scores */
  selfResult: ScoreResult;
  status: AssessmentStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  table: CriteriaTable;
  /** Final total, once approved */
  total?: Maybe<Scalars['Float']['output']>;
};

export type AssessmentConnection = {
  __typename?: 'AssessmentConnection';
  edges: Array<AssessmentEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<Assessment>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type AssessmentEdge = {
  __typename?: 'AssessmentEdge';
  cursor: Scalars['String']['output'];
  node: Assessment;
};

export type AssessmentFilter = {
  model?: InputMaybe<CriteriaModel>;
  /** Assessments in this organisation’s subtree */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AssessmentStatus>;
};

export type AssessmentScore = {
  __typename?: 'AssessmentScore';
  itemCode: Scalars['String']['output'];
  reviewNote?: Maybe<Scalars['String']['output']>;
  reviewPoints?: Maybe<Scalars['Float']['output']>;
  reviewYes?: Maybe<Scalars['Boolean']['output']>;
  selfNote?: Maybe<Scalars['String']['output']>;
  selfPoints?: Maybe<Scalars['Float']['output']>;
  selfYes?: Maybe<Scalars['Boolean']['output']>;
};

/** draft → submitted → approved (final) or returned (with a reason) */
export type AssessmentStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type AssessmentTransitionInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** A change made through the API */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation, e.g. moveOrganization */
  action: Scalars['String']['output'];
  /** Values after the change */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** When (UTC timestamp) */
  at: Scalars['DateTimeISO']['output'];
  /** Values before the change; null for a creation */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** Global id of the changed object */
  entityId: Scalars['ID']['output'];
  /** Organization, Member, User or RoleGrant */
  entityType: Scalars['String']['output'];
  /** Who: the user name, or "system" */
  username: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditFilter = {
  /** From this instant (inclusive) */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Changes in this organisation’s subtree */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Until this instant (exclusive) */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Changes made by this user */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A period of a member in one cell */
export type CellMembership = {
  __typename?: 'CellMembership';
  organization: Organization;
  position: MemberPosition;
  validFrom: Scalars['Date']['output'];
  /** First day no longer in the cell; null while current */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** Loại hình chi bộ; criteria tables differ by it */
export type CellType =
  | 'AGENCY'
  | 'ARMED_FORCES'
  | 'ENTERPRISE'
  | 'OTHER'
  | 'PUBLIC_SERVICE'
  | 'RESIDENTIAL';

export type ChangeMemberStatusInput = {
  effectiveOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  status: MemberStatus;
};

export type CloneCriteriaTableInput = {
  cellType?: InputMaybe<CellType>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  organizationKind?: InputMaybe<OrganizationKind>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  seriesCode: Scalars['String']['input'];
};

/** What a directly-superior committee governs */
export type CommitteeSector =
  | 'ARMED_FORCES'
  | 'BLOC'
  | 'CITY'
  | 'DISTRICT'
  | 'TOWN';

export type CreateAssessmentInput = {
  /** The member scored (member rating) */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation scored (organisation models) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** "2024", "2024-H1" or "2024-Q3" */
  period: Scalars['String']['input'];
  /** A published table version */
  tableId: Scalars['ID']['input'];
};

export type CreateCriteriaTableInput = {
  cellType?: InputMaybe<CellType>;
  /** Marks a demo table */
  isExample?: InputMaybe<Scalars['Boolean']['input']>;
  model: CriteriaModel;
  name: Scalars['String']['input'];
  organizationKind?: InputMaybe<OrganizationKind>;
  outcome?: InputMaybe<OutcomeRulesInput>;
  /** The province or bloc that publishes it */
  ownerId: Scalars['ID']['input'];
  /** Code shared by all versions, 2–64 of A–Z a–z 0–9 . _ - */
  seriesCode: Scalars['String']['input'];
};

export type CreateMemberInput = {
  birthDate: Scalars['Date']['input'];
  cardNumber: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  gender: Gender;
  joinedOn: Scalars['Date']['input'];
  officialOn?: InputMaybe<Scalars['Date']['input']>;
  /** The cell */
  organizationId: Scalars['ID']['input'];
  position: MemberPosition;
  /** First day in the cell; today when omitted */
  since?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateOrganizationInput = {
  /** Required for cells and grassroots cells */
  cellType?: InputMaybe<CellType>;
  /** Unique code, 2–64 of A–Z a–z 0–9 . _ - */
  code: Scalars['String']['input'];
  foundedOn: Scalars['Date']['input'];
  kind: OrganizationKind;
  name: Scalars['String']['input'];
  /** Parent organisation; none for a provincial committee */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for directly-superior committees */
  sector?: InputMaybe<CommitteeSector>;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  /** At least 10 characters */
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type CriteriaGroup = {
  __typename?: 'CriteriaGroup';
  code: Scalars['String']['output'];
  /** Minimum points of the group for the top level and "4 good" */
  minPoints?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
};

export type CriteriaGroupInput = {
  code: Scalars['String']['input'];
  minPoints?: InputMaybe<Scalars['Float']['input']>;
  title: Scalars['String']['input'];
};

export type CriteriaItem = {
  __typename?: 'CriteriaItem';
  code: Scalars['String']['output'];
  /** Code of its group */
  groupCode: Scalars['String']['output'];
  guidance?: Maybe<Scalars['String']['output']>;
  kind: CriteriaItemKind;
  maxPoints: Scalars['Float']['output'];
  /** Recorded figure that fills this item, if any */
  metric?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  vetoEffect?: Maybe<VetoEffect>;
};

export type CriteriaItemChange = {
  __typename?: 'CriteriaItemChange';
  after: CriteriaItemSnapshot;
  before: CriteriaItemSnapshot;
  code: Scalars['String']['output'];
  /** Fields that differ */
  fields: Array<Scalars['String']['output']>;
};

export type CriteriaItemInput = {
  code: Scalars['String']['input'];
  groupCode: Scalars['String']['input'];
  guidance?: InputMaybe<Scalars['String']['input']>;
  kind: CriteriaItemKind;
  maxPoints: Scalars['Float']['input'];
  metric?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  vetoEffect?: InputMaybe<VetoEffect>;
};

export type CriteriaItemKind =
  | 'BONUS'
  | 'DEDUCTION'
  | 'SCORED'
  | 'VETO'
  | 'YES_NO';

/** An item as it stands in one version */
export type CriteriaItemSnapshot = {
  __typename?: 'CriteriaItemSnapshot';
  code: Scalars['String']['output'];
  groupCode: Scalars['String']['output'];
  guidance?: Maybe<Scalars['String']['output']>;
  kind: CriteriaItemKind;
  maxPoints: Scalars['Float']['output'];
  metric?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  vetoEffect?: Maybe<VetoEffect>;
};

/** What a criteria table scores */
export type CriteriaModel =
  | 'FOUR_GOOD_CELL'
  | 'FOUR_GOOD_COMMITTEE'
  | 'MEETING_QUALITY'
  | 'MEMBER_RATING'
  | 'ORGANIZATION_RATING';

/** One version of a criteria table (bảng tiêu chí) */
export type CriteriaTable = Node & {
  __typename?: 'CriteriaTable';
  /** The version it was copied from */
  basedOn?: Maybe<CriteriaTable>;
  /** Variant: the cell type it scores */
  cellType?: Maybe<CellType>;
  /** The table in the layout staff use: group, item, max points, kind, guidance */
  export: SpreadsheetFile;
  groups: Array<CriteriaGroup>;
  /** Global id */
  id: Scalars['ID']['output'];
  /** A demo table, not an official one */
  isExample: Scalars['Boolean']['output'];
  items: Array<CriteriaItem>;
  /** Optimistic lock: send it back as expectedVersion when saving */
  lockVersion: Scalars['Int']['output'];
  model: CriteriaModel;
  name: Scalars['String']['output'];
  /** Variant: the kind of organisation it scores */
  organizationKind?: Maybe<OrganizationKind>;
  outcome: OutcomeRules;
  /** The province or bloc that publishes it (null when outside your scope) */
  owner?: Maybe<Organization>;
  /** What keeps this version from being published (empty when it can be) */
  problems: Array<TableProblem>;
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Code shared by every version of the table */
  seriesCode: Scalars['String']['output'];
  status: CriteriaTableStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};


/** One version of a criteria table (bảng tiêu chí) */
export type CriteriaTableExportArgs = {
  format: SpreadsheetFormat;
};

export type CriteriaTableConnection = {
  __typename?: 'CriteriaTableConnection';
  edges: Array<CriteriaTableEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<CriteriaTable>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** What changed from one version to another (items matched by code) */
export type CriteriaTableDiff = {
  __typename?: 'CriteriaTableDiff';
  added: Array<CriteriaItemSnapshot>;
  changed: Array<CriteriaItemChange>;
  groupsAdded: Array<Scalars['String']['output']>;
  groupsChanged: Array<Scalars['String']['output']>;
  groupsRemoved: Array<Scalars['String']['output']>;
  outcomeChanged: Array<Scalars['String']['output']>;
  removed: Array<CriteriaItemSnapshot>;
};

export type CriteriaTableEdge = {
  __typename?: 'CriteriaTableEdge';
  cursor: Scalars['String']['output'];
  node: CriteriaTable;
};

export type CriteriaTableFilter = {
  model?: InputMaybe<CriteriaModel>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  seriesCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CriteriaTableStatus>;
};

/** A draft is edited freely; a published version is frozen */
export type CriteriaTableStatus =
  | 'DRAFT'
  | 'PUBLISHED';

export type DescendantFilter = {
  cellType?: InputMaybe<CellType>;
  kind?: InputMaybe<OrganizationKind>;
  /** Name or code; accent- and case-insensitive */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type DissolveOrganizationInput = {
  /** First day it no longer exists */
  effectiveOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};

/** A superior whose comparable organisations have more "excellent" than allowed */
export type ExcellentCapExcess = {
  __typename?: 'ExcellentCapExcess';
  allowed: Scalars['Int']['output'];
  excellent: Scalars['Int']['output'];
  good: Scalars['Int']['output'];
  kind: OrganizationKind;
  over: Scalars['Int']['output'];
  superior?: Maybe<Organization>;
};

/** "4 good" in a subtree for one year, following the structure on 31 December */
export type FourGoodRollup = {
  __typename?: 'FourGoodRollup';
  /** Approved assessments */
  evaluated: Scalars['Int']['output'];
  /** Reached "4 good" */
  reached: Scalars['Int']['output'];
  /** Registered for the model that year */
  registered: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GenderCount = {
  __typename?: 'GenderCount';
  count: Scalars['Int']['output'];
  gender: Gender;
};

export type GrantRoleInput = {
  /** The scope; omit for the whole country */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
  userId: Scalars['ID']['input'];
};

export type GroupResult = {
  __typename?: 'GroupResult';
  belowMinimum: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  max: Scalars['Float']['output'];
  points: Scalars['Float']['output'];
};

export type ImportCriteriaTableInput = {
  /** The file, base64-encoded (at most 1.5 MB) */
  content: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  format: SpreadsheetFormat;
  id: Scalars['ID']['input'];
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: OrganizationKind;
};

export type LevelCount = {
  __typename?: 'LevelCount';
  count: Scalars['Int']['output'];
  level: RatingLevel;
  /** Share of those rated, 0–100 */
  percent: Scalars['Float']['output'];
};

export type LevelTally = {
  __typename?: 'LevelTally';
  count: Scalars['Int']['output'];
  level: RatingLevel;
};

/** A party member (đảng viên) */
export type Member = Node & {
  __typename?: 'Member';
  /** Age today in whole years */
  age: Scalars['Int']['output'];
  /** Date of birth: personal data, null unless you are staff or admin of the member’s organisation */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Party card number (số thẻ đảng viên), unique */
  cardNumber: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  gender: Gender;
  /** Global id */
  id: Scalars['ID']['output'];
  /** Date admitted to the party */
  joinedOn: Scalars['Date']['output'];
  /** Every cell the member has been in, oldest first */
  memberships: Array<CellMembership>;
  /** Date made official after the 12 months of probation; null while probationary */
  officialOn?: Maybe<Scalars['Date']['output']>;
  /** Current cell; null once the member has left */
  organization?: Maybe<Organization>;
  position: MemberPosition;
  /** Annual ratings, newest first */
  ratings: Array<Rating>;
  status: MemberStatus;
  /** Status history, oldest first */
  statusHistory: Array<StatusPeriod>;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<Member>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** One group of a memberCounts query; dimensions not grouped by are null */
export type MemberCount = {
  __typename?: 'MemberCount';
  ageBand?: Maybe<AgeBand>;
  /** The child organisation the group belongs to (grouped by CHILD) */
  child?: Maybe<Organization>;
  count: Scalars['Int']['output'];
  gender?: Maybe<Gender>;
  position?: Maybe<MemberPosition>;
  status?: Maybe<MemberStatus>;
};

/** What member counts can be grouped by */
export type MemberDimension =
  | 'AGE_BAND'
  | 'CHILD'
  | 'GENDER'
  | 'POSITION'
  | 'STATUS';

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

export type MemberFilterInput = {
  gender?: InputMaybe<Gender>;
  /** Age today, at most */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** Age today, at least */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Array<MemberPosition>>;
  /** Name (accent- and case-insensitive) or the start of the card number */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<MemberStatus>>;
};

/** Position held in the cell */
export type MemberPosition =
  | 'COMMITTEE_MEMBER'
  | 'DEPUTY_SECRETARY'
  | 'MEMBER'
  | 'SECRETARY';

export type MemberStatus =
  | 'ACTIVE'
  | 'DECEASED'
  | 'EXEMPT'
  | 'REMOVED'
  | 'TEMPORARILY_ELSEWHERE'
  | 'TRANSFERRED_OUT';

export type MergeOrganizationsInput = {
  effectiveOn: Scalars['Date']['input'];
  /** Dissolved by the merger */
  sourceId: Scalars['ID']['input'];
  /** Receives the children and members of the source */
  targetId: Scalars['ID']['input'];
};

export type ModelRegistration = {
  __typename?: 'ModelRegistration';
  fromYear: Scalars['Int']['output'];
  model: CriteriaModel;
  toYear: Scalars['Int']['output'];
};

export type MoveOrganizationInput = {
  /** First day under the new parent; not in the future */
  effectiveOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  newParentId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The superior approves: final */
  approveAssessment: Assessment;
  /** Records a status change from a date; leaving statuses end cell membership */
  changeMemberStatus: Member;
  /** Copies a table as version 1 of another variant (cell type, kind or owner) */
  cloneCriteriaTable: CriteriaTable;
  /** Opens an assessment of an organisation or member for a period, against a published table */
  createAssessment: Assessment;
  /** Starts a new table (version 1, a draft) */
  createCriteriaTable: CriteriaTable;
  /** Registers a member in a cell */
  createMember: Member;
  /** Founds an organisation under a parent */
  createOrganization: Organization;
  /** Creates an account (admins); grant it roles next */
  createUser: User;
  /** Deletes one of your saved queries */
  deleteSavedQuery: Scalars['Boolean']['output'];
  /** Dissolves an organisation that has no children and no members left */
  dissolveOrganization: Organization;
  /** Gives a user a role over an organisation’s subtree (admins) */
  grantRole: RoleGrant;
  /** Replaces a draft’s content from a CSV or XLSX file; bad rows are all reported and nothing is saved */
  importCriteriaTable: SaveCriteriaTableResult;
  /** Signs in: sets the HttpOnly session cookie */
  login: Viewer;
  /** Signs out: ends the session and clears the cookie */
  logout: Scalars['Boolean']['output'];
  /** Merges the source into the target (children and members move; the source is dissolved); returns the target */
  mergeOrganizations: Organization;
  /** Moves an organisation and its subtree under another parent from a date */
  moveOrganization: Organization;
  /** A new draft version of the same table, copied from this one */
  newCriteriaTableVersion: CriteriaTable;
  /** Freezes a valid draft; it can be used for scoring from then on */
  publishCriteriaTable: CriteriaTable;
  /** Records an annual rating directly (the superior’s staff), e.g. for years rated outside the app */
  recordRating: Rating;
  /** Registers an organisation for a model over a span of years */
  registerForModel: ModelRegistration;
  /** Sets a new password and ends the user’s sessions (admins) */
  resetPassword: User;
  /** The superior returns it to the unit with a reason */
  returnAssessment: Assessment;
  /** Takes a role away (admins) */
  revokeGrant: RoleGrant;
  /** Saves the whole content of a draft; CONFLICT when someone saved in between */
  saveCriteriaTable: SaveCriteriaTableResult;
  /** Saves a query in the workspace (new, or one of yours) */
  saveQuery: SavedQuery;
  /** Saves self scores (the unit) or review scores (the superior) */
  saveScores: Assessment;
  /** Activates or deactivates an account (admins) */
  setUserActive: User;
  /** The unit hands its self scores to the superior */
  submitAssessment: Assessment;
  /** Transfers a member to another cell from a date */
  transferMember: Member;
  /** Corrects a member record (not dated; use transfer and status changes for history) */
  updateMember: Member;
  /** Renames or corrects an organisation (not dated) */
  updateOrganization: Organization;
};


export type MutationApproveAssessmentArgs = {
  input: AssessmentTransitionInput;
};


export type MutationChangeMemberStatusArgs = {
  input: ChangeMemberStatusInput;
};


export type MutationCloneCriteriaTableArgs = {
  input: CloneCriteriaTableInput;
};


export type MutationCreateAssessmentArgs = {
  input: CreateAssessmentInput;
};


export type MutationCreateCriteriaTableArgs = {
  input: CreateCriteriaTableInput;
};


export type MutationCreateMemberArgs = {
  input: CreateMemberInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteSavedQueryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDissolveOrganizationArgs = {
  input: DissolveOrganizationInput;
};


export type MutationGrantRoleArgs = {
  input: GrantRoleInput;
};


export type MutationImportCriteriaTableArgs = {
  input: ImportCriteriaTableInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMergeOrganizationsArgs = {
  input: MergeOrganizationsInput;
};


export type MutationMoveOrganizationArgs = {
  input: MoveOrganizationInput;
};


export type MutationNewCriteriaTableVersionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishCriteriaTableArgs = {
  input: PublishCriteriaTableInput;
};


export type MutationRecordRatingArgs = {
  input: RecordRatingInput;
};


export type MutationRegisterForModelArgs = {
  input: RegisterForModelInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationReturnAssessmentArgs = {
  input: ReturnAssessmentInput;
};


export type MutationRevokeGrantArgs = {
  input: RevokeGrantInput;
};


export type MutationSaveCriteriaTableArgs = {
  input: SaveCriteriaTableInput;
};


export type MutationSaveQueryArgs = {
  input: SaveQueryInput;
};


export type MutationSaveScoresArgs = {
  input: SaveScoresInput;
};


export type MutationSetUserActiveArgs = {
  input: SetUserActiveInput;
};


export type MutationSubmitAssessmentArgs = {
  input: AssessmentTransitionInput;
};


export type MutationTransferMemberArgs = {
  input: TransferMemberInput;
};


export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};

/** An object with a global id (Relay) */
export type Node = {
  /** Global id */
  id: Scalars['ID']['output'];
};

/** A party organisation (tổ chức đảng) */
export type Organization = Node & {
  __typename?: 'Organization';
  /** From the province (or the top of your scope) down to the parent, as on asOf (breadcrumbs) */
  ancestors: Array<Organization>;
  /** Only for organisations that hold members */
  cellType?: Maybe<CellType>;
  /** Organisations directly under it on asOf, by name */
  children: OrganizationConnection;
  /** Stable, human-readable code, unique across the country */
  code: Scalars['String']['output'];
  /** 0 for a province */
  depth: Scalars['Float']['output'];
  /** Every organisation below it on asOf, filtered, by name */
  descendants: OrganizationConnection;
  /** First day it no longer exists; null while it exists */
  dissolvedOn?: Maybe<Scalars['Date']['output']>;
  /** Superiors in its subtree where "excellent" exceeds the cap (20% of "good") */
  excellentCapExcesses: Array<ExcellentCapExcess>;
  /** Founding date */
  foundedOn: Scalars['Date']['output'];
  /** "4 good" in its subtree: registered, evaluated, reached */
  fourGood: FourGoodRollup;
  /** Global id */
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** Members of the subtree on asOf, counted by the chosen dimensions */
  memberCounts: Array<MemberCount>;
  /** Current members in its cells (a cell: its own members), by name */
  members: MemberConnection;
  name: Scalars['String']['output'];
  /** Organisations under it on asOf, counted by the chosen dimensions */
  organizationCounts: Array<OrganizationCount>;
  /** Current parent (null for a province, or when outside your scope); see ancestors(asOf) for another date */
  parent?: Maybe<Organization>;
  /** The province-level organisation it currently belongs to; null when outside your scope */
  province?: Maybe<Organization>;
  /** Rating levels of the organisations below it, or of its members, for a year */
  ratingDistribution: RatingDistribution;
  /** The distribution year by year (at most 20 years) */
  ratingTrend: Array<RatingDistribution>;
  /** Its own annual ratings, newest first */
  ratings: Array<Rating>;
  /** Only for directly-superior committees */
  sector?: Maybe<CommitteeSector>;
  /** Counts over its whole subtree on asOf */
  stats: OrganizationStats;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationAncestorsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationDescendantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DescendantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationExcellentCapExcessesArgs = {
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationFourGoodArgs = {
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationMemberCountsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  groupBy: Array<MemberDimension>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationOrganizationCountsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  groupBy: Array<OrganizationDimension>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationRatingDistributionArgs = {
  subject: RatingSubject;
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationRatingTrendArgs = {
  fromYear: Scalars['Int']['input'];
  subject: RatingSubject;
  toYear: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationStatsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** One group of an organizationCounts query; dimensions not grouped by are null */
export type OrganizationCount = {
  __typename?: 'OrganizationCount';
  cellType?: Maybe<CellType>;
  /** The child organisation the group belongs to (grouped by CHILD) */
  child?: Maybe<Organization>;
  count: Scalars['Int']['output'];
  kind?: Maybe<OrganizationKind>;
};

/** What organisation counts can be grouped by */
export type OrganizationDimension =
  | 'CELL_TYPE'
  | 'CHILD'
  | 'KIND';

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

/** Level of a party organisation */
export type OrganizationKind =
  | 'CELL'
  | 'DIRECTLY_SUPERIOR_COMMITTEE'
  | 'GRASSROOTS_CELL'
  | 'GRASSROOTS_COMMITTEE'
  | 'PARTIAL_COMMITTEE'
  | 'PROVINCIAL_COMMITTEE';

/** Counts over the whole subtree of an organisation on one date */
export type OrganizationStats = {
  __typename?: 'OrganizationStats';
  asOf: Scalars['Date']['output'];
  /** Members in its cells */
  members: Scalars['Int']['output'];
  membersByAgeBand: Array<AgeBandCount>;
  membersByGender: Array<GenderCount>;
  membersByStatus: Array<StatusCount>;
  /** Organisations under it (not counting itself) */
  organizations: Scalars['Int']['output'];
  organizationsByKind: Array<KindCount>;
};

/** How a total becomes an outcome */
export type OutcomeRules = {
  __typename?: 'OutcomeRules';
  bands: RatingBands;
  bonusCap: Scalars['Float']['output'];
  deductionCap: Scalars['Float']['output'];
  /** Excellent at most this % of good under one superior (20) */
  excellentCapPercent: Scalars['Float']['output'];
  /** "4 good" from this total (95 by default) */
  fourGoodThreshold: Scalars['Float']['output'];
  /** The same for outstanding units (25) */
  outstandingCapPercent: Scalars['Float']['output'];
  /** Points of the base items together (100 by default) */
  total: Scalars['Float']['output'];
};

export type OutcomeRulesInput = {
  bands?: InputMaybe<RatingBandsInput>;
  bonusCap?: InputMaybe<Scalars['Float']['input']>;
  deductionCap?: InputMaybe<Scalars['Float']['input']>;
  excellentCapPercent?: InputMaybe<Scalars['Float']['input']>;
  fourGoodThreshold?: InputMaybe<Scalars['Float']['input']>;
  outstandingCapPercent?: InputMaybe<Scalars['Float']['input']>;
  total?: InputMaybe<Scalars['Float']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PublishCriteriaTableInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  assessment?: Maybe<Assessment>;
  /** Assessments you may read, newest period first */
  assessments: AssessmentConnection;
  /** The audit log, newest first (admins and staff, within their scope) */
  auditLog: AuditEntryConnection;
  /** Items added, removed and changed from one version to another */
  compareCriteriaTables: CriteriaTableDiff;
  criteriaTable?: Maybe<CriteriaTable>;
  /** Criteria tables you may read, by code and newest version first */
  criteriaTables: CriteriaTableConnection;
  /** One member by global id or by party card number */
  member?: Maybe<Member>;
  /** Any object by its global id */
  node?: Maybe<Node>;
  /** One organisation by global id or by code */
  organization?: Maybe<Organization>;
  /** Provincial committees, by name */
  provinces: OrganizationConnection;
  /** Your saved queries and those shared with you, last changed first (analysts and admins) */
  savedQueries: SavedQueryConnection;
  /** Accounts the caller may manage (admins) */
  users: UserConnection;
  /** The signed-in user, or null */
  viewer?: Maybe<Viewer>;
  /** How a period’s outcomes in a subtree would change under another table version (nothing is saved) */
  whatIf: WhatIfResult;
};


export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssessmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssessmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompareCriteriaTablesArgs = {
  after: Scalars['ID']['input'];
  before: Scalars['ID']['input'];
};


export type QueryCriteriaTableArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCriteriaTablesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CriteriaTableFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMemberArgs = {
  cardNumber?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProvincesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySavedQueriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWhatIfArgs = {
  model: CriteriaModel;
  organizationId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  tableId: Scalars['ID']['input'];
};

/** An annual quality rating */
export type Rating = {
  __typename?: 'Rating';
  /** Comes from an approved assessment */
  fromAssessment: Scalars['Boolean']['output'];
  level: RatingLevel;
  points?: Maybe<Scalars['Float']['output']>;
  /** Veto items that fired */
  vetoes: Array<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** Lower bounds of the levels: ≥ top is excellent, ≥ second good, ≥ third completed */
export type RatingBands = {
  __typename?: 'RatingBands';
  second: Scalars['Float']['output'];
  third: Scalars['Float']['output'];
  top: Scalars['Float']['output'];
};

export type RatingBandsInput = {
  second: Scalars['Float']['input'];
  third: Scalars['Float']['input'];
  top: Scalars['Float']['input'];
};

/** Rating levels in a subtree for one year, with counts and percentages */
export type RatingDistribution = {
  __typename?: 'RatingDistribution';
  levels: Array<LevelCount>;
  rated: Scalars['Int']['output'];
  subject: RatingSubject;
  year: Scalars['Int']['output'];
};

/** Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ */
export type RatingLevel =
  | 'COMPLETED'
  | 'EXCELLENT'
  | 'GOOD'
  | 'NOT_COMPLETED';

export type RatingSubject =
  | 'MEMBER'
  | 'ORGANIZATION';

export type RecordRatingInput = {
  level: RatingLevel;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  points?: InputMaybe<Scalars['Float']['input']>;
  year: Scalars['Int']['input'];
};

export type RegisterForModelInput = {
  fromYear: Scalars['Int']['input'];
  model: CriteriaModel;
  organizationId: Scalars['ID']['input'];
  toYear: Scalars['Int']['input'];
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type ReturnAssessmentInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type RevokeGrantInput = {
  grantId: Scalars['ID']['input'];
};

/** ADMIN manages users; STAFF edits and enters data; ANALYST reads and queries; LEADER reads */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'LEADER'
  | 'STAFF';

/** A role over an organisation’s subtree, or the whole country */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  id: Scalars['ID']['output'];
  /** Null: the whole country */
  organization?: Maybe<Organization>;
  role: Role;
};

export type SaveCriteriaTableInput = {
  /** The lockVersion you edited; a newer one on the server gives CONFLICT */
  expectedVersion: Scalars['Int']['input'];
  groups: Array<CriteriaGroupInput>;
  id: Scalars['ID']['input'];
  items: Array<CriteriaItemInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<OutcomeRulesInput>;
};

export type SaveCriteriaTableResult = {
  __typename?: 'SaveCriteriaTableResult';
  /** What is left to fix before publishing */
  problems: Array<TableProblem>;
  table: CriteriaTable;
};

export type SaveQueryInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Omit to save a new query */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  query: Scalars['String']['input'];
  shared?: InputMaybe<Scalars['Boolean']['input']>;
  /** JSON object */
  variables?: InputMaybe<Scalars['String']['input']>;
};

export type SaveScoresInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  scores: Array<ScoreInputType>;
  side: ScoreSide;
};

/** A query kept in the analyst workspace */
export type SavedQuery = Node & {
  __typename?: 'SavedQuery';
  description?: Maybe<Scalars['String']['output']>;
  /** Global id */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Who saved it (user name) */
  ownerName: Scalars['String']['output'];
  /** The GraphQL document */
  query: Scalars['String']['output'];
  /** Visible to colleagues of the same scope */
  shared: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Variables as JSON text */
  variables?: Maybe<Scalars['String']['output']>;
};

export type SavedQueryConnection = {
  __typename?: 'SavedQueryConnection';
  edges: Array<SavedQueryEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<SavedQuery>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type SavedQueryEdge = {
  __typename?: 'SavedQueryEdge';
  cursor: Scalars['String']['output'];
  node: SavedQuery;
};

export type ScoreInputType = {
  itemCode: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** For scored, deduction and bonus items */
  points?: InputMaybe<Scalars['Float']['input']>;
  /** For yes/no items and vetoes (true: the veto fired) */
  yes?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Totals and outcome computed by the shared rules (the admin app computes the same) */
export type ScoreResult = {
  __typename?: 'ScoreResult';
  base: Scalars['Float']['output'];
  bonus: Scalars['Float']['output'];
  /** Every item has a score */
  complete: Scalars['Boolean']['output'];
  deductions: Scalars['Float']['output'];
  /** Which items lost points, which veto fired, which threshold decided (see Explanation in @fourgood/rules) */
  explanation: Array<Scalars['JSONObject']['output']>;
  /** "4 good" reached; null for other models */
  fourGood?: Maybe<Scalars['Boolean']['output']>;
  groups: Array<GroupResult>;
  level: RatingLevel;
  total: Scalars['Float']['output'];
  vetoes: Array<VetoFired>;
};

/** SELF: the unit scores itself; REVIEW: the superior committee */
export type ScoreSide =
  | 'REVIEW'
  | 'SELF';

export type SetUserActiveInput = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type SpreadsheetFile = {
  __typename?: 'SpreadsheetFile';
  /** The file, base64-encoded */
  base64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
};

export type SpreadsheetFormat =
  | 'CSV'
  | 'XLSX';

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: MemberStatus;
};

/** A period of one member status */
export type StatusPeriod = {
  __typename?: 'StatusPeriod';
  status: MemberStatus;
  validFrom: Scalars['Date']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** Something that keeps a table from being published */
export type TableProblem = {
  __typename?: 'TableProblem';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Where, e.g. items[3].maxPoints */
  path: Scalars['String']['output'];
};

export type TransferMemberInput = {
  effectiveOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** The receiving cell */
  organizationId: Scalars['ID']['input'];
};

export type UpdateMemberInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  cardNumber?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  id: Scalars['ID']['input'];
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  officialOn?: InputMaybe<Scalars['Date']['input']>;
  position?: InputMaybe<MemberPosition>;
};

export type UpdateOrganizationInput = {
  cellType?: InputMaybe<CellType>;
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<CommitteeSector>;
};

/** An account of the admin app */
export type User = Node & {
  __typename?: 'User';
  /** Inactive accounts cannot sign in */
  active: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  grants: Array<RoleGrant>;
  /** Global id */
  id: Scalars['ID']['output'];
  /** Sign-in name, lower case */
  username: Scalars['String']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<User>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** A veto blocks the top level (and "4 good") or forces the lowest level */
export type VetoEffect =
  | 'BLOCKS_TOP'
  | 'FORCES_LOWEST';

export type VetoFired = {
  __typename?: 'VetoFired';
  effect: Scalars['String']['output'];
  itemCode: Scalars['String']['output'];
};

/** The signed-in user */
export type Viewer = {
  __typename?: 'Viewer';
  /** May edit somewhere */
  canEdit: Scalars['Boolean']['output'];
  /** May manage users */
  canManageUsers: Scalars['Boolean']['output'];
  /** May use the analyst workspace (query editor, exports) */
  canQuery: Scalars['Boolean']['output'];
  /** May see birth dates and other personal data somewhere */
  canReadPersonal: Scalars['Boolean']['output'];
  grants: Array<RoleGrant>;
  user: User;
};

export type WhatIfChange = {
  __typename?: 'WhatIfChange';
  assessment: Assessment;
  fourGoodNow?: Maybe<Scalars['Boolean']['output']>;
  fourGoodThen?: Maybe<Scalars['Boolean']['output']>;
  levelNow: RatingLevel;
  levelThen: RatingLevel;
  totalNow: Scalars['Float']['output'];
  totalThen: Scalars['Float']['output'];
};

/** Outcomes now and under another table version; nothing is saved */
export type WhatIfResult = {
  __typename?: 'WhatIfResult';
  assessed: Scalars['Int']['output'];
  candidate: WhatIfTally;
  /** Assessments whose outcome or total would change (at most 500) */
  changed: Array<WhatIfChange>;
  current: WhatIfTally;
};

export type WhatIfTally = {
  __typename?: 'WhatIfTally';
  fourGood: Scalars['Int']['output'];
  levels: Array<LevelTally>;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', canReadPersonal: boolean, canEdit: boolean, canQuery: boolean, canManageUsers: boolean, user: { __typename?: 'User', id: string, username: string, displayName: string }, grants: Array<{ __typename?: 'RoleGrant', id: string, role: Role, organization?: { __typename?: 'Organization', id: string, name: string } | null }> } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type OrganizationChildrenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationChildrenQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, children: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null, cellType?: CellType | null, foundedOn: string, stats: { __typename?: 'OrganizationStats', members: number, organizations: number } }> } } | null };

export type OrganizationMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<MemberFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  withCell: Scalars['Boolean']['input'];
}>;


export type OrganizationMembersQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Member', id: string, cardNumber: string, fullName: string, gender: Gender, birthDate?: string | null, age: number, joinedOn: string, officialOn?: string | null, position: MemberPosition, status: MemberStatus, organization?: { __typename?: 'Organization', id: string, name: string } | null }> } } | null };

export type ProvincesQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProvincesQuery = { __typename?: 'Query', provinces: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null, foundedOn: string, stats: { __typename?: 'OrganizationStats', asOf: string, members: number, organizations: number, organizationsByKind: Array<{ __typename?: 'KindCount', kind: OrganizationKind, count: number }> } }> } };

export type HomeOrganizationFragment = { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null, foundedOn: string, stats: { __typename?: 'OrganizationStats', asOf: string, members: number, organizations: number, organizationsByKind: Array<{ __typename?: 'KindCount', kind: OrganizationKind, count: number }> } };

export type MyOrganizationsQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type MyOrganizationsQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', grants: Array<{ __typename?: 'RoleGrant', id: string, organization?: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null, foundedOn: string, stats: { __typename?: 'OrganizationStats', asOf: string, members: number, organizations: number, organizationsByKind: Array<{ __typename?: 'KindCount', kind: OrganizationKind, count: number }> } } | null }> } | null };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'Viewer', user: { __typename?: 'User', id: string, displayName: string } } };

export type MemberPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type MemberPageQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, cardNumber: string, fullName: string, gender: Gender, birthDate?: string | null, age: number, joinedOn: string, officialOn?: string | null, position: MemberPosition, status: MemberStatus, organization?: { __typename?: 'Organization', id: string, name: string, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, memberships: Array<{ __typename?: 'CellMembership', position: MemberPosition, validFrom: string, validTo?: string | null, organization: { __typename?: 'Organization', id: string, name: string } }>, statusHistory: Array<{ __typename?: 'StatusPeriod', status: MemberStatus, validFrom: string, validTo?: string | null }> } | null };

export type OrganizationPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type OrganizationPageQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null, cellType?: CellType | null, foundedOn: string, dissolvedOn?: string | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }>, stats: { __typename?: 'OrganizationStats', asOf: string, members: number, organizations: number, organizationsByKind: Array<{ __typename?: 'KindCount', kind: OrganizationKind, count: number }>, membersByStatus: Array<{ __typename?: 'StatusCount', status: MemberStatus, count: number }>, membersByGender: Array<{ __typename?: 'GenderCount', gender: Gender, count: number }>, membersByAgeBand: Array<{ __typename?: 'AgeBandCount', ageBand: AgeBand, count: number }> } } | null };

export const HomeOrganizationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<HomeOrganizationFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canReadPersonal"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canQuery"}},{"kind":"Field","name":{"kind":"Name","value":"canManageUsers"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OrganizationChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationChildrenQuery, OrganizationChildrenQueryVariables>;
export const OrganizationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCell"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officialOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCell"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeOrganization"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const MyOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeOrganization"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganizationsQuery, MyOrganizationsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MemberPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officialOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
export const OrganizationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersByGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersByAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;