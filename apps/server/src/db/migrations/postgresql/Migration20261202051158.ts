import { Migration } from '@mikro-orm/migrations';

export class Migration20261202051158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rollup_day" ("name" varchar(32) not null, "day" varchar(10) not null, constraint "rollup_day_pkey" primary key ("name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rollup_day" cascade;`);
  }

}
