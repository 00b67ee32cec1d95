import { Migration } from '@mikro-orm/migrations';

/** Hand-written: MikroORM proposes rebuilding the table; adding a nullable column needs no rebuild. */
export class Migration20261202052700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`rating\` add column \`decision\` text null;`);
  }

}
