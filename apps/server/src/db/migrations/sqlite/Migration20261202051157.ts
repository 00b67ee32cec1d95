import { Migration } from '@mikro-orm/migrations';

export class Migration20261202051157 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`rollup_day\` (\`name\` text not null, \`day\` text not null, primary key (\`name\`));`);

  }

}
