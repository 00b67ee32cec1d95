import { Migration } from '@mikro-orm/migrations';

export class Migration20261202172459 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "meeting_streak_year" ("path" varchar(1000) collate "C" not null, "year" int not null, "member_id" int not null, "flagged" int not null, constraint "meeting_streak_year_pkey" primary key ("path", "year", "member_id"));`);
    this.addSql(`create index "meeting_streak_year_member_index" on "meeting_streak_year" ("member_id", "year");`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting_streak_year" cascade;`);

  }

}
