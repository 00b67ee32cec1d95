import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020805 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "rating" add column "lock_version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rating" drop column "lock_version";`);
  }

}
