import { Migration } from '@mikro-orm/migrations';

export class Migration20261121115044 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "member_commitment" ("id" serial primary key, "member_id" int not null, "organization_id" int not null, "year" int not null, "kind" text check ("kind" in ('TECHNICAL_INITIATIVE', 'CANDIDATE_INTRODUCED', 'OTHER')) not null, "description" text not null, "target" numeric(9,2) not null, "result" numeric(9,2) null, "result_note" text null, "registered_on" date not null, "org_path" varchar(1000) collate "C" not null, "root_id" int not null, "lock_version" int not null default 1, "created_at" timestamptz not null);`);
    this.addSql(`create index "member_commitment_member_index" on "member_commitment" ("member_id", "year");`);
    this.addSql(`create index "member_commitment_path_index" on "member_commitment" ("org_path", "year", "kind");`);

    this.addSql(`create table "meeting" ("id" serial primary key, "organization_id" int not null, "kind" text check ("kind" in ('REGULAR', 'THEMATIC', 'REGULAR_WITH_THEMATIC', 'EXTRAORDINARY')) not null, "date" date not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "place" varchar(300) not null, "topic" text null, "draft_resolution" boolean not null, "full_minutes" boolean not null, "notes" text null, "org_path" varchar(1000) collate "C" not null, "root_id" int not null, "eligible_count" int not null, "present_count" int not null, "excused_count" int not null, "unexcused_count" int not null, "duration_minutes" int not null, "evening" boolean not null, "in_window" boolean null, "quality" text check ("quality" in ('GOOD', 'FAIR', 'AVERAGE', 'POOR')) null, "lock_version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "meeting_rollup_index" on "meeting" ("org_path", "date", "kind", "eligible_count", "present_count", "excused_count", "unexcused_count", "evening", "in_window", "quality");`);
    this.addSql(`create index "meeting_organization_date_index" on "meeting" ("organization_id", "date");`);

    this.addSql(`create table "attendance" ("id" serial primary key, "meeting_id" int not null, "member_id" int not null, "status" text check ("status" in ('PRESENT', 'EXCUSED', 'UNEXCUSED')) not null, "reason" text null, "date" date not null, "org_path" varchar(1000) collate "C" not null, "excused_streak" int not null default 0);`);
    this.addSql(`create index "attendance_streak_index" on "attendance" ("excused_streak", "org_path", "date", "member_id");`);
    this.addSql(`create index "attendance_member_date_index" on "attendance" ("member_id", "date");`);
    this.addSql(`alter table "attendance" add constraint "attendance_meeting_member_unique" unique ("meeting_id", "member_id");`);

    this.addSql(`create table "award" ("id" serial primary key, "kind" text check ("kind" in ('CERTIFICATE_OF_MERIT', 'DIPLOMA_OF_MERIT', 'OTHER')) not null, "organization_id" int not null, "member_id" int null, "conferred_by_id" int not null, "awarded_on" date not null, "year" int not null, "reason" text not null, "decision_number" varchar(64) null, "org_path" varchar(1000) collate "C" not null, "root_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "award_member_index" on "award" ("member_id");`);
    this.addSql(`create index "award_path_index" on "award" ("org_path", "year", "kind");`);

    this.addSql(`create table "oversight_assignment" ("id" serial primary key, "organization_id" int not null, "committee_id" int not null, "member_id" int null, "full_name" varchar(200) not null, "title" varchar(200) null, "from_date" date not null, "to_date" date null, "required_per_year" int not null default 2, "org_path" varchar(1000) collate "C" not null, "root_id" int not null, "lock_version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "oversight_assignment_committee_index" on "oversight_assignment" ("committee_id", "from_date");`);
    this.addSql(`create index "oversight_assignment_path_index" on "oversight_assignment" ("org_path", "from_date");`);

    this.addSql(`create table "meeting_guest" ("id" serial primary key, "meeting_id" int not null, "assignment_id" int null, "full_name" varchar(200) not null, "title" varchar(200) null, "date" date not null);`);
    this.addSql(`create index "meeting_guest_assignment_index" on "meeting_guest" ("assignment_id", "date");`);

    this.addSql(`create table "recommendation" ("id" serial primary key, "organization_id" int not null, "meeting_id" int null, "text" text not null, "raised_by" varchar(200) not null, "raised_on" date not null, "escalated_to_id" int null, "escalated_on" date null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'DECLINED')) not null default 'OPEN', "resolution_note" text null, "closed_on" date null, "org_path" varchar(1000) collate "C" not null, "root_id" int not null, "lock_version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "recommendation_rollup_index" on "recommendation" ("org_path", "status", "raised_on");`);

    this.addSql(`alter table "member_commitment" add constraint "member_commitment_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "member_commitment" add constraint "member_commitment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meeting" add constraint "meeting_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "attendance" add constraint "attendance_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "award" add constraint "award_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "award" add constraint "award_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "award" add constraint "award_conferred_by_id_foreign" foreign key ("conferred_by_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "oversight_assignment" add constraint "oversight_assignment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "oversight_assignment" add constraint "oversight_assignment_committee_id_foreign" foreign key ("committee_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "oversight_assignment" add constraint "oversight_assignment_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meeting_guest" add constraint "meeting_guest_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_guest" add constraint "meeting_guest_assignment_id_foreign" foreign key ("assignment_id") references "oversight_assignment" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "recommendation" add constraint "recommendation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "recommendation" add constraint "recommendation_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "recommendation" add constraint "recommendation_escalated_to_id_foreign" foreign key ("escalated_to_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "organization" add column "meeting_day_from" int null, add column "meeting_day_to" int null;`);

    this.addSql(`alter table "assessment" drop constraint "assessment_subject_unique";`);

    this.addSql(`alter table "assessment" add column "meeting_id" int null, add column "meeting_key" int not null default 0;`);
    this.addSql(`alter table "assessment" add constraint "assessment_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessment" add constraint "assessment_subject_unique" unique ("organization_id", "member_key", "meeting_key", "model", "period");`);

    this.addSql(`alter table "assessment_score" add column "metric_value" numeric(12,4) null, add column "metric_points" numeric(7,2) null, add column "metric_yes" boolean null, add column "metric_detail" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "attendance" drop constraint "attendance_meeting_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_guest" drop constraint "meeting_guest_meeting_id_foreign";`);

    this.addSql(`alter table "recommendation" drop constraint "recommendation_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_guest" drop constraint "meeting_guest_assignment_id_foreign";`);

    this.addSql(`drop table if exists "member_commitment" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "attendance" cascade;`);

    this.addSql(`drop table if exists "award" cascade;`);

    this.addSql(`drop table if exists "oversight_assignment" cascade;`);

    this.addSql(`drop table if exists "meeting_guest" cascade;`);

    this.addSql(`drop table if exists "recommendation" cascade;`);

    this.addSql(`alter table "assessment" drop constraint "assessment_subject_unique";`);
    this.addSql(`alter table "assessment" drop column "meeting_id", drop column "meeting_key";`);

    this.addSql(`alter table "assessment" add constraint "assessment_subject_unique" unique ("organization_id", "member_key", "model", "period");`);

    this.addSql(`alter table "assessment_score" drop column "metric_value", drop column "metric_points", drop column "metric_yes", drop column "metric_detail";`);

    this.addSql(`alter table "organization" drop column "meeting_day_from", drop column "meeting_day_to";`);
  }

}
