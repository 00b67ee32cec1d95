import { Migration } from '@mikro-orm/migrations';

export class Migration20261202021304 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "created_by_id" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "created_by_id";`);
  }

}
