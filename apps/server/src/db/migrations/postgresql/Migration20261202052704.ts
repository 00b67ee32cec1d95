import { Migration } from '@mikro-orm/migrations';

export class Migration20261202052704 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "rating" add column "decision" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rating" drop column "decision";`);
  }

}
