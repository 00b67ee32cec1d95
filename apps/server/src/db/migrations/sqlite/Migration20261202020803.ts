import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020803 extends Migration {

  override async up(): Promise<void> {
    // Written by hand: the generator dropped this as one of the SQLite table rebuilds it filters out.
    this.addSql(`alter table \`rating\` add column \`lock_version\` integer not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`rating\` drop column \`lock_version\`;`);
  }

}
