import { Migration } from '@mikro-orm/migrations';

export class Migration20261121092403 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "login_throttle" ("key" varchar(200) not null, "failures" int not null, "window_started_at" timestamptz not null, "locked_until" timestamptz null, constraint "login_throttle_pkey" primary key ("key"));`);

    this.addSql(`create table "organization" ("id" serial primary key, "code" varchar(64) not null, "name" varchar(300) not null, "name_search" varchar(300) not null, "kind" text check ("kind" in ('PROVINCIAL_COMMITTEE', 'DIRECTLY_SUPERIOR_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'PARTIAL_COMMITTEE', 'CELL')) not null, "sector" text check ("sector" in ('DISTRICT', 'TOWN', 'CITY', 'BLOC', 'ARMED_FORCES')) null, "cell_type" text check ("cell_type" in ('RESIDENTIAL', 'AGENCY', 'PUBLIC_SERVICE', 'ENTERPRISE', 'ARMED_FORCES', 'OTHER')) null, "founded_on" date not null, "dissolved_on" date null, "parent_id" int null, "path" varchar(1000) collate "C" not null, "depth" int not null, "root_id" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "organization" add constraint "organization_code_unique" unique ("code");`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);
    this.addSql(`create index "organization_path_index" on "organization" ("path");`);
    this.addSql(`create index "organization_root_id_index" on "organization" ("root_id");`);

    this.addSql(`create table "member" ("id" serial primary key, "card_number" varchar(32) not null, "full_name" varchar(200) not null, "name_search" varchar(200) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "birth_date" date not null, "joined_on" date not null, "official_on" date null, "position" text check ("position" in ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'MEMBER')) not null, "status" text check ("status" in ('ACTIVE', 'EXEMPT', 'TEMPORARILY_ELSEWHERE', 'TRANSFERRED_OUT', 'DECEASED', 'REMOVED')) not null, "organization_id" int null, "org_path" varchar(1000) collate "C" null, "root_id" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "member" add constraint "member_card_number_unique" unique ("card_number");`);
    this.addSql(`create index "member_organization_id_index" on "member" ("organization_id");`);
    this.addSql(`create index "member_root_id_index" on "member" ("root_id");`);
    this.addSql(`create index "member_org_path_index" on "member" ("org_path", "status");`);

    this.addSql(`create table "member_status_period" ("id" serial primary key, "member_id" int not null, "status" text check ("status" in ('ACTIVE', 'EXEMPT', 'TEMPORARILY_ELSEWHERE', 'TRANSFERRED_OUT', 'DECEASED', 'REMOVED')) not null, "root_id" int not null, "valid_from" date not null, "valid_to" date null);`);
    this.addSql(`create index "member_status_period_member_index" on "member_status_period" ("member_id", "valid_from");`);

    this.addSql(`create table "membership" ("id" serial primary key, "member_id" int not null, "organization_id" int not null, "position" text check ("position" in ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'MEMBER')) not null, "root_id" int not null, "valid_from" date not null, "valid_to" date null);`);
    this.addSql(`create index "membership_member_index" on "membership" ("member_id", "valid_from");`);
    this.addSql(`create index "membership_org_index" on "membership" ("organization_id", "valid_from");`);

    this.addSql(`create table "organization_link" ("id" serial primary key, "organization_id" int not null, "parent_id" int null, "path" varchar(1000) collate "C" not null, "depth" int not null, "root_id" int not null, "valid_from" date not null, "valid_to" date null);`);
    this.addSql(`create index "organization_link_org_index" on "organization_link" ("organization_id", "valid_from");`);
    this.addSql(`create index "organization_link_parent_index" on "organization_link" ("parent_id", "valid_from");`);
    this.addSql(`create index "organization_link_path_index" on "organization_link" ("path", "valid_from");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "username" varchar(64) not null, "display_name" varchar(200) not null, "password_hash" varchar(200) not null, "active" boolean not null default true, "created_at" timestamptz not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "app_session" ("token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "absolute_expires_at" timestamptz not null, constraint "app_session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "app_session_user_id_index" on "app_session" ("user_id");`);

    this.addSql(`create table "role_grant" ("id" serial primary key, "user_id" int not null, "role" text check ("role" in ('ADMIN', 'STAFF', 'ANALYST', 'LEADER')) not null, "organization_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "role_grant_organization_id_index" on "role_grant" ("organization_id");`);
    this.addSql(`create index "role_grant_user_id_index" on "role_grant" ("user_id");`);

    this.addSql(`alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "member" add constraint "member_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "member_status_period" add constraint "member_status_period_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "organization_link" add constraint "organization_link_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organization_link" add constraint "organization_link_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_session" add constraint "app_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`);
  }

}
