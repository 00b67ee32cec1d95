import { Migration } from '@mikro-orm/migrations';

export class Migration20261202052755 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rating_count" ("subject" varchar(16) not null, "year" int not null, "path" varchar(1000) collate "C" not null, "level" varchar(16) not null, "n" int not null, "root_id" int not null, constraint "rating_count_pkey" primary key ("subject", "year", "path", "level"));`);
    this.addSql(`create index "rating_count_root_index" on "rating_count" ("root_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rating_count" cascade;`);
  }

}
