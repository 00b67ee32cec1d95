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

/** A non-zero count (values with no member are left out) */
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
  /** The meeting scored, for a meeting-quality assessment */
  meeting?: Maybe<Meeting>;
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
  /** The quality assessment of this meeting */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  model?: InputMaybe<CriteriaModel>;
  /** Assessments in this organisation’s subtree */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AssessmentStatus>;
};

export type AssessmentScore = {
  __typename?: 'AssessmentScore';
  itemCode: Scalars['String']['output'];
  /** Filled from the recorded data (items bound to a metric) */
  metric?: Maybe<MetricFill>;
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** The review score departs from what the data gave (its note says why) */
  reviewOverridden: Scalars['Boolean']['output'];
  reviewPoints?: Maybe<Scalars['Float']['output']>;
  reviewYes?: Maybe<Scalars['Boolean']['output']>;
  selfNote?: Maybe<Scalars['String']['output']>;
  /** The self score departs from what the data gave (its note says why) */
  selfOverridden: Scalars['Boolean']['output'];
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

export type AssignOversightInput = {
  /** The superior committee the person sits on: above the organisation */
  committeeId: Scalars['ID']['input'];
  /** First day of the term; not in the future */
  fromDate: Scalars['Date']['input'];
  /** Required without memberId; defaults to the member’s name */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** The person, when on the member register (a member of the committee’s organisation) */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation followed */
  organizationId: Scalars['ID']['input'];
  /** Activities to attend per year, 1–24 (default 2) */
  requiredPerYear?: InputMaybe<Scalars['Int']['input']>;
  /** e.g. "Ủy viên Ban Thường vụ Thành ủy" */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the term, when known (may be planned ahead) */
  toDate?: InputMaybe<Scalars['Date']['input']>;
};

/** One member’s attendance */
export type AttendanceInput = {
  memberId: Scalars['ID']['input'];
  /** Required when absent with reason (at most 500 characters); not given for a member present */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: AttendanceStatus;
};

/** Present, absent with reason, absent without reason */
export type AttendanceStatus =
  | 'EXCUSED'
  | 'PRESENT'
  | 'UNEXCUSED';

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
  /** Only these mutations, e.g. ["moveOrganization"] */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only changes to this kind of object: Organization, Member, User or RoleGrant */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** From this instant (inclusive) */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Changes to this member: corrections, transfers, status changes */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Changes in this organisation’s subtree */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Until this instant (exclusive) */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Changes made by this user */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Changes made by user names containing this text (case-insensitive) */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** An award to an organisation or a member */
export type Award = Node & {
  __typename?: 'Award';
  awardedOn: Scalars['Date']['output'];
  /** The conferring committee; null when outside your scope */
  conferredBy?: Maybe<Organization>;
  /** Decision number, e.g. "125-QĐ/ĐUK" */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  /** Global id */
  id: Scalars['ID']['output'];
  kind: AwardKind;
  /** The member honoured; null for an award to an organisation */
  member?: Maybe<Member>;
  /** The organisation honoured, or the member’s cell on the award date */
  organization?: Maybe<Organization>;
  /** For what */
  reason: Scalars['String']['output'];
  /** The year of the achievement */
  year: Scalars['Int']['output'];
};

export type AwardConnection = {
  __typename?: 'AwardConnection';
  edges: Array<AwardEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<Award>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

/** Awards of one kind in a subtree for a year */
export type AwardCount = {
  __typename?: 'AwardCount';
  kind: AwardKind;
  /** To members */
  members: Scalars['Int']['output'];
  /** To organisations */
  organizations: Scalars['Int']['output'];
};

export type AwardEdge = {
  __typename?: 'AwardEdge';
  cursor: Scalars['String']['output'];
  node: Award;
};

/** Giấy khen (certificate of merit), bằng khen (diploma of merit), or another award */
export type AwardKind =
  | 'CERTIFICATE_OF_MERIT'
  | 'DIPLOMA_OF_MERIT'
  | 'OTHER';

/** A period of a member in one cell */
export type CellMembership = {
  __typename?: 'CellMembership';
  /** The cell; null when it lies outside your scope today (its name stays in organizationName) */
  organization?: Maybe<Organization>;
  /** Name of the cell (a historical fact, shown whatever your scope) */
  organizationName: Scalars['String']['output'];
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

/** Technical initiatives, candidates introduced for admission, or another commitment */
export type CommitmentKind =
  | 'CANDIDATE_INTRODUCED'
  | 'OTHER'
  | 'TECHNICAL_INITIATIVE';

/** Members’ commitments of one kind in a subtree for a year */
export type CommitmentSummary = {
  __typename?: 'CommitmentSummary';
  kind: CommitmentKind;
  /** Members with a commitment of this kind */
  members: Scalars['Int']['output'];
  /** Members whose reported results reach their targets */
  met: Scalars['Int']['output'];
  /** Results reported so far */
  result: Scalars['Float']['output'];
  target: Scalars['Float']['output'];
};

/** What a directly-superior committee governs */
export type CommitteeSector =
  | 'ARMED_FORCES'
  | 'BLOC'
  | 'CITY'
  | 'DISTRICT'
  | 'TOWN';

export type CreateAssessmentInput = {
  /** The meeting scored (meeting-quality tables); the period is then the meeting’s year */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** The member scored (member rating) */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation scored (organisation models) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** "2024", "2024-H1" or "2024-Q3"; required unless a meeting is scored */
  period?: InputMaybe<Scalars['String']['input']>;
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

export type DeleteMeetingInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

export type DescendantFilter = {
  cellType?: InputMaybe<CellType>;
  /** Only organisations registered for, evaluated on or reaching "4 good" in `year` (those counted by fourGood) */
  fourGood?: InputMaybe<FourGoodState>;
  kind?: InputMaybe<OrganizationKind>;
  /** Only organisations rated at this level in `year` (those counted by ratingDistribution(subject: ORGANIZATION)) */
  ratingLevel?: InputMaybe<RatingLevel>;
  /** Name or code; accent- and case-insensitive */
  search?: InputMaybe<Scalars['String']['input']>;
  /** The year of ratingLevel and fourGood (required with them) */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type DissolveOrganizationInput = {
  /** First day it no longer exists */
  effectiveOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};

export type EndOversightAssignmentInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Last day of the term; not in the future */
  toDate: Scalars['Date']['input'];
};

/** A superior whose comparable organisations have more "excellent" than allowed */
export type ExcellentCapExcess = {
  __typename?: 'ExcellentCapExcess';
  allowed: Scalars['Int']['output'];
  excellent: Scalars['Int']['output'];
  good: Scalars['Int']['output'];
  /** The kind compared; null when every kind is compared together (scope TOGETHER) */
  kind?: Maybe<OrganizationKind>;
  over: Scalars['Int']['output'];
  superior?: Maybe<Organization>;
};

/** Which organisations under one superior the excellent cap compares: each kind apart (PER_KIND, the default reading of Regulation 366) or all together */
export type ExcellentCapScope =
  | 'PER_KIND'
  | 'TOGETHER';

/** A name an organisation carried before a rename, and the days it carried it */
export type FormerName = {
  __typename?: 'FormerName';
  name: Scalars['String']['output'];
  /** First day carried (its founding or the rename that gave it) */
  usedFrom: Scalars['Date']['output'];
  /** Last day carried (the next rename took effect the day after) */
  usedUntil: Scalars['Date']['output'];
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

/** A figure of the "4 good" rollup: registered, evaluated, reached */
export type FourGoodState =
  | 'EVALUATED'
  | 'REACHED'
  | 'REGISTERED';

export type Gender =
  | 'FEMALE'
  | 'MALE';

/** A non-zero count (values with no member are left out) */
export type GenderCount = {
  __typename?: 'GenderCount';
  count: Scalars['Int']['output'];
  gender: Gender;
};

export type GrantAwardInput = {
  /** Not in the future */
  awardedOn: Scalars['Date']['input'];
  /** The conferring committee: the organisation itself or one above it (for a member: their cell or one above it) */
  conferredById: Scalars['ID']['input'];
  /** e.g. "125-QĐ/ĐUK", at most 64 characters */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  kind: AwardKind;
  /** The member honoured (or give organizationId) */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation honoured (or give memberId) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** For what, at most 2000 characters */
  reason: Scalars['String']['input'];
  /** The year of the achievement: not after the award date’s year */
  year: Scalars['Int']['input'];
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

/** A non-zero count (values with no organisation are left out) */
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

/** A meeting of a cell (sinh hoạt chi bộ) */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** Every member expected, by name */
  attendance: Array<MeetingAttendance>;
  date: Scalars['Date']['output'];
  /** A draft resolution was prepared beforehand */
  draftResolution: Scalars['Boolean']['output'];
  durationMinutes: Scalars['Int']['output'];
  /** Members expected: active in the cell on the date */
  eligibleCount: Scalars['Int']['output'];
  /** "HH:MM", Vietnam time */
  endTime: Scalars['String']['output'];
  /** Started at 17:00 or later */
  evening: Scalars['Boolean']['output'];
  /** Absent with reason */
  excusedCount: Scalars['Int']['output'];
  /** Full minutes were recorded */
  fullMinutes: Scalars['Boolean']['output'];
  guests: Array<MeetingGuest>;
  /** Global id */
  id: Scalars['ID']['output'];
  /** A regular meeting inside the cell’s monthly window; null without a window or for other kinds */
  inWindow?: Maybe<Scalars['Boolean']['output']>;
  kind: MeetingKind;
  /** Optimistic lock: send it back as expectedVersion */
  lockVersion: Scalars['Int']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  organization: Organization;
  place: Scalars['String']['output'];
  presentCount: Scalars['Int']['output'];
  /** From the approved meeting-quality assessment */
  quality?: Maybe<MeetingQuality>;
  /** The meeting-quality assessment of this meeting, if one was opened */
  qualityAssessment?: Maybe<Assessment>;
  /** Recommendations raised at this meeting */
  recommendations: Array<Recommendation>;
  /** "HH:MM", Vietnam time */
  startTime: Scalars['String']['output'];
  /** The theme of a thematic meeting */
  topic?: Maybe<Scalars['String']['output']>;
  /** Absent without reason */
  unexcusedCount: Scalars['Int']['output'];
};

/** One member’s attendance at a meeting */
export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  /** Absences with reason in a row ending at this meeting, in the member’s date order (4 or more: flagged) */
  excusedStreak: Scalars['Int']['output'];
  /** The member; null when outside your scope today (e.g. transferred away; the name stays in memberName) */
  member?: Maybe<Member>;
  /** Name of the member (a historical fact, shown whatever your scope) */
  memberName: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: AttendanceStatus;
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<Meeting>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

/** A member of a superior committee who attended */
export type MeetingGuest = {
  __typename?: 'MeetingGuest';
  /** The oversight assignment they attended under, if any */
  assignment?: Maybe<OversightAssignment>;
  fullName: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

/** A member of a superior committee who attended: by oversight assignment, or by name */
export type MeetingGuestInput = {
  /** An oversight assignment to this organisation covering the date: name and title come from it */
  assignmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Without an assignment (at most 200 characters) */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** e.g. "Bí thư Thành ủy", without an assignment */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Regular (monthly), thematic, regular with a thematic part (counts as both), extraordinary */
export type MeetingKind =
  | 'EXTRAORDINARY'
  | 'REGULAR'
  | 'REGULAR_WITH_THEMATIC'
  | 'THEMATIC';

/** Tốt / khá / trung bình / kém, from the approved meeting-quality assessment */
export type MeetingQuality =
  | 'AVERAGE'
  | 'FAIR'
  | 'GOOD'
  | 'POOR';

/** Meetings of a subtree over a span of dates, following the dated tree: a meeting counts where its organisation sat on the meeting date, a cell for the part of the span it sat in the subtree. A cell owes a regular meeting for every month whose 10th falls in that part (up to today) and a thematic meeting for every quarter whose last day does. Shares are 0–1. */
export type MeetingStats = {
  __typename?: 'MeetingStats';
  /** present / eligible; null when no meeting was held */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** Organisations holding members (cells, grassroots cells) that sat in the subtree at some time in the span */
  cells: Scalars['Int']['output'];
  /** Cells with at least one month due without a regular meeting */
  cellsBehindOnRegular: Scalars['Int']['output'];
  /** Cells with at least one quarter due without a thematic meeting */
  cellsBehindOnThematic: Scalars['Int']['output'];
  /** Members expected (on the roll), summed over the meetings */
  eligible: Scalars['Int']['output'];
  /** Meetings that started at 17:00 or later */
  eveningMeetings: Scalars['Int']['output'];
  /** eveningMeetings / meetings; null when no meeting was held */
  eveningShare?: Maybe<Scalars['Float']['output']>;
  /** Absences with reason, summed over the meetings */
  excusedAbsences: Scalars['Int']['output'];
  /** First day counted */
  from: Scalars['Date']['output'];
  /** Meetings of every kind held in the subtree */
  meetings: Scalars['Int']['output'];
  /** Members absent with reason more than 3 times in a row: distinct members with an attendance in the span (in the subtree) that ended such a run */
  membersExcusedStreak: Scalars['Int']['output'];
  /** Members present, summed over the meetings */
  present: Scalars['Int']['output'];
  /** Meetings rated good */
  ratedGood: Scalars['Int']['output'];
  /** ratedGood / ratedMeetings; null when no meeting was rated */
  ratedGoodShare?: Maybe<Scalars['Float']['output']>;
  /** Meetings with a quality from an approved meeting-quality assessment */
  ratedMeetings: Scalars['Int']['output'];
  /** Per cell, the months due over the part of the span it sat in the subtree, summed over the cells */
  regularDue: Scalars['Int']['output'];
  /** Regular meetings held (REGULAR and REGULAR_WITH_THEMATIC) */
  regularHeld: Scalars['Int']['output'];
  /** Regular meetings held inside their cell’s monthly window (cells without a window never count) */
  regularInWindow: Scalars['Int']['output'];
  /** Per cell, the months due in which it held its regular meeting (on any day of that month, wherever it sat then), summed over the cells (at most regularDue) */
  regularMonthsHeld: Scalars['Int']['output'];
  /** Thematic meetings held (THEMATIC and REGULAR_WITH_THEMATIC) */
  thematicHeld: Scalars['Int']['output'];
  /** Per cell, the quarters due in which it held at least one thematic meeting (on any day of that quarter, wherever it sat then), summed over the cells (at most thematicQuartersDue) */
  thematicQuartersCovered: Scalars['Int']['output'];
  /** Per cell, the quarters due over the part of the span it sat in the subtree, summed over the cells */
  thematicQuartersDue: Scalars['Int']['output'];
  /** Last day counted: the end asked for, or today when earlier */
  to: Scalars['Date']['output'];
  /** Absences without reason, summed over the meetings */
  unexcusedAbsences: Scalars['Int']['output'];
};

/** The monthly window for the regular meeting, e.g. days 4–10; both days null clear it */
export type MeetingWindowInput = {
  /** Also re-evaluate the regular meetings from this date on under the new window; by default meetings already recorded keep the window they were recorded under */
  applyFrom?: InputMaybe<Scalars['Date']['input']>;
  fromDay?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  toDay?: InputMaybe<Scalars['Int']['input']>;
};

/** A party member (đảng viên) */
export type Member = Node & {
  __typename?: 'Member';
  /** Age in whole years: today’s age if you may read the birth date, else the age reached this year (which reveals no more than the birth year) */
  age: Scalars['Int']['output'];
  /** Attendance at meetings you may read, between two dates (inclusive), oldest first */
  attendance: Array<MemberAttendance>;
  /** Awards to the member, newest first */
  awards: Array<Award>;
  /** Date of birth: personal data, null unless you are staff or admin of the member’s organisation */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /** Party card number (số thẻ đảng viên), unique */
  cardNumber: Scalars['String']['output'];
  /** Competition commitments (of one year when given), latest year first */
  commitments: Array<MemberCommitment>;
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


/** A party member (đảng viên) */
export type MemberAttendanceArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A party member (đảng viên) */
export type MemberCommitmentsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A member’s attendance at one meeting */
export type MemberAttendance = {
  __typename?: 'MemberAttendance';
  excusedStreak: Scalars['Int']['output'];
  meeting: Meeting;
  reason?: Maybe<Scalars['String']['output']>;
  status: AttendanceStatus;
};

/** A member’s yearly competition commitment and its result */
export type MemberCommitment = Node & {
  __typename?: 'MemberCommitment';
  description: Scalars['String']['output'];
  /** Global id */
  id: Scalars['ID']['output'];
  kind: CommitmentKind;
  lockVersion: Scalars['Int']['output'];
  member?: Maybe<Member>;
  /** A result is reported and reaches the target */
  met: Scalars['Boolean']['output'];
  /** The member’s cell when it was registered */
  organization?: Maybe<Organization>;
  registeredOn: Scalars['Date']['output'];
  /** What was achieved; null until reported */
  result?: Maybe<Scalars['Float']['output']>;
  resultNote?: Maybe<Scalars['String']['output']>;
  /** What was promised (e.g. 1 initiative) */
  target: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
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
  /** Age at most (as the age field shows it) */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** Age at least (as the age field shows it: today’s age, or the age reached this year for those who do not read birth dates) */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Array<MemberPosition>>;
  /** Only members rated at this level in `year` (those counted by ratingDistribution(subject: MEMBER)) */
  ratingLevel?: InputMaybe<RatingLevel>;
  /** Name (accent- and case-insensitive) or the start of the card number */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<MemberStatus>>;
  /** The year of ratingLevel (required with it) */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Order of a member list; ties by id, so pages never overlap */
export type MemberOrder = {
  /** ASC when omitted */
  direction?: InputMaybe<SortDirection>;
  field: MemberOrderField;
};

/** How a list of members is ordered */
export type MemberOrderField =
  /** By party card number */
  | 'CARD_NUMBER'
  /** By the date admitted to the party */
  | 'JOINED_ON'
  /** By given name, then middle name, then family name, in the Vietnamese alphabet’s letter and tone order */
  | 'NAME';

/** Position held in the cell */
export type MemberPosition =
  | 'COMMITTEE_MEMBER'
  | 'DEPUTY_SECRETARY'
  | 'MEMBER'
  | 'SECRETARY';

/** A member found by search */
export type MemberSearchHit = {
  __typename?: 'MemberSearchHit';
  /** Names of the organisations from the top of your scope down to the member’s cell */
  context: Array<Scalars['String']['output']>;
  match: SearchMatch;
  /** The name or card number that matched */
  matchedText: Scalars['String']['output'];
  member: Member;
};

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

/** What the recorded data gave, when the assessment was opened, for an item bound to a metric */
export type MetricFill = {
  __typename?: 'MetricFill';
  /** The metric, e.g. regular_meetings_held */
  code: Scalars['String']['output'];
  /** { metric, value, target, achievement, rule, points, yes, maxPoints, figures, missing, sentence } and the span (from, to) or the meetingId */
  detail: Scalars['JSONObject']['output'];
  /** The figure and the rule, in Vietnamese: "Sinh hoạt định kỳ 11/12 tháng → 9,16/10 điểm" */
  explanation: Scalars['String']['output'];
  /** Points the rule gives (points taken, for a deduction); null for yes/no items and without data */
  points?: Maybe<Scalars['Float']['output']>;
  /** False when no meeting at all was recorded in the app for the period (e.g. minutes kept on paper): "no data recorded", not "none held" — the item is scored by hand, with a note (NO_DATA_NEEDS_NOTE) */
  recorded: Scalars['Boolean']['output'];
  /** What it is measured against: months or quarters due, a threshold in %, minutes */
  target?: Maybe<Scalars['Float']['output']>;
  /** The figure: a count, a percentage, minutes, or 1 / 0 for a condition; null without data */
  value?: Maybe<Scalars['Float']['output']>;
  /** The answer the rule gives a yes/no item */
  yes?: Maybe<Scalars['Boolean']['output']>;
};

export type ModelRegistration = {
  __typename?: 'ModelRegistration';
  fromYear: Scalars['Int']['output'];
  model: CriteriaModel;
  /** When it was registered */
  registeredOn: Scalars['Date']['output'];
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
  /** Assigns a superior committee member to follow an organisation for a term (EDIT on the committee) */
  assignOversight: OversightAssignment;
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
  /** Deletes a meeting (not once its quality is submitted or approved); answers its id */
  deleteMeeting: Scalars['ID']['output'];
  /** Deletes one of your saved queries */
  deleteSavedQuery: Scalars['Boolean']['output'];
  /** Dissolves an organisation that has no children and no members left */
  dissolveOrganization: Organization;
  /** Ends an assignment’s term */
  endOversightAssignment: OversightAssignment;
  /** Records an award to an organisation or a member (EDIT on the conferring committee) */
  grantAward: Award;
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
  /** Records a recommendation raised at a meeting (EDIT on the organisation) */
  raiseRecommendation: Recommendation;
  /** Records a whole meeting: details, every expected member’s attendance, the guests */
  recordMeeting: Meeting;
  /** Records an annual rating directly (the superior’s staff), e.g. for years rated outside the app */
  recordRating: Rating;
  /** Registers a member’s competition commitment for a year (EDIT on the member’s cell) */
  registerCommitment: MemberCommitment;
  /** Registers an organisation for a model over a span of years */
  registerForModel: ModelRegistration;
  /** Reports (or corrects) what a commitment achieved */
  reportCommitmentResult: MemberCommitment;
  /** Sets a new password and ends the user’s sessions (admins) */
  resetPassword: User;
  /** The superior returns it to the unit with a reason */
  returnAssessment: Assessment;
  /** Deletes an award recorded by mistake (EDIT on the conferring committee); returns its id */
  revokeAward: Scalars['ID']['output'];
  /** Takes a role away (admins) */
  revokeGrant: RoleGrant;
  /** Saves the whole content of a draft; CONFLICT when someone saved in between */
  saveCriteriaTable: SaveCriteriaTableResult;
  /** Saves a query in the workspace (new, or one of yours) */
  saveQuery: SavedQuery;
  /** Saves self scores (the unit) or review scores (the superior) */
  saveScores: Assessment;
  /** Sets or clears the monthly window for a cell’s regular meeting */
  setMeetingWindow: Organization;
  /** Activates or deactivates an account (admins) */
  setUserActive: User;
  /** The unit hands its self scores to the superior */
  submitAssessment: Assessment;
  /** Transfers a member to another cell from a date */
  transferMember: Member;
  /** Replaces a meeting’s record (optimistic lock on expectedVersion) */
  updateMeeting: Meeting;
  /** Corrects a member record (not dated; use transfer and status changes for history) */
  updateMember: Member;
  /** Renames an organisation from a date (effectiveOn) or corrects its code, sector or cell type */
  updateOrganization: Organization;
  /** Corrects an assignment: person, title, term, attendances per year */
  updateOversightAssignment: OversightAssignment;
  /** Moves a recommendation on (in progress, resolved, declined), escalates it, or corrects its text */
  updateRecommendation: Recommendation;
};


export type MutationApproveAssessmentArgs = {
  input: AssessmentTransitionInput;
};


export type MutationAssignOversightArgs = {
  input: AssignOversightInput;
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


export type MutationDeleteMeetingArgs = {
  input: DeleteMeetingInput;
};


export type MutationDeleteSavedQueryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDissolveOrganizationArgs = {
  input: DissolveOrganizationInput;
};


export type MutationEndOversightAssignmentArgs = {
  input: EndOversightAssignmentInput;
};


export type MutationGrantAwardArgs = {
  input: GrantAwardInput;
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


export type MutationRaiseRecommendationArgs = {
  input: RaiseRecommendationInput;
};


export type MutationRecordMeetingArgs = {
  input: RecordMeetingInput;
};


export type MutationRecordRatingArgs = {
  input: RecordRatingInput;
};


export type MutationRegisterCommitmentArgs = {
  input: RegisterCommitmentInput;
};


export type MutationRegisterForModelArgs = {
  input: RegisterForModelInput;
};


export type MutationReportCommitmentResultArgs = {
  input: ReportCommitmentResultInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationReturnAssessmentArgs = {
  input: ReturnAssessmentInput;
};


export type MutationRevokeAwardArgs = {
  input: RevokeAwardInput;
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


export type MutationSetMeetingWindowArgs = {
  input: MeetingWindowInput;
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


export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdateOversightAssignmentArgs = {
  input: UpdateOversightAssignmentInput;
};


export type MutationUpdateRecommendationArgs = {
  input: UpdateRecommendationInput;
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
  /** Awards of a year in its subtree, per kind */
  awardCounts: Array<AwardCount>;
  /** Awards to it and its members (subtree: to anyone in its subtree), newest first */
  awards: AwardConnection;
  /** Only for organisations that hold members */
  cellType?: Maybe<CellType>;
  /** Organisations directly under it on asOf, by name unless orderBy says otherwise */
  children: OrganizationConnection;
  /** Stable, human-readable code, unique across the country */
  code: Scalars['String']['output'];
  /** Members’ commitments in its subtree for a year, per kind */
  commitmentSummary: Array<CommitmentSummary>;
  /** 0 for a province */
  depth: Scalars['Int']['output'];
  /** Every organisation below it on asOf, filtered, by name unless orderBy says otherwise */
  descendants: OrganizationConnection;
  /** First day it no longer exists; null while it exists */
  dissolvedOn?: Maybe<Scalars['Date']['output']>;
  /** Superiors in its subtree where "excellent" exceeds the cap (20% of "good") */
  excellentCapExcesses: Array<ExcellentCapExcess>;
  /** The names it carried before its renames, oldest first, with the days each was carried */
  formerNames: Array<FormerName>;
  /** Founding date */
  foundedOn: Scalars['Date']['output'];
  /** "4 good" in its subtree: registered, evaluated, reached */
  fourGood: FourGoodRollup;
  /** "4 good" counting itself and everything below it, in its subtree as at the year’s evaluation (a cell: its own registration and result); batched over a list’s rows */
  fourGoodWithin: FourGoodRollup;
  /** Global id */
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** First day of the monthly window for the regular meeting (e.g. 4); null: no window set */
  meetingDayFrom?: Maybe<Scalars['Int']['output']>;
  /** Last day of the monthly window for the regular meeting (e.g. 10) */
  meetingDayTo?: Maybe<Scalars['Int']['output']>;
  /** Meeting figures over its subtree (itself included) for a year, or from–to (at most 5 years); by default the current year up to today */
  meetingStats: MeetingStats;
  /** Its meetings between two dates (inclusive), newest first */
  meetings: MeetingConnection;
  /** Members of the subtree on asOf, counted by the chosen dimensions (AGE_BAND as in stats) */
  memberCounts: Array<MemberCount>;
  /** Members in its cells (a cell: its own members) on asOf, by given name, middle name, family name unless orderBy says otherwise */
  members: MemberConnection;
  name: Scalars['String']['output'];
  /** First day of its current name: its last rename, or its founding */
  nameSince: Scalars['Date']['output'];
  /** Organisations under it on asOf, counted by the chosen dimensions */
  organizationCounts: Array<OrganizationCount>;
  /** Superior committee members assigned to follow it (those in office on activeOn when given), latest term first */
  oversightAssignments: Array<OversightAssignment>;
  /** Oversight assignments in its subtree for a year and who is behind */
  oversightCompliance: OversightCompliance;
  /** Current parent (null for a province, or when outside your scope); see ancestors(asOf) for another date */
  parent?: Maybe<Organization>;
  /** The province-level organisation it currently belongs to; null when outside your scope */
  province?: Maybe<Organization>;
  /** Rating levels of the organisations below it, or of its members, for a year */
  ratingDistribution: RatingDistribution;
  /** Its own rating level in a year; null when not rated (batched over a list’s rows) */
  ratingLevel?: Maybe<RatingLevel>;
  /** The distribution year by year (at most 20 years) */
  ratingTrend: Array<RatingDistribution>;
  /** Its own annual ratings, newest first */
  ratings: Array<Rating>;
  /** Recommendations in its subtree by status, and how old the open ones are (batched across a list) */
  recommendationStats: RecommendationStats;
  /** Recommendations raised in its subtree, newest first */
  recommendations: RecommendationConnection;
  /** Its registrations for models (e.g. "4 good" 2023–2025), latest first */
  registrations: Array<ModelRegistration>;
  /** Only for directly-superior committees */
  sector?: Maybe<CommitteeSector>;
  /** Counts over its whole subtree on asOf (age bands: by the age on asOf if you may read birth dates there, else by the age reached in asOf’s year) */
  stats: OrganizationStats;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationAncestorsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationAwardCountsArgs = {
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  subtree?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationCommitmentSummaryArgs = {
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationDescendantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DescendantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrganizationOrder>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationExcellentCapExcessesArgs = {
  scope?: InputMaybe<ExcellentCapScope>;
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationFourGoodArgs = {
  filter?: InputMaybe<RatingFilter>;
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationFourGoodWithinArgs = {
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationMeetingStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationMemberCountsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  groupBy: Array<MemberDimension>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MemberOrder>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationNameArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationOrganizationCountsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  groupBy: Array<OrganizationDimension>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationOversightAssignmentsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationOversightComplianceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  behindOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationRatingDistributionArgs = {
  filter?: InputMaybe<RatingFilter>;
  subject: RatingSubject;
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationRatingLevelArgs = {
  year: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationRatingTrendArgs = {
  filter?: InputMaybe<RatingFilter>;
  fromYear: Scalars['Int']['input'];
  subject: RatingSubject;
  toYear: Scalars['Int']['input'];
};


/** A party organisation (tổ chức đảng) */
export type OrganizationRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<RecommendationStatus>>;
};


/** A party organisation (tổ chức đảng) */
export type OrganizationStatsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type OrganizationChangeInput = {
  create?: InputMaybe<CreateOrganizationInput>;
  dissolve?: InputMaybe<DissolveOrganizationInput>;
  merge?: InputMaybe<MergeOrganizationsInput>;
  move?: InputMaybe<MoveOrganizationInput>;
  update?: InputMaybe<UpdateOrganizationInput>;
};

/** What a change to the tree would do; nothing is saved */
export type OrganizationChangePreview = {
  __typename?: 'OrganizationChangePreview';
  /** Cells among them */
  cellsMoving: Scalars['Int']['output'];
  /** Dissolved by the change (the merged source, the dissolved organisation) */
  dissolved: Array<OrganizationPreviewNode>;
  /** Members whose cell changes place */
  membersMoving: Scalars['Int']['output'];
  /** Organisations that change place (each with its subtree) */
  organizationsMoving: Scalars['Int']['output'];
  /** The tree after the change where it happens: from the top of your scope down to the receiving organisation, then its organisations (at most 50) */
  treeAfter: Array<OrganizationPreviewNode>;
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

/** Order of an organisation list; ties by id, so pages never overlap */
export type OrganizationOrder = {
  /** ASC when omitted */
  direction?: InputMaybe<SortDirection>;
  field: OrganizationOrderField;
  /** RATING: the year rated; the year before asOf’s when omitted */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** How a list of organisations is ordered */
export type OrganizationOrderField =
  /** By code */
  | 'CODE'
  /** By the members of its subtree today (lists read today only) */
  | 'MEMBER_COUNT'
  /** By name, in the Vietnamese alphabet’s letter and tone order */
  | 'NAME'
  /** By its own rating level in `year` (not rated lowest) */
  | 'RATING';

/** An organisation as it would stand after the change (a plain copy: nothing was saved) */
export type OrganizationPreviewNode = {
  __typename?: 'OrganizationPreviewNode';
  /** Created, renamed, moved here or dissolved by the change */
  changed: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  /** Global id (provisional for an organisation being created) */
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  /** Indentation: 0 for the first line of the tree shown */
  level: Scalars['Int']['output'];
  /** Members in its subtree after the change */
  members: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** An organisation found by search */
export type OrganizationSearchHit = {
  __typename?: 'OrganizationSearchHit';
  /** Names of its ancestors within your scope, from the top down (where it is) */
  context: Array<Scalars['String']['output']>;
  match: SearchMatch;
  /** The name, former name or code that matched */
  matchedText: Scalars['String']['output'];
  organization: Organization;
};

/** Counts over the whole subtree of an organisation on one date; the lists hold only non-zero counts, in the order of their enum */
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

/** A superior committee member assigned to an organisation (phân công phụ trách) */
export type OversightAssignment = Node & {
  __typename?: 'OversightAssignment';
  /** The superior committee the person sits on; null when outside your scope */
  committee?: Maybe<Organization>;
  /** First day of the term */
  fromDate: Scalars['Date']['output'];
  fullName: Scalars['String']['output'];
  /** Global id */
  id: Scalars['ID']['output'];
  lockVersion: Scalars['Int']['output'];
  /** The person on the member register; null when not linked or outside your scope */
  member?: Maybe<Member>;
  /** The organisation followed */
  organization?: Maybe<Organization>;
  /** Activities to attend per year */
  requiredPerYear: Scalars['Int']['output'];
  title?: Maybe<Scalars['String']['output']>;
  /** Last day of the term; null while it runs */
  toDate?: Maybe<Scalars['Date']['output']>;
};

/** Oversight compliance in a subtree for a year: those behind first, then by name */
export type OversightCompliance = {
  __typename?: 'OversightCompliance';
  /** The day dueByNow is computed on (today) */
  asOf: Scalars['Date']['output'];
  /** Assignments whose term overlaps the year */
  assignments: Scalars['Int']['output'];
  /** Of which behind */
  behind: Scalars['Int']['output'];
  /** Pass as `after` for the next page */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<OversightComplianceItem>;
  year: Scalars['Int']['output'];
};

/** One assignment’s attendances in a year against what it requires */
export type OversightComplianceItem = {
  __typename?: 'OversightComplianceItem';
  assignment: OversightAssignment;
  /** Activities attended under the assignment in the year */
  attended: Scalars['Int']['output'];
  /** attended < dueByNow */
  behind: Scalars['Boolean']['output'];
  /** What should have been attended by today (everything, for a past year) */
  dueByNow: Scalars['Int']['output'];
  /** The yearly number prorated to the part of the year the term covers, rounded up */
  required: Scalars['Int']['output'];
};

/** Figures over every province you can see */
export type Overview = {
  __typename?: 'Overview';
  asOf: Scalars['Date']['output'];
  /** Provinces counted */
  provinces: Scalars['Int']['output'];
  /** The provinces’ subtrees together (the provinces themselves not counted as organisations) */
  stats: OrganizationStats;
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
  meeting?: Maybe<Meeting>;
  /** Members expected at a meeting of the cell on that date: in the cell and active (not exempt, not attending elsewhere), by name */
  meetingRoll: Array<Member>;
  /** One member by global id or by party card number */
  member?: Maybe<Member>;
  /** Any object by its global id */
  node?: Maybe<Node>;
  /** One organisation by global id or by code */
  organization?: Maybe<Organization>;
  /** National figures: every province you can see, added up (on asOf; today when omitted) */
  overview: Overview;
  /** What a change to the tree would do, checked as its mutation checks it (same errors on the same fields); nothing is saved */
  previewOrganizationChange: OrganizationChangePreview;
  /** Provincial committees, by name */
  provinces: OrganizationConnection;
  /** Your saved queries and those shared with you, last changed first (analysts and admins) */
  savedQueries: SavedQueryConnection;
  /** Finds organisations (name, code, former names; dissolved ones too) and members (name, card number) within your scope, ignoring accents and case ("tua chua" finds "Tủa Chùa"). Fewer than 2 letters find nothing; names are matched inside from 3 letters. */
  search: SearchResult;
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


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingRollArgs = {
  date: Scalars['Date']['input'];
  organizationId: Scalars['ID']['input'];
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


export type QueryOverviewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPreviewOrganizationChangeArgs = {
  input: OrganizationChangeInput;
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


export type QuerySearchArgs = {
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
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

export type RaiseRecommendationInput = {
  /** Defaults to raisedOn */
  escalatedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The superior committee it is escalated to (above the organisation) */
  escalatedToId?: InputMaybe<Scalars['ID']['input']>;
  /** The meeting it was raised at: one of that organisation’s meetings */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation where it was raised */
  organizationId: Scalars['ID']['input'];
  /** Who raised it, at most 200 characters */
  raisedBy: Scalars['String']['input'];
  /** Not in the future, not before the meeting */
  raisedOn: Scalars['Date']['input'];
  /** At most 4000 characters */
  text: Scalars['String']['input'];
};

/** An annual quality rating */
export type Rating = {
  __typename?: 'Rating';
  /** The level is above the approved assessment’s: set by a rating decision, shown as a discrepancy */
  aboveAssessment: Scalars['Boolean']['output'];
  /** The level of the organisation’s approved assessment for the year ("4 good" or rating table), if any */
  assessedLevel?: Maybe<RatingLevel>;
  /** The rating decision that set a level above the assessment */
  decision?: Maybe<Scalars['String']['output']>;
  /** Comes from an approved assessment */
  fromAssessment: Scalars['Boolean']['output'];
  level: RatingLevel;
  /** Optimistic lock: send it back as expectedVersion to replace this rating */
  lockVersion: Scalars['Int']['output'];
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

/** Which rated organisations count: by kind (grassroots organisations: GRASSROOTS_COMMITTEE and GRASSROOTS_CELL) and cell type; for members, those of their cell */
export type RatingFilter = {
  cellTypes?: InputMaybe<Array<CellType>>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
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

/** A recommendation raised at a meeting and tracked to its resolution */
export type Recommendation = Node & {
  __typename?: 'Recommendation';
  /** When it was resolved or declined */
  closedOn?: Maybe<Scalars['Date']['output']>;
  escalatedOn?: Maybe<Scalars['Date']['output']>;
  /** The committee it was escalated to; null when not escalated or outside your scope */
  escalatedTo?: Maybe<Organization>;
  /** Global id */
  id: Scalars['ID']['output'];
  lockVersion: Scalars['Int']['output'];
  /** The meeting it was raised at */
  meeting?: Maybe<Meeting>;
  /** Where it was raised */
  organization?: Maybe<Organization>;
  /** Who raised it */
  raisedBy: Scalars['String']['output'];
  raisedOn: Scalars['Date']['output'];
  resolutionNote?: Maybe<Scalars['String']['output']>;
  status: RecommendationStatus;
  text: Scalars['String']['output'];
};

export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  edges: Array<RecommendationEdge>;
  /** The nodes of `edges`, for clients that do not need cursors */
  nodes: Array<Recommendation>;
  pageInfo: PageInfo;
  /** Number of items matching, over all pages */
  totalCount: Scalars['Int']['output'];
};

export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  cursor: Scalars['String']['output'];
  node: Recommendation;
};

/** Recommendations raised in a subtree: counts by status and the age of those still open (today) */
export type RecommendationStats = {
  __typename?: 'RecommendationStats';
  /** Average days since the open and in-progress ones were raised */
  averageOpenDays?: Maybe<Scalars['Float']['output']>;
  declined: Scalars['Int']['output'];
  inProgress: Scalars['Int']['output'];
  /** Days since the oldest open or in-progress one was raised */
  oldestOpenDays?: Maybe<Scalars['Int']['output']>;
  open: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
};

/** open → in progress → resolved or declined */
export type RecommendationStatus =
  | 'DECLINED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'RESOLVED';

export type RecordMeetingInput = {
  /** Every member expected on that date (see meetingRoll), exactly once */
  attendance: Array<AttendanceInput>;
  /** Not in the future */
  date: Scalars['Date']['input'];
  draftResolution: Scalars['Boolean']['input'];
  /** "HH:MM", after the start */
  endTime: Scalars['String']['input'];
  fullMinutes: Scalars['Boolean']['input'];
  /** Superior committee members who attended (at most 50) */
  guests?: InputMaybe<Array<MeetingGuestInput>>;
  kind: MeetingKind;
  /** At most 4000 characters */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A cell (or grassroots cell) */
  organizationId: Scalars['ID']['input'];
  /** At most 300 characters */
  place: Scalars['String']['input'];
  /** "HH:MM" */
  startTime: Scalars['String']['input'];
  /** Required for thematic meetings (at most 500 characters) */
  topic?: InputMaybe<Scalars['String']['input']>;
};

export type RecordRatingInput = {
  /** The rating decision ("1265-QĐ/ĐUK"): required for a level above the organisation’s approved assessment for the year */
  decision?: InputMaybe<Scalars['String']['input']>;
  /** Required to replace an existing rating: the lockVersion it was read with (CONFLICT when stale); not needed for a new one */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  level: RatingLevel;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** When given, the level may not be above the band these points reach */
  points?: InputMaybe<Scalars['Float']['input']>;
  /** The published rating table whose score bands the level is checked against (default: the regulation’s 90 / 70 / 50) */
  tableId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

export type RegisterCommitmentInput = {
  /** What is promised, at most 2000 characters */
  description: Scalars['String']['input'];
  kind: CommitmentKind;
  /** A member currently in a cell */
  memberId: Scalars['ID']['input'];
  /** More than 0 (e.g. 1 initiative), at most two decimals */
  target: Scalars['Float']['input'];
  /** From 2000 to next year */
  year: Scalars['Int']['input'];
};

export type RegisterForModelInput = {
  fromYear: Scalars['Int']['input'];
  model: CriteriaModel;
  organizationId: Scalars['ID']['input'];
  /** The day the registration took effect (today when omitted); not in the future, by the end of toYear */
  registeredOn?: InputMaybe<Scalars['Date']['input']>;
  toYear: Scalars['Int']['input'];
};

export type ReportCommitmentResultInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** At most 2000 characters */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 0 or more, at most two decimals */
  result: Scalars['Float']['input'];
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

export type RevokeAwardInput = {
  id: Scalars['ID']['input'];
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

/** What the search text was found in */
export type SearchMatch =
  | 'CARD_NUMBER'
  | 'CODE'
  | 'FORMER_NAME'
  | 'NAME';

/** Organisations and members within your scope matching a text */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** Best matches first, then by name */
  members: Array<MemberSearchHit>;
  /** Best matches first: exact, start, word start, inside; higher organisations first */
  organizations: Array<OrganizationSearchHit>;
  /** The text searched for, as given */
  text: Scalars['String']['output'];
};

export type SetUserActiveInput = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

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

/** A non-zero count (values with no member are left out) */
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
  /** Why, as in extensions.fields[].reason of a refused save (the same as code) */
  reason: Scalars['String']['output'];
};

export type TransferMemberInput = {
  effectiveOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** The receiving cell */
  organizationId: Scalars['ID']['input'];
};

/** The whole record again: attendance and guests are replaced (no guests given: none) */
export type UpdateMeetingInput = {
  /** Every member expected on that date (see meetingRoll), exactly once */
  attendance: Array<AttendanceInput>;
  /** Not in the future */
  date: Scalars['Date']['input'];
  draftResolution: Scalars['Boolean']['input'];
  /** "HH:MM", after the start */
  endTime: Scalars['String']['input'];
  /** The lockVersion you edited; a newer one on the server gives CONFLICT */
  expectedVersion: Scalars['Int']['input'];
  fullMinutes: Scalars['Boolean']['input'];
  /** Superior committee members who attended (at most 50) */
  guests?: InputMaybe<Array<MeetingGuestInput>>;
  id: Scalars['ID']['input'];
  kind: MeetingKind;
  /** At most 4000 characters */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** At most 300 characters */
  place: Scalars['String']['input'];
  /** "HH:MM" */
  startTime: Scalars['String']['input'];
  /** Required for thematic meetings (at most 500 characters) */
  topic?: InputMaybe<Scalars['String']['input']>;
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
  /** First day of the new name; today when omitted. Not in the future, not before the founding nor the previous rename; on the day the current name took effect it replaces that name. Code, sector and cell type are corrections, not dated */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** A new name, carried from effectiveOn */
  name?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<CommitteeSector>;
};

/** Fields left out stay as they are; null clears memberId, title and toDate */
export type UpdateOversightAssignmentInput = {
  expectedVersion: Scalars['Int']['input'];
  fromDate?: InputMaybe<Scalars['Date']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  memberId?: InputMaybe<Scalars['ID']['input']>;
  requiredPerYear?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  toDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Fields left out stay as they are */
export type UpdateRecommendationInput = {
  /** With RESOLVED or DECLINED; defaults to today */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  /** With escalatedToId; defaults to today */
  escalatedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Escalates (again) to a committee above the organisation */
  escalatedToId?: InputMaybe<Scalars['ID']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  raisedBy?: InputMaybe<Scalars['String']['input']>;
  /** Required with RESOLVED or DECLINED */
  resolutionNote?: InputMaybe<Scalars['String']['input']>;
  /** OPEN → IN_PROGRESS → RESOLVED or DECLINED (final) */
  status?: InputMaybe<RecommendationStatus>;
  text?: InputMaybe<Scalars['String']['input']>;
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
  /** "4 good" under the candidate table version */
  candidateFourGood?: Maybe<Scalars['Boolean']['output']>;
  /** Level under the candidate table version */
  candidateLevel: RatingLevel;
  /** Total under the candidate table version */
  candidateTotal: Scalars['Float']['output'];
  /** "4 good" under the table version it was scored on */
  currentFourGood?: Maybe<Scalars['Boolean']['output']>;
  /** Level under the table version it was scored on */
  currentLevel: RatingLevel;
  /** Total under the table version it was scored on */
  currentTotal: Scalars['Float']['output'];
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

export type PageInfoPartsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null };

export type OrganizationMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<MemberFilterInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  withCell: Scalars['Boolean']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  orderBy?: InputMaybe<MemberOrder>;
}>;


export type OrganizationMembersQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Member', id: string, cardNumber: string, fullName: string, gender: Gender, birthDate?: string | null, age: number, joinedOn: string, officialOn?: string | null, position: MemberPosition, status: MemberStatus, organization?: { __typename?: 'Organization', id: string, name: string } | null }> } } | null };

export type OrganizationRatingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationRatingsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, ratings: Array<{ __typename?: 'Rating', year: number, level: RatingLevel, points?: number | null, fromAssessment: boolean }> } | null };

export type MemberRatingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberRatingsQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, ratings: Array<{ __typename?: 'Rating', year: number, level: RatingLevel, points?: number | null, fromAssessment: boolean }> } | null };

export type OrgChartsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
}>;


export type OrgChartsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, organizations: { __typename?: 'RatingDistribution', year: number, rated: number, levels: Array<{ __typename?: 'LevelCount', level: RatingLevel, count: number, percent: number }> }, members: { __typename?: 'RatingDistribution', year: number, rated: number, levels: Array<{ __typename?: 'LevelCount', level: RatingLevel, count: number, percent: number }> }, fourGood: { __typename?: 'FourGoodRollup', year: number, registered: number, evaluated: number, reached: number }, organizationTrend: Array<{ __typename?: 'RatingDistribution', year: number, rated: number, levels: Array<{ __typename?: 'LevelCount', level: RatingLevel, count: number, percent: number }> }>, memberTrend: Array<{ __typename?: 'RatingDistribution', year: number, rated: number, levels: Array<{ __typename?: 'LevelCount', level: RatingLevel, count: number, percent: number }> }>, excellentCapExcesses: Array<{ __typename?: 'ExcellentCapExcess', kind?: OrganizationKind | null, good: number, excellent: number, allowed: number, over: number, superior?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null } | null }> } | null };

export type RatingDistributionPartsFragment = { __typename?: 'RatingDistribution', year: number, rated: number, levels: Array<{ __typename?: 'LevelCount', level: RatingLevel, count: number, percent: number }> };

export type RatingBreakdownQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  withSubtree: Scalars['Boolean']['input'];
}>;


export type RatingBreakdownQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, ratings: Array<{ __typename?: 'Rating', year: number, level: RatingLevel, assessedLevel?: RatingLevel | null, aboveAssessment: boolean, decision?: string | null }>, grassroots?: { __typename?: 'RatingDistribution', rated: number, levels: Array<{ __typename?: 'LevelCount', level: RatingLevel, count: number, percent: number }> }, residential?: { __typename?: 'FourGoodRollup', registered: number, evaluated: number, reached: number }, agency?: { __typename?: 'FourGoodRollup', registered: number, evaluated: number, reached: number }, publicService?: { __typename?: 'FourGoodRollup', registered: number, evaluated: number, reached: number }, enterprise?: { __typename?: 'FourGoodRollup', registered: number, evaluated: number, reached: number }, armedForces?: { __typename?: 'FourGoodRollup', registered: number, evaluated: number, reached: number } } | null };

export type FourGoodPartsFragment = { __typename?: 'FourGoodRollup', registered: number, evaluated: number, reached: number };

export type OrganizationChildrenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
  orderBy?: InputMaybe<OrganizationOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationChildrenQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, children: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null, cellType?: CellType | null, foundedOn: string, ratingLevel?: RatingLevel | null, fourGoodWithin: { __typename?: 'FourGoodRollup', registered: number, reached: number }, stats: { __typename?: 'OrganizationStats', members: number, organizations: number } }> } } | null };

export type MeetingStatsFiguresFragment = { __typename?: 'MeetingStats', from: string, to: string, cells: number, meetings: number, regularHeld: number, regularMonthsHeld: number, regularDue: number, regularInWindow: number, cellsBehindOnRegular: number, thematicHeld: number, thematicQuartersCovered: number, thematicQuartersDue: number, cellsBehindOnThematic: number, eligible: number, present: number, attendanceRate?: number | null, excusedAbsences: number, unexcusedAbsences: number, membersExcusedStreak: number, eveningMeetings: number, eveningShare?: number | null, ratedMeetings: number, ratedGood: number, ratedGoodShare?: number | null };

export type OrgMeetingStatsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type OrgMeetingStatsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, meetingStats: { __typename?: 'MeetingStats', from: string, to: string, cells: number, meetings: number, regularHeld: number, regularMonthsHeld: number, regularDue: number, regularInWindow: number, cellsBehindOnRegular: number, thematicHeld: number, thematicQuartersCovered: number, thematicQuartersDue: number, cellsBehindOnThematic: number, eligible: number, present: number, attendanceRate?: number | null, excusedAbsences: number, unexcusedAbsences: number, membersExcusedStreak: number, eveningMeetings: number, eveningShare?: number | null, ratedMeetings: number, ratedGood: number, ratedGoodShare?: number | null }, recommendationStats: { __typename?: 'RecommendationStats', open: number, inProgress: number, resolved: number, declined: number, oldestOpenDays?: number | null, averageOpenDays?: number | null } } | null };

export type MemberAttendanceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type MemberAttendanceQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, attendance: Array<{ __typename?: 'MemberAttendance', status: AttendanceStatus, reason?: string | null, excusedStreak: number, meeting: { __typename?: 'Meeting', id: string, kind: MeetingKind, date: string, startTime: string, endTime: string, organization: { __typename?: 'Organization', id: string, name: string } } }> } | null };

export type OrgSearchQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrgSearchQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, descendants: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null }> } } | null };

export type ProvincesForPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvincesForPickerQuery = { __typename?: 'Query', provinces: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null }> } };

export type SearchEverythingQueryVariables = Exact<{
  text: Scalars['String']['input'];
}>;


export type SearchEverythingQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', text: string, organizations: Array<{ __typename?: 'OrganizationSearchHit', match: SearchMatch, matchedText: string, context: Array<string>, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, dissolvedOn?: string | null } }>, members: Array<{ __typename?: 'MemberSearchHit', match: SearchMatch, matchedText: string, context: Array<string>, member: { __typename?: 'Member', id: string, fullName: string, cardNumber: string } }> } };

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

export type MemberPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type MemberPageQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, cardNumber: string, fullName: string, gender: Gender, birthDate?: string | null, age: number, joinedOn: string, officialOn?: string | null, position: MemberPosition, status: MemberStatus, organization?: { __typename?: 'Organization', id: string, name: string, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, memberships: Array<{ __typename?: 'CellMembership', organizationName: string, position: MemberPosition, validFrom: string, validTo?: string | null, organization?: { __typename?: 'Organization', id: string, name: string } | null }>, statusHistory: Array<{ __typename?: 'StatusPeriod', status: MemberStatus, validFrom: string, validTo?: string | null }> } | null };

export type MembersListOrgQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MembersListOrgQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null };

export type OrgListQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<DescendantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrgListQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, descendants: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null, parent?: { __typename?: 'Organization', id: string, name: string } | null }> } } | null };

export type AssessmentFullFragment = { __typename?: 'Assessment', id: string, model: CriteriaModel, period: string, status: AssessmentStatus, lockVersion: number, returnReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, total?: number | null, level?: RatingLevel | null, fourGood?: boolean | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, member?: { __typename?: 'Member', id: string, fullName: string } | null, meeting?: { __typename?: 'Meeting', id: string, date: string } | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number, seriesCode: string, model: CriteriaModel, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> }, scores: Array<{ __typename?: 'AssessmentScore', itemCode: string, selfPoints?: number | null, selfYes?: boolean | null, selfNote?: string | null, reviewPoints?: number | null, reviewYes?: boolean | null, reviewNote?: string | null, selfOverridden: boolean, reviewOverridden: boolean, metric?: { __typename?: 'MetricFill', code: string, explanation: string, recorded: boolean } | null }> };

export type AssessmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssessmentQuery = { __typename?: 'Query', assessment?: { __typename?: 'Assessment', id: string, model: CriteriaModel, period: string, status: AssessmentStatus, lockVersion: number, returnReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, total?: number | null, level?: RatingLevel | null, fourGood?: boolean | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, member?: { __typename?: 'Member', id: string, fullName: string } | null, meeting?: { __typename?: 'Meeting', id: string, date: string } | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number, seriesCode: string, model: CriteriaModel, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> }, scores: Array<{ __typename?: 'AssessmentScore', itemCode: string, selfPoints?: number | null, selfYes?: boolean | null, selfNote?: string | null, reviewPoints?: number | null, reviewYes?: boolean | null, reviewNote?: string | null, selfOverridden: boolean, reviewOverridden: boolean, metric?: { __typename?: 'MetricFill', code: string, explanation: string, recorded: boolean } | null }> } | null };

export type AssessmentsQueryVariables = Exact<{
  filter?: InputMaybe<AssessmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type AssessmentsQuery = { __typename?: 'Query', assessments: { __typename?: 'AssessmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Assessment', id: string, model: CriteriaModel, period: string, status: AssessmentStatus, total?: number | null, level?: RatingLevel | null, fourGood?: boolean | null, submittedAt?: string | null, approvedAt?: string | null, organization?: { __typename?: 'Organization', id: string, name: string } | null, member?: { __typename?: 'Member', id: string, fullName: string } | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number } }> } };

export type CreateAssessmentMutationVariables = Exact<{
  input: CreateAssessmentInput;
}>;


export type CreateAssessmentMutation = { __typename?: 'Mutation', createAssessment: { __typename?: 'Assessment', id: string } };

export type SaveScoresMutationVariables = Exact<{
  input: SaveScoresInput;
}>;


export type SaveScoresMutation = { __typename?: 'Mutation', saveScores: { __typename?: 'Assessment', id: string, model: CriteriaModel, period: string, status: AssessmentStatus, lockVersion: number, returnReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, total?: number | null, level?: RatingLevel | null, fourGood?: boolean | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, member?: { __typename?: 'Member', id: string, fullName: string } | null, meeting?: { __typename?: 'Meeting', id: string, date: string } | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number, seriesCode: string, model: CriteriaModel, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> }, scores: Array<{ __typename?: 'AssessmentScore', itemCode: string, selfPoints?: number | null, selfYes?: boolean | null, selfNote?: string | null, reviewPoints?: number | null, reviewYes?: boolean | null, reviewNote?: string | null, selfOverridden: boolean, reviewOverridden: boolean, metric?: { __typename?: 'MetricFill', code: string, explanation: string, recorded: boolean } | null }> } };

export type SubmitAssessmentMutationVariables = Exact<{
  input: AssessmentTransitionInput;
}>;


export type SubmitAssessmentMutation = { __typename?: 'Mutation', submitAssessment: { __typename?: 'Assessment', id: string, model: CriteriaModel, period: string, status: AssessmentStatus, lockVersion: number, returnReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, total?: number | null, level?: RatingLevel | null, fourGood?: boolean | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, member?: { __typename?: 'Member', id: string, fullName: string } | null, meeting?: { __typename?: 'Meeting', id: string, date: string } | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number, seriesCode: string, model: CriteriaModel, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> }, scores: Array<{ __typename?: 'AssessmentScore', itemCode: string, selfPoints?: number | null, selfYes?: boolean | null, selfNote?: string | null, reviewPoints?: number | null, reviewYes?: boolean | null, reviewNote?: string | null, selfOverridden: boolean, reviewOverridden: boolean, metric?: { __typename?: 'MetricFill', code: string, explanation: string, recorded: boolean } | null }> } };

export type ApproveAssessmentMutationVariables = Exact<{
  input: AssessmentTransitionInput;
}>;


export type ApproveAssessmentMutation = { __typename?: 'Mutation', approveAssessment: { __typename?: 'Assessment', id: string, model: CriteriaModel, period: string, status: AssessmentStatus, lockVersion: number, returnReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, total?: number | null, level?: RatingLevel | null, fourGood?: boolean | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, member?: { __typename?: 'Member', id: string, fullName: string } | null, meeting?: { __typename?: 'Meeting', id: string, date: string } | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number, seriesCode: string, model: CriteriaModel, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> }, scores: Array<{ __typename?: 'AssessmentScore', itemCode: string, selfPoints?: number | null, selfYes?: boolean | null, selfNote?: string | null, reviewPoints?: number | null, reviewYes?: boolean | null, reviewNote?: string | null, selfOverridden: boolean, reviewOverridden: boolean, metric?: { __typename?: 'MetricFill', code: string, explanation: string, recorded: boolean } | null }> } };

export type ReturnAssessmentMutationVariables = Exact<{
  input: ReturnAssessmentInput;
}>;


export type ReturnAssessmentMutation = { __typename?: 'Mutation', returnAssessment: { __typename?: 'Assessment', id: string, model: CriteriaModel, period: string, status: AssessmentStatus, lockVersion: number, returnReason?: string | null, submittedAt?: string | null, approvedAt?: string | null, total?: number | null, level?: RatingLevel | null, fourGood?: boolean | null, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, member?: { __typename?: 'Member', id: string, fullName: string } | null, meeting?: { __typename?: 'Meeting', id: string, date: string } | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number, seriesCode: string, model: CriteriaModel, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> }, scores: Array<{ __typename?: 'AssessmentScore', itemCode: string, selfPoints?: number | null, selfYes?: boolean | null, selfNote?: string | null, reviewPoints?: number | null, reviewYes?: boolean | null, reviewNote?: string | null, selfOverridden: boolean, reviewOverridden: boolean, metric?: { __typename?: 'MetricFill', code: string, explanation: string, recorded: boolean } | null }> } };

export type AssessmentHistoryQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type AssessmentHistoryQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', nodes: Array<{ __typename?: 'AuditEntry', at: string, username: string, action: string, entityType: string, entityId: string, after?: Record<string, unknown> | null }> } };

export type PublishedTablesQueryVariables = Exact<{
  model: CriteriaModel;
}>;


export type PublishedTablesQuery = { __typename?: 'Query', criteriaTables: { __typename?: 'CriteriaTableConnection', nodes: Array<{ __typename?: 'CriteriaTable', id: string, name: string, version: number, seriesCode: string, organizationKind?: OrganizationKind | null, cellType?: CellType | null, isExample: boolean, owner?: { __typename?: 'Organization', id: string, name: string } | null }> } };

export type OrgBriefQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgBriefQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null } | null };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'AuditEntry', at: string, username: string, action: string, entityType: string, entityId: string, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null }> } };

export type AuditOrgNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditOrgNameQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string } | null };

export type CriteriaContentFragment = { __typename?: 'CriteriaTable', outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> };

export type CriteriaTableFullFragment = { __typename?: 'CriteriaTable', id: string, seriesCode: string, version: number, name: string, model: CriteriaModel, organizationKind?: OrganizationKind | null, cellType?: CellType | null, status: CriteriaTableStatus, isExample: boolean, lockVersion: number, updatedAt: string, publishedAt?: string | null, owner?: { __typename?: 'Organization', id: string, name: string, ancestors: Array<{ __typename?: 'Organization', id: string }> } | null, basedOn?: { __typename?: 'CriteriaTable', id: string, version: number } | null, problems: Array<{ __typename?: 'TableProblem', path: string, code: string, message: string }>, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> };

export type CriteriaTableQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CriteriaTableQuery = { __typename?: 'Query', criteriaTable?: { __typename?: 'CriteriaTable', id: string, seriesCode: string, version: number, name: string, model: CriteriaModel, organizationKind?: OrganizationKind | null, cellType?: CellType | null, status: CriteriaTableStatus, isExample: boolean, lockVersion: number, updatedAt: string, publishedAt?: string | null, owner?: { __typename?: 'Organization', id: string, name: string, ancestors: Array<{ __typename?: 'Organization', id: string }> } | null, basedOn?: { __typename?: 'CriteriaTable', id: string, version: number } | null, problems: Array<{ __typename?: 'TableProblem', path: string, code: string, message: string }>, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> } | null };

export type CriteriaSeriesQueryVariables = Exact<{
  seriesCode: Scalars['String']['input'];
}>;


export type CriteriaSeriesQuery = { __typename?: 'Query', criteriaTables: { __typename?: 'CriteriaTableConnection', nodes: Array<{ __typename?: 'CriteriaTable', id: string, version: number, status: CriteriaTableStatus, name: string, publishedAt?: string | null, updatedAt: string }> } };

export type CriteriaTablesQueryVariables = Exact<{
  filter?: InputMaybe<CriteriaTableFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CriteriaTablesQuery = { __typename?: 'Query', criteriaTables: { __typename?: 'CriteriaTableConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'CriteriaTable', id: string, seriesCode: string, version: number, name: string, model: CriteriaModel, organizationKind?: OrganizationKind | null, cellType?: CellType | null, status: CriteriaTableStatus, isExample: boolean, updatedAt: string, publishedAt?: string | null, owner?: { __typename?: 'Organization', id: string, name: string } | null }> } };

export type CreateCriteriaTableMutationVariables = Exact<{
  input: CreateCriteriaTableInput;
}>;


export type CreateCriteriaTableMutation = { __typename?: 'Mutation', createCriteriaTable: { __typename?: 'CriteriaTable', id: string } };

export type SaveCriteriaTableMutationVariables = Exact<{
  input: SaveCriteriaTableInput;
}>;


export type SaveCriteriaTableMutation = { __typename?: 'Mutation', saveCriteriaTable: { __typename?: 'SaveCriteriaTableResult', table: { __typename?: 'CriteriaTable', id: string, seriesCode: string, version: number, name: string, model: CriteriaModel, organizationKind?: OrganizationKind | null, cellType?: CellType | null, status: CriteriaTableStatus, isExample: boolean, lockVersion: number, updatedAt: string, publishedAt?: string | null, owner?: { __typename?: 'Organization', id: string, name: string, ancestors: Array<{ __typename?: 'Organization', id: string }> } | null, basedOn?: { __typename?: 'CriteriaTable', id: string, version: number } | null, problems: Array<{ __typename?: 'TableProblem', path: string, code: string, message: string }>, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> }, problems: Array<{ __typename?: 'TableProblem', path: string, code: string, message: string }> } };

export type PublishCriteriaTableMutationVariables = Exact<{
  input: PublishCriteriaTableInput;
}>;


export type PublishCriteriaTableMutation = { __typename?: 'Mutation', publishCriteriaTable: { __typename?: 'CriteriaTable', id: string, seriesCode: string, version: number, name: string, model: CriteriaModel, organizationKind?: OrganizationKind | null, cellType?: CellType | null, status: CriteriaTableStatus, isExample: boolean, lockVersion: number, updatedAt: string, publishedAt?: string | null, owner?: { __typename?: 'Organization', id: string, name: string, ancestors: Array<{ __typename?: 'Organization', id: string }> } | null, basedOn?: { __typename?: 'CriteriaTable', id: string, version: number } | null, problems: Array<{ __typename?: 'TableProblem', path: string, code: string, message: string }>, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> } };

export type NewCriteriaTableVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NewCriteriaTableVersionMutation = { __typename?: 'Mutation', newCriteriaTableVersion: { __typename?: 'CriteriaTable', id: string, version: number } };

export type ImportCriteriaTableMutationVariables = Exact<{
  input: ImportCriteriaTableInput;
}>;


export type ImportCriteriaTableMutation = { __typename?: 'Mutation', importCriteriaTable: { __typename?: 'SaveCriteriaTableResult', table: { __typename?: 'CriteriaTable', id: string, seriesCode: string, version: number, name: string, model: CriteriaModel, organizationKind?: OrganizationKind | null, cellType?: CellType | null, status: CriteriaTableStatus, isExample: boolean, lockVersion: number, updatedAt: string, publishedAt?: string | null, owner?: { __typename?: 'Organization', id: string, name: string, ancestors: Array<{ __typename?: 'Organization', id: string }> } | null, basedOn?: { __typename?: 'CriteriaTable', id: string, version: number } | null, problems: Array<{ __typename?: 'TableProblem', path: string, code: string, message: string }>, outcome: { __typename?: 'OutcomeRules', total: number, fourGoodThreshold: number, bonusCap: number, deductionCap: number, excellentCapPercent: number, outstandingCapPercent: number, bands: { __typename?: 'RatingBands', top: number, second: number, third: number } }, groups: Array<{ __typename?: 'CriteriaGroup', code: string, title: string, minPoints?: number | null }>, items: Array<{ __typename?: 'CriteriaItem', code: string, groupCode: string, text: string, guidance?: string | null, kind: CriteriaItemKind, maxPoints: number, vetoEffect?: VetoEffect | null, metric?: string | null }> }, problems: Array<{ __typename?: 'TableProblem', path: string, code: string, message: string }> } };

export type CriteriaExportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  format: SpreadsheetFormat;
}>;


export type CriteriaExportQuery = { __typename?: 'Query', criteriaTable?: { __typename?: 'CriteriaTable', id: string, export: { __typename?: 'SpreadsheetFile', filename: string, contentType: string, base64: string } } | null };

export type CompareCriteriaTablesQueryVariables = Exact<{
  before: Scalars['ID']['input'];
  after: Scalars['ID']['input'];
}>;


export type CompareCriteriaTablesQuery = { __typename?: 'Query', compareCriteriaTables: { __typename?: 'CriteriaTableDiff', groupsAdded: Array<string>, groupsRemoved: Array<string>, groupsChanged: Array<string>, outcomeChanged: Array<string>, added: Array<{ __typename?: 'CriteriaItemSnapshot', code: string }>, removed: Array<{ __typename?: 'CriteriaItemSnapshot', code: string }>, changed: Array<{ __typename?: 'CriteriaItemChange', code: string, fields: Array<string> }> } };

export type WhatIfQueryVariables = Exact<{
  tableId: Scalars['ID']['input'];
  period: Scalars['String']['input'];
  model: CriteriaModel;
  organizationId: Scalars['ID']['input'];
}>;


export type WhatIfQuery = { __typename?: 'Query', whatIf: { __typename?: 'WhatIfResult', assessed: number, current: { __typename?: 'WhatIfTally', fourGood: number, levels: Array<{ __typename?: 'LevelTally', level: RatingLevel, count: number }> }, candidate: { __typename?: 'WhatIfTally', fourGood: number, levels: Array<{ __typename?: 'LevelTally', level: RatingLevel, count: number }> }, changed: Array<{ __typename?: 'WhatIfChange', currentTotal: number, candidateTotal: number, currentLevel: RatingLevel, candidateLevel: RatingLevel, currentFourGood?: boolean | null, candidateFourGood?: boolean | null, assessment: { __typename?: 'Assessment', id: string, period: string, organization?: { __typename?: 'Organization', id: string, name: string } | null } }> } };

export type MeetingRowFragment = { __typename?: 'Meeting', id: string, kind: MeetingKind, date: string, startTime: string, endTime: string, place: string, topic?: string | null, eligibleCount: number, presentCount: number, excusedCount: number, unexcusedCount: number, durationMinutes: number, evening: boolean, inWindow?: boolean | null, quality?: MeetingQuality | null };

export type RecommendationRowFragment = { __typename?: 'Recommendation', id: string, text: string, raisedBy: string, raisedOn: string, escalatedOn?: string | null, status: RecommendationStatus, resolutionNote?: string | null, closedOn?: string | null, lockVersion: number, escalatedTo?: { __typename?: 'Organization', id: string, name: string } | null };

export type MeetingFullFragment = { __typename?: 'Meeting', draftResolution: boolean, fullMinutes: boolean, notes?: string | null, lockVersion: number, id: string, kind: MeetingKind, date: string, startTime: string, endTime: string, place: string, topic?: string | null, eligibleCount: number, presentCount: number, excusedCount: number, unexcusedCount: number, durationMinutes: number, evening: boolean, inWindow?: boolean | null, quality?: MeetingQuality | null, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, meetingDayFrom?: number | null, meetingDayTo?: number | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> }, attendance: Array<{ __typename?: 'MeetingAttendance', memberName: string, status: AttendanceStatus, reason?: string | null, excusedStreak: number, member?: { __typename?: 'Member', id: string, fullName: string, position: MemberPosition } | null }>, guests: Array<{ __typename?: 'MeetingGuest', fullName: string, title?: string | null, assignment?: { __typename?: 'OversightAssignment', id: string, fullName: string, title?: string | null } | null }>, recommendations: Array<{ __typename?: 'Recommendation', id: string, text: string, raisedBy: string, raisedOn: string, escalatedOn?: string | null, status: RecommendationStatus, resolutionNote?: string | null, closedOn?: string | null, lockVersion: number, escalatedTo?: { __typename?: 'Organization', id: string, name: string } | null }>, qualityAssessment?: { __typename?: 'Assessment', id: string, status: AssessmentStatus, total?: number | null, level?: RatingLevel | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number } } | null };

export type CellMeetingsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  year: Scalars['Int']['input'];
}>;


export type CellMeetingsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, foundedOn: string, dissolvedOn?: string | null, meetingDayFrom?: number | null, meetingDayTo?: number | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }>, meetings: { __typename?: 'MeetingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, nodes: Array<{ __typename?: 'Meeting', id: string, kind: MeetingKind, date: string, startTime: string, endTime: string, place: string, topic?: string | null, eligibleCount: number, presentCount: number, excusedCount: number, unexcusedCount: number, durationMinutes: number, evening: boolean, inWindow?: boolean | null, quality?: MeetingQuality | null }> }, meetingStats: { __typename?: 'MeetingStats', from: string, to: string, cells: number, meetings: number, regularHeld: number, regularMonthsHeld: number, regularDue: number, regularInWindow: number, cellsBehindOnRegular: number, thematicHeld: number, thematicQuartersCovered: number, thematicQuartersDue: number, cellsBehindOnThematic: number, eligible: number, present: number, attendanceRate?: number | null, excusedAbsences: number, unexcusedAbsences: number, membersExcusedStreak: number, eveningMeetings: number, eveningShare?: number | null, ratedMeetings: number, ratedGood: number, ratedGoodShare?: number | null } } | null };

export type MeetingFormOrgQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingFormOrgQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, meetingDayFrom?: number | null, meetingDayTo?: number | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }>, meetings: { __typename?: 'MeetingConnection', nodes: Array<{ __typename?: 'Meeting', id: string, place: string, startTime: string, endTime: string }> } } | null };

export type MeetingRollQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
}>;


export type MeetingRollQuery = { __typename?: 'Query', meetingRoll: Array<{ __typename?: 'Member', id: string, fullName: string, position: MemberPosition, cardNumber: string }> };

export type MeetingGuestChoicesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
}>;


export type MeetingGuestChoicesQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, oversightAssignments: Array<{ __typename?: 'OversightAssignment', id: string, fullName: string, title?: string | null, fromDate: string, toDate?: string | null }> } | null };

export type MeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingQuery = { __typename?: 'Query', meeting?: { __typename?: 'Meeting', draftResolution: boolean, fullMinutes: boolean, notes?: string | null, lockVersion: number, id: string, kind: MeetingKind, date: string, startTime: string, endTime: string, place: string, topic?: string | null, eligibleCount: number, presentCount: number, excusedCount: number, unexcusedCount: number, durationMinutes: number, evening: boolean, inWindow?: boolean | null, quality?: MeetingQuality | null, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, meetingDayFrom?: number | null, meetingDayTo?: number | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> }, attendance: Array<{ __typename?: 'MeetingAttendance', memberName: string, status: AttendanceStatus, reason?: string | null, excusedStreak: number, member?: { __typename?: 'Member', id: string, fullName: string, position: MemberPosition } | null }>, guests: Array<{ __typename?: 'MeetingGuest', fullName: string, title?: string | null, assignment?: { __typename?: 'OversightAssignment', id: string, fullName: string, title?: string | null } | null }>, recommendations: Array<{ __typename?: 'Recommendation', id: string, text: string, raisedBy: string, raisedOn: string, escalatedOn?: string | null, status: RecommendationStatus, resolutionNote?: string | null, closedOn?: string | null, lockVersion: number, escalatedTo?: { __typename?: 'Organization', id: string, name: string } | null }>, qualityAssessment?: { __typename?: 'Assessment', id: string, status: AssessmentStatus, total?: number | null, level?: RatingLevel | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number } } | null } | null };

export type RecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type RecordMeetingMutation = { __typename?: 'Mutation', recordMeeting: { __typename?: 'Meeting', draftResolution: boolean, fullMinutes: boolean, notes?: string | null, lockVersion: number, id: string, kind: MeetingKind, date: string, startTime: string, endTime: string, place: string, topic?: string | null, eligibleCount: number, presentCount: number, excusedCount: number, unexcusedCount: number, durationMinutes: number, evening: boolean, inWindow?: boolean | null, quality?: MeetingQuality | null, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, meetingDayFrom?: number | null, meetingDayTo?: number | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> }, attendance: Array<{ __typename?: 'MeetingAttendance', memberName: string, status: AttendanceStatus, reason?: string | null, excusedStreak: number, member?: { __typename?: 'Member', id: string, fullName: string, position: MemberPosition } | null }>, guests: Array<{ __typename?: 'MeetingGuest', fullName: string, title?: string | null, assignment?: { __typename?: 'OversightAssignment', id: string, fullName: string, title?: string | null } | null }>, recommendations: Array<{ __typename?: 'Recommendation', id: string, text: string, raisedBy: string, raisedOn: string, escalatedOn?: string | null, status: RecommendationStatus, resolutionNote?: string | null, closedOn?: string | null, lockVersion: number, escalatedTo?: { __typename?: 'Organization', id: string, name: string } | null }>, qualityAssessment?: { __typename?: 'Assessment', id: string, status: AssessmentStatus, total?: number | null, level?: RatingLevel | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number } } | null } };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { __typename?: 'Mutation', updateMeeting: { __typename?: 'Meeting', draftResolution: boolean, fullMinutes: boolean, notes?: string | null, lockVersion: number, id: string, kind: MeetingKind, date: string, startTime: string, endTime: string, place: string, topic?: string | null, eligibleCount: number, presentCount: number, excusedCount: number, unexcusedCount: number, durationMinutes: number, evening: boolean, inWindow?: boolean | null, quality?: MeetingQuality | null, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, cellType?: CellType | null, meetingDayFrom?: number | null, meetingDayTo?: number | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> }, attendance: Array<{ __typename?: 'MeetingAttendance', memberName: string, status: AttendanceStatus, reason?: string | null, excusedStreak: number, member?: { __typename?: 'Member', id: string, fullName: string, position: MemberPosition } | null }>, guests: Array<{ __typename?: 'MeetingGuest', fullName: string, title?: string | null, assignment?: { __typename?: 'OversightAssignment', id: string, fullName: string, title?: string | null } | null }>, recommendations: Array<{ __typename?: 'Recommendation', id: string, text: string, raisedBy: string, raisedOn: string, escalatedOn?: string | null, status: RecommendationStatus, resolutionNote?: string | null, closedOn?: string | null, lockVersion: number, escalatedTo?: { __typename?: 'Organization', id: string, name: string } | null }>, qualityAssessment?: { __typename?: 'Assessment', id: string, status: AssessmentStatus, total?: number | null, level?: RatingLevel | null, table: { __typename?: 'CriteriaTable', id: string, name: string, version: number } } | null } };

export type DeleteMeetingMutationVariables = Exact<{
  input: DeleteMeetingInput;
}>;


export type DeleteMeetingMutation = { __typename?: 'Mutation', deleteMeeting: string };

export type RaiseRecommendationMutationVariables = Exact<{
  input: RaiseRecommendationInput;
}>;


export type RaiseRecommendationMutation = { __typename?: 'Mutation', raiseRecommendation: { __typename?: 'Recommendation', id: string, text: string, raisedBy: string, raisedOn: string, escalatedOn?: string | null, status: RecommendationStatus, resolutionNote?: string | null, closedOn?: string | null, lockVersion: number, meeting?: { __typename?: 'Meeting', id: string } | null, escalatedTo?: { __typename?: 'Organization', id: string, name: string } | null } };

export type UpdateRecommendationMutationVariables = Exact<{
  input: UpdateRecommendationInput;
}>;


export type UpdateRecommendationMutation = { __typename?: 'Mutation', updateRecommendation: { __typename?: 'Recommendation', id: string, text: string, raisedBy: string, raisedOn: string, escalatedOn?: string | null, status: RecommendationStatus, resolutionNote?: string | null, closedOn?: string | null, lockVersion: number, meeting?: { __typename?: 'Meeting', id: string } | null, escalatedTo?: { __typename?: 'Organization', id: string, name: string } | null } };

export type MeetingsBetweenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type MeetingsBetweenQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, meetings: { __typename?: 'MeetingConnection', nodes: Array<{ __typename?: 'Meeting', id: string, kind: MeetingKind, date: string }> } } | null };

export type SetMeetingWindowMutationVariables = Exact<{
  input: MeetingWindowInput;
}>;


export type SetMeetingWindowMutation = { __typename?: 'Mutation', setMeetingWindow: { __typename?: 'Organization', id: string, meetingDayFrom?: number | null, meetingDayTo?: number | null } };

export type MemberRecordFragment = { __typename?: 'Member', id: string, cardNumber: string, fullName: string, gender: Gender, birthDate?: string | null, age: number, joinedOn: string, officialOn?: string | null, position: MemberPosition, status: MemberStatus, memberships: Array<{ __typename?: 'CellMembership', organizationName: string, position: MemberPosition, validFrom: string, validTo?: string | null, organization?: { __typename?: 'Organization', id: string, name: string } | null }>, statusHistory: Array<{ __typename?: 'StatusPeriod', status: MemberStatus, validFrom: string, validTo?: string | null }> };

export type ManagedMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ManagedMembersQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'Member', id: string, cardNumber: string, fullName: string, gender: Gender, age: number, position: MemberPosition, status: MemberStatus, organization?: { __typename?: 'Organization', id: string, name: string } | null }> } } | null };

export type ManagedMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ManagedMemberQuery = { __typename?: 'Query', member?: { __typename?: 'Member', id: string, cardNumber: string, fullName: string, gender: Gender, birthDate?: string | null, age: number, joinedOn: string, officialOn?: string | null, position: MemberPosition, status: MemberStatus, organization?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, memberships: Array<{ __typename?: 'CellMembership', organizationName: string, position: MemberPosition, validFrom: string, validTo?: string | null, organization?: { __typename?: 'Organization', id: string, name: string } | null }>, statusHistory: Array<{ __typename?: 'StatusPeriod', status: MemberStatus, validFrom: string, validTo?: string | null }> } | null };

export type MemberChangesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberChangesQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', nodes: Array<{ __typename?: 'AuditEntry', at: string, username: string, action: string, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null }> } };

export type CreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type CreateMemberMutation = { __typename?: 'Mutation', createMember: { __typename?: 'Member', id: string, fullName: string } };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'Member', id: string, fullName: string } };

export type TransferMemberMutationVariables = Exact<{
  input: TransferMemberInput;
}>;


export type TransferMemberMutation = { __typename?: 'Mutation', transferMember: { __typename?: 'Member', id: string, organization?: { __typename?: 'Organization', id: string, name: string } | null } };

export type ChangeMemberStatusMutationVariables = Exact<{
  input: ChangeMemberStatusInput;
}>;


export type ChangeMemberStatusMutation = { __typename?: 'Mutation', changeMemberStatus: { __typename?: 'Member', id: string, status: MemberStatus } };

export type OrganizationPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type OrganizationPageQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null, cellType?: CellType | null, foundedOn: string, dissolvedOn?: string | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }>, stats: { __typename?: 'OrganizationStats', asOf: string, members: number, organizations: number, organizationsByKind: Array<{ __typename?: 'KindCount', kind: OrganizationKind, count: number }>, membersByStatus: Array<{ __typename?: 'StatusCount', status: MemberStatus, count: number }>, membersByGender: Array<{ __typename?: 'GenderCount', gender: Gender, count: number }>, membersByAgeBand: Array<{ __typename?: 'AgeBandCount', ageBand: AgeBand, count: number }> } } | null };

export type ManagedOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ManagedOrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, code: string, name: string, kind: OrganizationKind, sector?: CommitteeSector | null, cellType?: CellType | null, foundedOn: string, dissolvedOn?: string | null, nameSince: string, formerNames: Array<{ __typename?: 'FormerName', name: string, usedFrom: string, usedUntil: string }>, parent?: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind } | null, ancestors: Array<{ __typename?: 'Organization', id: string, name: string }>, stats: { __typename?: 'OrganizationStats', members: number, organizations: number } } | null };

export type PreviewOrganizationChangeQueryVariables = Exact<{
  input: OrganizationChangeInput;
}>;


export type PreviewOrganizationChangeQuery = { __typename?: 'Query', previewOrganizationChange: { __typename?: 'OrganizationChangePreview', organizationsMoving: number, cellsMoving: number, membersMoving: number, dissolved: Array<{ __typename?: 'OrganizationPreviewNode', id: string, code: string, name: string, kind: OrganizationKind, level: number, changed: boolean, members: number }>, treeAfter: Array<{ __typename?: 'OrganizationPreviewNode', id: string, code: string, name: string, kind: OrganizationKind, level: number, changed: boolean, members: number }> } };

export type PreviewNodeFragment = { __typename?: 'OrganizationPreviewNode', id: string, code: string, name: string, kind: OrganizationKind, level: number, changed: boolean, members: number };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, name: string } };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { __typename?: 'Mutation', updateOrganization: { __typename?: 'Organization', id: string, name: string, nameSince: string, code: string, sector?: CommitteeSector | null, cellType?: CellType | null } };

export type MoveOrganizationMutationVariables = Exact<{
  input: MoveOrganizationInput;
}>;


export type MoveOrganizationMutation = { __typename?: 'Mutation', moveOrganization: { __typename?: 'Organization', id: string, name: string } };

export type MergeOrganizationsMutationVariables = Exact<{
  input: MergeOrganizationsInput;
}>;


export type MergeOrganizationsMutation = { __typename?: 'Mutation', mergeOrganizations: { __typename?: 'Organization', id: string, name: string } };

export type DissolveOrganizationMutationVariables = Exact<{
  input: DissolveOrganizationInput;
}>;


export type DissolveOrganizationMutation = { __typename?: 'Mutation', dissolveOrganization: { __typename?: 'Organization', id: string, name: string, dissolvedOn?: string | null } };

export type ManagedUsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ManagedUsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, nodes: Array<{ __typename?: 'User', id: string, username: string, displayName: string, active: boolean, grants: Array<{ __typename?: 'RoleGrant', id: string, role: Role, organization?: { __typename?: 'Organization', id: string, name: string } | null }> }> } };

export type ManagedUserFragment = { __typename?: 'User', id: string, username: string, displayName: string, active: boolean, grants: Array<{ __typename?: 'RoleGrant', id: string, role: Role, organization?: { __typename?: 'Organization', id: string, name: string } | null }> };

export type ManagedUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ManagedUserQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Assessment' }
    | { __typename?: 'Award' }
    | { __typename?: 'CriteriaTable' }
    | { __typename?: 'Meeting' }
    | { __typename?: 'Member' }
    | { __typename?: 'MemberCommitment' }
    | { __typename?: 'Organization' }
    | { __typename?: 'OversightAssignment' }
    | { __typename?: 'Recommendation' }
    | { __typename?: 'SavedQuery' }
    | { __typename?: 'User', id: string, username: string, displayName: string, active: boolean, grants: Array<{ __typename?: 'RoleGrant', id: string, role: Role, organization?: { __typename?: 'Organization', id: string, name: string } | null }> }
   | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, username: string, displayName: string, active: boolean, grants: Array<{ __typename?: 'RoleGrant', id: string, role: Role, organization?: { __typename?: 'Organization', id: string, name: string } | null }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'User', id: string, username: string } };

export type SetUserActiveMutationVariables = Exact<{
  input: SetUserActiveInput;
}>;


export type SetUserActiveMutation = { __typename?: 'Mutation', setUserActive: { __typename?: 'User', id: string, active: boolean } };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { __typename?: 'Mutation', grantRole: { __typename?: 'RoleGrant', id: string, role: Role, organization?: { __typename?: 'Organization', id: string, name: string } | null } };

export type RevokeGrantMutationVariables = Exact<{
  input: RevokeGrantInput;
}>;


export type RevokeGrantMutation = { __typename?: 'Mutation', revokeGrant: { __typename?: 'RoleGrant', id: string } };

export type SavedQueriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SavedQueriesQuery = { __typename?: 'Query', savedQueries: { __typename?: 'SavedQueryConnection', totalCount: number, nodes: Array<{ __typename?: 'SavedQuery', id: string, name: string, description?: string | null, query: string, variables?: string | null, shared: boolean, ownerName: string, updatedAt: string }> } };

export type SavedQueryPartsFragment = { __typename?: 'SavedQuery', id: string, name: string, description?: string | null, query: string, variables?: string | null, shared: boolean, ownerName: string, updatedAt: string };

export type SaveQueryMutationVariables = Exact<{
  input: SaveQueryInput;
}>;


export type SaveQueryMutation = { __typename?: 'Mutation', saveQuery: { __typename?: 'SavedQuery', id: string, name: string, description?: string | null, query: string, variables?: string | null, shared: boolean, ownerName: string, updatedAt: string } };

export type DeleteSavedQueryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSavedQueryMutation = { __typename?: 'Mutation', deleteSavedQuery: boolean };

export const PageInfoPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoPartsFragment, unknown>;
export const RatingDistributionPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingDistributionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingDistribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]} as unknown as DocumentNode<RatingDistributionPartsFragment, unknown>;
export const FourGoodPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FourGoodParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FourGoodRollup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}}]}}]} as unknown as DocumentNode<FourGoodPartsFragment, unknown>;
export const MeetingStatsFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingStatsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"regularHeld"}},{"kind":"Field","name":{"kind":"Name","value":"regularMonthsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"regularDue"}},{"kind":"Field","name":{"kind":"Name","value":"regularInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"cellsBehindOnRegular"}},{"kind":"Field","name":{"kind":"Name","value":"thematicHeld"}},{"kind":"Field","name":{"kind":"Name","value":"thematicQuartersCovered"}},{"kind":"Field","name":{"kind":"Name","value":"thematicQuartersDue"}},{"kind":"Field","name":{"kind":"Name","value":"cellsBehindOnThematic"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"excusedAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"membersExcusedStreak"}},{"kind":"Field","name":{"kind":"Name","value":"eveningMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"eveningShare"}},{"kind":"Field","name":{"kind":"Name","value":"ratedMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"ratedGood"}},{"kind":"Field","name":{"kind":"Name","value":"ratedGoodShare"}}]}}]} as unknown as DocumentNode<MeetingStatsFiguresFragment, unknown>;
export const HomeOrganizationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<HomeOrganizationFragment, unknown>;
export const CriteriaContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}}]} as unknown as DocumentNode<CriteriaContentFragment, unknown>;
export const AssessmentFullFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfYes"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reviewYes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}}]} as unknown as DocumentNode<AssessmentFullFragment, unknown>;
export const CriteriaTableFullFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaTableFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}}]} as unknown as DocumentNode<CriteriaTableFullFragment, unknown>;
export const MeetingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"excusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"evening"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}}]}}]} as unknown as DocumentNode<MeetingRowFragment, unknown>;
export const RecommendationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecommendationRowFragment, unknown>;
export const MeetingFullFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}},{"kind":"Field","name":{"kind":"Name","value":"draftResolution"}},{"kind":"Field","name":{"kind":"Name","value":"fullMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayTo"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"excusedStreak"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"excusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"evening"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeetingFullFragment, unknown>;
export const MemberRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officialOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<MemberRecordFragment, unknown>;
export const PreviewNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPreviewNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"members"}}]}}]} as unknown as DocumentNode<PreviewNodeFragment, unknown>;
export const ManagedUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedUserFragment, unknown>;
export const SavedQueryPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SavedQueryPartsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"canReadPersonal"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"canQuery"}},{"kind":"Field","name":{"kind":"Name","value":"canManageUsers"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const OrganizationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCell"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officialOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCell"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const OrganizationRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"fromAssessment"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationRatingsQuery, OrganizationRatingsQueryVariables>;
export const MemberRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"fromAssessment"}}]}}]}}]}}]} as unknown as DocumentNode<MemberRatingsQuery, MemberRatingsQueryVariables>;
export const OrgChartsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgCharts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"organizations"},"name":{"kind":"Name","value":"ratingDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"ORGANIZATION"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingDistributionParts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"members"},"name":{"kind":"Name","value":"ratingDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"MEMBER"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingDistributionParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"organizationTrend"},"name":{"kind":"Name","value":"ratingTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"ORGANIZATION"}},{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingDistributionParts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"memberTrend"},"name":{"kind":"Name","value":"ratingTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"MEMBER"}},{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingDistributionParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapExcesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superior"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"over"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingDistributionParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RatingDistribution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]} as unknown as DocumentNode<OrgChartsQuery, OrgChartsQueryVariables>;
export const RatingBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSubtree"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"aboveAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"grassroots"},"name":{"kind":"Name","value":"ratingDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"EnumValue","value":"ORGANIZATION"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"GRASSROOTS_COMMITTEE"},{"kind":"EnumValue","value":"GRASSROOTS_CELL"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSubtree"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"residential"},"name":{"kind":"Name","value":"fourGood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cellTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RESIDENTIAL"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSubtree"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FourGoodParts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"agency"},"name":{"kind":"Name","value":"fourGood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cellTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AGENCY"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSubtree"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FourGoodParts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"publicService"},"name":{"kind":"Name","value":"fourGood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cellTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLIC_SERVICE"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSubtree"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FourGoodParts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"enterprise"},"name":{"kind":"Name","value":"fourGood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cellTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ENTERPRISE"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSubtree"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FourGoodParts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"armedForces"},"name":{"kind":"Name","value":"fourGood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cellTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ARMED_FORCES"}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSubtree"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FourGoodParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FourGoodParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FourGoodRollup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}}]}}]} as unknown as DocumentNode<RatingBreakdownQuery, RatingBreakdownQueryVariables>;
export const OrganizationChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ratingLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"fourGoodWithin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationChildrenQuery, OrganizationChildrenQueryVariables>;
export const OrgMeetingStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgMeetingStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingStatsFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendationStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"oldestOpenDays"}},{"kind":"Field","name":{"kind":"Name","value":"averageOpenDays"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingStatsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"regularHeld"}},{"kind":"Field","name":{"kind":"Name","value":"regularMonthsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"regularDue"}},{"kind":"Field","name":{"kind":"Name","value":"regularInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"cellsBehindOnRegular"}},{"kind":"Field","name":{"kind":"Name","value":"thematicHeld"}},{"kind":"Field","name":{"kind":"Name","value":"thematicQuartersCovered"}},{"kind":"Field","name":{"kind":"Name","value":"thematicQuartersDue"}},{"kind":"Field","name":{"kind":"Name","value":"cellsBehindOnThematic"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"excusedAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"membersExcusedStreak"}},{"kind":"Field","name":{"kind":"Name","value":"eveningMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"eveningShare"}},{"kind":"Field","name":{"kind":"Name","value":"ratedMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"ratedGood"}},{"kind":"Field","name":{"kind":"Name","value":"ratedGoodShare"}}]}}]} as unknown as DocumentNode<OrgMeetingStatsQuery, OrgMeetingStatsQueryVariables>;
export const MemberAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"excusedStreak"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberAttendanceQuery, MemberAttendanceQueryVariables>;
export const OrgSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgSearchQuery, OrgSearchQueryVariables>;
export const ProvincesForPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvincesForPicker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}}]}}]}}]}}]} as unknown as DocumentNode<ProvincesForPickerQuery, ProvincesForPickerQueryVariables>;
export const SearchEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"matchedText"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"matchedText"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchEverythingQuery, SearchEverythingQueryVariables>;
export const ProvincesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provinces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeOrganization"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ProvincesQuery, ProvincesQueryVariables>;
export const MyOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeOrganization"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeOrganization"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganizationsQuery, MyOrganizationsQueryVariables>;
export const MemberPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRecord"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officialOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
export const MembersListOrgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersListOrg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<MembersListOrgQuery, MembersListOrgQueryVariables>;
export const OrgListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DescendantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"descendants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrgListQuery, OrgListQueryVariables>;
export const AssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfYes"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reviewYes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentQuery, AssessmentQueryVariables>;
export const AssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentsQuery, AssessmentsQueryVariables>;
export const CreateAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAssessmentMutation, CreateAssessmentMutationVariables>;
export const SaveScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveScoresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfYes"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reviewYes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]}}]} as unknown as DocumentNode<SaveScoresMutation, SaveScoresMutationVariables>;
export const SubmitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfYes"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reviewYes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitAssessmentMutation, SubmitAssessmentMutationVariables>;
export const ApproveAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfYes"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reviewYes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveAssessmentMutation, ApproveAssessmentMutationVariables>;
export const ReturnAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"selfPoints"}},{"kind":"Field","name":{"kind":"Name","value":"selfYes"}},{"kind":"Field","name":{"kind":"Name","value":"selfNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reviewYes"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"selfOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnAssessmentMutation, ReturnAssessmentMutationVariables>;
export const AssessmentHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentHistoryQuery, AssessmentHistoryQueryVariables>;
export const PublishedTablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"model"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaModel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaTables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"model"},"value":{"kind":"Variable","name":{"kind":"Name","value":"model"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedTablesQuery, PublishedTablesQueryVariables>;
export const OrgBriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgBrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}}]}}]}}]} as unknown as DocumentNode<OrgBriefQuery, OrgBriefQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditOrgNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditOrgName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AuditOrgNameQuery, AuditOrgNameQueryVariables>;
export const CriteriaTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaTableFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaTableFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CriteriaTableQuery, CriteriaTableQueryVariables>;
export const CriteriaSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seriesCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaTables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"seriesCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seriesCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CriteriaSeriesQuery, CriteriaSeriesQueryVariables>;
export const CriteriaTablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTableFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaTables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriteriaTablesQuery, CriteriaTablesQueryVariables>;
export const CreateCriteriaTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCriteriaTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCriteriaTableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCriteriaTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCriteriaTableMutation, CreateCriteriaTableMutationVariables>;
export const SaveCriteriaTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCriteriaTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCriteriaTableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCriteriaTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaTableFull"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaTableFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SaveCriteriaTableMutation, SaveCriteriaTableMutationVariables>;
export const PublishCriteriaTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCriteriaTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCriteriaTableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCriteriaTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaTableFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaTableFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PublishCriteriaTableMutation, PublishCriteriaTableMutationVariables>;
export const NewCriteriaTableVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewCriteriaTableVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newCriteriaTableVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NewCriteriaTableVersionMutation, NewCriteriaTableVersionMutationVariables>;
export const ImportCriteriaTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCriteriaTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCriteriaTableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCriteriaTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaTableFull"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fourGoodThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"second"}},{"kind":"Field","name":{"kind":"Name","value":"third"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusCap"}},{"kind":"Field","name":{"kind":"Name","value":"deductionCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCapPercent"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingCapPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"groupCode"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"vetoEffect"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaTableFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaContent"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportCriteriaTableMutation, ImportCriteriaTableMutationVariables>;
export const CriteriaExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaTable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"export"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]}}]} as unknown as DocumentNode<CriteriaExportQuery, CriteriaExportQueryVariables>;
export const CompareCriteriaTablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareCriteriaTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareCriteriaTables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsAdded"}},{"kind":"Field","name":{"kind":"Name","value":"groupsRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"groupsChanged"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeChanged"}}]}}]}}]} as unknown as DocumentNode<CompareCriteriaTablesQuery, CompareCriteriaTablesQueryVariables>;
export const WhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tableId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"model"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriteriaModel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tableId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tableId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"model"},"value":{"kind":"Variable","name":{"kind":"Name","value":"model"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fourGood"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTotal"}},{"kind":"Field","name":{"kind":"Name","value":"candidateTotal"}},{"kind":"Field","name":{"kind":"Name","value":"currentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"candidateLevel"}},{"kind":"Field","name":{"kind":"Name","value":"currentFourGood"}},{"kind":"Field","name":{"kind":"Name","value":"candidateFourGood"}}]}}]}}]}}]} as unknown as DocumentNode<WhatIfQuery, WhatIfQueryVariables>;
export const CellMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CellMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayTo"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingStatsFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"excusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"evening"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingStatsFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"regularHeld"}},{"kind":"Field","name":{"kind":"Name","value":"regularMonthsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"regularDue"}},{"kind":"Field","name":{"kind":"Name","value":"regularInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"cellsBehindOnRegular"}},{"kind":"Field","name":{"kind":"Name","value":"thematicHeld"}},{"kind":"Field","name":{"kind":"Name","value":"thematicQuartersCovered"}},{"kind":"Field","name":{"kind":"Name","value":"thematicQuartersDue"}},{"kind":"Field","name":{"kind":"Name","value":"cellsBehindOnThematic"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"excusedAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedAbsences"}},{"kind":"Field","name":{"kind":"Name","value":"membersExcusedStreak"}},{"kind":"Field","name":{"kind":"Name","value":"eveningMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"eveningShare"}},{"kind":"Field","name":{"kind":"Name","value":"ratedMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"ratedGood"}},{"kind":"Field","name":{"kind":"Name","value":"ratedGoodShare"}}]}}]} as unknown as DocumentNode<CellMeetingsQuery, CellMeetingsQueryVariables>;
export const MeetingFormOrgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingFormOrg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayTo"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingFormOrgQuery, MeetingFormOrgQueryVariables>;
export const MeetingRollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingRoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingRoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}}]}}]}}]} as unknown as DocumentNode<MeetingRollQuery, MeetingRollQueryVariables>;
export const MeetingGuestChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingGuestChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oversightAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingGuestChoicesQuery, MeetingGuestChoicesQueryVariables>;
export const MeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"excusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"evening"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}},{"kind":"Field","name":{"kind":"Name","value":"draftResolution"}},{"kind":"Field","name":{"kind":"Name","value":"fullMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayTo"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"excusedStreak"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<MeetingQuery, MeetingQueryVariables>;
export const RecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"excusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"evening"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}},{"kind":"Field","name":{"kind":"Name","value":"draftResolution"}},{"kind":"Field","name":{"kind":"Name","value":"fullMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayTo"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"excusedStreak"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFull"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"presentCount"}},{"kind":"Field","name":{"kind":"Name","value":"excusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedCount"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"evening"}},{"kind":"Field","name":{"kind":"Name","value":"inWindow"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFull"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}},{"kind":"Field","name":{"kind":"Name","value":"draftResolution"}},{"kind":"Field","name":{"kind":"Name","value":"fullMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayTo"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"excusedStreak"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"table"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const DeleteMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteMeetingMutation, DeleteMeetingMutationVariables>;
export const RaiseRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationRow"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RaiseRecommendationMutation, RaiseRecommendationMutationVariables>;
export const UpdateRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecommendationRow"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lockVersion"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateRecommendationMutation, UpdateRecommendationMutationVariables>;
export const MeetingsBetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingsBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingsBetweenQuery, MeetingsBetweenQueryVariables>;
export const SetMeetingWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMeetingWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayFrom"}},{"kind":"Field","name":{"kind":"Name","value":"meetingDayTo"}}]}}]}}]} as unknown as DocumentNode<SetMeetingWindowMutation, SetMeetingWindowMutationVariables>;
export const ManagedMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagedMembersQuery, ManagedMembersQueryVariables>;
export const ManagedMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRecord"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"officialOn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<ManagedMemberQuery, ManagedMemberQueryVariables>;
export const MemberChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<MemberChangesQuery, MemberChangesQueryVariables>;
export const CreateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<CreateMemberMutation, CreateMemberMutationVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const TransferMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TransferMemberMutation, TransferMemberMutationVariables>;
export const ChangeMemberStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberStatusMutation, ChangeMemberStatusMutationVariables>;
export const OrganizationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersByGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersByAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const ManagedOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nameSince"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"usedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedOrganizationQuery, ManagedOrganizationQueryVariables>;
export const PreviewOrganizationChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewOrganizationChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewOrganizationChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationsMoving"}},{"kind":"Field","name":{"kind":"Name","value":"cellsMoving"}},{"kind":"Field","name":{"kind":"Name","value":"membersMoving"}},{"kind":"Field","name":{"kind":"Name","value":"dissolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treeAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PreviewNode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PreviewNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPreviewNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"members"}}]}}]} as unknown as DocumentNode<PreviewOrganizationChangeQuery, PreviewOrganizationChangeQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameSince"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"cellType"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const MoveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MoveOrganizationMutation, MoveOrganizationMutationVariables>;
export const MergeOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeOrganizationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MergeOrganizationsMutation, MergeOrganizationsMutationVariables>;
export const DissolveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DissolveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DissolveOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dissolveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}}]}}]}}]} as unknown as DocumentNode<DissolveOrganizationMutation, DissolveOrganizationMutationVariables>;
export const ManagedUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedUsersQuery, ManagedUsersQueryVariables>;
export const ManagedUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedUserQuery, ManagedUserQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ManagedUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ManagedUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RevokeGrantMutation, RevokeGrantMutationVariables>;
export const SavedQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedQueries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SavedQueriesQuery, SavedQueriesQueryVariables>;
export const SaveQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedQueryParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedQueryParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedQuery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SaveQueryMutation, SaveQueryMutationVariables>;
export const DeleteSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedQueryMutation, DeleteSavedQueryMutationVariables>;