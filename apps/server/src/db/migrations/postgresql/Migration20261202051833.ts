import { Migration } from '@mikro-orm/migrations';

export class Migration20261202051833 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_session" add column "reads_primary_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_session" drop column "reads_primary_until";`);
  }

}
