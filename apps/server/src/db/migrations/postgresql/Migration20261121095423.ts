import { Migration } from '@mikro-orm/migrations';

export class Migration20261121095423 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "model_registration" ("id" serial primary key, "organization_id" int not null, "model" text check ("model" in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING', 'MEMBER_RATING', 'MEETING_QUALITY')) not null, "from_year" int not null, "to_year" int not null, "registered_on" date not null, "root_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "model_registration_model_index" on "model_registration" ("model", "from_year", "to_year");`);
    this.addSql(`alter table "model_registration" add constraint "model_registration_unique" unique ("organization_id", "model", "from_year");`);

    this.addSql(`create table "criteria_table" ("id" serial primary key, "series_code" varchar(64) not null, "version" int not null, "name" varchar(300) not null, "model" text check ("model" in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING', 'MEMBER_RATING', 'MEETING_QUALITY')) not null, "organization_kind" text check ("organization_kind" in ('PROVINCIAL_COMMITTEE', 'DIRECTLY_SUPERIOR_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'PARTIAL_COMMITTEE', 'CELL')) null, "cell_type" text check ("cell_type" in ('RESIDENTIAL', 'AGENCY', 'PUBLIC_SERVICE', 'ENTERPRISE', 'ARMED_FORCES', 'OTHER')) null, "owner_id" int not null, "owner_path" varchar(1000) collate "C" not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "outcome" jsonb not null, "is_example" boolean not null default false, "based_on_id" int null, "published_at" timestamptz null, "lock_version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "criteria_table_owner_index" on "criteria_table" ("owner_id", "model");`);
    this.addSql(`alter table "criteria_table" add constraint "criteria_table_series_version_unique" unique ("series_code", "version");`);

    this.addSql(`create table "criteria_group" ("id" serial primary key, "table_id" int not null, "code" varchar(32) not null, "title" varchar(500) not null, "position" int not null, "min_points" numeric(7,2) null);`);
    this.addSql(`alter table "criteria_group" add constraint "criteria_group_code_unique" unique ("table_id", "code");`);

    this.addSql(`create table "criteria_item" ("id" serial primary key, "table_id" int not null, "group_id" int not null, "code" varchar(32) not null, "text" text not null, "guidance" text null, "kind" text check ("kind" in ('SCORED', 'YES_NO', 'DEDUCTION', 'BONUS', 'VETO')) not null, "max_points" numeric(7,2) not null, "veto_effect" text check ("veto_effect" in ('BLOCKS_TOP', 'FORCES_LOWEST')) null, "metric" varchar(64) null, "position" int not null);`);
    this.addSql(`alter table "criteria_item" add constraint "criteria_item_code_unique" unique ("table_id", "code");`);

    this.addSql(`create table "assessment" ("id" serial primary key, "table_id" int not null, "model" text check ("model" in ('FOUR_GOOD_CELL', 'FOUR_GOOD_COMMITTEE', 'ORGANIZATION_RATING', 'MEMBER_RATING', 'MEETING_QUALITY')) not null, "organization_id" int not null, "member_id" int null, "member_key" int not null, "period" varchar(7) not null, "year" int not null, "subject_path" varchar(1000) collate "C" not null, "root_id" int not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')) not null default 'DRAFT', "return_reason" text null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "approved_by" int null, "total" numeric(7,2) null, "level" text check ("level" in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')) null, "four_good" boolean null, "lock_version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "assessment_path_index" on "assessment" ("model", "year", "subject_path");`);
    this.addSql(`alter table "assessment" add constraint "assessment_subject_unique" unique ("organization_id", "member_key", "model", "period");`);

    this.addSql(`create table "assessment_score" ("id" serial primary key, "assessment_id" int not null, "item_id" int not null, "self_points" numeric(7,2) null, "self_yes" boolean null, "self_note" text null, "review_points" numeric(7,2) null, "review_yes" boolean null, "review_note" text null);`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_item_unique" unique ("assessment_id", "item_id");`);

    this.addSql(`create table "rating" ("id" serial primary key, "subject" text check ("subject" in ('ORGANIZATION', 'MEMBER')) not null, "organization_id" int not null, "member_id" int null, "member_key" int not null, "year" int not null, "level" text check ("level" in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')) not null, "points" numeric(7,2) null, "vetoes" jsonb null, "assessment_id" int null, "evaluated_on" date not null, "org_path" varchar(1000) collate "C" not null, "root_id" int not null);`);
    this.addSql(`create index "rating_rollup_index" on "rating" ("subject", "year", "org_path", "level");`);
    this.addSql(`alter table "rating" add constraint "rating_subject_unique" unique ("subject", "organization_id", "member_key", "year");`);

    this.addSql(`alter table "model_registration" add constraint "model_registration_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "criteria_table" add constraint "criteria_table_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "criteria_table" add constraint "criteria_table_based_on_id_foreign" foreign key ("based_on_id") references "criteria_table" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "criteria_group" add constraint "criteria_group_table_id_foreign" foreign key ("table_id") references "criteria_table" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "criteria_item" add constraint "criteria_item_table_id_foreign" foreign key ("table_id") references "criteria_table" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "criteria_item" add constraint "criteria_item_group_id_foreign" foreign key ("group_id") references "criteria_group" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assessment" add constraint "assessment_table_id_foreign" foreign key ("table_id") references "criteria_table" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assessment" add constraint "assessment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assessment" add constraint "assessment_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assessment_score" add constraint "assessment_score_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assessment_score" add constraint "assessment_score_item_id_foreign" foreign key ("item_id") references "criteria_item" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "rating" add constraint "rating_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "rating" add constraint "rating_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "rating" add constraint "rating_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "criteria_table" drop constraint "criteria_table_based_on_id_foreign";`);

    this.addSql(`alter table "criteria_group" drop constraint "criteria_group_table_id_foreign";`);

    this.addSql(`alter table "criteria_item" drop constraint "criteria_item_table_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_table_id_foreign";`);

    this.addSql(`alter table "criteria_item" drop constraint "criteria_item_group_id_foreign";`);

    this.addSql(`alter table "assessment_score" drop constraint "assessment_score_item_id_foreign";`);

    this.addSql(`alter table "assessment_score" drop constraint "assessment_score_assessment_id_foreign";`);

    this.addSql(`alter table "rating" drop constraint "rating_assessment_id_foreign";`);

    this.addSql(`drop table if exists "model_registration" cascade;`);

    this.addSql(`drop table if exists "criteria_table" cascade;`);

    this.addSql(`drop table if exists "criteria_group" cascade;`);

    this.addSql(`drop table if exists "criteria_item" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop table if exists "assessment_score" cascade;`);

    this.addSql(`drop table if exists "rating" cascade;`);
  }

}
