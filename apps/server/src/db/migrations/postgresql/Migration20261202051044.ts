import { Migration } from '@mikro-orm/migrations';

/**
 * Search (issue #13 item 4). The table of former names comes from MikroORM; the search index is
 * written by hand: GIN indexes over the folded names (`name_search`, written by the services and
 * the bulk writer with foldText): pg_trgm for organisation names and codes (any part of them), a
 * 'simple' text-search vector of member names (their words), which PostgreSQL keeps in
 * every writing transaction; the folded names get binary collation so that a B-tree range serves
 * exact and prefix matches (and card numbers a pattern index for prefixes).
 */
export class Migration20261202051044 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "organization_former_name" ("id" serial primary key, "organization_id" int not null, "name" varchar(300) not null, "name_search" varchar(300) collate "C" not null, "used_until" date not null);`);
    this.addSql(`create index "organization_former_name_organization_id_index" on "organization_former_name" ("organization_id");`);

    this.addSql(`alter table "organization_former_name" add constraint "organization_former_name_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`alter table "member" alter column "name_search" type varchar(200) collate "C";`);
    this.addSql(`alter table "organization" alter column "name_search" type varchar(300) collate "C";`);
    this.addSql(`create index "member_name_search_index" on "member" ("name_search");`);
    this.addSql(`create index "organization_name_search_index" on "organization" ("name_search");`);
    this.addSql(`create index "member_card_number_prefix_index" on "member" ("card_number" varchar_pattern_ops);`);
    this.addSql(`create index "member_name_search_words_index" on "member" using gin (to_tsvector('simple', "name_search"));`);
    this.addSql(`create index "organization_name_search_trgm_index" on "organization" using gin ("name_search" gin_trgm_ops);`);
    this.addSql(`create index "organization_code_trgm_index" on "organization" using gin ("code" gin_trgm_ops);`);
    this.addSql(`create index "organization_former_name_trgm_index" on "organization_former_name" using gin ("name_search" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "organization_former_name_trgm_index";`);
    this.addSql(`drop index if exists "organization_code_trgm_index";`);
    this.addSql(`drop index if exists "organization_name_search_trgm_index";`);
    this.addSql(`drop index if exists "member_name_search_words_index";`);
    this.addSql(`drop index if exists "member_card_number_prefix_index";`);
    this.addSql(`drop index if exists "organization_name_search_index";`);
    this.addSql(`drop index if exists "member_name_search_index";`);
    this.addSql(`drop table if exists "organization_former_name" cascade;`);
  }

}
